`integra check` and the rules of project funding and the AGs: each rule broken by a hand edit
is reported with its file, line and check name; `integra status` names what waits.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ integra check projects meetings ags
  0 errors, 0 warnings in 1772 files

A meeting where too few were present, one of them no member, decided anyway; its first
decision claims an approval with no yes vote, its second takes the first one's number:

  $ python3 - <<'PY'
  > p = 'meetings/M-2026-0015.yaml'
  > s = open(p).read()
  > s = s.replace('  - m2\n  - m3\n  - m4\n  - m5\n', '  - m2\n  - m42\n')
  > s = s.replace('"yes": 5', '"yes": 0', 1).replace('2026/14', '2026/13')
  > open(p, 'w').write(s)
  > PY
  $ integra check meetings
  meetings/M-2026-0015.yaml:6:5: error: M-2026-0015 lists m42 as present, but ag1 has no member m42 (`integra ag show ag1` lists them) [attendance]
      - m42
        ^
  meetings/M-2026-0015.yaml:14:1: error: M-2026-0015 decided without a quorum: 4 of 9 voting members present, 5 needed (more than half of 9); a decision needs a quorum [quorum]
    decisions:
    ^
  meetings/M-2026-0015.yaml:20:13: error: decision 2026/13 is `approved`, but 0 yes against 0 no do not approve (more yes than no are needed) [majority]
        result: approved
                ^
  meetings/M-2026-0015.yaml:22:13: error: decision number 2026/13 is given twice (M-2026-0015 gave it before); number this one anew (`integra ag decide` numbers for you) [decision-number]
      - number: 2026/13
                ^
  meetings/M-2026-0015.yaml:24:12: error: decision 2026/13 counts 7 votes (0 yes, 5 no, 2 abstaining), but only 4 voting members were represented at M-2026-0015; there are no proxy votes [vote-count]
        "yes": 0
               ^
  5 errors, 0 warnings in 1772 files
  [1]
  $ git checkout -q meetings

A project whose approved amount differs from its decision's, one paid more than approved, and
one whose period ended without a proof of use:

  $ sed -i 's/^approved: 7500.00$/approved: 7000.00/' projects/PR-2026-013.yaml
  $ sed -i 's/^    amount: 700.00$/    amount: 700.00\n  - date: 2026-11-20\n    amount: 800.00/' projects/PR-2026-002.yaml
  $ sed -i 's/^  to: 2026-12-02$/  to: 2026-09-30/' projects/PR-2026-002.yaml
  $ integra check projects meetings
  meetings/M-2026-0015.yaml:18:14: error: decision 2026/13 approved PR-2026-013 for 7500.00, but the project's `approved` is 7000.00 [decision-project]
        project: PR-2026-013
                 ^
  projects/PR-2026-002.yaml:16:7: warning: PR-2026-002's proof of use (Verwendungsnachweis) was due on 2026-11-11, 13 days ago, and has not been received [project-deadline]
      to: 2026-09-30
          ^
  projects/PR-2026-002.yaml:18:1: error: PR-2026-002 was paid 1500.00 in all, 100.00 more than the 1400.00 approved [payment]
    payments:
    ^
  2 errors, 1 warning in 1772 files
  [1]
  $ git checkout -q projects

The city's 3,000 € for AG 1 in 2026 were all approved; raising one approval by 100 € goes
beyond the budget, which a recorded reason allows:

  $ sed -i 's/^approved: 1400.00$/approved: 1500.00/' projects/PR-2026-002.yaml
  $ sed -i 's/^    amount: 1400.00$/    amount: 1500.00/' meetings/M-2026-0001.yaml
  $ integra check meetings
  meetings/M-2026-0001.yaml:29:13: error: decision 2026/02 approved PR-2026-002 beyond the budget: city 2026 of ag1 then stood at 3100.00 approved against a budget of 3000.00; record why in the decision's `over_budget` [budget]
        result: approved
                ^
  1 error, 0 warnings in 1772 files
  [1]
  $ printf '    over_budget: Restmittel aus AG 3 umgewidmet (Beschluss Stadtverordnete)\n' >> meetings/M-2026-0001.yaml
  $ integra check meetings
  0 errors, 0 warnings in 1772 files
  $ git checkout -q projects meetings

A completed project whose evaluation is overdue; a project approved without any decision:

  $ python3 - <<'PY'
  > p = 'projects/PR-2025-001.yaml'
  > s = open(p).read().replace('status: evaluated', 'status: completed')
  > open(p, 'w').write(s.split('  done:')[0])
  > p = 'projects/PR-2026-014.yaml'
  > s = open(p).read().replace('decision: M-2026-0015\n', '').replace('rejected', 'approved')
  > open(p, 'w').write(s.replace('status:', 'approved: 100.00\nstatus:'))
  > PY
  $ integra check projects
  projects/PR-2025-001.yaml:26:1: warning: PR-2025-001 was completed, and its evaluation was due on 2025-11-08, 381 days ago (`integra project evaluate PR-2025-001`) [evaluation-due]
    evaluation:
    ^
  projects/PR-2026-014.yaml:12:9: error: PR-2026-014 is approved without a `decision`; only an AG decides on an application (`integra ag decide`) [decision-project]
    status: approved
            ^
  1 error, 1 warning in 1772 files
  [1]
  $ git checkout -q projects

Members' terms: one that ends before it begins, a key given twice; and an AG that met fewer
times than integra.yaml asks (here raised to four a year):

  $ sed -i '0,/^    to: /s/^    to: .*/    to: 2018-01-01/' ags/ag2.yaml
  $ printf '  - key: m1\n    name: N. N.\n    role: member\n    voting: false\n    from: 2024-01-01\n' >> ags/ag2.yaml
  $ sed -i 's/^  meetings_per_year: 3$/  meetings_per_year: 4/' integra.yaml
  $ integra check ags 2>&1 | grep -v '^  '
  ags/ag1.yaml:1:5: warning: ag1 met 3 times in 2024; the rules of procedure ask for 4 meetings a year [ag-meetings]
  ags/ag2.yaml:52:9: error: ag2's member m8 leaves office on 2018-01-01, before the term begins (2020-09-12); `to` is the first day no longer in office, after `from` [member-term]
  ags/ag2.yaml:59:10: error: ag2 has two members with the key m1; a key names one member for good (a new member gets a new key) [member-term]
  ags/ag3.yaml:1:5: warning: ag3 met 3 times in 2023; the rules of procedure ask for 4 meetings a year [ag-meetings]
  ags/ag3.yaml:1:5: warning: ag3 met 3 times in 2024; the rules of procedure ask for 4 meetings a year [ag-meetings]
  ags/ag3.yaml:1:5: warning: ag3 met 3 times in 2025; the rules of procedure ask for 4 meetings a year [ag-meetings]
  ags/ag4.yaml:1:5: warning: ag4 met 3 times in 2023; the rules of procedure ask for 4 meetings a year [ag-meetings]
  ags/ag4.yaml:1:5: warning: ag4 met 3 times in 2025; the rules of procedure ask for 4 meetings a year [ag-meetings]
  ags/ag5.yaml:1:5: warning: ag5 met 3 times in 2025; the rules of procedure ask for 4 meetings a year [ag-meetings]
  2 errors, 7 warnings in 1772 files
  $ git checkout -q .

`integra status` names what waits: the examples' three applications without a decision, a
project whose period ended with approved money unpaid, its proof of use due, and AGs behind on the year's meetings
when integra.yaml asks for five (four by late November):

  $ sed -i 's/^  to: 2026-12-02$/  to: 2026-11-10/' projects/PR-2026-002.yaml
  $ sed -i 's/^  meetings_per_year: 3$/  meetings_per_year: 5/' integra.yaml
  $ integra status | sed -n '/^Needs attention/,/^$/p'
  Needs attention
    5 planned assignments in the past wait for `pilot done` or `pilot cancel`: E-2026-0246, E-2026-0247, E-2026-0248, E-2026-0249, E-2026-0250
    P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac (esc)
    U-05 (Wohnung Hexenberg) is 100 % full today: 5 of 5 beds
    2 onboarding steps overdue in 1 active case: `integra refugee tasks --overdue`
    3 applications wait for an AG decision (`integra ag decide`): PR-2026-015, PR-2026-016, PR-2026-017
    1 project has approved money still to pay (`integra project pay`): PR-2026-002
    1 proof of use due within 30 days or overdue: PR-2026-002 (2026-12-22)
    ag1 (Begegnung) has met 3 times in 2026; 5 a year are asked, 4 by now
    ag2 (Bildung) has met 3 times in 2026; 5 a year are asked, 4 by now
    ag3 (Arbeit) has met 3 times in 2026; 5 a year are asked, 4 by now
    ag4 (Partizipation) has met 3 times in 2026; 5 a year are asked, 4 by now
    ag5 (Sport) has met 3 times in 2026; 5 a year are asked, 4 by now
  
