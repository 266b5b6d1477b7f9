#!/usr/bin/env bash
# Search at scale: builds the synthetic knowledge base (default 10,000 guide pages, from the
# shared generator) and measures
#   1. what the index adds to the build's wall time: RUNS pairs of builds, one with the index and
#      one with `search: false` in site.yaml (no index), interleaved, the order swapped each
#      pair; the added time is each pair's difference, and the medians are compared too. The
#      builds with the index also run with `--timings`: `search` is the index's own wall time
#      (written beside render, on threads of its own), `search-wait` how long the build then
#      waited for it, `search-cpu` the CPU time its threads took;
#   2. the index's size on disk, its largest shard, and its file count;
#   3. in headless Chromium, opened from disk: milliseconds from a keystroke to the results
#      being in the page, and the index bytes a query loads (bench/SearchLatency.java).
#
# Usage: bench/search.sh [N] [RUNS]        (N default 10000, RUNS default 3)
# Env:   GEN=path/to/gen_content.py        (default: ../shared/bench/gen_content.py beside the repo)
#        WAYMARK=path/to/bin/waymark       (default: target/bin/waymark)
#        ROOT=/tmp/waymark-search-N        where the content and the site are written
#        SETTLE=370                        seconds to wait after deleting an earlier run's sites
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

echo "== build: $N pages, $RUNS pairs of builds with and without the index (search: false), interleaved"
cores=$(nproc)
withs=()
withouts=()
added=()
cpus=()
# Every build writes a folder of its own, and nothing is deleted while the pairs run. On this
# machine's file system (ext4 without a journal) each new file skips, one at a time, the inodes
# deleted in the last minute, or six while their inode table block is unwritten (the kernel's
# recently_deleted()): a build started just after the last one's 20,000 files were deleted
# spent 15 % of its CPU there (perf), and the build with the index, which makes 10,695 files
# more, paid the most. What is left from an earlier run is deleted first, and the file system
# given those minutes.
RUNS_DIR="$ROOT/runs"
if [ -e "$RUNS_DIR" ] || [ -e "$ROOT/site" ]; then
  rm -rf "$RUNS_DIR" "$ROOT/site"
  sync
  echo "(deleted the last run's sites; waiting ${SETTLE:-370} s so that their inodes are no longer recent)"
  sleep "${SETTLE:-370}"
fi
mkdir -p "$RUNS_DIR"
build_with() {
  printf 'title: Synthetic handbook\n' > "$ROOT/content/site.yaml"
  WITH_SITE="$RUNS_DIR/with-$run"
  sync
  local start; start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$ROOT/time.txt" "$WAYMARK" build "$ROOT" --out "$WITH_SITE" --timings 2> "$ROOT/build.log" >/dev/null
  withs+=("$(( ($(date +%s%N) - start) / 1000000 ))")
  cpus+=("$(awk '{printf "%d", 1000 * ($1 + $2)}' "$ROOT/time.txt")")
}
build_without() {
  printf 'title: Synthetic handbook\nsearch: false\n' > "$ROOT/content/site.yaml"
  sync
  local start; start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$ROOT/time-off.txt" "$WAYMARK" build "$ROOT" --out "$RUNS_DIR/without-$run" 2>/dev/null >/dev/null
  withouts+=("$(( ($(date +%s%N) - start) / 1000000 ))")
  printf 'title: Synthetic handbook\n' > "$ROOT/content/site.yaml"
}
for run in $(seq 1 "$RUNS"); do
  if [ $((run % 2)) -eq 1 ]; then build_with; build_without; else build_without; build_with; fi
  w=${withs[-1]}; o=${withouts[-1]}
  added+=("$(awk -v w="$w" -v o="$o" 'BEGIN {printf "%.1f", 100 * (w - o) / o}')")
  stages=$(awk '$3 == "ms" {printf "%s %s ms, ", $1, $2}' "$ROOT/build.log")
  echo "pair $run: with the index ${w} ms (CPU ${cpus[-1]} ms), without ${o} ms (CPU $(awk '{printf "%d", 1000 * ($1 + $2)}' "$ROOT/time-off.txt") ms):" \
    "added $((w - o)) ms = ${added[-1]}% ($(uptime | sed 's/.*load/load/'))"
  echo "       with the index: ${stages%, }"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mw=$(median "${withs[@]}"); mo=$(median "${withouts[@]}")
echo "the index added to the build's wall time: median of the pairs $(median "${added[@]}")%;" \
  "median wall with it ${mw} ms, without ${mo} ms: $(awk -v w="$mw" -v o="$mo" 'BEGIN {printf "%.1f", 100 * (w - o) / o}')%"
cpu=$(median "${cpus[@]}")
# The last build with the index is the site measured below (renamed, not copied); the others
# are deleted at the end, so that their deletion slows nothing measured here.
mv "$WITH_SITE" "$ROOT/site"

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
rm -rf "$RUNS_DIR"
