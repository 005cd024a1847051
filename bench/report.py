#!/usr/bin/env python3
"""Assembles the one report of ./asn bench from the figures the benchmarks wrote (target/bench/<name>.json,
copied into the report directory by bench/suite): one row per row of issue 12's table, each as measured in this
run, its raw baseline measured in the same run, the ratio and the goal, with the load average at the time. It only
prints what the files say: a row no benchmark wrote is "not measured", with why.
    bench/report.py <report-dir>
"""
import glob
import json
import os
import sys

# (key, the words, its figure before, benchmark that measures it or None, why not when there is none)
ROWS = [
    ("gateway-cpu", "gateway CPU per proxied GET", "about 375 µs, about 90% of the service's own 418 µs",
     "gateway", None),
    ("gateway-throughput", "throughput through the gateway ÷ direct, at saturation", "0.50", "gateway", None),
    ("gateway-p99", "p99 added by the gateway at half its saturation (open-model load)", "15–25 ms", "gateway",
     None),
    ("outbox-drain", "outbox relay drain rate", "about 150 events/s", "outbox", None),
    ("completion-to-profile", "a training completion until it shows on the competency profile, p50",
     "25 ms (relay pickup about 13 ms of it)", "outbox", None),
    ("attendance", "one 5,000-row attendance request, warm", "708 ms median", "attendance-batch", None),
    ("spike", "2× saturation on a write path", "0% of refused requests answered fast", "gateway", None),
    ("catalogue-per-cpu", "catalogue read per service CPU-second, ÷ a bare Vert.x + JDBC handler",
     "0.35–0.58", "catalogue-per-cpu", None),
    ("startup", "time to first response after start", "8.6–9.7 s (competency, training)", "startup", None),
]
# rows of the same items the table does not list
MORE = [
    ("employee-import", "competency", "the employee import against raw COPY (item 3)"),
    ("outbox-drain-50000", "outbox", "outbox relay drain, a 50,000-row backlog"),
    # the floor of the gateway rows: what proxying alone costs on Vert.x, without any of the gateway's features
    ("bare-proxy-cpu", "gateway", "CPU per GET through a bare Vert.x proxy (item 1)"),
    ("bare-proxy-throughput", "gateway", "throughput through a bare Vert.x proxy ÷ direct (item 1)"),
    # issue 13 item 8: what row-level security costs
    ("rls-agency-gap-report", "competency", "row-level security: the agency gap report (issue 13 item 8)"),
    ("rls-employee-list-first-page-of-50", "competency", "row-level security: an employee page (issue 13 item 8)"),
    ("rls-employee-list-page-500-of-50", "competency",
     "row-level security: a deep employee page (issue 13 item 8)"),
    ("rls-checkout", "competency", "row-level security: setting the tenant per connection checkout (issue 13 item 8)"),
]


def number(value, unit=None):
    if value is None:
        return "—"
    if isinstance(value, float) and value != value:
        return "n/a"
    if unit == "share":
        return f"{100 * value:.1f}%"
    magnitude = abs(value)
    text = f"{value:,.0f}" if magnitude >= 100 else f"{value:,.1f}" if magnitude >= 10 else f"{value:,.2f}"
    return f"{text} {unit}" if unit else text


def main(out):
    documents = {}
    for path in sorted(glob.glob(os.path.join(out, "*.json"))):
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        documents[document["benchmark"]] = document
    rows = {}
    for document in documents.values():
        for row in document["rows"]:
            rows[row["key"]] = dict(row, benchmark=document["benchmark"], cores=document["cores"],
                                    durable=document.get("durablePostgres"))
    runs = open(os.path.join(out, "runs.txt"), encoding="utf-8").read().strip() \
        if os.path.exists(os.path.join(out, "runs.txt")) else ""

    lines = ["# Benchmark report", "",
             f"Written by `./asn bench` into `{out}`. Measurements, never assertions: each row is the figure of "
             "this run beside its raw baseline measured in the same run on the same machine, so the machine's "
             "speed and load largely cancel out in the ratio; the absolute figures depend on the load average "
             "given beside each. How each row is measured: bench/README.md.", "",
             "## Issue 12's table", "",
             "| what | before (the issue) | measured | raw baseline, same run | ratio | goal | load avg | benchmark |",
             "|---|---|---|---|---|---|---|---|"]
    notes = []
    for key, what, before, benchmark, why in ROWS:
        row = rows.get(key)
        if row is None or "value" not in row:
            reason = why or (row or {}).get("note") or (
                f"not measured: `bench/run {benchmark}` wrote no figures this time"
                + (" (see its log)" if benchmark and os.path.exists(os.path.join(out, benchmark + ".log")) else ""))
            lines.append(f"| {what} | {before} | not measured | — | — | — | — | {benchmark or '—'} |")
            notes.append(f"- **{what}**: {reason}")
            continue
        lines.append(table_row(what, before, row))
        if row.get("note"):
            notes.append(f"- **{what}**: {row['what']}. {row['note']}")
        else:
            notes.append(f"- **{what}**: {row['what']}.")
    lines += ["", "### What each row is", ""] + notes
    more = [(key, benchmark, what) for key, benchmark, what in MORE if key in rows]
    if more:
        lines += ["", "## More rows of the same items", "",
                  "| what | measured | raw baseline, same run | ratio | goal | load avg | benchmark |",
                  "|---|---|---|---|---|---|---|"]
        for key, _, what in more:
            lines.append(table_row(what, None, rows[key]))
        lines.append("")
        for key, _, what in more:
            row = rows[key]
            lines.append(f"- **{what}**: {row['what']}." + (f" {row['note']}" if row.get("note") else ""))

    plots = [(d["benchmark"], p) for d in documents.values() for p in d.get("plots", [])]
    if plots:
        lines += ["", "## Latency plots", ""]
        for benchmark, plot in plots:
            lines.append(f"### {plot['title']} ({benchmark})")
            lines.append("")
            lines.append(f"![{plot['title']}]({plot['file']})")
            lines.append("")
            lines.append("| series | samples | p50 | p90 | p99 | p99.9 |")
            lines.append("|---|---|---|---|---|---|")
            for series, figures in plot["series"].items():
                ms = figures["ms"]
                lines.append(f"| {series} | {figures['samples']} | " + " | ".join(
                    number(ms.get(p), "ms") for p in ("p50", "p90", "p99", "p99.9")) + " |")
            lines.append("")

    lines += ["", "## The runs", "", "```", runs or "(no runs recorded)", "```", ""]
    for name in sorted(documents):
        d = documents[name]
        lines.append(f"- `{name}`: finished {d['finishedAt']}, {d['cores']} cores, load average "
                     f"{number(d.get('loadAverage'))} at the end, PostgreSQL "
                     f"{'durable (fsync, synchronous commit on)' if d.get('durablePostgres') else 'with the test settings (fsync off)'}")
    texts = sorted(glob.glob(os.path.join(out, "*benchmark*.txt")))
    if texts:
        lines += ["", "## Every benchmark's own figures", ""]
        for path in texts:
            lines += [f"### {os.path.basename(path)}", "", "```"]
            lines += open(path, encoding="utf-8").read().rstrip().splitlines()
            lines += ["```", ""]
    with open(os.path.join(out, "report.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def table_row(what, before, row):
    unit = row.get("unit")
    ratio = row.get("ratio")
    ratio_text = "—" if ratio is None else f"{number(ratio)} ({row.get('ratioWhat', '')})"
    baseline = row.get("baseline")
    baseline_unit = "share" if unit == "share" else unit
    baseline_text = "—" if baseline is None else f"{number(baseline, baseline_unit)}: {row.get('baselineWhat', '')}"
    cells = [what] + ([before] if before is not None else []) + [
        number(row.get("value"), unit), baseline_text, ratio_text, row.get("goal", "—"),
        number(row.get("loadAverage")), f"`{row['benchmark']}`"]
    return "| " + " | ".join(cells) + " |"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: bench/report.py <report-dir>")
    main(sys.argv[1])
