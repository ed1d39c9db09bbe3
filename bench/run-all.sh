#!/usr/bin/env bash
# The whole platform on this machine, measured in one run: starts it as up.sh does, warms it, runs
# every scenario directly on the service and through the gateway beside each service's
# /q/health/live (the ceiling of the same run), and writes bench/results/latest.md with
# requests/s, p50, p99, errors, the ratio to the ceiling, start times and memory.
# Not a test: run it on demand. Settings: DURATION (20s), CONNECTIONS (16), THREADS (2), and
# SERVICE_JAVA_OPTS to compare JVM settings (up.sh's defaults otherwise). To measure another
# checkout's build with these scenarios (bench/compare-builds.sh does, alternating): PLATFORM (its
# directory), PLATFORM_ENV (the environment its up.sh runs with, e.g. its JDK), REPORT (the file
# to write instead of bench/results/latest.md) and LABEL (its heading).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib.sh"
OUT=$ROOT/bench/results
PLATFORM=$(cd "${PLATFORM:-$ROOT}" && pwd)
REPORT=${REPORT:-$OUT/latest.md}
WRK_OUT=$(mktemp -d)
trap 'rm -rf "$WRK_OUT"' EXIT
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
GATEWAY=http://127.0.0.1:8080
CATALOG=http://127.0.0.1:8081
ASSESSMENT=http://127.0.0.1:8082
ROADMAP=http://127.0.0.1:8083
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }
export RATE_LIMIT_ENABLED=false   # one client makes all the requests; the limit is tested elsewhere

platform() { # script [args] -> runs the measured checkout's deploy/local/script in its environment
  local script=$1; shift
  env ${PLATFORM_ENV:-} "$PLATFORM/deploy/local/$script" "$@"
}
platform down.sh > /dev/null
platform up.sh > "$OUT/up.log"

rss_mb() { # process -> resident memory in MB of its whole session (Keycloak runs under a shell script)
  ps -o rss= --sid "$(cat "$PLATFORM/.run/pids/$1.pid")" | awk '{kb += $1} END {printf "%.0f", kb / 1024}'
}
pss_mb() { # process -> its proportional share of resident memory in MB (shared pages divided among their users)
  local pid kb=0
  for pid in $(ps -o pid= --sid "$(cat "$PLATFORM/.run/pids/$1.pid")"); do
    kb=$((kb + $(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo $((kb / 1024))
}
memory() { # label -> one Markdown row per process and the total of the four services
  local total=0 shared=0 name mb pss
  for name in catalog-service assessment-service roadmap-service gateway; do
    mb=$(rss_mb "$name"); pss=$(pss_mb "$name"); total=$((total + mb)); shared=$((shared + pss))
    echo "| $1 | $name | $mb MB | $pss MB |"
  done
  echo "| $1 | **the four services** | **$total MB** | **$shared MB** |"
  echo "| $1 | keycloak | $(rss_mb keycloak) MB | $(pss_mb keycloak) MB |"
}
# process start to the first 200 on /q/health/ready, each service started alone on an idle machine
start_time() { # service port
  local pid file=$PLATFORM/.run/pids/$1.pid
  kill -TERM -- "-$(cat "$file")" 2>/dev/null; while kill -0 "$(cat "$file")" 2>/dev/null; do sleep 0.2; done
  rm -f "$file"; sleep 3
  platform up.sh > "$OUT/up-$1.log" &
  until [[ -f $file ]]; do sleep 0.01; done
  pid=$(cat "$file")
  until curl -fsS -o /dev/null "http://127.0.0.1:$2/q/health/ready" 2>/dev/null; do sleep 0.02; done
  local now_ms ticks start_ticks boot
  now_ms=$(date +%s%3N); ticks=$(getconf CLK_TCK)
  start_ticks=$(awk '{print $22}' "/proc/$pid/stat")
  boot=$(awk '/btime/ {print $2}' /proc/stat)
  wait
  awk -v now="$now_ms" -v boot="$boot" -v st="$start_ticks" -v hz="$ticks" 'BEGIN {printf "%.2f", (now - (boot * 1000 + st * 1000 / hz)) / 1000}'
}


# ------------------------------------------------------------ start times, each alone
declare -A STARTED
for entry in catalog-service:8081 assessment-service:8082 roadmap-service:8083 gateway:8080; do
  STARTED[${entry%%:*}]=$(start_time "${entry%%:*}" "${entry##*:}")
done
AFTER_START=$(memory "after start")

# ------------------------------------------------------------ data for the scenarios
export TOKEN STAFF_TOKEN MINISTRIES ANSWERS BODY
STAFF_TOKEN=$(token undp-staff-demo)
TOKEN=$STAFF_TOKEN
ANSWERS=$(full_answers "$ASSESSMENT")
MINISTRIES=$(register_ministries B "$ASSESSMENT")
# a validated assessment for each of 12 KRG ministries (the six seeded ones and six of this run), for
# the roadmaps: a KRG roadmap takes KRG ministries only
IFS=, read -r -a REGISTERED <<< "$MINISTRIES"
SEEDED=(MOP-KRG MOF-KRG MOI-KRG MOH-KRG MOE-KRG MOHE-KRG "${REGISTERED[@]:0:6}")
for m in "${SEEDED[@]}"; do
  id=$(curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"ministryCode\":\"$m\",\"frameworkCode\":\"SES-READINESS\",\"frameworkVersion\":1,\"period\":\"$((RANDOM % 8000 + 1000))-Q$((RANDOM % 4 + 1))\",\"answers\":$ANSWERS}" \
    "$ASSESSMENT/api/v1/assessments" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" "$ASSESSMENT/api/v1/assessments/$id/submit"
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"decision":"VALIDATE"}' "$ASSESSMENT/api/v1/assessments/$id/review"
  SCORE_ID=$id
done
# roadmap generation needs the government's own validated assessment (DOMAIN rules since [2/6])
government_assessment KRG "$ASSESSMENT"
OPTION=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$CATALOG/api/v1/design-options?status=PUBLISHED&size=1" \
  | sed -E 's/^\[\{"id":"([^"]+)".*/\1/')
OPTIONS=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$CATALOG/api/v1/design-options?status=PUBLISHED&size=20" \
  | python3 -c 'import json,sys; print(json.dumps([o["id"] for o in json.load(sys.stdin)]))')
BODY="{\"title\":\"Benchmark roadmap\",\"government\":\"KRG\",\"startDate\":\"2027-01-01\",\"selectedOptionIds\":$OPTIONS,\"ministryCodes\":$(python3 -c 'import json,sys; print(json.dumps(sys.argv[1:]))' "${SEEDED[@]}")}"
ROADMAP_ID=$(curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BODY" \
  "$ROADMAP/api/v1/roadmaps" | sed -E 's/^\{"id":"([^"]+)".*/\1/')

# ------------------------------------------------------------ scenarios
run() { # name url [wrk args...] -> name|rps|p50|p99|errors
  local name=$1 url=$2; shift 2
  wrk -t1 -c4 -d5s "$@" "$url" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" > "$WRK_OUT/wrk-$name.txt"
  awk -v name="$name" '/Requests\/sec/ {rps=$2} $1 == "50%" {p50=$2} $1 == "99%" {p99=$2}
    /Non-2xx or 3xx responses/ {errors=$5} /Socket errors/ {sock=$4 + $6 + $8 + $10}
    END {printf "%s|%s|%s|%s|%s\n", name, rps, p50, p99, errors + sock}' "$WRK_OUT/wrk-$name.txt"
}
AUTH=(-H "Authorization: Bearer $TOKEN")
declare -A CEILING
for entry in catalog:$CATALOG assessment:$ASSESSMENT roadmap:$ROADMAP gateway:$GATEWAY; do
  CEILING[${entry%%:*}]=$(run "health-${entry%%:*}" "${entry#*:}/q/health/live" | cut -d'|' -f2)
done
ROWS=()
both() { # scenario ceiling-of path [wrk args...]
  local scenario=$1 ceiling=$2 path=$3; shift 3
  ROWS+=("$scenario|direct|$ceiling|$(run "$scenario-direct" "$(eval echo "\$${ceiling^^}")$path" "$@" | cut -d'|' -f2-)")
  ROWS+=("$scenario|gateway|$ceiling|$(run "$scenario-gateway" "$GATEWAY$path" "$@" | cut -d'|' -f2-)")
}
both "catalog option read" catalog "/api/v1/design-options/$OPTION" "${AUTH[@]}"
both "catalog search q=merit" catalog "/api/v1/design-options?q=merit" "${AUTH[@]}"
both "assessment create+submit" assessment "" -s "$ROOT/bench/lua/create-and-submit.lua"
both "assessment score read" assessment "/api/v1/assessments/$SCORE_ID/score" "${AUTH[@]}"
both "roadmap generate (20 options, 12 ministries)" roadmap "/api/v1/roadmaps" -s "$ROOT/bench/lua/generate.lua"
# generation is an adviser's occasional act, not a stream: also at 4 at a time, where its latency shows
CONNECTIONS=4 both "roadmap generate, 4 at a time" roadmap "/api/v1/roadmaps" -s "$ROOT/bench/lua/generate.lua"
both "roadmap read" roadmap "/api/v1/roadmaps/$ROADMAP_ID" "${AUTH[@]}"
both "roadmap gantt.svg" roadmap "/api/v1/roadmaps/$ROADMAP_ID/gantt.svg" "${AUTH[@]}"
AFTER_LOAD=$(memory "after the load run")

# ------------------------------------------------------------ report
{
  echo "# Platform benchmark${LABEL:+, $LABEL} ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "Everything on this machine ($(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)):"
  echo "PostgreSQL, Keycloak, the four services and wrk ($THREADS threads, $CONNECTIONS connections unless the scenario says, $DURATION per"
  echo "scenario after 5 s of warm-up). Service JVM settings: \`${SERVICE_JAVA_OPTS:-up.sh defaults}\`."
  echo "The ceiling is the service's own \`/q/health/live\` in the same run; through the gateway the ratio"
  echo "is also given to the same scenario called directly."
  echo
  echo "| scenario | path | requests/s | p50 | p99 | errors | of the ceiling | of direct |"
  echo "|---|---|---|---|---|---|---|---|"
  direct_rps=0
  for row in "${ROWS[@]}"; do
    IFS='|' read -r scenario path ceiling rps p50 p99 errors <<< "$row"
    [[ $path == direct ]] && direct_rps=$rps
    of_ceiling=$(awk -v a="$rps" -v b="${CEILING[$ceiling]}" 'BEGIN {printf "%.1f%%", 100 * a / b}')
    of_direct=$([[ $path == gateway ]] && awk -v a="$rps" -v b="$direct_rps" 'BEGIN {printf "%.0f%%", 100 * a / b}' || echo "")
    echo "| $scenario | $path | $rps | $p50 | $p99 | $errors | $of_ceiling | $of_direct |"
  done
  echo
  echo "Ceilings (\`/q/health/live\`, requests/s): catalog ${CEILING[catalog]}, assessment ${CEILING[assessment]},"
  echo "roadmap ${CEILING[roadmap]}, gateway ${CEILING[gateway]}."
  echo
  echo "Assessment create+submit: $(grep '^status' "$WRK_OUT/wrk-assessment create+submit-direct.txt" | tr '\n' ' ')(direct);"
  echo "about half the requests are submissions of 32-answer assessments created by the other half."
  echo
  echo "## Start and memory"
  echo
  echo "Start: process start to the first 200 on \`/q/health/ready\`, each service started alone on an idle machine."
  echo
  echo "| service | ready after |"
  echo "|---|---|"
  for name in catalog-service assessment-service roadmap-service gateway; do
    echo "| $name | ${STARTED[$name]} s |"
  done
  echo
  echo "Resident memory (RSS) counts the pages a process shares with others (the JVM's library and"
  echo "class archive) in full for each; PSS divides them among their users (Keycloak's JVM included),"
  echo "so the PSS of the four services adds up to about what they occupy together."
  echo
  echo "| when | process | resident memory (RSS) | proportional (PSS) |"
  echo "|---|---|---|---|"
  echo "$AFTER_START"
  echo "$AFTER_LOAD"
} > "$REPORT"
cat "$REPORT"
