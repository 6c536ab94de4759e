#!/bin/sh
# The quarterly budget overview for the head of office and the AG chairs: the year's budget
# position per AG and funding source, and the quarter's project funding figures, as CSV files a
# spreadsheet opens; it says which pots are used up or beyond their budget.
#
#   quarterly-budget.sh YEAR QUARTER [OUTDIR]     e.g. 2026 3 (July to September)
#
# Environment: INTEGRA, INTEGRA_DATA, INTEGRA_OPTS as in monthly-fee-run.sh.
# Exit codes: 0 every pot within its budget, 4 at least one pot beyond it (the overview is
# written all the same), 1 the records have errors, 2 wrong arguments, 3 the environment failed.
set -eu
INTEGRA=${INTEGRA:-integra}
if [ $# -lt 2 ]; then
    echo "usage: quarterly-budget.sh YEAR QUARTER [OUTDIR]" >&2
    exit 2
fi
year=$1
quarter=$2
outdir=${3:-.}
case $quarter in
    1) from=$year-01-01 to=$year-03-31 ;;
    2) from=$year-04-01 to=$year-06-30 ;;
    3) from=$year-07-01 to=$year-09-30 ;;
    4) from=$year-10-01 to=$year-12-31 ;;
    *) echo "QUARTER is 1, 2, 3 or 4, not $quarter" >&2; exit 2 ;;
esac
mkdir -p "$outdir"
# shellcheck disable=SC2086
"$INTEGRA" ${INTEGRA_OPTS:-} project budget --year "$year" --format csv > "$outdir/budget-$year.csv"
# shellcheck disable=SC2086
"$INTEGRA" ${INTEGRA_OPTS:-} -q report projects --from "$from" --to "$to" --format csv \
    -o "$outdir/projects-$year-Q$quarter"
# Columns by name: ag, funding, budget, approved, paid, remaining, share.
awk -F, '
    NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
    $c["budget"] != "" {
        printf "%-4s %-17s budget %10s  approved %10s  paid %10s  remaining %10s\n",
               $c["ag"], $c["funding"], $c["budget"], $c["approved"], $c["paid"], $c["remaining"]
        if ($c["remaining"] + 0 < 0) over = 1
    }
    END { exit over ? 4 : 0 }' "$outdir/budget-$year.csv" || {
    echo "at least one pot is beyond its budget: see $outdir/budget-$year.csv" >&2
    exit 4
}
