#!/bin/sh
# The monthly fee run for the integration guides, as the town's IT would schedule it (cron, on
# the 3rd of each month): the payroll CSV of last month's assignments for the pay office, then
# the assignments marked billed in one commit, so that nothing is paid twice.
#
#   monthly-fee-run.sh [MONTH] [OUTDIR]    MONTH as YYYY-MM, default last month; OUTDIR default .
#
# Environment: INTEGRA (the program, default `integra`), INTEGRA_DATA (the data directory),
# INTEGRA_OPTS (more global options, e.g. `--today 2026-11-03`).
# Exit codes: 0 done (or nothing to pay), 1 the records have errors (run `integra check`),
# 2 wrong arguments, 3 git, the lock or the disk failed.
set -eu
INTEGRA=${INTEGRA:-integra}
month=${1:-$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)}
outdir=${2:-.}
payroll="$outdir/payroll-$month.csv"
mkdir -p "$outdir"

# First the month's done assignments are marked billed (one commit), then its payroll rows are
# written: the statement of a month holds what was billed with it, so after any failure the
# script can simply run again. It bills nothing twice and writes the same complete file.
# shellcheck disable=SC2086 # INTEGRA_OPTS is a list of options
"$INTEGRA" ${INTEGRA_OPTS:-} -q pilot fees --month "$month" --mark-billed --format csv \
    > /dev/null || {
    status=$?
    echo "fee run $month: marking billed failed (exit code $status); nothing was billed" >&2
    exit "$status"
}
# shellcheck disable=SC2086
"$INTEGRA" ${INTEGRA_OPTS:-} pilot fees --month "$month" --format csv > "$payroll.tmp" || {
    status=$?
    rm -f "$payroll.tmp"
    echo "fee run $month: billed, but the payroll file could not be written (exit code" \
         "$status); run the script again once the problem is solved" >&2
    exit "$status"
}
lines=$(($(wc -l < "$payroll.tmp") - 1))
if [ "$lines" -le 0 ]; then
    rm -f "$payroll.tmp"
    echo "fee run $month: no assignments to pay"
    exit 0
fi
mv "$payroll.tmp" "$payroll"
total=$(awk -F, 'NR > 1 { sum += $NF } END { printf "%.2f", sum }' "$payroll")
echo "fee run $month: $lines guides, $total EUR, billed; payroll in $payroll"
