#!/usr/bin/env bash
# Starts the whole platform on this machine, without containers: PostgreSQL (if stopped),
# Keycloak with the realm, the three services and the gateway. Safe to run twice.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
START=$(date +%s)
mkdir -p "$LOG_DIR" "$PID_DIR"

use_jdk   # JAVA_HOME and PATH: a JDK 25, which Maven, Keycloak and the services run on
command -v mvn >/dev/null || die "Maven is required: install it (e.g. apt-get install maven)."
command -v curl >/dev/null || die "curl is required: install it (e.g. apt-get install curl)."
command -v unzip >/dev/null || die "unzip is required: install it (e.g. apt-get install unzip)."

# ---------------------------------------------------------------- PostgreSQL
pg_ready() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null; }
if ! command -v psql >/dev/null || ! command -v pg_isready >/dev/null; then
  die "PostgreSQL 15 or newer is required and not installed. Install it, e.g. on Debian/Ubuntu:
    sudo apt-get install postgresql
  then run this script again (or point PG_HOST/PG_PORT at a running server)."
fi
if ! pg_ready; then
  if command -v pg_lsclusters >/dev/null; then
    log "PostgreSQL is not running: starting it"
    while read -r ver name _; do
      pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start || true
      echo "$ver $name" >> "$RUN_DIR/started-postgres"
    done < <(pg_lsclusters --no-header | awk '$4 != "online" {print $1, $2}')
  fi
  for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
  pg_ready || die "PostgreSQL is installed but not reachable on $PG_HOST:$PG_PORT; start it (e.g. sudo service postgresql start)."
fi

# Local secrets: generated once per run folder, never committed
SECRETS=$RUN_DIR/secrets.env
if [[ ! -f $SECRETS ]]; then
  umask 077
  {
    for db in catalog assessment roadmap keycloak; do
      echo "${db^^}_DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
    done
    echo "KEYCLOAK_ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  } > "$SECRETS"
  umask 022
fi
source "$SECRETS"


ensure_database() {
  local name=$1 password=$2
  if [[ -n $(psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '$name'") ]]; then
    reused+=("$name")
  else
    created+=("$name")
  fi
  psql_admin >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$name') THEN CREATE ROLE $name LOGIN; END IF;
END \$\$;
ALTER ROLE $name WITH LOGIN PASSWORD '$password';
SELECT 'CREATE DATABASE $name OWNER $name' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$name')\gexec
SQL
}
reused=() created=()
for db in catalog assessment roadmap keycloak; do
  var=${db^^}_DB_PASSWORD
  ensure_database "$db" "${!var}"
done
log "PostgreSQL ready on $PG_HOST:$PG_PORT (databases catalog, assessment, roadmap, keycloak)"
if (( ${#created[@]} )); then log "Created databases ${created[*]}"; fi
if (( ${#reused[@]} )); then
  log "Reusing databases ${reused[*]} and their data (for a clean start: ./deploy/local/down.sh --purge, then up.sh)"
fi

# ---------------------------------------------------------------- build what is missing or stale
jar_of() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
stale=()
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*}
  jar=$(jar_of "$name")
  if [[ ! -f $jar ]] || [[ -n $(find "$ROOT/$name/src/main" "$ROOT/$name/pom.xml" "$ROOT/pom.xml" \
        "$ROOT/common/src/main" "$ROOT/common/pom.xml" "$ROOT/common-persistence/src/main" \
        "$ROOT/common-persistence/pom.xml" -newer "$jar" -type f 2>/dev/null | head -1) ]]; then
    stale+=("$name")
  fi
done
if (( ${#stale[@]} )); then
  modules=$(IFS=,; echo "${stale[*]}")
  log "Building $modules (mvn package, tests skipped, Java $(jdk_major "$JAVA_HOME") at $JAVA_HOME)"
  log "  (the first build downloads dependencies and takes a few minutes; progress below, full log in $LOG_DIR/build.log)"
  (cd "$ROOT" && mvn -B --no-transfer-progress -DskipTests package -pl "$modules" -am) > "$LOG_DIR/build.log" 2>&1 &
  build_pid=$!
  # say which module Maven is on, and that it is still going, instead of minutes of silence
  last="" since=$(date +%s)
  while kill -0 "$build_pid" 2>/dev/null; do
    # Maven's reactor headers: "[INFO] Building gateway: the one public door 1.0.0-SNAPSHOT  [5/5]"
    current=$(grep -E '^\[INFO\] Building [a-z-]+.*\[[0-9]+/[0-9]+\]$' "$LOG_DIR/build.log" 2>/dev/null | tail -1 \
      | sed -E 's/^\[INFO\] Building ([a-z-]+).*\[([0-9]+\/[0-9]+)\]$/\1 (\2)/' || true)
    if [[ -n $current && $current != "$last" ]]; then
      log "  building $current"
      last=$current since=$(date +%s)
    elif (( $(date +%s) - since >= 30 )); then
      log "  still building ${last:-the project} ($(( $(date +%s) - START )) s so far)"
      since=$(date +%s)
    fi
    sleep 2
  done
  wait "$build_pid" || { tail -40 "$LOG_DIR/build.log"; die "the build failed; see $LOG_DIR/build.log"; }
  log "Built $modules"
fi

# ---------------------------------------------------------------- Keycloak
KC_HOME=$RUN_DIR/keycloak-$KEYCLOAK_VERSION
REALM_FILE=$ROOT/deploy/keycloak/realm-modernization.json
if [[ ! -x $KC_HOME/bin/kc.sh ]]; then
  log "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once)"
  mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$RUN_DIR/downloads" > "$LOG_DIR/keycloak-download.log" 2>&1 \
    || die "could not fetch Keycloak; see $LOG_DIR/keycloak-download.log"
  rm -rf "$RUN_DIR/keycloak-unpack" && mkdir -p "$RUN_DIR/keycloak-unpack"
  unzip -q "$RUN_DIR/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$RUN_DIR/keycloak-unpack"
  mv "$RUN_DIR/keycloak-unpack/keycloak-$KEYCLOAK_VERSION" "$KC_HOME" && rm -rf "$RUN_DIR/keycloak-unpack"
fi
realm_sum=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
if pid_alive keycloak && [[ $(cat "$RUN_DIR/realm.sha256" 2>/dev/null) != "$realm_sum" ]]; then
  # a running Keycloak holds the old realm: restart it with the new file below, and the services
  # too, since the new realm signs with new keys that they would not look up again for minutes
  log "The realm file changed since Keycloak started: restarting Keycloak and the services"
  for entry in gateway roadmap-service assessment-service catalog-service keycloak; do
    stop_process "$entry"
  done
fi
if ! pid_alive keycloak; then
  if (exec 3<>"/dev/tcp/127.0.0.1/$KEYCLOAK_PORT") 2>/dev/null; then
    die "port $KEYCLOAK_PORT is in use by a process up.sh did not start; stop it (ss -ltnp | grep :$KEYCLOAK_PORT) and run up.sh again"
  fi
  if [[ -f $RUN_DIR/realm.sha256 && $(cat "$RUN_DIR/realm.sha256") != "$realm_sum" ]]; then
    # the realm file changed: Keycloak only imports a realm that does not exist, so start afresh
    log "The realm file changed: recreating Keycloak's database to import it again"
    psql_admin -c "DROP DATABASE IF EXISTS keycloak WITH (FORCE)" >/dev/null
    ensure_database keycloak "$KEYCLOAK_DB_PASSWORD"
  fi
  mkdir -p "$KC_HOME/data/import" && cp "$REALM_FILE" "$KC_HOME/data/import/"
  log "Starting Keycloak on $KEYCLOAK_URL"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$KEYCLOAK_ADMIN_PASSWORD \
  KC_DB_PASSWORD=$KEYCLOAK_DB_PASSWORD \
  JAVA_OPTS_KC_HEAP=${KEYCLOAK_HEAP:-"-Xms64m -Xmx512m"} \
    setsid nohup "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
      --hostname="$KEYCLOAK_URL" --import-realm \
      --db=postgres --db-url="jdbc:postgresql://$PG_HOST:$PG_PORT/keycloak" --db-username=keycloak \
      > "$LOG_DIR/keycloak.log" 2>&1 < /dev/null &
  echo $! > "$PID_DIR/keycloak.pid"
fi

# ---------------------------------------------------------------- services
wait_for() {
  local name=$1 url=$2 limit=${3:-180}
  for _ in $(seq 1 "$limit"); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    pid_alive "$name" || { tail -30 "$LOG_DIR/$name.log" >&2; die "$name stopped while starting; see $LOG_DIR/$name.log"; }
    sleep 1
  done
  tail -30 "$LOG_DIR/$name.log" >&2
  die "$name was not ready after ${limit}s; see $LOG_DIR/$name.log"
}
wait_for keycloak "$KEYCLOAK_URL/realms/modernization/.well-known/openid-configuration" 300
echo "$realm_sum" > "$RUN_DIR/realm.sha256"
log "Keycloak ready (realm modernization)"

# four services, Keycloak and PostgreSQL share two cores (bench/results/latest.md): small heaps (the
# serial GC grows its old generation up to -Xmx rather than collect it, so -Xmx is what the heap
# keeps under load; the live data is 20 to 30 MB), the serial GC, and the C1 compiler only, whose
# code is ready sooner and leaves the cores to requests
JAVA_OPTS_SERVICE=${SERVICE_JAVA_OPTS:-"-Xms32m -Xmx128m -Xmn24m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Xss512k -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"}
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
app_dir_of() { dirname "$(jar_of "$1")"; }

# Each service's ahead-of-time cache (JEP 483, 514, 515: classes loaded and linked, method profiles),
# trained by a short run of the platform's main reads against the real database, with exactly the
# options the service runs with: a cache made with other options, another JVM or another build is
# refused by the JVM. It is made again when the jar, the JVM or the options change; UP_AOT=false
# starts without one. Every start names it with -XX:AOTMode=on: a cache that does not fit stops the
# service with the JVM's reason in its log, instead of a silent start without it.
AOT_ON=${UP_AOT:-true}
aot_key() { printf '%s | %s' "$("$JAVA_HOME/bin/java" -version 2>&1 | tr '\n' ' ')" "$JAVA_OPTS_SERVICE"; }
aot_fits() {
  local dir=$1
  [[ -f $dir/app.aot && ! $dir/quarkus-run.jar -nt $dir/app.aot && $(cat "$dir/app.aot.key" 2>/dev/null) == "$(aot_key)" ]]
}

# start_service NAME PORT DB AOT_OPTIONS
start_service() {
  local name=$1 port=$2 db=$3 aot_opts=$4 app_dir
  # another process on our port would answer our health checks in place of the service we start
  port_taken "$port" && die "port $port is in use by a process up.sh did not start; stop it (ss -ltnp | grep :$port) and run up.sh again"
  # two malloc arenas: glibc's default (8 per core) holds native memory the JVM has given back
  local env_vars=(HTTP_HOST=127.0.0.1 OIDC_AUTH_SERVER_URL="$KEYCLOAK_URL/realms/modernization" LOG_JSON=false
            MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}")
  if [[ $name == gateway ]]; then
    env_vars+=(GATEWAY_OPENAPI_LOGIN_HINT="**This local demo's accounts** (password \`demo-password\`): \`undp-staff-demo\`, \`advisor-demo\`, \`mop-krg-demo\` and \`mop-fed-demo\` (ministry users of MOP-KRG and MOP-FED).")
  fi
  if [[ -n $db ]]; then
    local var=${db^^}_DB_PASSWORD
    env_vars+=(DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" DB_USERNAME="$db" DB_PASSWORD="${!var}")
  fi
  app_dir=$(app_dir_of "$name")
  env -C "$app_dir" "${env_vars[@]}" setsid nohup java $JAVA_OPTS_SERVICE $aot_opts -jar quarkus-run.jar \
    > "$LOG_DIR/$name.log" 2>&1 < /dev/null &
  echo $! > "$PID_DIR/$name.pid"
}

wait_all_ready() {
  local entry name port
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port _ <<< "$entry"
    wait_for "$name" "http://127.0.0.1:$port/q/health/ready"
    log "$name ready"
  done
}

# The training run's workload: the reads partner apps, advisers and ministries make most, through the
# gateway (so it trains too), a few rounds, in the three languages
aot_workload() {
  local token base=http://127.0.0.1:8080 round path
  token=$(curl -fsS -d grant_type=password -d client_id=modernization-cli -d username=undp-staff-demo \
    -d password=demo-password "$KEYCLOAK_URL/realms/modernization/protocol/openid-connect/token" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/') || die "no token for the AOT training run"
  for round in 1 2 3; do
    for lang in en ar ckb; do
      for path in /api/v1 /api/v1/pillars /api/v1/dimensions "/api/v1/design-options?size=50" \
          "/api/v1/design-options?q=merit&size=5" /api/v1/country-models /api/v1/glossary /api/v1/legal-instruments \
          "/api/v1/ministries?size=50" /api/v1/frameworks "/api/v1/assessments?size=20" \
          "/api/v1/readiness/summary?government=KRG" "/api/v1/roadmaps?size=20" "/api/v1/nothing-here"; do
        curl -s -o /dev/null -H "Authorization: Bearer $token" -H "Accept-Language: $lang" "$base$path" || true
      done
    done
    curl -s -o /dev/null "$base/q/openapi" || true
  done
}

if [[ $AOT_ON == true ]]; then
  train=()
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name _ _ <<< "$entry"
    if ! aot_fits "$(app_dir_of "$name")"; then
      # a running service started without this build's cache is restarted to train one
      stop_process "$name"
      train+=("$name")
    fi
  done
  if (( ${#train[@]} )); then
    log "Training the AOT cache of ${train[*]}: a short run of the main reads (once per build or JVM option change)"
    for entry in "${SERVICES[@]}"; do
      IFS=: read -r name port db <<< "$entry"
      pid_alive "$name" && continue
      rm -f "$(app_dir_of "$name")/app.aot" "$(app_dir_of "$name")/app.aot.key"
      if [[ " ${train[*]} " == *" $name "* ]]; then
        start_service "$name" "$port" "$db" "-XX:AOTCacheOutput=app.aot"
      else
        start_service "$name" "$port" "$db" "-XX:AOTCache=app.aot -XX:AOTMode=on"
      fi
    done
    wait_all_ready
    aot_workload
    # the JVM writes the cache as it exits (in a child JVM): stop each trained service and wait for it
    for name in "${train[@]}"; do
      pid=$(cat "$PID_DIR/$name.pid")
      kill -TERM "$pid" 2>/dev/null || true
    done
    for name in "${train[@]}"; do
      dir=$(app_dir_of "$name")
      for _ in $(seq 1 240); do
        [[ -f $dir/app.aot ]] && ! pgrep -g "$(cat "$PID_DIR/$name.pid")" >/dev/null && break
        sleep 0.5
      done
      [[ -f $dir/app.aot ]] || die "$name wrote no AOT cache; see $LOG_DIR/$name.log (or start with UP_AOT=false)"
      aot_key > "$dir/app.aot.key"
      rm -f "$PID_DIR/$name.pid"
      log "$name: AOT cache $(du -h "$dir/app.aot" | cut -f1) written"
    done
  fi
fi
for entry in "${SERVICES[@]}"; do
  IFS=: read -r name port db <<< "$entry"
  pid_alive "$name" && continue
  log "Starting $name on :$port"
  start_service "$name" "$port" "$db" "$([[ $AOT_ON == true ]] && echo "-XX:AOTCache=app.aot -XX:AOTMode=on" || true)"
done
wait_all_ready

cat <<INFO

The SES modernization platform is up ($(( $(date +%s) - START ))s). Logs: $LOG_DIR

  Gateway (the one public door)  http://localhost:8080/api/v1/...
  Swagger UI                     http://localhost:8080/q/swagger-ui
  catalog-service                http://localhost:8081   (Swagger UI /q/swagger-ui)
  assessment-service             http://localhost:8082
  roadmap-service                http://localhost:8083
  Keycloak                       $KEYCLOAK_URL   (admin console: admin / see $SECRETS)

Demo accounts (password demo-password): undp-staff-demo, advisor-demo,
  mop-krg-demo (ministry MOP-KRG), mop-fed-demo (ministry MOP-FED);
  client partner-portal (client credentials, secret partner-portal-secret);
  ministry systems mop-krg-system and mop-fed-system (client credentials, secret <client>-demo-secret).

Try it:
  TOKEN=\$(curl -s -d grant_type=password -d client_id=modernization-cli -d username=advisor-demo -d password=demo-password \\
    $KEYCLOAK_URL/realms/modernization/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -H "Authorization: Bearer \$TOKEN" http://localhost:8080/api/v1/pillars

Stop everything with ./deploy/local/down.sh
INFO
