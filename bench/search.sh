#!/usr/bin/env bash
# Search at scale: builds the synthetic knowledge base (default 10,000 guide pages, from the
# shared generator) and measures
#   1. what the index adds to the build's wall time, from `build --timings` (median of RUNS
#      builds). The index is written beside render, on threads of its own, and waited for
#      before verify: `search` is its own wall time, `search-wait` how long the build then
#      waited for it (what it added to the critical path: the least it adds), `search-cpu` the
#      CPU time its threads took. When the other stages keep every core busy, that CPU is taken
#      from them, so the most it adds is about search-wait + search-cpu / cores;
#   2. the index's size on disk, its largest shard, and its file count;
#   3. in headless Chromium, opened from disk: milliseconds from a keystroke to the results
#      being in the page, and the index bytes a query loads (bench/SearchLatency.java).
#
# Usage: bench/search.sh [N] [RUNS]        (N default 10000, RUNS default 3)
# Env:   GEN=path/to/gen_content.py        (default: ../shared/bench/gen_content.py beside the repo)
#        WAYMARK=path/to/bin/waymark       (default: target/bin/waymark)
#        ROOT=/tmp/waymark-search-N        where the content and the site are written
# Needs: target/bin/waymark (mvn -q -o package -DskipTests), chromium and chromedriver, python3.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${1:-10000}
RUNS=${2:-3}
ROOT=${ROOT:-/tmp/waymark-search-$N}
GEN=${GEN:-}
for g in "$GEN" "$REPO/../shared/bench/gen_content.py" /work/shared/bench/gen_content.py; do
  if [ -n "$g" ] && [ -f "$g" ]; then GEN=$g; break; fi
done
[ -f "$GEN" ] || { echo "gen_content.py not found; set GEN" >&2; exit 2; }
WAYMARK=${WAYMARK:-$REPO/target/bin/waymark}   # the launcher: the JVM flags a build runs with
[ -x "$WAYMARK" ] || { echo "build it first: mvn -q -o package -DskipTests" >&2; exit 2; }

if [ ! -f "$ROOT/content/site.yaml" ]; then
  rm -rf "$ROOT" && mkdir -p "$ROOT"
  python3 "$GEN" --pages "$N" --out "$ROOT" --weight-key order --index-file index.md >/dev/null
  printf 'title: Synthetic handbook\n' > "$ROOT/content/site.yaml"
fi

echo "== build: $N pages, $RUNS runs (build --timings; the index is written beside render)"
cores=$(nproc)
waits=()
bounds=()
cpus=()
for run in $(seq 1 "$RUNS"); do
  rm -rf "$ROOT/site"
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$ROOT/time.txt" "$WAYMARK" build "$ROOT" --out "$ROOT/site" --timings 2> "$ROOT/build.log" >/dev/null
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  cpus+=("$(awk '{printf "%d", 1000 * ($1 + $2)}' "$ROOT/time.txt")")
  own=$(awk '$1 == "search" {print $2}' "$ROOT/build.log")
  wait=$(awk '$1 == "search-wait" {print $2}' "$ROOT/build.log")
  scpu=$(awk '$1 == "search-cpu" {print $2}' "$ROOT/build.log")
  stages=$(awk '$3 == "ms" {printf "%s %s ms, ", $1, $2}' "$ROOT/build.log")
  waits+=("$(awk -v s="$wait" -v w="$wall" 'BEGIN {printf "%.1f", 100 * s / w}')")
  bounds+=("$(awk -v s="$wait" -v c="$scpu" -v n="$cores" -v w="$wall" 'BEGIN {printf "%.1f", 100 * (s + c / n) / w}')")
  echo "run $run: wall ${wall} ms, CPU ${cpus[-1]} ms; ${stages%, }"
  echo "       index: ${own} ms beside render, waited for ${wait} ms = ${waits[-1]}% of wall; its CPU ${scpu} ms" \
    "= $(awk -v c="$scpu" -v b="${cpus[-1]}" 'BEGIN {printf "%.1f", 100 * c / b}')% of the build's;" \
    "wait + CPU/$cores = ${bounds[-1]}% of wall ($(uptime | sed 's/.*load/load/'))"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "index, added to the build's wall time (medians): at least $(median "${waits[@]}")% (the wait)," \
  "at most about $(median "${bounds[@]}")% (the wait + its CPU over $cores cores)"
cpu=$(median "${cpus[@]}")

# Wall time swings with whatever else the machine runs; CPU time hardly does.
echo
echo "== the search stage's CPU time (bench/SearchCpu.java: the stage alone, with the build's JVM flags)"
java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn128m -Xss4m -cp "$REPO/target/waymark.jar" \
  "$REPO/bench/SearchCpu.java" "$ROOT" 3 2>/dev/null | tee "$ROOT/search-cpu.txt"
awk -v b="$cpu" '/cold/ {gsub(/,/, ""); for (i = 1; i <= NF; i++) if ($i == "CPU") c = $(i + 1)}
  END {printf "cold search stage CPU %d ms = %.1f%% of a build'"'"'s CPU (median %d ms)\n", c, 100 * c / b, b}' "$ROOT/search-cpu.txt"

echo
echo "== index on disk"
idx="$ROOT/site/assets/search"
printf 'total %s in %s files (%s word shards, %s head files, %s text files, meta.js %s bytes); largest shard %s bytes\n' \
  "$(du -sh --apparent-size "$idx" | cut -f1)" "$(find "$idx" -type f | wc -l)" "$(ls "$idx" | grep -c '^w-')" \
  "$(ls "$idx/h" | wc -l)" "$(ls "$idx/d" | wc -l)" "$(stat -c %s "$idx/meta.js")" \
  "$(find "$idx" -maxdepth 1 -name 'w-*.js' -printf '%s\n' | sort -n | tail -1)"

echo
echo "== in headless Chromium, from disk"
CP="$ROOT/test-classpath.txt"
if [ ! -s "$CP" ]; then
  # The dependency plugin may not resolve offline; the compiler's debug output names the test class path too.
  (cd "$REPO" && mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP" >/dev/null 2>&1) ||
    (cd "$REPO" && mvn -B -o -X test-compile 2>/dev/null | sed -n 's/.*(f) testPath = \[\(.*\)\]$/\1/p' | head -1 | sed 's/, /:/g' > "$CP")
fi
[ -s "$CP" ] || { echo "could not work out the test class path" >&2; exit 2; }
java -cp "$(cat "$CP")" "$REPO/bench/SearchLatency.java" "$ROOT/site" \
  "vpn" "password reset" "backup restore" "certificates" "troubleshoot printer" "escalation path" \
  "firewall rules linux" "pasword" "certifcate renew" "the" "kubernetes" "service desk portal"
