`integra status`: what the data directory holds, the check summary, what needs attention, and
uncommitted changes.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

  $ integra status
  Stabsstelle Integration \xe2\x80\x94 Kreisstadt Dietzenbach (esc)
  
  Records
    pilots           24
    assignments    1165
    households      111
    refugees        320
    housing           8
    projects         69
    ags               5
    meetings         68
    erased            1
  
  Check
    0 errors, 2 warnings in 1772 files \xe2\x80\x94 details: integra check (esc)
  
  Needs attention
    5 planned assignments in the past wait for `pilot done` or `pilot cancel`: E-2026-0246, E-2026-0247, E-2026-0248, E-2026-0249, E-2026-0250
    P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac (esc)
    U-05 (Wohnung Hexenberg) is 100 % full today: 5 of 5 beds
    2 onboarding steps overdue in 1 active case: `integra refugee tasks --overdue`
    3 applications wait for an AG decision (`integra ag decide`): PR-2026-015, PR-2026-016, PR-2026-017
  
  Git
    no uncommitted changes
  $ integra --format json status
  {
    "office": "Stabsstelle Integration",
    "municipality": "Kreisstadt Dietzenbach",
    "records": {
      "pilots": 24,
      "assignments": 1165,
      "households": 111,
      "refugees": 320,
      "housing": 8,
      "projects": 69,
      "ags": 5,
      "meetings": 68,
      "erased": 1
    },
    "errors": 0,
    "warnings": 2,
    "git": true,
    "uncommitted": [],
    "attention": [
      "5 planned assignments in the past wait for `pilot done` or `pilot cancel`: E-2026-0246, E-2026-0247, E-2026-0248, E-2026-0249, E-2026-0250",
      "P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac", (esc)
      "U-05 (Wohnung Hexenberg) is 100 % full today: 5 of 5 beds",
      "2 onboarding steps overdue in 1 active case: `integra refugee tasks --overdue`",
      "3 applications wait for an AG decision (`integra ag decide`): PR-2026-015, PR-2026-016, PR-2026-017"
    ]
  }

Problems and uncommitted changes show, the list of changes capped at ten:

  $ sed -i 's/^gender: m$/gender: q/' pilots/P-0004.yaml
  $ for i in 10 11 12 13 14 15 16 17 18 19 20 21; do echo "# Notiz" >> pilots/P-00$i.yaml; done
  $ integra status | tail -17
  
  Check
    1 error, 2 warnings in 1772 files \xe2\x80\x94 details: integra check (esc)
  
  Git
    13 uncommitted changes:
       M pilots/P-0004.yaml
       M pilots/P-0010.yaml
       M pilots/P-0011.yaml
       M pilots/P-0012.yaml
       M pilots/P-0013.yaml
       M pilots/P-0014.yaml
       M pilots/P-0015.yaml
       M pilots/P-0016.yaml
       M pilots/P-0017.yaml
       M pilots/P-0018.yaml
      \xe2\x80\xa6 and 3 more (git status) (esc)
  $ integra --format json status | python3 -c 'import json, sys; s = json.load(sys.stdin); print(s["errors"], s["warnings"], len(s["uncommitted"]))'
  1 2 13

Status works outside git too, and from a subdirectory:

  $ git checkout -q . && cd pilots
  $ integra status | tail -4
    3 applications wait for an AG decision (`integra ag decide`): PR-2026-015, PR-2026-016, PR-2026-017
  
  Git
    no uncommitted changes
  $ cd ../.. && cp -r data plain && rm -rf plain/.git
  $ integra --data plain status | tail -3
  
  Git
    not a git repository: changes are not recorded (integra init makes one)

What needs attention changes with the date: after November, its done assignments wait to be
billed; once billed, that line goes:

  $ "$INTEGRA" --today 2026-12-02 --data data status | sed -n '/Needs attention/,/^$/p'
  Needs attention
    13 planned assignments in the past wait for `pilot done` or `pilot cancel`: E-2026-0246, E-2026-0247, E-2026-0248, E-2026-0249, E-2026-0250, \xe2\x80\xa6 (esc)
    7 done assignments of 2026-11 not billed: `pilot fees --month 2026-11 --mark-billed`
    P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac (esc)
    U-05 (Wohnung Hexenberg) is 100 % full today: 5 of 5 beds
    5 onboarding steps overdue in 4 active cases: `integra refugee tasks --overdue`
    3 applications wait for an AG decision (`integra ag decide`): PR-2026-015, PR-2026-016, PR-2026-017
    1 project has approved money still to pay (`integra project pay`): PR-2026-006
  
  $ "$INTEGRA" --today 2026-12-02 --data data -q pilot fees --month 2026-11 --mark-billed > /dev/null
  $ "$INTEGRA" --today 2026-12-02 --data data status | sed -n '/Needs attention/,/^$/p'
  Needs attention
    13 planned assignments in the past wait for `pilot done` or `pilot cancel`: E-2026-0246, E-2026-0247, E-2026-0248, E-2026-0249, E-2026-0250, \xe2\x80\xa6 (esc)
    P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac (esc)
    U-05 (Wohnung Hexenberg) is 100 % full today: 5 of 5 beds
    5 onboarding steps overdue in 4 active cases: `integra refugee tasks --overdue`
    3 applications wait for an AG decision (`integra ag decide`): PR-2026-015, PR-2026-016, PR-2026-017
    1 project has approved money still to pay (`integra project pay`): PR-2026-006
  
