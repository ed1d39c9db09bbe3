#!/usr/bin/env bash
# Benchmarks of roadmap-service, on demand (not a test):
#  1. the critical path method alone on generated graphs of 1k, 10k and 100k activities (5 deps each);
#  2. generation end to end (the two downstream services called) at 4 connections, with 20 options
#     and 12 ministries of the KRG, beside /q/health/live in the same run (the target: p99 under 300 ms).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib.sh"
OUT=$ROOT/bench/results
DURATION=${DURATION:-30s}
SERVICE=${ROADMAP:-http://127.0.0.1:8083}
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }

cd "$ROOT"
mvn -B -q -DskipTests install -pl roadmap-service -am > "$OUT/roadmap-build.log"
mvn -B -q dependency:build-classpath -pl roadmap-service -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/roadmap.cp" >> "$OUT/roadmap-build.log"
SCHEDULING=$(java -Xmx1g -cp "roadmap-service/target/test-classes:roadmap-service/target/classes:$(cat "$OUT/roadmap.cp")" \
  modernization.roadmap.schedule.ScheduleBenchmark 1000 10000 100000)

"$ROOT/deploy/local/up.sh" > "$OUT/up.log"
STAFF=$(token undp-staff-demo)
export TOKEN
TOKEN=$(token advisor-demo)
ANSWERS=$(curl -fsS -H "Authorization: Bearer $STAFF" http://127.0.0.1:8082/api/v1/frameworks/SES-READINESS/versions/1 \
  | python3 -c 'import json,sys,random; v=json.load(sys.stdin); print(json.dumps([{"criterionCode":c["code"],"level":random.Random(c["code"]).randint(1,4),"evidence":"bench"} for a in v["areas"] for c in a["criteria"]]))')
# 12 ministries of the KRG registered for this run (a roadmap's ministries belong to its government), each
# with a validated version-1 assessment, whose answers on government-wide criteria generation ignores
IFS=, read -r -a REGISTERED <<< "$(TOKEN=$STAFF register_ministries BR http://127.0.0.1:8082)"
MINISTRIES=("${REGISTERED[@]:0:12}")
(( ${#MINISTRIES[@]} == 12 )) || { echo "registered ${#MINISTRIES[@]} ministries, not 12" >&2; exit 1; }
validate() { # assessment body
  local id
  id=$(curl -fsS -X POST -H "Authorization: Bearer $STAFF" -H 'Content-Type: application/json' -d "$1" \
    http://127.0.0.1:8082/api/v1/assessments | sed -E 's/^\{"id":"([^"]+)".*/\1/') || return 1
  [[ -n $id ]] || return 1
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $STAFF" "http://127.0.0.1:8082/api/v1/assessments/$id/submit"
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $STAFF" -H 'Content-Type: application/json' \
    -d '{"decision":"VALIDATE"}' "http://127.0.0.1:8082/api/v1/assessments/$id/review"
}
for m in "${MINISTRIES[@]}"; do
  validate "{\"ministryCode\":\"$m\",\"frameworkCode\":\"SES-READINESS\",\"frameworkVersion\":1,\"period\":\"2026-Q4\",\"answers\":$ANSWERS}"
done
# and the KRG's own assessment (version 2, its government-wide criteria), for a year no earlier run took
GOVERNMENT_ANSWERS=$(curl -fsS -H "Authorization: Bearer $STAFF" http://127.0.0.1:8082/api/v1/frameworks/SES-READINESS/versions/2 \
  | python3 -c 'import json,sys,random; v=json.load(sys.stdin); print(json.dumps([{"criterionCode":c["code"],"level":random.Random(c["code"]).randint(1,4),"evidence":"bench"} for a in v["areas"] for c in a["criteria"] if c["scope"]=="GOVERNMENT"]))')
# (a year an earlier run took is 409: another is tried, ten times at most)
for try in $(seq 10) fail; do
  [[ $try != fail ]] || { echo "no government assessment could be validated" >&2; exit 1; }
  validate "{\"government\":\"KRG\",\"frameworkCode\":\"SES-READINESS\",\"frameworkVersion\":2,\"period\":\"$((RANDOM % 8000 + 1000))\",\"answers\":$GOVERNMENT_ANSWERS}" 2>/dev/null && break
done
OPTIONS=$(curl -fsS -H "Authorization: Bearer $TOKEN" 'http://127.0.0.1:8081/api/v1/design-options?status=PUBLISHED&size=20' \
  | python3 -c 'import json,sys; print(json.dumps([o["id"] for o in json.load(sys.stdin)]))')
export BODY
BODY="{\"title\":\"Benchmark roadmap\",\"government\":\"KRG\",\"startDate\":\"2027-01-01\",\"selectedOptionIds\":$OPTIONS,\"ministryCodes\":$(python3 -c 'import json,sys; print(json.dumps(sys.argv[1:]))' "${MINISTRIES[@]}")}"

run() { # name url [wrk args]
  local name=$1 url=$2; shift 2
  wrk -t1 -c4 -d5s "$@" "$url" > /dev/null
  wrk -t2 -c4 -d"$DURATION" --latency "$@" "$url" > "$OUT/wrk-$name.txt"
  awk -v name="$name" '/Requests\/sec/ {rps=$2} $1 == "50%" {p50=$2} $1 == "99%" {p99=$2}
    /Non-2xx or 3xx responses/ {errors=$5} END {printf "%s|%s|%s|%s|%s\n", name, rps, p50, p99, errors + 0}' "$OUT/wrk-$name.txt"
}
ceiling=$(run roadmap-health "$SERVICE/q/health/live")
generate=$(run roadmap-generate "$SERVICE/api/v1/roadmaps" -s "$ROOT/bench/lua/generate.lua")
ceiling_rps=$(cut -d'|' -f2 <<< "$ceiling")
{
  echo "# roadmap-service benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "## Scheduling alone (critical path method, 5 dependencies per activity; median of 9 runs after 5 warm-ups)"
  echo
  echo "$SCHEDULING"
  echo
  echo "## Generation end to end: 20 options, 12 ministries, catalog and assessment called with the caller's token"
  echo
  echo "wrk, 2 threads, 4 connections, $DURATION, directly on $SERVICE, on $(nproc) cores."
  echo
  echo "| scenario | requests/s | p50 | p99 | non-2xx | ratio to ceiling |"
  echo "|---|---|---|---|---|---|"
  for row in "$ceiling" "$generate"; do
    IFS='|' read -r name rps p50 p99 errors <<< "$row"
    echo "| $name | $rps | $p50 | $p99 | $errors | $(awk -v a="$rps" -v b="$ceiling_rps" 'BEGIN {printf "%.1f%%", 100 * a / b}') |"
  done
} > "$OUT/roadmap-latest.md"
cat "$OUT/roadmap-latest.md"
