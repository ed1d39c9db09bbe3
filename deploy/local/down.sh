#!/usr/bin/env bash
# Stops exactly what up.sh started: the four services, Keycloak, and PostgreSQL if up.sh started it.
#   --purge  also drops the platform's databases and roles (catalog, assessment, roadmap, keycloak)
#            and its local state in .run/ (generated passwords, logs), so the next up.sh starts clean;
#            the downloaded Keycloak is kept. Asked for explicitly: the data is gone afterwards.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

purge=false
for arg in "$@"; do
  case $arg in
    --purge) purge=true ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) printf 'unknown option %s (use --purge, or nothing)\n' "$arg" >&2; exit 2 ;;
  esac
done

for entry in gateway roadmap-service assessment-service catalog-service keycloak; do
  stop_process "$entry"
done
if $purge; then
  # PostgreSQL must be running to drop the databases, even one up.sh had started and just stopped
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null || die "PostgreSQL is not reachable on $PG_HOST:$PG_PORT: start it, then run down.sh --purge again."
  for db in catalog assessment roadmap keycloak; do
    log "Dropping database and role $db"
    psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null && psql_admin -c "DROP ROLE IF EXISTS $db" >/dev/null \
      || die "could not drop $db"
  done
  rm -rf "$RUN_DIR/secrets.env" "$RUN_DIR/realm.sha256" "$LOG_DIR" "$PID_DIR" "$RUN_DIR"/keycloak-*/data
  log "Purged: the next ./deploy/local/up.sh creates the databases and passwords afresh."
fi
if [[ -f $RUN_DIR/started-postgres ]]; then
  while read -r ver name; do
    log "Stopping PostgreSQL $ver/$name (up.sh started it)"
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" stop || true
  done < "$RUN_DIR/started-postgres"
  rm -f "$RUN_DIR/started-postgres"
fi
log "Stopped."
