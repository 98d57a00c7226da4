#!/usr/bin/env bash
# Times examples/annual_review against the DuckDB peer of the annual-review
# workload (shared/bench/annual-review.md) on the same files, side by side.
#
#   benches/compare_duckdb.sh DATA_DIR[:DATA_DIR...] [RUNS] [PEER_SCRIPT]
#
# DATA_DIR holds collectives.csv, people.csv and records.csv (from
# gen_annual_review.py or examples/gen_workload.rs); several directories
# joined with ':' (the same province sorted and shuffled, say) are timed in
# the same rounds, one after another. RUNS (default 5) is the
# number of timed runs of each program. PEER_SCRIPT is the path of
# duckdb_review.py; without it, $DUCKDB_PEER, and without that
# ../shared/bench/peers/duckdb_review.py relative to the repository root.
# $PYTHON is the interpreter that runs the peer (default python3: activate
# the virtual environment that has duckdb, or point PYTHON at its python).
#
# What it does: builds examples/annual_review and examples/csv_floor
# (release), runs each program once per directory to warm the page cache and
# checks that annual_review and DuckDB print the same JSON, then runs them
# alternately, annual_review, DuckDB, the reading floor (csv_floor --split:
# annual_review's reader alone, on every core), for each directory in turn,
# RUNS rounds, timing each whole process (wall clock; peak RSS too when
# /usr/bin/time is there), and prints the median and range of each, the
# ratio of the medians and the machine's core count and L2/L3 caches. On
# these shared machines quote the ratio: an absolute time moves with the
# load, a ratio measured side by side much less.
#
# Exit status: 0 the outputs agree (a difference in cash_total_vnd alone is
# reported, not failed); 1 the counts differ, or a run failed or printed
# something else than its first run; 2 bad arguments or DuckDB missing.
set -euo pipefail
export LC_ALL=C

usage() {
    echo "usage: $0 DATA_DIR [RUNS] [PEER_SCRIPT]" >&2
    exit 2
}

if [ $# -lt 1 ] || [ $# -gt 3 ]; then usage; fi
data=$1
runs=${2:-5}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
peer=${3:-${DUCKDB_PEER:-$root/../shared/bench/peers/duckdb_review.py}}
python=${PYTHON:-python3}

[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive integer, not '$runs'" >&2; usage; }
IFS=: read -r -a dirs <<<"$data"
for d in "${dirs[@]}"; do
    for f in collectives.csv people.csv records.csv; do
        [ -f "$d/$f" ] || { echo "$d/$f: no such file" >&2; exit 2; }
    done
done
[ -f "$peer" ] || {
    echo "$peer: no such file (give the path of duckdb_review.py as the third argument or in DUCKDB_PEER)" >&2
    exit 2
}
if ! duckdb_version=$("$python" -c 'import duckdb; print(duckdb.__version__)' 2>/dev/null); then
    cat >&2 <<EOF
DuckDB is not installed for '$python'. Install it into a virtual environment:

    python3 -m venv ~/venv-duckdb
    ~/venv-duckdb/bin/pip install duckdb==2.0.1

then run this script with PYTHON=~/venv-duckdb/bin/python (or with the venv
activated: . ~/venv-duckdb/bin/activate).
EOF
    exit 2
fi
[ "$duckdb_version" = 2.0.1 ] ||
    echo "note: DuckDB $duckdb_version, the workload's peer is measured with 2.0.1" >&2

echo "building examples/annual_review and examples/csv_floor (release) ..." >&2
built=$(cd "$root" && cargo build --release --example annual_review --example csv_floor --message-format=json-render-diagnostics |
    "$python" -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] in ("annual_review", "csv_floor") and m.get("executable"):
        print(m["target"]["name"], m["executable"])')
bin=$(awk '$1 == "annual_review" { print $2 }' <<<"$built")
floor=$(awk '$1 == "csv_floor" { print $2 }' <<<"$built")
[ -x "$bin" ] || { echo "could not find the annual_review executable" >&2; exit 1; }
[ -x "$floor" ] || { echo "could not find the csv_floor executable" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() {
    if [ -n "${EPOCHREALTIME:-}" ]; then echo "$EPOCHREALTIME"; else date +%s.%N; fi
}

# run NAME CMD...: runs CMD once, its output into $tmp/NAME.out, and appends
# its wall seconds to $tmp/NAME.wall and its peak RSS (KiB) to $tmp/NAME.rss.
run() {
    local name=$1 t0 t1
    shift
    t0=$(now)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f %M -o "$tmp/rss" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || {
            echo "$name failed: $*" >&2
            cat "$tmp/$name.err" >&2
            exit 1
        }
    else
        "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || {
            echo "$name failed: $*" >&2
            cat "$tmp/$name.err" >&2
            exit 1
        }
        echo 0 >"$tmp/rss"
    fi
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }' >>"$tmp/$name.wall"
    tail -n 1 "$tmp/rss" >>"$tmp/$name.rss"
}

# median of the numbers in a file, one a line
median() {
    sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
range() {
    sort -g "$1" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.3f-%.3f", lo, hi }'
}

status=0
# Warm-up, not counted: the page cache, and the answers to compare.
for k in "${!dirs[@]}"; do
    d=${dirs[$k]}
    run "a$k" "$bin" "$d"
    run "b$k" "$python" "$peer" "$d"
    run "f$k" "$floor" "$d" --split
    cp "$tmp/a$k.out" "$tmp/a$k.first"
    cp "$tmp/b$k.out" "$tmp/b$k.first"
    for x in a b f; do : >"$tmp/$x$k.wall"; : >"$tmp/$x$k.rss"; done
    echo "$d"
    echo "  annual_review: $(cat "$tmp/a$k.first")"
    echo "  duckdb:        $(cat "$tmp/b$k.first")"
    s=0
    "$python" - "$tmp/a$k.first" "$tmp/b$k.first" <<'EOF' || s=$?
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
counts = [k for k in sorted(set(a) | set(b)) if k != "cash_total_vnd"]
differ = [k for k in counts if a.get(k) != b.get(k)]
if differ:
    for k in differ:
        print(f"  DISAGREE on {k}: annual_review {a.get(k)}, duckdb {b.get(k)}")
    sys.exit(1)
if a.get("cash_total_vnd") != b.get("cash_total_vnd"):
    print(f"  counts agree; cash totals DIFFER: annual_review {a.get('cash_total_vnd')}, "
          f"duckdb {b.get('cash_total_vnd')}")
    sys.exit(3)
else:
    print("  outputs agree")
EOF
    [ "$s" -eq 0 ] || [ "$s" -eq 3 ] || exit 1
    [ "$s" -eq 0 ] || status=3
done

for ((i = 1; i <= runs; i++)); do
    echo "round $i of $runs ..." >&2
    for k in "${!dirs[@]}"; do
        d=${dirs[$k]}
        run "a$k" "$bin" "$d"
        cmp -s "$tmp/a$k.out" "$tmp/a$k.first" || { echo "annual_review printed something else in round $i:" >&2; cat "$tmp/a$k.out" >&2; exit 1; }
        run "b$k" "$python" "$peer" "$d"
        cmp -s "$tmp/b$k.out" "$tmp/b$k.first" || { echo "duckdb printed something else in round $i:" >&2; cat "$tmp/b$k.out" >&2; exit 1; }
        run "f$k" "$floor" "$d" --split
    done
done

echo
echo "$runs alternating rounds after one warm-up; in each round, for each directory: annual_review, duckdb $duckdb_version, csv_floor --split"
printf '%-30s %-18s %10s %13s %14s %14s\n' data program "median (s)" "range (s)" "peak RSS (MB)" "duckdb / this"
for k in "${!dirs[@]}"; do
    d=${dirs[$k]}
    people=$("$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["people"])' "$tmp/a$k.first")
    mb=$(median "$tmp/b$k.wall")
    for x in a b f; do
        case $x in
            a) name=annual_review ;;
            b) name="duckdb $duckdb_version" ;;
            *) name="csv_floor --split" ;;
        esac
        if [ -x /usr/bin/time ]; then
            rss=$(median "$tmp/$x$k.rss" | awk '{ printf "%.0f", $1 / 1024 }')
        else
            rss=n/a
        fi
        m=$(median "$tmp/$x$k.wall")
        ratio=$(awk -v a="$m" -v b="$mb" 'BEGIN { printf "%.2f", b / a }')
        printf '%-30s %-18s %10.3f %13s %14s %14s\n' "$(basename "$d") ($people)" "$name" "$m" "$(range "$tmp/$x$k.wall")" "$rss" "$ratio"
    done
done
if [ "${#dirs[@]}" -gt 1 ]; then
    m0=$(median "$tmp/a0.wall")
    for k in "${!dirs[@]}"; do
        [ "$k" -eq 0 ] && continue
        awk -v a="$(median "$tmp/a$k.wall")" -v b="$m0" -v d="$(basename "${dirs[$k]}")" -v d0="$(basename "${dirs[0]}")" \
            'BEGIN { printf "annual_review on %s / on %s: %.2f\n", d, d0, a / b }'
    done
fi
if [ "$status" -eq 3 ]; then
    echo "note: the counts agree but the cash totals differ (see above)"
fi
echo "machine: $(nproc) cores (nproc), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
if command -v lscpu >/dev/null; then
    lscpu | grep -E '^(Model name|L2 cache|L3 cache):' | sed 's/  */ /g; s/^/  /'
else
    for i in 2 3; do
        f=/sys/devices/system/cpu/cpu0/cache/index$i/size
        if [ -r "$f" ]; then echo "  L$i cache: $(cat "$f") (one core's view)"; fi
    done
fi
