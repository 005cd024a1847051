#!/usr/bin/env bash
# Profiles the gateway's filter chain: runs `bench/run gateway` with Java Flight Recorder (method samples every
# 10-20 ms per thread) and attributes each sample to the filter it was taken in (README of the gateway, "What each
# filter costs"). Samples of the benchmark's own load generator and upstream, which share the JVM, are set apart.
#   bench/gateway-profile.sh [jfr-file]    (with a file: only the attribution of an existing recording)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -eq 0 ]]; then
  dir=$(mktemp -d)
  JAVA_TOOL_OPTIONS="-XX:StartFlightRecording=settings=profile,filename=$dir/" bench/run gateway
  # the test JVM is the recording with the gateway's classes in it
  jfr_file=$(grep -l "id.asn.gateway" "$dir"/*.jfr 2>/dev/null | head -1 || true)
  [[ -n "$jfr_file" ]] || jfr_file=$(ls -S "$dir"/*.jfr | head -1)
else
  jfr_file=$1
fi
threads=gateway/target/gateway-benchmark-threads.txt
jfr print --events jdk.ExecutionSample --stack-depth 96 "$jfr_file" | BENCH_THREADS="$threads" python3 -c '
import os, re, sys
try:
    bench_threads = set(open(os.environ["BENCH_THREADS"]).read().split())
except OSError:
    bench_threads = set()
# first match wins, so the more specific frames come first
categories = [
    ("load generator (benchmark)", r"GatewayOverheadBenchmark"),
    ("upstream (benchmark)", r"BenchUpstream"),
    ("JWT verification (quarkus-oidc, jose4j)", r"org\.jose4j|OidcIdentityProvider|OidcUtils|OidcProvider\.verify"),
    ("token cache lookup", r"CachedTokenIdentityProvider|TokenCache\.lookup"),
    ("token cache fill", r"TokenCache\.augment"),
    ("rest of authentication (HttpAuthenticator, identity)", r"HttpAuthenticator|HttpSecurityRecorder|IdentityProviderManager|BearerAuthenticationMechanism|OidcAuthenticationMechanism"),
    ("access log", r"RequestCorrelation\.lambda|org\.jboss\.logmanager|org\.jboss\.logging"),
    ("request id (RequestCorrelation)", r"RequestCorrelation"),
    ("NUL check (RequestText)", r"RequestText"),
    ("route table (ProxyRoutes.resolve)", r"ProxyRoutes\.resolve|RouteTable"),
    ("token requirement (EdgeAuthentication)", r"EdgeAuthentication"),
    ("rate limit (RateLimiter, bucket4j)", r"RateLimiter|io\.github\.bucket4j"),
    ("admission (Admission)", r"proxy\.Admission"),
    ("security headers (SecurityHeaders)", r"SecurityHeaders"),
    ("tracing (OpenTelemetry)", r"io\.opentelemetry|OpenTelemetry|VertxTracer"),
    ("CORS", r"CORSFilter|CorsHandler"),
    ("proxy: request, headers, relay (UpstreamProxy)", r"UpstreamProxy|LimitedBody"),
    ("HTTP codec, Netty and Vert.x I/O", r"io\.netty|io\.vertx"),
]
counts = {}
stack = []
thread = [None]
total = 0
def flush():
    global total
    if not stack:
        return
    text = "\n".join(stack)
    if thread[0] in bench_threads:
        counts["load generator and upstream threads (benchmark)"] = counts.get("load generator and upstream threads (benchmark)", 0) + 1
        total += 1
        return
    for name, pattern in categories:
        if re.search(pattern, text):
            counts[name] = counts.get(name, 0) + 1
            break
    else:
        counts["other (JIT, GC, JDK)"] = counts.get("other (JIT, GC, JDK)", 0) + 1
    total += 1
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        flush(); stack = []; thread[0] = None
    elif "sampledThread" in line:
        m = re.search(r"javaThreadId = (\d+)", line)
        thread[0] = m.group(1) if m else None
    elif line.strip().endswith("line:") or "line:" in line:
        stack.append(line.strip())
flush()
bench = sum(v for k, v in counts.items() if "(benchmark)" in k)
print("samples: %d, of which the benchmark'"'"'s load generator and upstream %d" % (total, bench))
print("%-58s %8s %s" % ("where", "samples", "share of the rest"))
for name, n in sorted(counts.items(), key=lambda kv: -kv[1]):
    if "(benchmark)" in name:
        continue
    print("%-58s %8d %5.1f%%" % (name, n, 100.0 * n / max(1, total - bench)))
'
