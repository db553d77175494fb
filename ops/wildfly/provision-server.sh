#!/usr/bin/env bash
# Configures the WildFly at $1 with configure.cli, using the PostgreSQL driver jar $2.
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
echo "$sum" > "$marker"
echo "WildFly at $jboss_home configured by configure.cli"
