#!/usr/bin/env bash
# The benchmark of reading the register's history download
# (docs/prestaties.md): writes a history of N rows (every version of
# algorithms of the sample's organisations, 1 to 4 each) and the CSV export
# of the same algorithms (one row each), times reading both with
# `register::read_file` (the fastest of five runs; the ratio history/export),
# the peak memory of one read of each, and then `algoreg reconcile`
# with each on the sample's 2025-Q2, end to end.
#
#   bash bench/register.sh            # N = 100000
#   BENCH_ROWS=10000 bash bench/register.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${BENCH_ROWS:-100000}
OUT=bench/out
TARGET=${CARGO_TARGET_DIR:-target}
BIN=$TARGET/release
mkdir -p "$OUT"

echo "bench: bouwen (release)"
cargo build --release --locked --bin algoreg --example geschiedenis

"$BIN/examples/geschiedenis" "$N" inputs/organisaties.csv "$OUT"

# Peak memory: "Maximum resident set size" of GNU time, in kB.
peak() {
    awk -F': ' '/Maximum resident set size/ { printf "%.0f MB", $2 / 1024 }' "$1"
}
gnu_time=false
if [ -x /usr/bin/time ]; then
    gnu_time=true
    for file in geschiedenis export; do
        /usr/bin/time -v -o "$OUT/$file-lees-$N.time" \
            "$BIN/examples/geschiedenis" --lees "$OUT/$file-$N.csv" inputs/organisaties.csv >/dev/null
        echo "bench: piekgeheugen, de $file één keer lezen: $(peak "$OUT/$file-lees-$N.time")"
    done
else
    echo "bench: /usr/bin/time (GNU time) ontbreekt; het piekgeheugen is niet gemeten"
fi

for file in geschiedenis export; do
    log=$OUT/$file-reconcile-$N.log
    measure=()
    if $gnu_time; then
        measure=(/usr/bin/time -v -o "$OUT/$file-reconcile-$N.time")
    fi
    start=$(date +%s%N)
    status=0
    "${measure[@]}" "$BIN/algoreg" reconcile --inputs inputs --quarter 2025-Q2 --register "$OUT/$file-$N.csv" \
        >"$log" 2>&1 || status=$?
    end=$(date +%s%N)
    if [ "$status" -gt 1 ]; then
        echo "bench: algoreg reconcile mislukte met code $status; zie $log" >&2
        exit 1
    fi
    memory=""
    if $gnu_time; then
        memory=", $(peak "$OUT/$file-reconcile-$N.time")"
    fi
    awk -v file="$file" -v ms="$(((end - start) / 1000000))" -v mem="$memory" -v code="$status" \
        'BEGIN { printf "bench: algoreg reconcile, 2025-Q2 met de %s: %.2f s%s (exitcode %s)\n", file, ms / 1000, mem, code }'
done
