Issue 9's "How it will be checked", end to end on a git copy of the examples (today is
2026-11-24, after their last date): an application is added, a meeting without a quorum cannot
decide, a meeting with one approves it in one commit that touches exactly the meeting and the
project, an approval beyond the budget is refused and then accepted with a reason, a payment
above the approved amount is refused, and `project budget` adds up to the cent. Then the rest
of the project's life.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

AG 1 has used its 3,000 € of city money for 2026; a new application asks for 800 €:

  $ integra project add --title "Lesecafé" --organisation "Stadtbücherei" --contact "Frau Roth" --ag ag1 --funding city --requested 800 --from 2026-11-24 --to 2027-03-31 --target children,youth
  PR-2026-018
  $ git log -1 --format=%s
  project add: PR-2026-018 ag1
  $ integra project pay PR-2026-018 --amount 100
  integra: PR-2026-018 is submitted: `project pay` needs an approved, a running or a completed project; possible now: `ag decide`, `project withdraw`.
  [1]

Four of nine voting members meet: no quorum, the meeting is recorded but cannot decide:

  $ integra ag meeting add ag1 --date 2026-11-23 --present m1,m2,m3,m10 --topic "Lesecafé (eingebracht von der Stadtbücherei)"
  M-2026-0016
  integra: note: no quorum (3 of 9 voting members present, 5 needed (more than half of 9)); this meeting cannot decide
  $ n=$(commits)
  $ integra ag decide M-2026-0016 --project PR-2026-018 --yes 3 --no 0 --abstain 0
  integra: M-2026-0016 had no quorum (3 of 9 voting members present, 5 needed (more than half of 9)), so it cannot decide
  [1]
  $ test "$(commits)" = "$n" && git status --porcelain

A meeting with a quorum; the approval would go beyond AG 1's city budget and is refused with
the figures, then made with a reason:

  $ integra -q ag meeting add ag1 --date 2026-11-24 --present m1,m2,m3,m4,m5,m6
  M-2026-0017
  $ integra ag decide M-2026-0017 --project PR-2026-018 --yes 5 --no 1 --abstain 0 --amount 700
  integra: approving 700.00 for PR-2026-018 exceeds the budget city ag1 2026: budget 3000.00, already approved 3000.00, remaining 0.00; approve less with --amount, or record why with --over-budget REASON
  [1]
  $ test "$(commits)" = "$((n + 1))" && git status --porcelain
  $ integra ag decide M-2026-0017 --project PR-2026-018 --yes 5 --no 1 --abstain 0 --amount 700 --over-budget "Restmittel aus AG 3, Beschluss vom 20.11.2026"
  ag decide: M-2026-0017 2026/15 PR-2026-018 approved
  2026/15 approved 700.00
  $ git show --stat --format=%s HEAD
  ag decide: M-2026-0017 2026/15 PR-2026-018 approved
  
   meetings/M-2026-0017.yaml | 9 +++++++++
   projects/PR-2026-018.yaml | 6 +++++-
   2 files changed, 14 insertions(+), 1 deletion(-)
  $ grep -A8 '2026/15' meetings/M-2026-0017.yaml
    - number: 2026/15
      project: PR-2026-018
      "yes": 5
      "no": 1
      abstain: 0
      result: approved
      amount: 700.00
      over_budget: Restmittel aus AG 3, Beschluss vom 20.11.2026
  $ grep -E '^(approved|decision|status):' projects/PR-2026-018.yaml
  approved: 700.00
  decision: M-2026-0017
  status: approved
  $ integra check projects meetings
  0 errors, 0 warnings in 1775 files

A member present at a meeting that decided cannot have left office before it:

  $ integra ag member end ag1 m3 --on 2026-11-24
  integra: m3 of ag1 was present at M-2026-0017 on 2026-11-24, so the term cannot end on 2026-11-24; end it on 2026-11-25 or later (the end day is the first day no longer in office)
  [1]
  $ git status --porcelain

Payments: never more than approved minus paid, never before the approval.

  $ integra project start PR-2026-018 --on 2026-12-01
  integra: PR-2026-018 is started on the day it begins; --on 2026-12-01 lies after today (2026-11-24)
  [1]
  $ integra project start PR-2026-018
  project start: PR-2026-018 status
  $ integra project pay PR-2026-018 --amount 350 --on 2026-11-24
  project pay: PR-2026-018 payments
  $ integra project pay PR-2026-018 --amount 350.01
  integra: PR-2026-018 would be paid 350.01, but only 350.00 of the 700.00 approved is unpaid (350.00 paid so far); a payment never exceeds the approval
  [1]
  $ integra project pay PR-2026-018 --amount 10 --on 2026-11-20
  integra: PR-2026-018 was approved on 2026-11-24 (M-2026-0017); a payment on 2026-11-20 would come before the approval
  [1]
  $ integra project pay PR-2026-018 --amount 0
  integra: --amount is 0; give an amount of more than 0.00
  [2]
  $ integra project pay PR-2026-018 --amount abc
  integra: --amount abc is not an amount such as 1500 or 1500.50
  [2]
  $ git status --porcelain

`project budget` adds up to the cent (the JSON's totals recomputed from its lines):

  $ integra project budget --year 2026
  Budget year 2026
  AG    Funding                   Budget    Approved        Paid   Remaining
  ag1   city                     3000.00     3700.00     1850.00     -700.00
  ag1     (demokratie_leben)           -    16200.00     8100.00           -
  ag2   city                     3000.00        0.00        0.00     3000.00
  ag2     (other)                      -      300.00      150.00           -
  ag3   city                     3000.00      800.00      400.00     2200.00
  ag3     (demokratie_leben)           -     2700.00     2700.00           -
  ag4   city                     2000.00        0.00        0.00     2000.00
  ag5   city                     2000.00     2000.00     1000.00        0.00
  all   demokratie_leben        45000.00    18900.00    10800.00    26100.00
  all   other                          -      300.00      150.00           -
        Total                   58000.00    25700.00    14200.00    32600.00
  (An AG's share of a pot for all AGs is in brackets and counted once, in the pot's line.)
  $ integra --format json project budget --year 2026 | python3 -c '
  > import json, sys
  > from decimal import Decimal as D
  > b = json.load(sys.stdin)
  > pots = [l for l in b["lines"] if not l["share"]]
  > for key in ("approved", "paid"):
  >     assert sum(D(l[key]) for l in pots) == D(b["totals"][key]), key
  > assert sum(D(l["budget"]) for l in pots if l["budget"]) == D(b["totals"]["budget"])
  > for f in ("demokratie_leben", "other"):
  >     shares = [l for l in b["lines"] if l["share"] and l["funding"] == f]
  >     pot = [l for l in pots if l["funding"] == f]
  >     if pot:
  >         assert sum(D(l["approved"]) for l in shares) == D(pot[0]["approved"]), f
  > print("totals add up:", b["totals"])'
  totals add up: {'budget': '58000.00', 'approved': '25700.00', 'paid': '14200.00', 'remaining': '32600.00'}

The rest of the project's life, each step refused where the status does not allow it:

  $ integra project complete PR-2026-018 --participants 42
  project complete: PR-2026-018 status, participants, proof_of_use, evaluation
  $ integra project evaluate PR-2026-018 --received 2026-11-24 --summary "Gut besucht."
  project evaluate: PR-2026-018 status, evaluation, proof_of_use
  $ integra project evaluate PR-2026-018 --received 2026-11-24
  integra: PR-2026-018 is evaluated: `project evaluate` needs a completed project; nothing more can happen to it.
  [1]
  $ integra project withdraw PR-2026-018 --reason "zu spät"
  integra: PR-2026-018 is evaluated: `project withdraw` needs a submitted or an approved project; nothing more can happen to it.
  [1]
  $ integra project show PR-2026-018
  PR-2026-018  Lesecaf\xc3\xa9 (esc)
    applicant:   Stadtb\xc3\xbccherei (Frau Roth) (esc)
    AG:          ag1
    funding:     city
    status:      evaluated
    period:      2026-11-24 to 2027-03-31
    requested:   800.00
    approved:    700.00
    decision:    2026/15 at M-2026-0017 on 2026-11-24 (5 yes, 1 no, 0 abstaining); over budget: Restmittel aus AG 3, Beschluss vom 20.11.2026
    budget year: 2026
    paid:        350.00 (unpaid 350.00)
                 2026-11-24      350.00
    participants: 42
    proof of use: due 2027-05-12, received 2026-11-24
    evaluation:  due 2027-06-29, done 2026-11-24
                 Gut besucht.
  $ integra project withdraw PR-2026-016 --reason "Träger hat andere Förderung erhalten"
  project withdraw: PR-2026-016 status, withdrawal
  $ grep -A2 withdrawal projects/PR-2026-016.yaml
  withdrawal:
    date: 2026-11-24
    reason: Tr\xc3\xa4ger hat andere F\xc3\xb6rderung erhalten (esc)
  $ git log -1 --format=%s
  project withdraw: PR-2026-016 status, withdrawal
  $ integra check
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac [allowance] (esc)
    id: P-0012
        ^
  refugees/R-2026-0005.yaml:29:1: warning: R-2026-0005 has onboarding steps past their due date: registration (due 2026-11-03), doctor (due 2026-11-19); record them with `integra refugee done R-2026-0005 STEP` or `skip` [overdue-step]
    onboarding:
    ^
  0 errors, 2 warnings in 1775 files
