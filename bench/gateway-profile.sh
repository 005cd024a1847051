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
  # GatewayProfile picks the test JVM's recording out of the directory
  jfr_file=$dir
else
  jfr_file=$1
fi
threads=gateway/target/gateway-benchmark-threads.txt
java bench/tools/GatewayProfile.java "$jfr_file" "$threads"
