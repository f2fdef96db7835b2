#!/usr/bin/env bash
# Cross-builds algoreg.exe and typst.exe for 64-bit Windows and packs them,
# with the guide, the sample inputs and kwartaal.cmd, into
# dist/algoreg-<versie>-windows-x86_64.zip. The builds are kept outside the
# clone ($ALGOREG_WINDOWS_CACHE, ~/.cache/algoreg-windows) and only made
# when missing or when the source changed; the executables never enter git.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

TARGET=x86_64-pc-windows-gnu
TYPST_VERSION=0.15.1
CACHE="${ALGOREG_WINDOWS_CACHE:-$HOME/.cache/algoreg-windows}"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
NAME="algoreg-$VERSION-windows-x86_64"

# Says what this script installed; scripts/test.sh collects it in $ALGOREG_INSTALLED.
installed() {
    echo "windows: geïnstalleerd: $1"
    [ -z "${ALGOREG_INSTALLED:-}" ] || echo "$1" >>"$ALGOREG_INSTALLED"
}

apt_install() {
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
    echo "windows: mingw-w64 ontbreekt; installeren met apt-get (gcc-mingw-w64-x86-64)"
    apt_install gcc-mingw-w64-x86-64
    installed "mingw-w64 (gcc-mingw-w64-x86-64, apt-get)"
fi
if ! rustup target list --installed | grep -qx "$TARGET"; then
    echo "windows: Rust-doel $TARGET ontbreekt; installeren met rustup"
    rustup target add "$TARGET"
    installed "Rust-doel $TARGET (rustup)"
fi

echo "windows: algoreg.exe bouwen (cargo weet wat al gebouwd is)"
CARGO_TARGET_DIR="$CACHE/target" cargo build --release --locked --target "$TARGET" -p algoreg
algoreg_exe="$CACHE/target/$TARGET/release/algoreg.exe"

typst_exe="$CACHE/typst/bin/typst.exe"
if [ ! -x "$typst_exe" ]; then
    echo "windows: typst.exe $TYPST_VERSION ontbreekt; bouwen met cargo (duurt ongeveer 10 minuten)"
    CARGO_TARGET_DIR="$CACHE/typst-target" cargo install typst-cli --locked --version "$TYPST_VERSION" \
        --target "$TARGET" --root "$CACHE/typst"
    installed "typst.exe $TYPST_VERSION (gebouwd, in $CACHE/typst)"
fi

out="dist/$NAME"
rm -rf "$out" "dist/$NAME.zip"
mkdir -p "$out"
x86_64-w64-mingw32-strip -o "$out/algoreg.exe" "$algoreg_exe"
x86_64-w64-mingw32-strip -o "$out/typst.exe" "$typst_exe"
cp scripts/windows/kwartaal.cmd scripts/windows/LEESMIJ.txt "$out/"
cp docs/handleiding.md "$out/handleiding.md"
cp -r inputs "$out/inputs"

# A zip with fixed times and a fixed order, so the same build gives the same zip.
python3 - "$out" "dist/$NAME.zip" <<'PY'
import os, sys, zipfile
root, target = sys.argv[1], sys.argv[2]
base = os.path.basename(root)
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            data = open(path, "rb").read()
            if name.endswith((".cmd", ".txt")):
                data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            info = zipfile.ZipInfo(os.path.join(base, os.path.relpath(path, root)).replace(os.sep, "/"), (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
PY
size() { du -k "$1" | cut -f1; }
echo "windows: dist/$NAME.zip ($(size "dist/$NAME.zip") kB; algoreg.exe $(size "$out/algoreg.exe") kB, typst.exe $(size "$out/typst.exe") kB, gestript)"
