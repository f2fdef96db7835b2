#!/usr/bin/env bash
# Runs the Windows build under Wine on the sample and compares every output
# byte for byte with the Linux build's: run for the four quarters (2025-Q2
# with the register export), annual, template and terugmelding. Builds what
# is missing first (scripts/windows.sh). Fails on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
bash scripts/windows.sh
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
dist="dist/algoreg-$VERSION-windows-x86_64"
CACHE="${ALGOREG_WINDOWS_CACHE:-$HOME/.cache/algoreg-windows}"

if ! command -v wine >/dev/null; then
    echo "windows-test: Wine ontbreekt; installeren met apt-get (wine64)"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wine64
    echo "windows-test: geïnstalleerd: Wine (wine64, apt-get)"
    [ -z "${ALGOREG_INSTALLED:-}" ] || echo "Wine (wine64, apt-get)" >>"$ALGOREG_INSTALLED"
fi

cargo build --locked
linux="${CARGO_TARGET_DIR:-target}/debug/algoreg"
linux=$(realpath "$linux")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/linux" "$work/windows"
cp "$dist/algoreg.exe" "$dist/typst.exe" "$work/bin/"
# Wine 8 lacks bcryptprimitives.dll (Windows 10 and 11 have it): a stand-in
# next to the programs, for this test only (see scripts/windows/bcryptprimitives.c).
x86_64-w64-mingw32-gcc -O2 -shared -o "$work/bin/bcryptprimitives.dll" scripts/windows/bcryptprimitives.c
cp -r inputs "$work/linux/inputs"
cp -r inputs "$work/windows/inputs"

export WINEPREFIX="$CACHE/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LANG=C.UTF-8
unset SOURCE_DATE_EPOCH ALGOREG_TYPST
typst_linux=$(command -v typst || echo "${CARGO_HOME:-$HOME/.cargo}/bin/typst")

# Each command, on both builds, with the exit code expected. (The lock file
# .algoreg.lock stays on Windows, see docs/handleiding.md; it is no output and
# is not compared.)
both() {
    local expect=$1; shift
    local code
    code=0; (cd "$work/linux" && "$linux" "$@" --typst "$typst_linux" >/dev/null) || code=$?
    [ "$code" = "$expect" ] || { echo "windows-test: linux $* gaf $code, verwacht $expect"; exit 1; }
    code=0; (cd "$work/windows" && wine "$work/bin/algoreg.exe" "$@" >/dev/null) || code=$?
    [ "$code" = "$expect" ] || { echo "windows-test: windows $* gaf $code, verwacht $expect"; exit 1; }
}
both 0 run --quarter 2025-Q1
both 0 run --quarter 2025-Q2 --register inputs/register/algoritmeregister-2025-07-01.csv
both 0 run --quarter 2025-Q3
both 0 run --quarter 2025-Q4
both 0 annual --year 2025
# Windows habits: a path with a drive letter and backslashes, in every kind of option.
win_dir=$(winepath -w "$work/windows")
(cd "$work/linux" && "$linux" run --quarter 2025-Q3 --inputs inputs --out pad --typst "$typst_linux" >/dev/null)
(cd "$work/windows" && wine "$work/bin/algoreg.exe" run --quarter 2025-Q3 --inputs "$win_dir\inputs" \
    --out "$win_dir\pad" --typst "$win_dir\..\bin\typst.exe" >/dev/null)
(cd "$work/linux" && "$linux" template --org POL --from-previous --out sjabloon-POL.xlsx >/dev/null)
(cd "$work/windows" && wine "$work/bin/algoreg.exe" template --org POL --from-previous --out sjabloon-POL.xlsx >/dev/null)
# The terugmelding example has errors on purpose: exit code 1 on both.
code=0; (cd "$work/linux" && "$linux" terugmelding --inputs inputs/terugmelding-voorbeeld --out terug >/dev/null) || code=$?
[ "$code" = 1 ] || { echo "windows-test: linux terugmelding gaf $code, verwacht 1"; exit 1; }
code=0; (cd "$work/windows" && wine "$work/bin/algoreg.exe" terugmelding --inputs 'inputs\terugmelding-voorbeeld' --out terug >/dev/null) || code=$?
[ "$code" = 1 ] || { echo "windows-test: windows terugmelding gaf $code, verwacht 1"; exit 1; }

files=$(cd "$work/linux" && find reports pad terug sjabloon-POL.xlsx -type f ! -name .algoreg.lock | sort)
count=$(echo "$files" | wc -l)
[ "$count" -gt 20 ] || { echo "windows-test: te weinig uitvoer ($count bestanden)"; exit 1; }
different=0
while read -r f; do
    if ! cmp -s "$work/linux/$f" "$work/windows/$f"; then
        echo "windows-test: verschilt: $f"
        different=$((different + 1))
    fi
done <<< "$files"
extra=$(cd "$work/windows" && find reports pad terug sjabloon-POL.xlsx -type f ! -name .algoreg.lock | sort | comm -13 <(echo "$files") -)
[ -z "$extra" ] || { echo "windows-test: alleen op Windows: $extra"; exit 1; }
[ "$different" = 0 ] || exit 1
echo "windows: $count bestanden byte voor byte gelijk aan de Linux-build"
