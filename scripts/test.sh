#!/usr/bin/env bash
# The test suite: formatting, lints and every test, with the real typst.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# The terugmelding tests save corrected sheets with LibreOffice, as an
# organisation would (Debian's package; only when it is missing).
if ! command -v soffice >/dev/null; then
    echo "test: LibreOffice ontbreekt; installeren met apt-get (libreoffice-calc-nogui)"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q libreoffice-calc-nogui
fi
cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo test --locked 2>&1 | tee "$log"
# One closing line over all test binaries.
awk '/^test result:/ { p += $4; f += $6 } END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
# The Windows build under Wine gives the same bytes as this one.
bash scripts/windows-test.sh
