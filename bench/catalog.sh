#!/usr/bin/env bash
# Benchmark of catalog-service reads, directly on its port, beside the service's own ceiling
# (/q/health/live) measured in the same run. Not a test: run it on demand.
#   ./bench/catalog.sh            (starts the platform with up.sh if needed)
# Settings: DURATION (30s), CONNECTIONS (32), THREADS (2), CATALOG (http://127.0.0.1:8081)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib.sh"
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
CATALOG=${CATALOG:-http://127.0.0.1:8081}
OUT=$ROOT/bench/results
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }
"$ROOT/deploy/local/up.sh" > "$OUT/up.log"

TOKEN=$(token advisor-demo)
OPTION_ID=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$CATALOG/api/v1/design-options?size=1&status=PUBLISHED" \
  | sed -E 's/^\[\{"id":"([^"]+)".*/\1/')

run() { # name url [auth]
  local name=$1 url=$2 auth=${3:-}
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
  [[ -n $auth ]] && args+=(-H "Authorization: Bearer $TOKEN")
  # warm the JIT first, then measure
  wrk -t1 -c8 -d5s ${auth:+-H "Authorization: Bearer $TOKEN"} "$url" > /dev/null
  wrk "${args[@]}" "$url" > "$OUT/wrk-$name.txt"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$OUT/wrk-$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$OUT/wrk-$name.txt")
  errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$OUT/wrk-$name.txt")
  echo "$name|$rps|$p50|$p99|${errors:-0}"
}

ceiling=$(run health "$CATALOG/q/health/live")
list=$(run options-list "$CATALOG/api/v1/design-options?size=20" auth)
single=$(run option-read "$CATALOG/api/v1/design-options/$OPTION_ID" auth)
ceiling_rps=$(cut -d'|' -f2 <<< "$ceiling")

{
  echo "# catalog-service benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "wrk, $THREADS threads, $CONNECTIONS connections, $DURATION per scenario, directly on $CATALOG,"
  echo "on $(nproc) cores; the health endpoint is the service's own ceiling in the same run."
  echo
  echo "| scenario | requests/s | p50 | p99 | non-2xx | ratio to ceiling |"
  echo "|---|---|---|---|---|---|"
  for row in "$ceiling" "$list" "$single"; do
    IFS='|' read -r name rps p50 p99 errors <<< "$row"
    ratio=$(awk -v a="$rps" -v b="$ceiling_rps" 'BEGIN {printf "%.0f%%", 100 * a / b}')
    echo "| $name | $rps | $p50 | $p99 | $errors | $ratio |"
  done
} > "$OUT/catalog-latest.md"
cat "$OUT/catalog-latest.md"
