#!/usr/bin/env bash
# Connection pool size, measured: restarts assessment-service and catalog-service with
# DB_POOL_MAX=<size> for each size given, then runs create+submit and search at 16 connections.
# Needs the platform up (deploy/local/up.sh) and wrk. Usage: bench/pool-size.sh 2 4 8 16
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }
export TOKEN
TOKEN=$(curl -fsS -d grant_type=password -d client_id=modernization-cli -d username=undp-staff-demo \
  -d password=demo-password http://localhost:8180/realms/modernization/protocol/openid-connect/token \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
sizes=("$@")
(( ${#sizes[@]} )) || sizes=(4 8)
for size in "${sizes[@]}"; do
  for service in assessment-service catalog-service; do
    pid_file=.run/pids/$service.pid
    kill -TERM -- "-$(cat "$pid_file")" 2>/dev/null || true
    while kill -0 "$(cat "$pid_file")" 2>/dev/null; do sleep 0.2; done
    rm -f "$pid_file"
  done
  DB_POOL_MAX=$size ./deploy/local/up.sh > /dev/null
  export ANSWERS MINISTRIES
  ANSWERS=$(curl -fsS -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:8082/api/v1/frameworks/SES-READINESS/versions/1" \
    | python3 -c 'import json,sys,random; v=json.load(sys.stdin); print(json.dumps([{"criterionCode":c["code"],"level":random.Random(c["code"]).randint(1,4),"evidence":"Decree 2026/17, annex "+c["code"]} for a in v["areas"] for c in a["criteria"]]))')
  run=$(( RANDOM % 900000 + 100000 ))
  MINISTRIES=$(for i in $(seq -w 1 24); do
    curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "{\"code\":\"P$run-$i\",\"government\":\"KRG\",\"name\":{\"en\":\"Pool ministry $run-$i\"}}" \
      "http://127.0.0.1:8082/api/v1/ministries" && echo -n "P$run-$i,"
  done)
  summary='/Requests\/sec/ {r=$2} $1=="99%" {p=$2} END {print r " requests/s, p99 " p}'
  wrk -t1 -c4 -d5s -s bench/lua/create-and-submit.lua http://127.0.0.1:8082 > /dev/null
  echo "DB_POOL_MAX=$size create+submit: $(wrk -t2 -c16 -d15s --latency -s bench/lua/create-and-submit.lua http://127.0.0.1:8082 | awk "$summary")"
  wrk -t1 -c4 -d5s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:8081/api/v1/design-options?q=merit" > /dev/null
  echo "DB_POOL_MAX=$size search: $(wrk -t2 -c16 -d15s --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:8081/api/v1/design-options?q=merit" | awk "$summary")"
done
