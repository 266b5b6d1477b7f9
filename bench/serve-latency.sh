#!/usr/bin/env bash
# Save-to-visible latency of `waymark serve` on the shared synthetic knowledge base, measured in
# a real browser (headless Chromium): how long from saving a page's Markdown until the open page
# shows the edit. Prints each edit and the median. Serve runs as a user runs it, through the
# launcher target/bin/waymark and its JVM flags.
#
# Usage: bench/serve-latency.sh [PAGES] [EDITS]      (defaults: 10000 pages, 10 edits)
# Needs: target/waymark.jar, target/bin/waymark and test classes (mvn -o package -DskipTests; mvn -o test-compile),
#        Chromium and chromedriver, python3 for the generator in ../shared/bench/.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
PAGES=${1:-10000}
EDITS=${2:-10}
GEN=${GEN:-$REPO/../shared/bench/gen_content.py}
[ -f "$GEN" ] || GEN=/work/shared/bench/gen_content.py
PROJECT=${PROJECT:-/tmp/waymark-serve-bench-$PAGES}

if [ ! -f "$PROJECT/content/index.md" ]; then
  rm -rf "$PROJECT"
  python3 "$GEN" --pages "$PAGES" --out "$PROJECT" >/dev/null
  # Waymark's format, as ../shared/bench/peers/run.sh stages it: index.md, `order` for the position
  mv "$PROJECT/content/_index.md" "$PROJECT/content/index.md"
  find "$PROJECT/content" -name '*.md' -exec sed -i 's/^weight: /order: /' {} +
fi

cd "$REPO"
[ -f target/waymark.jar ] || mvn -q -o package -DskipTests
[ -d target/test-classes/org/waymark/bench ] || mvn -q -o test-compile
# The test classpath from Maven's own dependency tree (mvn -X prints it; the dependency plugin
# itself cannot be resolved offline): the tree under this project's line, as jars in ~/.m2.
deps=$(mvn -o -X test-compile 2>/dev/null | sed -E 's/\x1b\[[0-9;]*m//g' \
  | awk '/^\[DEBUG\] org\.waymark:waymark:jar:/ {on=1; next} on && !/^\[DEBUG\]    / {on=0} on' \
  | sed -E 's/^\[DEBUG\] +//' | grep -E '^[A-Za-z0-9._-]+:[A-Za-z0-9._-]+:jar:[^:]+:(compile|runtime|test)$' \
  | awk -F: -v m="$HOME/.m2/repository" '{g=$1; gsub(/\./,"/",g); printf "%s%s/%s/%s/%s/%s-%s.jar", sep, m, g, $2, $4, $2, $4; sep=":"}')
CP="target/test-classes:target/classes:$deps"
exec java -cp "$CP" org.waymark.bench.ServeLatency "$PROJECT" target/bin/waymark "$EDITS"
