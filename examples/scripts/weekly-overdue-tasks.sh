#!/bin/sh
# The weekly list of overdue onboarding steps, one file per caseworker, as the town's IT would
# schedule it (cron, Monday 7:00) and put in each caseworker's folder. The lists hold names:
# they are for the caseworkers only.
#
#   weekly-overdue-tasks.sh [OUTDIR]       default .
#
# Environment: INTEGRA, INTEGRA_DATA, INTEGRA_OPTS as in monthly-fee-run.sh.
# Exit codes: 0 (also when nothing is overdue), 1 the records have errors, 3 the environment
# failed. Writes OUTDIR/overdue-<caseworker>.csv for each caseworker with overdue steps.
set -eu
INTEGRA=${INTEGRA:-integra}
outdir=${1:-.}
mkdir -p "$outdir"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

# shellcheck disable=SC2086
"$INTEGRA" ${INTEGRA_OPTS:-} refugee tasks --overdue --format csv > "$tmp"
# The header names the columns; the caseworker's is found by name, not by position.
awk -F, -v out="$outdir" '
    NR == 1 { for (i = 1; i <= NF; i++) if ($i == "caseworker") col = i; header = $0; next }
    {
        who = (col && $col != "") ? $col : "unassigned"
        file = out "/overdue-" who ".csv"
        if (!(who in seen)) { print header > file; seen[who] = 1 }
        print >> file
        count[who]++
    }
    END {
        if (NR <= 1) { print "no overdue onboarding steps"; exit }
        for (w in count) printf "%s: %d overdue step%s\n", w, count[w], count[w] == 1 ? "" : "s" | "sort"
    }' "$tmp"
