`integra pilot fees`: the month's statement per guide and the payroll CSV; `--mark-billed`
bills the month in one commit, after which those assignments can no longer change.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

A new guide, booked twice in October (one an info event, with its flat amount), marked done:

  $ integra pilot add --given Leyla --family Ahmadi --gender f --lang fa:native,de:B2 --since 2026-10-01
  P-0025
  $ integra pilot assign --pilot P-0025 --date 2026-10-28 --time 09:00 --hours 1.75 --kind translation --lang fa --requested-by migrant
  E-2026-0270
  $ integra pilot assign --pilot P-0025 --date 2026-10-29 --time 17:00 --hours 2.5 --kind info_event --lang fa --requested-by organisation
  E-2026-0271
  $ integra -q pilot done E-2026-0270 && integra -q pilot done E-2026-0271

October was billed before; the new ones are on its statement, not yet billed. 1.75 h × 15.00 =
26.25; 2.5 h × 15.00 + 10.00 flat = 47.50; together 73.75:

  $ integra pilot fees --month 2026-10 | sed -n '/^P-0025/,/total/p'
  P-0025  Leyla Ahmadi  2026-10
    E-2026-0270  2026-10-28  translation    1.75 h \xc3\x97 15.00 =   26.25  flat   0.00  travel   0.00     26.25 (esc)
    E-2026-0271  2026-10-29  info_event      2.5 h \xc3\x97 15.00 =   37.50  flat  10.00  travel   0.00     47.50 (esc)
    total: 2 assignments, 4.25 h, 73.75
  $ integra --format csv pilot fees --month 2026-10 | grep -e ^pilot -e ^P-0025
  pilot,given,family,month,assignments,hours,for_hours,flat,travel,total
  P-0025,Leyla,Ahmadi,2026-10,2,4.25,63.75,10.00,0.00,73.75

The month's whole payroll, summed from the CSV in cents (no float drift):

  $ integra --format csv pilot fees --month 2026-10 | python3 -c 'import csv, sys; print(sum(round(float(r["total"]) * 100) for r in csv.DictReader(sys.stdin)))'
  84375

Billing: one commit for the month; the statement stays the same; billed assignments are
immutable:

  $ commits
  6
  $ integra pilot fees --month 2026-10 --mark-billed | sed -n '/^P-0025/,/total/p'
  fees: bill 2026-10 (2 assignments)
  P-0025  Leyla Ahmadi  2026-10
    E-2026-0270  2026-10-28  translation    1.75 h \xc3\x97 15.00 =   26.25  flat   0.00  travel   0.00     26.25  billed (esc)
    E-2026-0271  2026-10-29  info_event      2.5 h \xc3\x97 15.00 =   37.50  flat  10.00  travel   0.00     47.50  billed (esc)
    total: 2 assignments, 4.25 h, 73.75
  $ commits && git log -1 --format=%s && git show --stat --format= HEAD | tail -1
  7
  fees: bill 2026-10 (2 assignments)
   2 files changed, 4 insertions(+), 2 deletions(-)
  $ grep -e status -e billed assignments/E-2026-0270.yaml
  status: billed
  billed: 2026-10
  $ integra pilot fees --month 2026-10 --mark-billed > /dev/null
  Nothing to bill for 2026-10.
  $ commits
  7
  $ integra set E-2026-0270 hours=3
  integra: E-2026-0270 is billed (2026-10) and can no longer change: it has been paid
  [1]
  $ integra pilot cancel E-2026-0270 --reason late
  integra: E-2026-0270 is billed (2026-10) and can no longer change: it has been paid
  [1]
  $ git status --porcelain

The current month can be billed (what is done later goes on the next statement); a month that
has not begun cannot; a bad month is a usage error:

  $ integra pilot fees --month 2026-12 --mark-billed
  integra: 2026-12 has not begun; nothing in it can be billed
  [1]
  $ integra -q pilot fees --month 2026-11 --mark-billed | tail -1
    total: 2 assignments, 4 h, 60.00
  $ git log -1 --format=%s
  fees: bill 2026-11 (7 assignments)
  $ integra pilot fees --month 2026-13
  integra: --month 2026-13 is not a month; write YYYY-MM
  [2]
  $ integra pilot fees --month 2020-01
  Nothing to pay for 2020-01.

The same statements as JSON, amounts as exact decimal strings; the month's total is the sum of
the statements':

  $ integra --format json pilot fees --month 2026-10 > ../fees.json
  $ python3 -c 'import json; f = json.load(open("../fees.json")); s = [s for s in f["statements"] if s["pilot"] == "P-0025"][0]; print(f["month"], f["rates"]["hourly"], s["given"], s["family"], s["hours"], s["total"]); [print(" ", l["id"], l["kind"], l["hours"], l["for_hours"], l["flat"], l["total"], l["status"]) for l in s["assignments"]]'
  2026-10 15.00 Leyla Ahmadi 4.25 73.75
    E-2026-0270 translation 1.75 26.25 0.00 26.25 billed
    E-2026-0271 info_event 2.5 37.50 10.00 47.50 billed
  $ python3 -c 'import json; from decimal import Decimal as D; f = json.load(open("../fees.json")); print(f["total"], sum(D(s["total"]) for s in f["statements"]) == D(f["total"]))'
  843.75 True
  $ integra --format csv pilot fees --month 2026-10 | python3 -c 'import csv, sys; print(sum(round(float(r["total"]) * 100) for r in csv.DictReader(sys.stdin)))'
  84375
