# Shared settings of up.sh and down.sh. Everything can be overridden from the environment.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN_DIR=${MODERNIZATION_RUN_DIR:-$ROOT/.run}
LOG_DIR=$RUN_DIR/logs
PID_DIR=$RUN_DIR/pids
KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.5.6}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_URL=http://localhost:$KEYCLOAK_PORT
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
# name:port:database of each process; the gateway has no database
SERVICES=(catalog-service:8081:catalog assessment-service:8082:assessment roadmap-service:8083:roadmap gateway:8080:)

# The JDK 25 (or newer) the services are built and run on: JAVA_HOME when it is one, otherwise the
# newest one installed in /usr/lib/jvm (where Debian's and Temurin's packages put theirs).
JDK_MIN=25
jdk_major() {
  local release=$1/release version
  [[ -x $1/bin/java && -x $1/bin/javac && -f $release ]] || return 1
  version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  [[ -n $version ]] && echo "$version"
}
find_jdk() {
  local candidate major best="" best_major=0
  if [[ -n ${JAVA_HOME:-} ]] && major=$(jdk_major "$JAVA_HOME") && (( major >= JDK_MIN )); then
    echo "$JAVA_HOME"; return 0
  fi
  for candidate in /usr/lib/jvm/*; do
    [[ -L $candidate ]] && continue
    major=$(jdk_major "$candidate") || continue
    if (( major >= JDK_MIN && major > best_major )); then best=$candidate best_major=$major; fi
  done
  [[ -n $best ]] && echo "$best"
}
JDK_MISSING="Java $JDK_MIN or newer is required to build and run the services, and no JDK $JDK_MIN was found
  (JAVA_HOME is ${JAVA_HOME:-unset}; none in /usr/lib/jvm). Install one, e.g. Eclipse Temurin 25
  (the temurin-25-jdk package from Adoptium's Debian repository) or OpenJDK 25 from your distribution,
  or point JAVA_HOME at one, then run this again."
# Exports JAVA_HOME and PATH for the JDK 25 (Maven runs on it too), or stops saying how to get one.
use_jdk() {
  local jdk
  jdk=$(find_jdk) || die "$JDK_MISSING"
  export JAVA_HOME=$jdk PATH=$jdk/bin:$PATH
}

log() { printf '\033[1m[%s]\033[0m %s\n' "$(date +%H:%M:%S)" "$*"; }
die() {
  printf '\033[31mERROR:\033[0m %s\n' "$*" >&2
  # an unattended caller (system-tests) asks us not to leave half a platform running
  if [[ ${UP_CLEANUP_ON_FAILURE:-0} == 1 ]]; then "$ROOT/deploy/local/down.sh" >&2 || true; fi
  exit 1
}

pid_alive() {
  local file=$PID_DIR/$1.pid
  [[ -f $file ]] && kill -0 "$(cat "$file")" 2>/dev/null
}

# Stops a process up.sh started (its whole process group), by its pid file.
stop_process() {
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

# psql as the PostgreSQL superuser: over TCP (PGPASSWORD honoured), or through the local socket as the postgres OS user
psql_admin() {
  # the postgres superuser over TCP (PGPASSWORD honoured), or through the local socket as the postgres OS user
  if psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "${PG_ADMIN_USER:-postgres}" -d postgres -c 'select 1' >/dev/null 2>&1; then
    psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "${PG_ADMIN_USER:-postgres}" -d postgres "$@"
  elif [[ $(id -u) == 0 ]] && command -v runuser >/dev/null; then
    runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@"
  else
    sudo -u postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@"
  fi
}
