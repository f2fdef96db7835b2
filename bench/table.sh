#!/usr/bin/env bash
# Turns the benchmark's results (N, label, milliseconds, MB per line) into the
# Markdown table of docs/prestaties.md and the check against the targets of issue 7.
#   bash bench/table.sh bench/out/results.tsv [true|false: run has --no-pdf]
set -euo pipefail
awk -F'\t' -v no_pdf="${2:-false}" '
{ if (!($1 in seen)) { seen[$1] = 1; order[++count] = $1 } ms[$1, $2] = $3; mb[$1, $2] = $4 }
function get(n, l) { return ((n, l) in ms) ? ms[n, l] : 0 }
function cell(n, l) { return ((n, l) in ms) ? sprintf("%.2f s, %s MB", ms[n, l] / 1000, mb[n, l]) : "-" }
function ratio(a, b) { return (a > 0 && b > 0) ? sprintf("%.2fx", a / b) : "-" }
function verdict(ok) { return ok ? "gehaald" : "NIET gehaald" }
END {
    run = (no_pdf == "true") ? "algoreg run (met pdf)" : "algoreg run"
    printf "| bladen | algoreg check | %s |%s floor (calamine) | polars + fastexcel | pandas + openpyxl | check / floor | polars / check | pandas / check |\n", run, (no_pdf == "true") ? " algoreg run --no-pdf |" : ""
    printf "|---:|---:|---:|%s---:|---:|---:|---:|---:|---:|\n", (no_pdf == "true") ? "---:|" : ""
    for (i = 1; i <= count; i++) {
        n = order[i]
        if (n == 40 && !((n, "check") in ms)) continue
        printf "| %s | %s | %s |%s %s | %s | %s | %s | %s | %s |\n", n, cell(n, "check"), cell(n, "run"),
            (no_pdf == "true") ? " " cell(n, "run-no-pdf") " |" : "", cell(n, "floor"),
            cell(n, "polars+fastexcel"), cell(n, "pandas+openpyxl"),
            ratio(get(n, "check"), get(n, "floor")), ratio(get(n, "polars+fastexcel"), get(n, "check")),
            ratio(get(n, "pandas+openpyxl"), get(n, "check"))
    }
    if ((40, "sample-run") in ms) printf "\nVoorbeeldbatch (inputs/, 2025-Q2 met afstemming), algoreg run van begin tot eind: %s\n", cell(40, "sample-run")
    if ((40, "sample-run+annual") in ms) printf "Voorbeeldbatch, run 2025-Q2 en annual 2025 na elkaar (werkmap, beide pdf-en, jaarwerkmap): %s\n", cell(40, "sample-run+annual")
    printf "\nDoelen (issue 7):\n"
    if ((1000, "check") in ms && (1000, "floor") in ms) {
        r = ms[1000, "check"] / ms[1000, "floor"]
        printf "- check binnen 1,3x de vloer bij 1000 bladen: %.2fx, %s\n", r, verdict(r <= 1.3)
    }
    for (i = 1; i <= count; i++) {
        n = order[i]
        if (n < 1000 || !((n, "check") in ms)) continue
        if ((n, "pandas+openpyxl") in ms) { r = ms[n, "pandas+openpyxl"] / ms[n, "check"]; printf "- minstens 20x sneller dan pandas + openpyxl (%s bladen): %.1fx, %s\n", n, r, verdict(r >= 20) }
        if ((n, "polars+fastexcel") in ms) { r = ms[n, "polars+fastexcel"] / ms[n, "check"]; printf "- minstens 3x sneller dan polars + fastexcel (%s bladen): %.1fx, %s\n", n, r, verdict(r >= 3) }
    }
    if ((5000, "check") in ms && (1000, "check") in ms) {
        r = ms[5000, "check"] / ms[1000, "check"]
        printf "- 5000 bladen hoogstens 5,5x de tijd van 1000: %.2fx, %s\n", r, verdict(r <= 5.5)
    }
    if ((5000, "check") in ms) {
        m = 0; for (k in mb) { split(k, p, SUBSEP); if (p[1] == 5000 && p[2] ~ /^(check|run)/ && mb[k] + 0 > m) m = mb[k] + 0 }
        printf "- piekgeheugen onder 300 MB bij 5000 bladen (check en run): %d MB, %s\n", m, verdict(m < 300)
    }
    if ((40, "sample-run+annual") in ms) {
        r = ms[40, "sample-run+annual"] / 1000
        printf "- voorbeeldbatch met Excel en beide pdf-en onder 2 s: %.2f s, %s\n", r, verdict(r < 2)
    }
}' "$1"
