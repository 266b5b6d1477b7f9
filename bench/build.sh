#!/usr/bin/env bash
# Build benchmark: a generated knowledge base of N guide pages (plus about one decision tree
# of 20-40 nodes and one checklist per 50 pages, see gen.py) built by Waymark and by Hugo,
# interleaved, each run timed with GNU time (/usr/bin/time -v).
#
# Usage: bench/build.sh N [RUNS]          (RUNS default 3; N e.g. 1000, 10000, 100000)
# Env:   WAYMARK=path/to/bin/waymark      launcher to measure (default: this repo's target/bin/waymark)
#        ROOT=/tmp/waymark-bench-N        where content, sites, logs and results.tsv go
#        HUGO=0                           leave Hugo out
#        SEED=42                          content seed
#        SETTLE=0                         seconds each rebuild and check waits after the last one's deletes
#
# It measures, in this order:
#   cold     `waymark build --timings` into a new folder
#   hugo     `hugo` on the same guide pages (bench/hugo skeleton) into a new folder
# and after all runs of those, RUNS of each of:
#   rebuild  the same build again over a site a cold build left (takes each file's load from the
#            store beside it, .site-N.cache; stages into a new folder, as there is no spare yet,
#            linking in each page of the site that it would make the same, and keeps the site it
#            replaces as the spare, .site-N.spare), each run after one of:
#   hugo-rb  Hugo again, into a new folder: the rebuilds' own Hugo runs, interleaved with them
#   edit     an author's loop: one guide edited (a sentence appended), then built over the site
#            the rebuild left, writing over its spare (the guide is put back as it was when the
#            script ends)
#   check    `waymark check` (renders and verifies in memory, or in a scratch folder; no site/ built)
#   check-site  `waymark check` once the project's own site/ is built (one `waymark build`, not
#            timed, first): it takes each file's load from the site's store, and leaves each page
#            of the site that it would make the same, as a rebuild does; it writes nothing
# Why in that order, and why nothing is deleted between cold builds: see settle() below.
# Every command is a fresh JVM or process. Results: ROOT/results.tsv (raw rows, with the 1-minute
# load average when each run started and the verify stage's time from --timings) and a table of
# medians on standard output, with verify's share of each build's wall time (lowest to highest,
# the issue's bound being a tenth). The machine is
# shared: compare CPU time (user+sys) first, and read wall times with the load average beside them.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
N=${1:?usage: bench/build.sh N [RUNS]}
RUNS=${2:-3}
SEED=${SEED:-42}
ROOT=${ROOT:-/tmp/waymark-bench-$N}
WAYMARK=${WAYMARK:-$HERE/../target/bin/waymark}
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "need GNU time: apt-get install -y time" >&2; exit 2; }
[ -x "$WAYMARK" ] || { echo "no launcher at $WAYMARK: run 'mvn package' first" >&2; exit 2; }
USE_HUGO=${HUGO:-1}
if [ "$USE_HUGO" = 1 ] && ! command -v hugo >/dev/null; then echo "hugo not installed: skipped" >&2; USE_HUGO=0; fi

# --- content (generated once per N and seed; reused while the stamp matches) ---------------
mkdir -p "$ROOT"
STAMP="pages=$N seed=$SEED gen=$(cat "$HERE/gen.py" "$HERE/gen_content.py" | cksum | cut -d' ' -f1)"
if [ "$(cat "$ROOT/stamp" 2>/dev/null)" != "$STAMP" ]; then
  rm -rf "$ROOT/kb" "$ROOT/hugo"
  python3 "$HERE/gen.py" --pages "$N" --out "$ROOT/kb" --seed "$SEED"
  # Hugo gets the same guide pages and home page (it has no trees or checklists)
  cp -r "$HERE/hugo" "$ROOT/hugo"
  mkdir -p "$ROOT/hugo/content"
  cp -r "$ROOT/kb/content/guides" "$ROOT/hugo/content/guides"
  sed 's/^order: /weight: /' "$ROOT/kb/content/index.md" >"$ROOT/hugo/content/_index.md"
  find "$ROOT/hugo/content/guides" -name '*.md' -exec sed -i 's/^order: /weight: /' {} +
  echo "$STAMP" >"$ROOT/stamp"
fi
PAGES=$(find "$ROOT/kb/content" -name '*.md' | wc -l)
YAMLS=$(find "$ROOT/kb/content" -name '*.yaml' | wc -l)
echo "content: $PAGES Markdown pages, $YAMLS trees and checklists, $(du -sm "$ROOT/kb/content" | cut -f1) MB"

RESULTS="$ROOT/results.tsv"
printf 'what\tn\trun\twall_s\tuser_s\tsys_s\tmaxrss_kb\tload1\tswap_ms\tverify_ms\tstatus\n' >"$RESULTS"

field() { awk -F': ' -v k="$1" 'index($0, k) {print $NF}' "$2"; }
one() {  # what run folder cmd... -> appends a row
  local what=$1 r=$2 dir=$3; shift 3
  local tf="$ROOT/time-$what-$r.txt" log="$ROOT/log-$what-$r.txt" rc=0 load
  load=$(cut -d' ' -f1 /proc/loadavg)
  (cd "$dir" && "$TIME" -v -o "$tf" "$@" >"$log" 2>&1) || rc=$?
  local wall user sys rss swap verify status=ok
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($NF,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tf")
  user=$(field "User time" "$tf"); sys=$(field "System time" "$tf"); rss=$(field "Maximum resident set size" "$tf")
  swap=$(awk '$1 == "swap" {print $2}' "$log"); swap=${swap:--}
  verify=$(awk '$1 == "verify" {print $2}' "$log"); verify=${verify:--}  # from --timings
  [ "$rc" = 0 ] || status="FAIL(exit $rc, see $log)"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$what" "$N" "$r" "$wall" "$user" "$sys" "$rss" "$load" "$swap" "$verify" "$status" >>"$RESULTS"
  printf '%-8s N=%-6s run %s: wall %7.2f s  cpu %7.2f s  peak RSS %6.0f MB  load %s  %s\n' \
    "$what" "$N" "$r" "$wall" "$(awk "BEGIN{print $user+$sys}")" "$(awk "BEGIN{print $rss/1024}")" "$load" "$status"
}

# Cold builds and Hugo write new folders, and nothing is deleted while they run: on this
# machine's file system (ext4 without a journal) each new file skips, one at a time, the inodes
# deleted in the last minute, or six while their inode table block is unwritten (the kernel's
# recently_deleted()). A cold build started just after the last site's 30,000 files were
# deleted spent 15 % of its CPU there (perf). So the cold builds and Hugo run first,
# interleaved; then the rebuilds and edits (which keep the site they replace as the spare and
# delete nothing), and the checks, each of which deletes its scratch folder: each of those
# starts SETTLE seconds (default 0) after the last one's deletes. What is left from an earlier run is deleted first, and the file
# system given six minutes.
settle() {
  sync
  [ "$1" -gt 0 ] && sleep "$1"
  return 0
}
SETTLE=${SETTLE:-0}
OUTS="$ROOT/outs"
if [ -e "$OUTS" ] || [ -e "$ROOT/kb/site" ] || [ -e "$ROOT/hugo/public" ]; then
  rm -rf "$OUTS" "$ROOT/kb/site" "$ROOT/hugo/public"
  echo "(deleted the last run's sites; waiting 370 s so that their inodes are no longer recent)"
  settle 370
fi
mkdir -p "$OUTS"
for ((r = 1; r <= RUNS; r++)); do
  sync
  one cold "$r" "$ROOT/kb" "$WAYMARK" build --timings --out "$OUTS/site-$r"
  if [ "$USE_HUGO" = 1 ]; then
    sync
    one hugo "$r" "$ROOT/hugo" hugo --quiet --destination "$OUTS/public-$r"
  fi
done
for ((r = 1; r <= RUNS; r++)); do
  settle "$SETTLE"
  if [ "$USE_HUGO" = 1 ]; then
    one hugo-rb "$r" "$ROOT/hugo" hugo --quiet --destination "$OUTS/public-rb-$r"
    sync
  fi
  one rebuild "$r" "$ROOT/kb" "$WAYMARK" build --timings --out "$OUTS/site-$r"
done
EDITED=$(find "$ROOT/kb/content/guides" -name '*.md' | sort | sed -n 1p)  # not head: pipefail and SIGPIPE
cp "$EDITED" "$ROOT/edited.orig"
trap 'cp "$ROOT/edited.orig" "$EDITED"' EXIT
for ((r = 1; r <= RUNS; r++)); do
  settle "$SETTLE"
  printf '\nA sentence added by edit run %s.\n' "$r" >>"$EDITED"
  one edit "$r" "$ROOT/kb" "$WAYMARK" build --timings --out "$OUTS/site-$r"
done
cp "$ROOT/edited.orig" "$EDITED"
for ((r = 1; r <= RUNS; r++)); do
  settle "$SETTLE"
  one check "$r" "$ROOT/kb" "$WAYMARK" check
done
(cd "$ROOT/kb" && "$WAYMARK" build >/dev/null 2>&1)
for ((r = 1; r <= RUNS; r++)); do
  one check-site "$r" "$ROOT/kb" "$WAYMARK" check
done
SITE="$OUTS/site-$RUNS"

# --- what the site weighs (the last Waymark build) -----------------------------------------
HTML=$(find "$SITE" -name '*.html' | wc -l)
find "$SITE" -name '*.html' -printf '%s\n' | sort -n >"$ROOT/html-sizes.txt"
MEDIAN=$(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$ROOT/html-sizes.txt")
TOTAL=$(find "$SITE" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}')
HTMLMB=$(awk '{s += $1} END {printf "%.1f", s / 1e6}' "$ROOT/html-sizes.txt")

echo
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB RAM;" \
  "$(java -version 2>&1 | head -1); $(hugo version 2>/dev/null | awk '{print "Hugo " $2}')"
echo "site: $HTML HTML files, median $MEDIAN bytes, $HTMLMB MB of HTML, $TOTAL MB in all"
python3 - "$RESULTS" "$PAGES" "$YAMLS" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
pages = int(sys.argv[2]) + int(sys.argv[3])
hugo_pages = int(sys.argv[2])  # Hugo builds the Markdown pages only
print("| what | N | runs | median wall s | median CPU (user+sys) s | pages/s (wall) | median peak RSS MB | load (1 min) | swap ms | verify: share of wall | status |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for what in dict.fromkeys(r["what"] for r in rows):
    rs = [r for r in rows if r["what"] == what]
    med = lambda f: statistics.median(f(r) for r in rs)
    wall = med(lambda r: float(r["wall_s"]))
    cpu = med(lambda r: float(r["user_s"]) + float(r["sys_s"]))
    rss = med(lambda r: int(r["maxrss_kb"])) / 1024
    loads = "–".join(sorted({r["load1"] for r in rs}, key=float)[::max(1, len(rs) - 1)])
    swaps = [r["swap_ms"] for r in rs if r["swap_ms"] != "-"]
    swap = str(statistics.median(int(s) for s in swaps)) if swaps else "–"
    # the verify stage's share of each run's wall time (the issue's bound is a tenth), lowest to highest
    shares = sorted(100 * int(r["verify_ms"]) / (1000 * float(r["wall_s"])) for r in rs
                    if r["verify_ms"] != "-" and float(r["wall_s"]) > 0)
    verify = "{:.1f}–{:.1f} %".format(shares[0], shares[-1]) if shares else "–"
    bad = sorted(set(r["status"] for r in rs if r["status"] != "ok"))
    print("| {} | {} | {} | {:.1f} | {:.1f} | {:.0f} | {:.0f} | {} | {} | {} | {} |".format(
        what, rs[0]["n"], len(rs), wall, cpu, (hugo_pages if what.startswith("hugo") else pages) / wall if wall else 0, rss, loads, swap,
        verify, "; ".join(bad) or "ok"))
PY
echo "(raw rows: $RESULTS; pages/s counts Markdown pages, trees and checklists)"
