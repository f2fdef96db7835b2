#!/usr/bin/env bash
# Proves that the working tree makes byte-identical outputs to a base commit:
# the guard for a refactor, which must not change a single output byte.
#
#   bash scripts/same-outputs.sh [BASE]      (BASE: a commit, default HEAD: the last commit)
#
# Builds the release binary of BASE (once, cached in
# ~/.cache/algoreg-base/<sha>/algoreg, from a git worktree beside it) and of the
# working tree (uncommitted edits included), runs both on the same inputs, each
# in its own scratch folder with the same relative paths, and compares every
# output file, and the stdout, stderr and exit code of every command, with cmp.
# The inputs: the shipped inputs/ (every quarter, 2025-Q2 with the register
# and with --carry-forward, the annual report, a template, check, reconcile,
# the terugmelding example and publicaties), and a large
# generated batch (300 organisations x 50 rows, with the quarter before),
# generated once with BASE's own generator and cached beside its binary.
# Prints per file `gelijk` or `VERSCHILT` and a closing line; exits 1 on any
# difference or on a file present on one side only, 0 when all are equal.
# SAME_OUTPUTS_KEEP=1 keeps the scratch folder (both out folders) to inspect.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd -P)

base_ref=${1:-HEAD}
base_sha=$(git rev-parse --verify --quiet "$base_ref^{commit}") || {
    echo "same-outputs: onbekende commit $base_ref" >&2
    exit 2
}

# Both sides run with the defaults: no fixed creation time from outside.
unset SOURCE_DATE_EPOCH

# typst makes the PDFs; without it both sides would fail alike and prove nothing.
bash scripts/setup.sh >&2
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

work=$(mktemp -d "${TMPDIR:-/tmp}/same-outputs.XXXXXX")
cleanup() {
    if [ "${SAME_OUTPUTS_KEEP:-}" = 1 ]; then
        echo "same-outputs: kladmap bewaard: $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# One target folder for all builds, so BASE reuses the compiled dependencies.
# But cargo names and fingerprints this crate's own artifacts the same in
# every checkout and trusts file times: in a target folder that other
# worktrees also build in, a checkout older than their last build gets THEIR
# algoreg, silently. So build_here touches the crate roots first and accepts
# the build only when cargo really compiled lib and binaries from this very
# checkout (no `"fresh":true` artifact of it), and copies each binary away at
# once (release/algoreg is overwritten by every build, also other people's).
target=${CARGO_TARGET_DIR:-$HOME/.cache/algoreg-target}

# build_here DIR DEST CARGO-ARGS...: builds in checkout DIR and copies each
# executable made into DEST/ under its own name.
build_here() {
    local dir dest=$2 try log=$work/cargo.log
    dir=$(cd "$1" && pwd -P)
    shift 2
    for try in 1 2 3; do
        touch "$dir/src/lib.rs" "$dir/src/main.rs"
        (cd "$dir" && CARGO_TARGET_DIR=$target cargo build --release --locked \
            --message-format=json-render-diagnostics "$@") >"$log"
        if ! grep '"reason":"compiler-artifact"' "$log" | grep -F "\"manifest_path\":\"$dir/Cargo.toml\"" \
            | grep -q '"fresh":true'; then
            grep '"reason":"compiler-artifact"' "$log" | grep -F "\"manifest_path\":\"$dir/Cargo.toml\"" \
                | grep -o '"executable":"[^"]*"' | cut -d'"' -f4 | while IFS= read -r exe; do
                cp "$exe" "$dest/$(basename "$exe").tmp"
                mv "$dest/$(basename "$exe").tmp" "$dest/$(basename "$exe")"
            done
            return 0
        fi
        echo "same-outputs: cargo nam algoreg over uit een andere build; opnieuw ($try)" >&2
    done
    echo "same-outputs: kon algoreg niet uit $dir bouwen" >&2
    exit 2
}

cache=$HOME/.cache/algoreg-base/$base_sha
base_tree=$cache/tree
base_bin=$cache/algoreg
batch=$cache/batch-orgs300-rows50-seed7

# --- BASE: worktree, binary, generated batch (each made only when missing) ---
mkdir -p "$cache"
if [ ! -x "$base_bin" ] || [ ! -x "$cache/genereer" ]; then
    if [ ! -e "$base_tree/.git" ]; then
        rm -rf "$base_tree"
        git worktree add --force --detach "$base_tree" "$base_sha"
    fi
    echo "same-outputs: bouwen van $base_ref ($base_sha)" >&2
    build_here "$base_tree" "$cache" --bin algoreg --example genereer
fi
if [ ! -d "$batch" ]; then
    echo "same-outputs: grote batch maken met de generator van $base_ref" >&2
    rm -rf "$batch.tmp"
    "$cache/genereer" --orgs 300 --rows 50 --seed 7 --previous --out "$batch.tmp" >&2
    mv "$batch.tmp" "$batch"
fi

# --- the working tree ---
echo "same-outputs: bouwen van de werkmap" >&2
mkdir "$work/huidig-bin"
build_here "$repo" "$work/huidig-bin" --bin algoreg
cur_bin=$work/huidig-bin/algoreg

# --- run both sides ---
# Each side runs in its own folder holding `inputs` and `batch` as links to
# the same real folders, and writes to the same relative out paths, so every
# path shown in a report, the manifest or the console is the same text.
register=inputs/register/algoritmeregister-2025-07-01.csv
org=$(awk -F, 'NR == 2 { print $1 }' inputs/organisaties.csv)

# run_side SIDE BINARY: runs every command; console output and exit codes go
# to SIDE/console/, the reports to SIDE/out/.
run_side() {
    local side=$work/$1 bin=$2
    mkdir -p "$side/console" "$side/out/template"
    ln -s "$repo/inputs" "$side/inputs"
    ln -s "$batch" "$side/batch"
    (
        cd "$side"
        # cmd NAME ARGS...: one command, its stdout, stderr and exit code kept.
        cmd() {
            local name=$1 start=$SECONDS rc=0
            shift
            "$bin" "$@" >"console/$name.stdout" 2>"console/$name.stderr" || rc=$?
            echo "$rc" >"console/$name.exit"
            printf 'same-outputs: %-6s %-22s exit %s, %3ss\n' "$(basename "$side")" "$name" "$rc" $((SECONDS - start)) >&2
        }
        for q in 2025-Q1 2025-Q3 2025-Q4; do
            cmd "run-$q" run --quarter "$q" --out out/run-$q
        done
        cmd run-2025-Q2 run --quarter 2025-Q2 --register "$register" --out out/run-2025-Q2
        cmd run-2025-Q2-carry run --quarter 2025-Q2 --register "$register" --carry-forward \
            --out out/run-2025-Q2-carry
        cmd annual-2025 annual --year 2025 --out out/annual-2025
        cmd template template --org "$org" --quarter 2025-Q3 --from-previous \
            --out "out/template/statusoverzicht-$org-2025-Q3.xlsx"
        cmd check-2025-Q2 check --quarter 2025-Q2
        cmd reconcile-2025-Q2 reconcile --quarter 2025-Q2 --register "$register"
        cmd terugmelding terugmelding --inputs inputs/terugmelding-voorbeeld --uiterlijk 2025-10-15 \
            --out out/terugmelding
        cmd publicaties publicaties --van 2025-01-01 --tot 2025-06-30 --out out/publicaties
        cmd batch-no-pdf run --no-pdf --inputs batch --quarter 2025-Q2 --out out/batch-no-pdf
        cmd batch-pdf run --inputs batch --quarter 2025-Q2 --out out/batch-pdf
    )
}
run_side base "$base_bin"
run_side huidig "$cur_bin"
rm "$work/base/inputs" "$work/base/batch" "$work/huidig/inputs" "$work/huidig/batch"

# --- compare every file, both ways ---
same=0
differ=0
while IFS= read -r f; do
    a=$work/base/$f b=$work/huidig/$f
    if [ ! -f "$a" ]; then
        echo "VERSCHILT  $f  (alleen in de werkmap)"
        differ=$((differ + 1))
    elif [ ! -f "$b" ]; then
        echo "VERSCHILT  $f  (alleen in $base_ref)"
        differ=$((differ + 1))
    elif cmp -s "$a" "$b"; then
        echo "gelijk     $f"
        same=$((same + 1))
    else
        echo "VERSCHILT  $f"
        differ=$((differ + 1))
        # Show how a text file differs (the first lines of the diff).
        case $f in
        *.stdout | *.stderr | *.exit | *.json | *.csv | *.txt | *.md | *.typ)
            diff -u --label "$base_ref/$f" --label "werkmap/$f" "$a" "$b" | head -n 20 | sed 's/^/    /' || true
            ;;
        esac
    fi
done < <({ (cd "$work/base" && find . -type f) && (cd "$work/huidig" && find . -type f); } | sed 's|^\./||' | LC_ALL=C sort -u)

# Equal PDFs prove nothing when neither side made one (typst missing or broken).
pdfs=$(find "$work/base/out" -name "*.pdf" | wc -l)
if [ "$pdfs" -eq 0 ]; then
    echo "same-outputs: $base_ref maakte geen enkele pdf; de vergelijking is onvolledig (typst: bash scripts/setup.sh)" >&2
fi

echo "same-outputs: $same bestanden gelijk, $differ verschillend"
[ "$differ" -eq 0 ] && [ "$pdfs" -gt 0 ]
