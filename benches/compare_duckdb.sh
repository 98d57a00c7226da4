#!/usr/bin/env bash
# Times examples/annual_review against the DuckDB peer of the annual-review
# workload (shared/bench/annual-review.md) on the same files, side by side.
#
#   benches/compare_duckdb.sh DATA_DIR [RUNS] [PEER_SCRIPT]
#
# DATA_DIR holds collectives.csv, people.csv and records.csv (from
# gen_annual_review.py or examples/gen_workload.rs). RUNS (default 5) is the
# number of timed runs of each program. PEER_SCRIPT is the path of
# duckdb_review.py; without it, $DUCKDB_PEER, and without that
# ../shared/bench/peers/duckdb_review.py relative to the repository root.
# $PYTHON is the interpreter that runs the peer (default python3: activate
# the virtual environment that has duckdb, or point PYTHON at its python).
#
# What it does: builds examples/annual_review (release), runs each program
# once to warm the page cache and checks that both print the same JSON, then
# runs them alternately, A B A B ..., RUNS times each, timing each whole
# process (wall clock; peak RSS too when /usr/bin/time is there), and prints
# the median and range of each, the ratio of the medians and the machine's
# core count and L2/L3 caches. On these shared machines quote the ratio: an
# absolute time moves with the load, a ratio measured side by side much less.
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
for f in collectives.csv people.csv records.csv; do
    [ -f "$data/$f" ] || { echo "$data/$f: no such file" >&2; exit 2; }
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

echo "building examples/annual_review (release) ..." >&2
bin=$(cd "$root" && cargo build --release --example annual_review --message-format=json-render-diagnostics |
    "$python" -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "annual_review" and m.get("executable"):
        print(m["executable"])')
[ -x "$bin" ] || { echo "could not find the annual_review executable" >&2; exit 1; }

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

a_cmd=("$bin" "$data")
b_cmd=("$python" "$peer" "$data")

# Warm-up, not counted: the page cache, and the answers to compare.
run a "${a_cmd[@]}"
run b "${b_cmd[@]}"
cp "$tmp/a.out" "$tmp/a.first"
cp "$tmp/b.out" "$tmp/b.first"
: >"$tmp/a.wall"; : >"$tmp/a.rss"; : >"$tmp/b.wall"; : >"$tmp/b.rss"

echo "annual_review: $(cat "$tmp/a.first")"
echo "duckdb:        $(cat "$tmp/b.first")"
status=0
"$python" - "$tmp/a.first" "$tmp/b.first" <<'EOF' || status=$?
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
counts = [k for k in sorted(set(a) | set(b)) if k != "cash_total_vnd"]
differ = [k for k in counts if a.get(k) != b.get(k)]
if differ:
    for k in differ:
        print(f"DISAGREE on {k}: annual_review {a.get(k)}, duckdb {b.get(k)}")
    sys.exit(1)
if a.get("cash_total_vnd") != b.get("cash_total_vnd"):
    print(f"counts agree; cash totals DIFFER: annual_review {a.get('cash_total_vnd')}, "
          f"duckdb {b.get('cash_total_vnd')}")
    sys.exit(3)
else:
    print("outputs agree")
EOF
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || exit 1

for ((i = 1; i <= runs; i++)); do
    echo "run $i of $runs ..." >&2
    run a "${a_cmd[@]}"
    cmp -s "$tmp/a.out" "$tmp/a.first" || { echo "annual_review printed something else in run $i:" >&2; cat "$tmp/a.out" >&2; exit 1; }
    run b "${b_cmd[@]}"
    cmp -s "$tmp/b.out" "$tmp/b.first" || { echo "duckdb printed something else in run $i:" >&2; cat "$tmp/b.out" >&2; exit 1; }
done

# median of the numbers in a file, one a line
median() {
    sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
range() {
    sort -g "$1" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.3f-%.3f", lo, hi }'
}

ma=$(median "$tmp/a.wall")
mb=$(median "$tmp/b.wall")
people=$("$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["people"])' "$tmp/a.first")
echo
echo "data: $data ($people people, $(du -shL "$data" | cut -f1)), $runs alternating runs each after one warm-up"
printf '%-22s %10s %15s %14s\n' program "median (s)" "range (s)" "peak RSS (MB)"
for x in a b; do
    if [ "$x" = a ]; then name=annual_review; else name="duckdb $duckdb_version"; fi
    if [ -x /usr/bin/time ]; then
        rss=$(median "$tmp/$x.rss" | awk '{ printf "%.0f", $1 / 1024 }')
    else
        rss=n/a
    fi
    printf '%-22s %10.3f %15s %14s\n' "$name" "$(median "$tmp/$x.wall")" "$(range "$tmp/$x.wall")" "$rss"
done
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "ratio of medians, duckdb / annual_review: %.2f\n", b / a }'
if [ "$status" -eq 3 ]; then
    echo "note: the counts agree but the cash totals differ (see above)"
fi
echo "machine: $(nproc) cores (nproc)"
if command -v lscpu >/dev/null; then
    lscpu | grep -E '^(Model name|L2 cache|L3 cache):' | sed 's/  */ /g; s/^/  /'
else
    for i in 2 3; do
        f=/sys/devices/system/cpu/cpu0/cache/index$i/size
        if [ -r "$f" ]; then echo "  L$i cache: $(cat "$f") (one core's view)"; fi
    done
fi
