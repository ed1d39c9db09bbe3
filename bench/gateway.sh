#!/usr/bin/env bash
# The cost of the gateway: the same authenticated GET of a catalog option directly on
# catalog-service and through the gateway, in one run. Rate limits are switched off for the run
# (the platform is restarted with RATE_LIMIT_ENABLED=false). Not a test: run it on demand.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib.sh"
OUT=$ROOT/bench/results
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }

"$ROOT/deploy/local/down.sh" > /dev/null
RATE_LIMIT_ENABLED=false "$ROOT/deploy/local/up.sh" > "$OUT/up.log"
TOKEN=$(token advisor-demo)
ID=$(curl -fsS -H "Authorization: Bearer $TOKEN" 'http://127.0.0.1:8081/api/v1/design-options?size=1&status=PUBLISHED' \
  | sed -E 's/^\[\{"id":"([^"]+)".*/\1/')

run() { # name url
  wrk -t2 -c8 -d5s -H "Authorization: Bearer $TOKEN" "$2" > /dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$2" > "$OUT/wrk-$1.txt"
  awk -v name="$1" '/Requests\/sec/ {rps=$2} $1 == "50%" {p50=$2} $1 == "99%" {p99=$2}
    /Non-2xx or 3xx responses/ {errors=$5} END {printf "%s|%s|%s|%s|%s\n", name, rps, p50, p99, errors + 0}' "$OUT/wrk-$1.txt"
}
ms() { # wrk latency like 11.36ms or 427.00us -> milliseconds
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v + 0 } else { sub(/s$/, "", v); print v * 1000 } }'
}
direct=$(run option-direct "http://127.0.0.1:8081/api/v1/design-options/$ID")
gateway=$(run option-gateway "http://127.0.0.1:8080/api/v1/design-options/$ID")
"$ROOT/deploy/local/down.sh" > /dev/null

IFS='|' read -r _ d_rps d_p50 d_p99 d_err <<< "$direct"
IFS='|' read -r _ g_rps g_p50 g_p99 g_err <<< "$gateway"
{
  echo "# gateway benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "The same authenticated GET of a catalog option, wrk with 2 threads and $CONNECTIONS connections, $DURATION each,"
  echo "directly on catalog-service and through the gateway, in one run on $(nproc) cores (rate limits off)."
  echo
  echo "| path | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|"
  echo "| direct (8081) | $d_rps | $d_p50 | $d_p99 | $d_err |"
  echo "| through the gateway (8080) | $g_rps | $g_p50 | $g_p99 | $g_err |"
  echo
  echo "Through the gateway: $(awk -v g="$g_rps" -v d="$d_rps" 'BEGIN {printf "%.0f%%", 100 * g / d}') of direct throughput;"
  echo "added latency p50 $(awk -v g="$(ms "$g_p50")" -v d="$(ms "$d_p50")" 'BEGIN {printf "%.2f ms", g - d}'),"
  echo "p99 $(awk -v g="$(ms "$g_p99")" -v d="$(ms "$d_p99")" 'BEGIN {printf "%.2f ms", g - d}')."
} > "$OUT/gateway-latest.md"
cat "$OUT/gateway-latest.md"
