`integra check` and the rules of the guides' work: each rule broken by a hand edit is reported
with its file, line and check name.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

The examples hold one guide near the tax-free allowance (a warning, with the figure):

  $ integra check
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac [allowance] (esc)
    id: P-0012
        ^
  refugees/R-2026-0005.yaml:29:1: warning: R-2026-0005 has onboarding steps past their due date: registration (due 2026-11-03), doctor (due 2026-11-19); record them with `integra refugee done R-2026-0005 STEP` or `skip` [overdue-step]
    onboarding:
    ^
  0 errors, 2 warnings in 1772 files
  $ integra check P-0016 E-2026-0246 E-2026-0210 E-2026-0212 P-0005
  0 errors, 0 warnings in 1772 files

An assignment in a language its guide does not speak; two bookings of one guide at the same
time; an assignment after the guide's retirement:

  $ sed -i 's/^language: ar$/language: sq/' assignments/E-2026-0246.yaml
  $ sed -i 's/^date: .*/date: 2026-10-05/; s/^time: .*/time: "15:00"/' assignments/E-2026-0212.yaml
  $ sed -i 's/^status: active$/status: retired\nretired: 2026-10-01/' pilots/P-0005.yaml
  $ integra check assignments pilots
  assignments/E-2026-0212.yaml:3:7: error: P-0005 retired on 2026-10-01, before this assignment on 2026-10-05 [retired-guide]
    date: 2026-10-05
          ^
  assignments/E-2026-0215.yaml:3:7: error: P-0005 retired on 2026-10-01, before this assignment on 2026-10-05 [retired-guide]
    date: 2026-10-05
          ^
  assignments/E-2026-0215.yaml:4:7: error: P-0005 is booked twice: E-2026-0215 (16:00\xe2\x80\x9318:30) overlaps E-2026-0212 (15:00\xe2\x80\x9317:00) [double-booking] (esc)
    time: "16:00"
          ^
  assignments/E-2026-0230.yaml:3:7: error: P-0005 retired on 2026-10-01, before this assignment on 2026-10-22 [retired-guide]
    date: 2026-10-22
          ^
  assignments/E-2026-0233.yaml:3:7: error: P-0005 retired on 2026-10-01, before this assignment on 2026-10-26 [retired-guide]
    date: 2026-10-26
          ^
  assignments/E-2026-0238.yaml:3:7: error: P-0005 retired on 2026-10-01, before this assignment on 2026-10-30 [retired-guide]
    date: 2026-10-30
          ^
  assignments/E-2026-0243.yaml:3:7: error: P-0005 retired on 2026-10-01, before this assignment on 2026-11-12 [retired-guide]
    date: 2026-11-12
          ^
  assignments/E-2026-0246.yaml:7:11: error: P-0016 does not speak sq; their languages: ar (native), en (B2), de (B2) [assignment-language]
    language: sq
              ^
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac [allowance] (esc)
    id: P-0012
        ^
  8 errors, 1 warning in 1772 files
  [1]

Billing: billed without its month, and a month on an assignment that is not billed; a
certificate without the course's hours; fees above the allowance:

  $ git checkout -q . 
  $ sed -i '/^billed: /d' assignments/E-2026-0210.yaml
  $ sed -i 's/^status: planned$/status: planned\nbilled: 2026-11/' assignments/E-2026-0246.yaml
  $ sed -i 's/^  hours: 32$/  hours: 20/' pilots/P-0005.yaml
  $ sed -i 's/^  tax_free_allowance: .*/  tax_free_allowance: 500.00/' integra.yaml
  $ integra check | grep -e '\[billing\]' -e '\[certificate\]' -e 'P-0012.*\[allowance\]'
  3 errors, 41 warnings in 1772 files
  assignments/E-2026-0210.yaml:11:9: error: E-2026-0210 is billed but has no `billed` month; add the month it was paid in [billing]
  assignments/E-2026-0246.yaml:12:9: error: E-2026-0246 has a `billed` month but its status is planned; a billed assignment has status billed [billing]
  pilots/P-0005.yaml:19:14: error: P-0005 is certified with 20 training hours; the course has 32 (set in integra.yaml) [certificate]
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 472.50 \xe2\x82\xac in fees in 2023, 94 % of the tax-free allowance of 500.00 \xe2\x82\xac [allowance] (esc)
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 540.00 \xe2\x82\xac in fees in 2024, 108 % of the tax-free allowance of 500.00 \xe2\x82\xac; the excess is taxable income [allowance] (esc)
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 572.50 \xe2\x82\xac in fees in 2025, 114 % of the tax-free allowance of 500.00 \xe2\x82\xac; the excess is taxable income [allowance] (esc)
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 171 % of the tax-free allowance of 500.00 \xe2\x82\xac; the excess is taxable income [allowance] (esc)
  $ integra --format json check E-2026-0210
  [
    {
      "file": "assignments/E-2026-0210.yaml",
      "line": 11,
      "column": 9,
      "severity": "error",
      "check": "billing",
      "message": "E-2026-0210 is billed but has no `billed` month; add the month it was paid in"
    }
  ]
  [1]

An assignment that has taken place in a language its guide no longer lists is only a warning:
the guide's languages may have changed since.

  $ git checkout -q .
  $ sed -i 's/^language: sh$/language: sq/' assignments/E-2026-0210.yaml
  $ integra check E-2026-0210
  assignments/E-2026-0210.yaml:7:11: warning: P-0005 does not speak sq; their languages: mk (native), sh (C1), de (C1) (the assignment has taken place; was a language removed?) [assignment-language]
    language: sq
              ^
  0 errors, 1 warning in 1772 files
