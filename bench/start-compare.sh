#!/usr/bin/env bash
# Start time and memory of each service, three JVM set-ups alternated in one run on this machine:
#   baseline  another checkout's build as it ran before (e.g. JDK 17 + its AppCDS archive), its java
#   jdk25     this checkout's build on the JDK 25, without a cache
#   jdk25+aot this checkout's build on the JDK 25 with the AOT cache up.sh trained
# Each start is one service alone (the others and Keycloak up and idle), from process start to the
# first 200 on /q/health/ready; then 8 s of its main read, and its resident memory. Not a test.
#   bench/start-compare.sh BASELINE_CHECKOUT [ROUNDS]
#   BASELINE_JAVA (default /usr/lib/jvm/java-17-openjdk-amd64/bin/java), BASELINE_OPTS (default: its app-cds.jsa)
# Writes bench/results/start-compare.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/deploy/local/lib.sh"
source "$ROOT/bench/lib.sh"
BASELINE=$(cd "${1:?usage: bench/start-compare.sh BASELINE_CHECKOUT [ROUNDS]}" && pwd)
ROUNDS=${2:-3}
BASELINE_JAVA=${BASELINE_JAVA:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
OUT=$ROOT/bench/results/${START_COMPARE_OUT:-start-compare}.md
use_jdk
"$ROOT/deploy/local/up.sh" > "$ROOT/bench/results/up.log"
source "$RUN_DIR/secrets.env"
BASE_OPTS="-Xms32m -Xmx128m -Xmn24m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xss512k -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
# this build's options: up.sh's (and SERVICE_JAVA_OPTS, which up.sh trains its caches with, to try others)
OPTS=${SERVICE_JAVA_OPTS:-$BASE_OPTS}
TOKEN=$(token undp-staff-demo)

# run SERVICE PORT DB DIR JAVA EXTRA OPTIONS -> "seconds rss_mb" ; starts the service alone, measures, stops it
run() {
  local name=$1 port=$2 db=$3 dir=$4 java=$5 extra=$6 pid start_ms ready_ms path rss
  local env_vars=(HTTP_HOST=127.0.0.1 OIDC_AUTH_SERVER_URL="$KEYCLOAK_URL/realms/modernization" LOG_JSON=false MALLOC_ARENA_MAX=2)
  if [[ -n $db ]]; then
    local var=${db^^}_DB_PASSWORD
    env_vars+=(DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" DB_USERNAME="$db" DB_PASSWORD="${!var}")
  fi
  start_ms=$(date +%s%3N)
  env -C "$dir/$name/target/quarkus-app" "${env_vars[@]}" setsid "$java" $7 $extra -jar quarkus-run.jar \
    > "$ROOT/bench/results/start-$name.log" 2>&1 < /dev/null &
  pid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "$name did not start: $(tail -5 "$ROOT/bench/results/start-$name.log")" >&2; exit 1; }
    sleep 0.02
  done
  ready_ms=$(date +%s%3N)
  case $name in
    catalog-service) path=/api/v1/design-options?size=20 ;;
    assessment-service) path=/api/v1/assessments?size=20 ;;
    roadmap-service) path=/api/v1/roadmaps?size=20 ;;
    gateway) path=/api/v1/pillars ;;
  esac
  local until=$(( $(date +%s) + 8 ))
  while (( $(date +%s) < until )); do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port$path"; done
  rss=$(ps -o rss= -p "$pid" | awk '{printf "%.0f", $1 / 1024}')
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  awk -v a="$start_ms" -v b="$ready_ms" -v r="$rss" 'BEGIN {printf "%.2f %s", (b - a) / 1000, r}'
}

{
  echo "# Start time and memory: $(basename "$BASELINE") against this build, alternated ($(date -u +%Y-%m-%d))"
  echo
  echo "Baseline: \`$BASELINE_JAVA\` ($("$BASELINE_JAVA" -version 2>&1 | head -1)) on $BASELINE's build, with its app-cds.jsa."
  echo "This build: \`$JAVA_HOME\` ($("$JAVA_HOME/bin/java" -version 2>&1 | head -1)). JVM options: baseline \`$BASE_OPTS\`, this build \`$OPTS\`."
  echo "Each start: one service alone, the rest of the platform up and idle; ready = process start to the first"
  echo "200 on /q/health/ready; RSS after 8 s of its main read. $ROUNDS rounds, the set-ups alternated within each."
  echo
  echo "| service | set-up | ready (s), each round | median ready | RSS (MB), each round |"
  echo "|---|---|---|---|---|"
} > "$OUT"
for entry in "${SERVICES[@]}"; do
  IFS=: read -r name port db <<< "$entry"
  stop_process "$name" > /dev/null
  declare -A times=() mems=()
  for round in $(seq 1 "$ROUNDS"); do
    sleep 2
    read -r t m <<< "$(run "$name" "$port" "$db" "$BASELINE" "$BASELINE_JAVA" "${BASELINE_OPTS:--XX:SharedArchiveFile=app-cds.jsa -Xshare:auto}" "$BASE_OPTS")"
    times[baseline]+="$t " mems[baseline]+="$m "
    sleep 2
    read -r t m <<< "$(run "$name" "$port" "$db" "$ROOT" "$JAVA_HOME/bin/java" "" "$OPTS")"
    times[jdk25]+="$t " mems[jdk25]+="$m "
    sleep 2
    read -r t m <<< "$(run "$name" "$port" "$db" "$ROOT" "$JAVA_HOME/bin/java" "-XX:AOTCache=app.aot -XX:AOTMode=on" "$OPTS")"
    times[jdk25+aot]+="$t " mems[jdk25+aot]+="$m "
  done
  for setup in baseline jdk25 jdk25+aot; do
    median=$(tr ' ' '\n' <<< "${times[$setup]}" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "| $name | $setup | ${times[$setup]}| $median | ${mems[$setup]}|" >> "$OUT"
  done
  unset times mems
  "$ROOT/deploy/local/up.sh" > /dev/null
done
cat "$OUT"
