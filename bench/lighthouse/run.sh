#!/bin/sh
# Lighthouse scores (performance, accessibility, best practices) of the default site's home
# page, a guide, a decision tree and a checklist, with Lighthouse's default mobile settings
# (simulated slow 4G and a 4x slower CPU) and Debian's Chromium. Not part of CI.
#
#   bench/lighthouse/run.sh            # builds the site, serves it on 127.0.0.1, prints a table
#
# Needs node and npm (lighthouse is installed here, from bench/lighthouse/package.json, on the
# first run), python3 (a static file server) and /usr/bin/chromium. Reports go to
# target/lighthouse/ (one JSON file per page).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out="$repo/target/lighthouse"
port=${PORT:-8765}
mkdir -p "$out"

[ -x "$here/node_modules/.bin/lighthouse" ] || (cd "$here" && npm install --no-audit --no-fund --silent)
[ -f "$repo/target/waymark.jar" ] || (cd "$repo" && mvn -q package -DskipTests)
rm -rf "$out/site"
(cd "$repo" && java -jar target/waymark.jar build --out "$out/site" >/dev/null)

python3 -m http.server "$port" --bind 127.0.0.1 --directory "$out/site" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT INT TERM
for i in 1 2 3 4 5 6 7 8 9 10; do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break
  sleep 1
done

printf '%-46s %12s %14s %15s\n' page performance accessibility best-practices
for page in index.html guides/cost-ladder/index.html decisions/should-we-fine-tune/index.html \
            checklists/fine-tuning-pipeline/index.html; do
  report="$out/$(echo "$page" | tr / _).json"
  CHROME_PATH=/usr/bin/chromium "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" \
    --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility,best-practices \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-dev-shm-usage"
  node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    console.log(process.argv[2].padEnd(46), String(s("performance")).padStart(12),
      String(s("accessibility")).padStart(14), String(s("best-practices")).padStart(15));
  ' "$report" "$page"
done
