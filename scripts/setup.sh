#!/usr/bin/env bash
# Installs what algoreg needs besides the Rust toolchain: typst-cli 0.15.x.
# Looks for an existing typst first (ALGOREG_TYPST, PATH, ~/.cargo/bin) and
# builds it with cargo only when none of the right version is found.
set -euo pipefail

TYPST_VERSION=0.15.1

typst_ok() {
    local bin=$1
    [ -x "$bin" ] || bin=$(command -v "$bin" 2>/dev/null) || return 1
    "$bin" --version 2>/dev/null | grep -q '^typst 0\.15\.'
}

for candidate in "${ALGOREG_TYPST:-}" typst "${CARGO_HOME:-$HOME/.cargo}/bin/typst"; do
    if [ -n "$candidate" ] && typst_ok "$candidate"; then
        echo "setup: typst gevonden: $(command -v "$candidate" 2>/dev/null || echo "$candidate")"
        exit 0
    fi
done

echo "setup: typst-cli $TYPST_VERSION ontbreekt; installeren met cargo (duurt ongeveer 12 minuten)"
cargo install typst-cli --locked --version "$TYPST_VERSION"
