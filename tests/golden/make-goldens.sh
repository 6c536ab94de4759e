#!/bin/sh
# Writes the golden reports of the example data into DIR: the 2025 annual report in every
# format and both languages, public and internal, and one section report over a quarter.
# tests/cli/report-golden.t writes them again and compares with tests/golden/annual-2025/;
# `make goldens` refreshes that folder after an intended change (review the diff!).
#
#   make-goldens.sh INTEGRA EXAMPLES DIR
set -eu
integra=$1
examples=$2
out=$3
mkdir -p "$out"
run() { "$integra" --data "$examples" --today 2026-11-24 -q "$@"; }
run report annual --year 2025 --format md -o "$out/report.md"
run report annual --year 2025 --format html -o "$out/report.html"
run report annual --year 2025 --format json -o "$out/report.json"
run report annual --year 2025 --format csv -o "$out/csv"
run report annual --year 2025 --internal --format md -o "$out/report-internal.md"
run --lang en report annual --year 2025 --format md -o "$out/report-en.md"
run report refugees --from 2025-04-01 --to 2025-06-30 --internal --format md -o "$out/refugees-2025-q2-internal.md"
