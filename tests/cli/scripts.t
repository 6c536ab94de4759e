The shell scripts of examples/scripts, as a town's IT would schedule them, on a copy of the
example data (INTEGRA_OPTS fixes today's date).

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data
  $ export INTEGRA_DATA=$PWD/data INTEGRA_OPTS="--today 2026-11-24"
  $ S="$SOURCE/examples/scripts"

The monthly fee run bills the month in one commit and writes its payroll file; run again, it
bills nothing twice and writes the same file.

  $ sh "$S/monthly-fee-run.sh" 2026-11 out
  fee run 2026-11: 5 guides, 210.00 EUR, billed; payroll in out/payroll-2026-11.csv
  $ git -C data log --format=%s -1
  fees: bill 2026-11 (7 assignments)
  $ head -2 out/payroll-2026-11.csv
  pilot,given,family,month,assignments,hours,for_hours,flat,travel,total
  P-0002,Elif,Kaya,2026-11,1,3,45.00,0.00,0.00,45.00
  $ cp out/payroll-2026-11.csv first.csv
  $ sh "$S/monthly-fee-run.sh" 2026-11 out
  Nothing to bill for 2026-11.
  fee run 2026-11: 5 guides, 210.00 EUR, billed; payroll in out/payroll-2026-11.csv
  $ cmp first.csv out/payroll-2026-11.csv && git -C data rev-list --count HEAD
  2

A month that has not begun is refused with integra's exit code, and nothing is written.

  $ sh "$S/monthly-fee-run.sh" 2027-01 out
  integra: 2027-01 has not begun; nothing in it can be billed
  fee run 2027-01: marking billed failed (exit code 1); nothing was billed
  [1]
  $ ls out
  payroll-2026-11.csv

The weekly list of overdue onboarding steps, one file per caseworker.

  $ sh "$S/weekly-overdue-tasks.sh" out
  kaya: 2 overdue steps
  $ cut -d, -f1,3,6,7 out/overdue-kaya.csv
  due,id,caseworker,step
  2026-11-03,R-2026-0005,kaya,registration
  2026-11-19,R-2026-0005,kaya,doctor

The quarterly budget overview: the year's position per pot and the quarter's funding tables.

  $ sh "$S/quarterly-budget.sh" 2026 3 q
  ag1  city              budget    3000.00  approved    3000.00  paid    1500.00  remaining       0.00
  ag2  city              budget    3000.00  approved       0.00  paid       0.00  remaining    3000.00
  ag3  city              budget    3000.00  approved     800.00  paid     400.00  remaining    2200.00
  ag4  city              budget    2000.00  approved       0.00  paid       0.00  remaining    2000.00
  ag5  city              budget    2000.00  approved    2000.00  paid    1000.00  remaining       0.00
  all  demokratie_leben  budget   45000.00  approved   18900.00  paid   10800.00  remaining   26100.00
  $ ls q q/projects-2026-Q3
  q:
  budget-2026.csv
  projects-2026-Q3
  
  q/projects-2026-Q3:
  applications_by_ag.csv
  budget_use.csv
  evaluations.csv
  funding_by_source.csv
  $ sh "$S/quarterly-budget.sh" 2026 5
  QUARTER is 1, 2, 3 or 4, not 5
  [2]
