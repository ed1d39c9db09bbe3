#!/usr/bin/env bash
# Stops exactly what up.sh started: the four services, Keycloak, and PostgreSQL if up.sh started it.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for entry in gateway roadmap-service assessment-service catalog-service keycloak; do
  stop_process "$entry"
done
if [[ -f $RUN_DIR/started-postgres ]]; then
  while read -r ver name; do
    log "Stopping PostgreSQL $ver/$name (up.sh started it)"
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" stop || true
  done < "$RUN_DIR/started-postgres"
  rm -f "$RUN_DIR/started-postgres"
fi
log "Stopped."
