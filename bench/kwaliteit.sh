#!/usr/bin/env bash
# The benchmark of the quality check (docs/prestaties.md): writes a register
# export of N descriptions of the sample's organisations and times reading
# and checking it (`kwaliteit`, the fastest of five runs), then `algoreg
# reconcile` with it on the sample's 2025-Q2, end to end.
#
#   bash bench/kwaliteit.sh          # N = 2000
#   BENCH_RECORDS=20000 bash bench/kwaliteit.sh
set -euo pipefail
cd "$(dirname "$0")/.."

N=${BENCH_RECORDS:-2000}
OUT=bench/out
TARGET=${CARGO_TARGET_DIR:-target}
BIN=$TARGET/release
mkdir -p "$OUT"

echo "bench: bouwen (release)"
cargo build --release --locked --bin algoreg --example kwaliteit

"$BIN/examples/kwaliteit" "$N" inputs/organisaties.csv "$OUT/register-$N.csv"

start=$(date +%s%N)
status=0
"$BIN/algoreg" reconcile --inputs inputs --quarter 2025-Q2 --register "$OUT/register-$N.csv" \
    >"$OUT/kwaliteit-reconcile-$N.log" 2>&1 || status=$?
end=$(date +%s%N)
if [ "$status" -gt 1 ]; then
    echo "bench: algoreg reconcile mislukte met code $status; zie $OUT/kwaliteit-reconcile-$N.log" >&2
    exit 1
fi
awk -v n="$N" -v ms="$(((end - start) / 1000000))" \
    'BEGIN { printf "bench: algoreg reconcile, 2025-Q2 met een export van %s beschrijvingen: %.2f s\n", n, ms / 1000 }'
