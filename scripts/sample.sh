#!/usr/bin/env bash
# Produces the sample reports from inputs/ into reports/: every quarter of
# the sample, and the annual reports for 2025 and 2026 (after the deadline,
# with JenV's own date for category B from inputs/doelen.csv).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cargo build --release --locked
algoreg=target/release/algoreg
[ -n "${CARGO_TARGET_DIR:-}" ] && algoreg="$CARGO_TARGET_DIR/release/algoreg"
for quarter in 2025-Q1 2025-Q3 2025-Q4 2026-Q1 2026-Q2; do
    "$algoreg" run --quarter "$quarter"
done
# 2025-Q2, compared with the register's history download shipped for it (see docs/handleiding.md,
# "Afstemmen met het register").
"$algoreg" run --quarter 2025-Q2 --register inputs/register/algoritmeregister-geschiedenis-2025-07-01.csv
"$algoreg" annual --year 2025
"$algoreg" annual --year 2026
# The terugmelding of a quarter as it first came in: a documented copy of part
# of the sample with sheets that need correcting (see docs/handleiding.md,
# "Terugmelding"). Exit code 1 says there are errors: that is the point here.
status=0
"$algoreg" terugmelding --inputs inputs/terugmelding-voorbeeld --out reports/terugmelding-voorbeeld \
    --uiterlijk 2025-10-15 || status=$?
[ "$status" -le 1 ]
