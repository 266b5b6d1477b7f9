#!/usr/bin/env bash
# Save-to-visible latency of `waymark serve` on the shared synthetic knowledge base, measured in
# a real browser (headless Chromium): how long from saving a page's Markdown until the open page
# shows the edit. Prints each edit and the median.
#
# Usage: bench/serve-latency.sh [PAGES] [EDITS]      (defaults: 10000 pages, 10 edits)
# Needs: target/waymark.jar and test classes (mvn -o package -DskipTests; mvn -o test-compile),
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
CP="target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
exec java -cp "$CP" org.waymark.bench.ServeLatency "$PROJECT" target/waymark.jar "$EDITS"
