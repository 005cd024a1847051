#!/usr/bin/env bash
# Measures the latency the gateway adds to a simple authenticated GET: the median of N calls straight to
# competency-service and N calls through the gateway, in the same run, against a running `./asn up` stack.
#   bench/gateway-latency.sh [calls]     (default 500)
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-500}
gateway=${ASN_GATEWAY_URL:-http://localhost:${ASN_GATEWAY_PORT:-8080}}
service=${ASN_COMPETENCY_URL:-http://localhost:${ASN_COMPETENCY_PORT:-8081}}
path=/api/v1/competencies
token=$(./asn token hr.palembang)

measure() {  # prints the median time_total in milliseconds
  local base=$1
  for _ in $(seq 1 20); do curl -s -o /dev/null -H "Authorization: Bearer $token" "$base$path"; done  # warm-up
  for _ in $(seq 1 "$calls"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$base$path"
  done | sort -n | awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.2f\n", m * 1000 }'
}

direct=$(measure "$service")
through=$(measure "$gateway")
echo "GET $path, $calls calls each (median):"
echo "  direct to competency-service: ${direct} ms"
echo "  through the gateway:          ${through} ms"
awk -v a="$through" -v b="$direct" 'BEGIN { printf "  added by the gateway:         %.2f ms\n", a - b }'
