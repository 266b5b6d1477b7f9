#!/bin/sh
# The W3C Nu HTML checker on every HTML page of a built site: prints its errors (file, line,
# column, message) and exits 1 when there is any. Not part of CI.
#
#   bench/html-check/run.sh              # builds the default site into target/html-check/site
#   bench/html-check/run.sh SITE         # checks an already built site folder
#
# Needs node and npm (vnu-jar is installed here, from bench/html-check/package.json, on the
# first run) and Java.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
[ -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" ] || (cd "$here" && npm install --no-audit --no-fund --silent)
if [ $# -ge 1 ]; then
  site=$1
else
  site="$repo/target/html-check/site"
  [ -f "$repo/target/waymark.jar" ] || (cd "$repo" && mvn -q package -DskipTests)
  rm -rf "$site"
  (cd "$repo" && java -jar target/waymark.jar build --out "$site" >/dev/null)
fi
pages=$(find "$site" -name '*.html' | wc -l)
# vnu takes folders and checks every .html file under them.
if java -jar "$here/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --skip-non-html "$site"; then
  echo "Nu HTML checker: no errors in $pages pages of $site"
else
  echo "Nu HTML checker: errors above, in $pages pages of $site" >&2
  exit 1
fi
