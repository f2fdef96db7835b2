#!/usr/bin/env bash
# Times `algoreg check` of several builds and the calamine floor on the same
# batch, interleaved (one run of each, then the next round), and prints the
# median per program and the ratios against the first build and the floor.
# Made for issue 28's comparison with an older commit on a shared machine.
#
#   bash bench/interleaved.sh BATCH ROUNDS FLOOR NAME=BINARY...
#
# BATCH is a folder made by `genereer --previous` (2025-Q1 and 2025-Q2).
set -euo pipefail
batch=$1 rounds=$2 floor=$3
shift 3
declare -A times
names=(floor)
for nb in "$@"; do names+=("${nb%%=*}"); done
now() { date +%s%N; }
for ((r = 1; r <= rounds; r++)); do
    s=$(now); "$floor" "$batch/2025-Q2" >/dev/null 2>&1; e=$(now)
    times[floor]+="$(( (e - s) / 1000000 )) "
    for nb in "$@"; do
        name=${nb%%=*} bin=${nb#*=}
        s=$(now); "$bin" check --inputs "$batch" --quarter 2025-Q2 >/dev/null 2>&1 || true; e=$(now)
        times[$name]+="$(( (e - s) / 1000000 )) "
    done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A med
for n in "${names[@]}"; do med[$n]=$(echo "${times[$n]}" | median); done
first=${names[1]}
printf '%-8s %8s %10s %10s   %s\n' programma mediaan "/${first}" "/floor" "alle runs (ms)"
for n in "${names[@]}"; do
    awk -v n="$n" -v m="${med[$n]}" -v f="${med[$first]}" -v fl="${med[floor]}" -v all="${times[$n]}" \
        'BEGIN { printf "%-8s %6d ms %9.2fx %9.2fx   %s\n", n, m, m / f, m / fl, all }'
done
