The coordinator's month, end to end: a new guide is added, found by `match`, booked, marked
done and billed; the payroll CSV has her total to the cent.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

  $ integra pilot add --given Senait --family Tesfay --gender f --lang ti:native,ar:B2,de:B1
  P-0025
  $ integra pilot match --lang ti --date 2026-11-23 --time 10:00 --hours 1.5
  Guides for ti on 2026-11-23 at 10:00 for 1.5 h, best first:
    1. P-0025  Senait Tesfay: fluent (native); 0 h in 2026-11
  $ integra pilot assign --pilot P-0025 --date 2026-11-23 --time 10:00 --hours 1.5 --kind accompaniment --lang ti --requested-by authority:Ausländerbehörde
  E-2026-0270
  $ integra pilot assign --pilot P-0025 --date 2026-11-24 --time 14:00 --hours 2.25 --kind info_event --lang ar --requested-by organisation
  E-2026-0271
  $ integra pilot done E-2026-0270
  assignment: done E-2026-0270
  $ integra pilot done E-2026-0271 --hours 2.5
  assignment: done E-2026-0271
  $ integra pilot fees --month 2026-11 --mark-billed | sed -n '/^P-0025/,/total/p'
  fees: bill 2026-11 (9 assignments)
  P-0025  Senait Tesfay  2026-11
    E-2026-0270  2026-11-23  accompaniment   1.5 h \xc3\x97 15.00 =   22.50  flat   0.00  travel   0.00     22.50  billed (esc)
    E-2026-0271  2026-11-24  info_event      2.5 h \xc3\x97 15.00 =   37.50  flat  10.00  travel   0.00     47.50  billed (esc)
    total: 2 assignments, 4 h, 70.00
  $ integra --format csv pilot fees --month 2026-11 | grep -e ^pilot -e ^P-0025
  pilot,given,family,month,assignments,hours,for_hours,flat,travel,total
  P-0025,Senait,Tesfay,2026-11,2,4,60.00,10.00,0.00,70.00
  $ git log --format=%s | head -7
  fees: bill 2026-11 (9 assignments)
  assignment: done E-2026-0271
  assignment: done E-2026-0270
  assignment: add E-2026-0271 for P-0025
  assignment: add E-2026-0270 for P-0025
  pilot: add P-0025
  examples
  $ git status --porcelain
  $ integra check 2>&1 >/dev/null
  0 errors, 2 warnings in 1775 files
