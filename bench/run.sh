#!/usr/bin/env bash
# The benchmark (docs/prestaties.md): generates batches of N status sheets
# and times, on the same files, `algoreg check`, `algoreg run`, the bare
# calamine floor and the Python peers (pandas + openpyxl, polars + fastexcel).
# Prints wall time, peak memory and the ratios the targets are about.
#
#   bash bench/run.sh                      # N = 40, 1000, 5000 sheets of 50 rows
#   BENCH_SIZES="40 200" bash bench/run.sh # other sizes
#
# Environment: BENCH_SIZES, BENCH_ROWS (50), BENCH_SEED (2025), BENCH_REPEAT
# (3: fast commands run this often and the fastest run counts).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${BENCH_SIZES:-"40 1000 5000"}
ROWS=${BENCH_ROWS:-50}
SEED=${BENCH_SEED:-2025}
REPEAT=${BENCH_REPEAT:-3}
OUT=bench/out
TARGET=${CARGO_TARGET_DIR:-target}
BIN=$TARGET/release
mkdir -p "$OUT"

echo "bench: bouwen (release)"
cargo build --release --locked --bin algoreg --example genereer --example floor

if [ ! -x /usr/bin/time ]; then
    echo "bench: /usr/bin/time ontbreekt (Debian: apt-get install time); het geheugen wordt niet gemeten" >&2
fi

PY=""
if command -v python3 >/dev/null 2>&1 && python3 -m venv --help >/dev/null 2>&1; then
    if [ ! -x bench/.venv/bin/python ]; then
        echo "bench: Python-vergelijkers installeren in bench/.venv"
        python3 -m venv bench/.venv
    fi
    if bench/.venv/bin/pip install --quiet --disable-pip-version-check -r bench/requirements.txt; then
        PY=bench/.venv/bin/python
    else
        echo "bench: pip install mislukt; pandas en polars worden overgeslagen" >&2
    fi
else
    echo "bench: python3 (met venv) ontbreekt; pandas en polars worden overgeslagen" >&2
fi

RESULTS=$OUT/results.tsv
: >"$RESULTS"

# measure LABEL N COMMAND...: runs the command (REPEAT times when the first
# run is under 10 s), keeps the fastest wall time and that run's peak memory.
measure() {
    local label=$1 n=$2
    shift 2
    local best="" rss="-" runs=$REPEAT i log=$OUT/$label-$n.log
    for ((i = 1; i <= runs; i++)); do
        local start end wall status=0
        start=$(date +%s%N)
        if [ -x /usr/bin/time ]; then
            /usr/bin/time -v -o "$OUT/time.txt" "$@" >"$log" 2>&1 || status=$?
        else
            "$@" >"$log" 2>&1 || status=$?
        fi
        end=$(date +%s%N)
        # algoreg exits 1 when a sheet has errors; that still is a full run.
        if [ "$status" -gt 1 ]; then
            echo "bench: $label (N=$n) mislukte met code $status; zie $log" >&2
            tail -5 "$log" >&2
            return 0
        fi
        wall=$(((end - start) / 1000000))
        if [ -z "$best" ] || [ "$wall" -lt "$best" ]; then
            best=$wall
            [ -x /usr/bin/time ] && rss=$(awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' "$OUT/time.txt")
        fi
        [ "$wall" -ge 10000 ] && runs=$i
    done
    printf '%s\t%s\t%s\t%s\n' "$n" "$label" "$best" "$rss" >>"$RESULTS"
    awk -v n="$n" -v l="$label" -v ms="$best" -v mb="$rss" 'BEGIN { printf "bench: N=%-5s %-17s %8.2f s %6s MB\n", n, l, ms / 1000, mb }'
}

has_no_pdf=false
"$BIN/algoreg" run --help 2>/dev/null | grep -q -- '--no-pdf' && has_no_pdf=true

for n in $SIZES; do
    dir=$OUT/n$n
    spec="orgs=$n rows=$ROWS seed=$SEED"
    if [ "$(cat "$dir/spec" 2>/dev/null)" != "$spec" ]; then
        echo "bench: batch maken: $spec"
        "$BIN/examples/genereer" --orgs "$n" --rows "$ROWS" --seed "$SEED" --out "$dir"
        echo "$spec" >"$dir/spec"
    fi
    sheets=$dir/2025-Q2
    measure floor "$n" "$BIN/examples/floor" "$sheets"
    measure check "$n" "$BIN/algoreg" check --inputs "$dir"
    rm -rf "$OUT/reports"
    measure run "$n" "$BIN/algoreg" run --inputs "$dir" --out "$OUT/reports"
    if $has_no_pdf; then
        measure run-no-pdf "$n" "$BIN/algoreg" run --no-pdf --inputs "$dir" --out "$OUT/reports"
    fi
    if [ -n "$PY" ]; then
        measure polars+fastexcel "$n" "$PY" bench/peer_polars.py "$sheets"
        measure pandas+openpyxl "$n" "$PY" bench/peer_pandas.py "$sheets"
    fi
done

# The shipped sample, end to end: 2025-Q2 with the register reconciliation.
rm -rf "$OUT/sample-reports"
measure sample-run 40 "$BIN/algoreg" run --inputs inputs --quarter 2025-Q2 \
    --register inputs/register/algoritmeregister-2025-07-01.csv --out "$OUT/sample-reports"
# ... and with the annual report too: the workbook and both PDFs, in one go.
measure sample-run+annual 40 bash -c "\"$BIN/algoreg\" run --inputs inputs --quarter 2025-Q2 \
    --register inputs/register/algoritmeregister-2025-07-01.csv --out \"$OUT/sample-reports\" \
    && \"$BIN/algoreg\" annual --inputs inputs --year 2025 --out \"$OUT/sample-reports\""

bash bench/table.sh "$RESULTS" "$has_no_pdf" | tee "$OUT/results.md"
