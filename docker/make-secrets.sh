#!/usr/bin/env bash
# Makes the secrets docker-compose.yml reads from files (docker/secrets/, never committed):
# three database passwords and the Ed25519 key that signs the audit trail. Existing files are kept.
set -euo pipefail
cd "$(dirname "$0")/secrets"
umask 077
for name in postgres_password plenum_owner_password plenum_app_password; do
    [ -s "$name" ] || head -c 32 /dev/urandom | base64 | tr -d '/+=\n' > "$name"
done
[ -s plenum_audit_signing_key ] || openssl genpkey -algorithm ed25519 -out plenum_audit_signing_key
echo "secrets in $(pwd)"
