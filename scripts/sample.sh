#!/usr/bin/env bash
# Produces the sample reports from inputs/ into reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# 2025-Q2, compared with the register export shipped for it (see README,
# "Afstemmen met het register").
cargo run --release --locked -- run --quarter 2025-Q2 \
    --register inputs/register/algoritmeregister-2025-07-01.csv
cargo run --release --locked -- annual --year 2025
