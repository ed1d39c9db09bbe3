#!/usr/bin/env bash
# Connection pool size, measured: restarts assessment-service and catalog-service with
# DB_POOL_MAX=<size> for each size given, then runs create+submit and search at 16 connections.
# Needs the platform up (deploy/local/up.sh) and wrk. Usage: bench/pool-size.sh 2 4 8 16
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib.sh"
cd "$ROOT"
command -v wrk >/dev/null || { echo "wrk is required: apt-get install wrk" >&2; exit 1; }
export TOKEN
TOKEN=$(token undp-staff-demo)
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
  ANSWERS=$(full_answers http://127.0.0.1:8082)
  MINISTRIES=$(register_ministries P http://127.0.0.1:8082)
  summary='/Requests\/sec/ {r=$2} $1=="99%" {p=$2} END {print r " requests/s, p99 " p}'
  wrk -t1 -c4 -d5s -s bench/lua/create-and-submit.lua http://127.0.0.1:8082 > /dev/null
  echo "DB_POOL_MAX=$size create+submit: $(wrk -t2 -c16 -d15s --latency -s bench/lua/create-and-submit.lua http://127.0.0.1:8082 | awk "$summary")"
  wrk -t1 -c4 -d5s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:8081/api/v1/design-options?q=merit" > /dev/null
  echo "DB_POOL_MAX=$size search: $(wrk -t2 -c16 -d15s --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:8081/api/v1/design-options?q=merit" | awk "$summary")"
done
