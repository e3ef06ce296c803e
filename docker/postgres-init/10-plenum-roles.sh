#!/bin/bash
# Runs once, when the postgres container initialises an empty volume: the owner role (migrations)
# and the application role (no superuser, owns nothing; V5 grants it what it may do).
set -euo pipefail
owner_password=$(cat /run/secrets/plenum_owner_password)
app_password=$(cat /run/secrets/plenum_app_password)
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="$owner_password" -v app_password="$app_password" <<'SQL'
CREATE ROLE plenum_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE plenum_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'app_password';
CREATE DATABASE plenum OWNER plenum_owner ENCODING 'UTF8';
REVOKE ALL ON DATABASE plenum FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE plenum TO plenum_app;
SQL
