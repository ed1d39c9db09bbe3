#!/usr/bin/env bash
# Benchmark of assessment-service: complete assessments created and submitted with idempotency
# keys, and score reads, directly on its port, beside /q/health/live (its ceiling) in the same run.
# Not a test: run it on demand. Settings: DURATION (30s), CONNECTIONS (16), THREADS (2).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib.sh"
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
SERVICE=${ASSESSMENT:-http://127.0.0.1:8082}
OUT=$ROOT/bench/results
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }
"$ROOT/deploy/local/up.sh" > "$OUT/up.log"

export TOKEN
TOKEN=$(token undp-staff-demo)
# ministries of this run only, so the periods of its assessments never collide with earlier runs
export MINISTRIES
MINISTRIES=$(register_ministries B "$SERVICE")
# a complete set of answers, with evidence, for every criterion of SES-READINESS v1
export ANSWERS
ANSWERS=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$SERVICE/api/v1/frameworks/SES-READINESS/versions/1" \
  | python3 -c 'import json,sys; v=json.load(sys.stdin); print(json.dumps([{"criterionCode":c["code"],"level":3,"evidence":"Decree 2026/17, annex "+c["code"]} for a in v["areas"] for c in a["criteria"]]))')
SCORE_ID=$(curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"ministryCode\":\"MOP-FED\",\"frameworkCode\":\"SES-READINESS\",\"frameworkVersion\":1,\"period\":\"$((RANDOM % 900 + 1000))\",\"answers\":$ANSWERS}" \
  "$SERVICE/api/v1/assessments" | sed -E 's/^\{"id":"([^"]+)".*/\1/')

run() { # name url [extra wrk args...]
  local name=$1 url=$2; shift 2
  wrk -t1 -c4 -d5s "$@" "$url" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" > "$OUT/wrk-$name.txt"
  awk -v name="$name" '
    /Requests\/sec/ {rps=$2} $1 == "50%" {p50=$2} $1 == "99%" {p99=$2}
    /Non-2xx or 3xx responses/ {errors=$5} /requests in/ {total=$1}
    END {printf "%s|%s|%s|%s|%s|%s\n", name, rps, p50, p99, errors + 0, total}' "$OUT/wrk-$name.txt"
}

ceiling=$(run health "$SERVICE/q/health/live")
flow=$(run create-and-submit "$SERVICE" -s "$ROOT/bench/lua/create-and-submit.lua")
score=$(run score-read "$SERVICE/api/v1/assessments/$SCORE_ID/score" -H "Authorization: Bearer $TOKEN")
ceiling_rps=$(cut -d'|' -f2 <<< "$ceiling")
submitted=$(psql -h 127.0.0.1 -U postgres -d assessment -Atc "select count(*) from assessment where status = 'SUBMITTED' and submitted_at > now() - interval '2 minutes'" 2>/dev/null || echo "?")

{
  echo "# assessment-service benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "wrk, $THREADS threads, $CONNECTIONS connections, $DURATION per scenario, directly on $SERVICE, on $(nproc) cores."
  echo "create-and-submit alternates: each created assessment (32 answers with evidence, its own Idempotency-Key)"
  echo "is submitted by a later request; about half the requests are submissions."
  echo
  echo "| scenario | requests/s | p50 | p99 | non-2xx | ratio to ceiling |"
  echo "|---|---|---|---|---|---|"
  for row in "$ceiling" "$flow" "$score"; do
    IFS='|' read -r name rps p50 p99 errors total <<< "$row"
    ratio=$(awk -v a="$rps" -v b="$ceiling_rps" 'BEGIN {printf "%.0f%%", 100 * a / b}')
    echo "| $name | $rps | $p50 | $p99 | $errors | $ratio |"
  done
  echo
  echo "Assessments submitted in the last two minutes (from the database): $submitted"
  echo
  echo "Statuses of create-and-submit: $(grep '^status' "$OUT/wrk-create-and-submit.txt" | tr '\n' ' ')"
} > "$OUT/assessment-latest.md"
cat "$OUT/assessment-latest.md"
