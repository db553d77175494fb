#!/usr/bin/env bash
# Configures the WildFly at $1 with configure.cli, using the PostgreSQL driver jar $2, for the
# build: tests start standalone-microprofile.xml, the run command standalone-lms-dev.xml.
# Skips the work when that server was already configured by the same script (checksum marker),
# so repeated builds stay fast; deleting the server folder starts over from the stock dist.
set -euo pipefail
jboss_home=$1
driver_jar=$2
here=$(cd "$(dirname "$0")" && pwd)
marker="$jboss_home/.lms-configured"
sum=$(cat "$here/configure.cli" "$0" | sha256sum | cut -d' ' -f1)
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$sum" ]; then
  echo "WildFly at $jboss_home already configured"
  exit 0
fi
"$jboss_home/bin/jboss-cli.sh" --file="$here/configure.cli" -Dlms.postgresql.jar="$driver_jar" > "$jboss_home/configure.log" 2>&1 || {
  cat "$jboss_home/configure.log"; exit 1; }
# The run command deploys into its own copy of the configuration, so what it leaves deployed
# never reaches the configuration the integration tests start from.
config="$jboss_home/standalone/configuration"
cp "$config/standalone-microprofile.xml" "$config/standalone-lms-dev.xml"
echo "$sum" > "$marker"
echo "WildFly at $jboss_home configured by configure.cli"
