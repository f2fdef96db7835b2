#!/usr/bin/env bash
# The test suite: formatting, lints and every test, with the real typst;
# then the Windows build under Wine. Each phase says what it costs: its
# duration, and what it installed (typst-cli, LibreOffice, mingw-w64, the
# Rust target, typst.exe, Wine). The last line is always
# "tests: N passed, N failed" over all test binaries (CI reads it).
# For the quick loop of daily work, run the phases yourself: see
# docs/ontwikkelaars.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# What the phases install, one line each (scripts/windows*.sh add theirs).
installed=$(mktemp)
log=$(mktemp)
export ALGOREG_INSTALLED="$installed"
phases=()
tests_line=""

duration() {
    local s=$1
    if [ "$s" -ge 60 ]; then echo "$((s / 60)) min $((s % 60)) s"; else echo "$s s"; fi
}

# Runs a phase: its name, then the command. Records its duration. (The
# command runs where `set -e` does not hold, so setup and tests return on
# their own errors.)
phase() {
    local name=$1 start=$SECONDS rc=0
    shift
    echo "== test: $name"
    "$@" || rc=$?
    local took
    took=$(duration $((SECONDS - start)))
    if [ "$rc" = 0 ]; then
        phases+=("$(printf '%-26s %s' "$name" "$took")")
        echo "test: $name klaar in $took"
    else
        phases+=("$(printf '%-26s %s (mislukt)' "$name" "$took")")
        echo "test: $name mislukt na $took"
    fi
    return "$rc"
}

# At the end, also after a failure: the phases, what was installed, and the
# closing line.
summary() {
    local rc=$?
    echo
    echo "test: fasen"
    local p
    for p in "${phases[@]}"; do echo "  $p"; done
    if [ -s "$installed" ]; then
        echo "test: geïnstalleerd: $(paste -sd ';' "$installed" | sed 's/;/; /g')"
    else
        echo "test: niets geïnstalleerd"
    fi
    rm -f "$installed" "$log"
    [ -z "$tests_line" ] || echo "$tests_line"
    exit "$rc"
}
trap summary EXIT

typst_bin="${CARGO_HOME:-$HOME/.cargo}/bin/typst"
setup() {
    local before after
    before=$(stat -c %Y "$typst_bin" 2>/dev/null || echo none)
    bash scripts/setup.sh || return
    after=$(stat -c %Y "$typst_bin" 2>/dev/null || echo none)
    [ "$before" = "$after" ] || echo "typst-cli 0.15.1 (cargo install, in $typst_bin)" >>"$installed"
    # The terugmelding tests save corrected sheets with LibreOffice, as an
    # organisation would (Debian's package; only when it is missing).
    if ! command -v soffice >/dev/null; then
        echo "test: LibreOffice ontbreekt; installeren met apt-get (libreoffice-calc-nogui)"
        local sudo=""
        [ "$(id -u)" = 0 ] || sudo=sudo
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q || return
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q libreoffice-calc-nogui || return
        echo "LibreOffice (libreoffice-calc-nogui, apt-get)" >>"$installed"
    fi
}

tests() {
    local rc=0
    cargo test --locked --no-fail-fast 2>&1 | tee "$log" || rc=$?
    # One closing line over all test binaries.
    tests_line=$(awk '/^test result:/ { p += $4; f += $6 } END { printf "tests: %d passed, %d failed\n", p, f }' "$log")
    return "$rc"
}

phase "setup (typst, LibreOffice)" setup
phase "cargo fmt --check" cargo fmt --check
phase "clippy" cargo clippy --all-targets --locked -- -D warnings
phase "cargo test" tests
# The Windows build under Wine gives the same bytes as this one.
phase "Windows (bouw en Wine)" bash scripts/windows-test.sh
