#!/usr/bin/env bash
# Produces the sample reports from inputs/ into reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cargo run --release --locked -- run
cargo run --release --locked -- annual --year 2025
