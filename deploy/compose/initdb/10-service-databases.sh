#!/usr/bin/env bash
# Run by the postgres image on its first start only (an empty data volume), as its
# /docker-entrypoint-initdb.d/ scripts are: one role and one database per service, and Keycloak's,
# as deploy/local/up.sh makes them. Each role owns its own database and may connect to no other.
# The passwords come from the container's environment (compose.yaml, from deploy/compose/.env).
# A password reaches psql through its environment (not its command line, which other processes
# can read) and psql's :'password' quotes it, whatever characters it holds.
# The entrypoint may source this file rather than run it: it only exits on an error, and unsets
# the variables it sets.
set -eo pipefail

for ses_db_name in catalog assessment roadmap keycloak; do
  ses_db_var="${ses_db_name^^}_DB_PASSWORD"
  if [[ -z ${!ses_db_var:-} ]]; then
    echo "initdb: $ses_db_var is empty: set it in deploy/compose/.env (see .env.example)" >&2
    exit 1
  fi
  echo "initdb: role and database $ses_db_name"
  SES_DB_PASSWORD="${!ses_db_var}" \
    psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname postgres \
      --set=name="$ses_db_name" <<'SQL'
\getenv password SES_DB_PASSWORD
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
done
unset ses_db_name ses_db_var
