#!/usr/bin/env bash
# Stops exactly what up.sh started: the four services, Keycloak, and PostgreSQL if up.sh started it.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

stop() {
  local name=$1 file=$PID_DIR/$1.pid
  [[ -f $file ]] || return 0
  local pid
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    log "Stopping $name"
    # each process was started as the leader of its own process group: stop the whole group
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null
  fi
  rm -f "$file"
}

for entry in gateway roadmap-service assessment-service catalog-service keycloak; do
  stop "$entry"
done
if [[ -f $RUN_DIR/started-postgres ]]; then
  while read -r ver name; do
    log "Stopping PostgreSQL $ver/$name (up.sh started it)"
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" stop || true
  done < "$RUN_DIR/started-postgres"
  rm -f "$RUN_DIR/started-postgres"
fi
log "Stopped."
