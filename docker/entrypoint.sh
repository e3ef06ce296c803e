#!/bin/sh
# Secrets from files: for every VARIABLE_FILE=/run/secrets/x, export VARIABLE with the file's content,
# so no password or key has to sit in the environment of the compose file.
set -eu
for variable in $(env | sed -n 's/^\([A-Z0-9_]*\)_FILE=.*/\1/p'); do
    file=$(printenv "${variable}_FILE")
    export "$variable=$(cat "$file")"
    unset "${variable}_FILE"
done
exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar
