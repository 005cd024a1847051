package id.asn.platform.testinfra;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.asn.platform.charts.BarChartPng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark's figures in machine-readable form, for the one report of {@code ./asn bench} (bench/report.py):
 * {@code target/bench/<benchmark>.json} with one entry per row of the table it measures (the value, the
 * raw baseline measured in the same run, their ratio, the goal, the load average when it was measured), plus
 * latency plots as PNG beside it. It only records what the benchmark measured; nothing here judges a figure.
 */
public final class BenchFigures {

    private static final double[] PERCENTILES = {50, 90, 99, 99.9};

    private final String benchmark;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final List<Map<String, Object>> plots = new ArrayList<>();

    private BenchFigures(String benchmark) {
        this.benchmark = benchmark;
    }

    /** The figures of {@code benchmark}, the name {@code bench/run} knows it by (e.g. {@code attendance-batch}). */
    public static BenchFigures of(String benchmark) {
        return new BenchFigures(benchmark);
    }

    /** A row of the report, identified by the key bench/report.py orders the table by. */
    public Row row(String key, String what) {
        Row row = new Row(key, what);
        rows.add(row.fields);
        return row;
    }

    /**
     * A latency plot (p50, p90, p99, p99.9 of each series, in ms) written as {@code <benchmark>-<name>.png}; the
     * percentiles also go into the JSON.
     */
    public BenchFigures latencyPlot(String plot, String title, Map<String, long[]> nanosBySeries) {
        BarChartPng chart = BarChartPng.titled(title, "percentile", "ms");
        Map<String, Object> series = new LinkedHashMap<>();
        nanosBySeries.forEach((label, nanos) -> {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            Map<String, Double> points = new LinkedHashMap<>();
            for (double p : PERCENTILES) {
                double ms = percentile(sorted, p) / 1e6;
                String name = "p" + (p == Math.rint(p) ? String.valueOf((int) p) : String.valueOf(p));
                points.put(name, ms);
                chart.bar(label, name, ms);
            }
            series.put(label, Map.of("samples", sorted.length, "ms", points));
        });
        String file = benchmark + "-" + plot + ".png";
        write(file, chart.png(800, 450));
        plots.add(Map.of("name", plot, "title", title, "file", file, "series", series));
        return this;
    }

    /** Writes {@code target/bench/<benchmark>.json}; the report reads every such file. */
    public void write() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("benchmark", benchmark);
        document.put("finishedAt", Instant.now().toString());
        document.put("cores", Runtime.getRuntime().availableProcessors());
        document.put("loadAverage", loadAverage());
        document.put("durablePostgres", PostgresResource.durable());
        document.put("rows", rows);
        document.put("plots", plots);
        try {
            write(benchmark + ".json", new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String file, byte[] content) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "bench"));
            Files.write(dir.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-minute load average now, from {@code /proc/loadavg}; null where there is none. */
    public static Double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The nearest-rank percentile of sorted values. */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.max(0, Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1))];
    }

    /** The median of some values (unsorted). */
    public static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** One row: what was measured, against which raw baseline, and the goal it is read against. */
    public static final class Row {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Row(String key, String what) {
            fields.put("key", key);
            fields.put("what", what);
            fields.put("loadAverage", loadAverage());
        }

        public Row value(double value, String unit) {
            fields.put("value", value);
            fields.put("unit", unit);
            return this;
        }

        /** The raw baseline of the same run, in the value's unit. */
        public Row baseline(double value, String what) {
            fields.put("baseline", value);
            fields.put("baselineWhat", what);
            return this;
        }

        /** The ratio the goal is stated in (e.g. raw COPY time ÷ request time), and how it is formed. */
        public Row ratio(double ratio, String how) {
            fields.put("ratio", ratio);
            fields.put("ratioWhat", how);
            return this;
        }

        public Row goal(String goal) {
            fields.put("goal", goal);
            return this;
        }

        public Row note(String note) {
            fields.put("note", note);
            return this;
        }
    }
}
