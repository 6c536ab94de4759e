`integra status`: what the data directory holds, the check summary, and uncommitted changes.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

  $ integra status
  Stabsstelle Integration \xe2\x80\x94 Kreisstadt Dietzenbach (esc)
  
  Records
    pilots           24
    assignments    1165
    households      108
    refugees        313
    housing           8
    projects         66
    ags               5
    meetings         68
  
  Check
    0 errors, 1 warning in 1758 files \xe2\x80\x94 details: integra check (esc)
  
  Git
    no uncommitted changes
  $ integra --format json status
  {
    "office": "Stabsstelle Integration",
    "municipality": "Kreisstadt Dietzenbach",
    "records": {"pilots": 24, "assignments": 1165, "households": 108, "refugees": 313, "housing": 8, "projects": 66, "ags": 5, "meetings": 68},
    "errors": 0,
    "warnings": 1,
    "git": true,
    "uncommitted": []
  }

Problems and uncommitted changes show, the list of changes capped at ten:

  $ sed -i 's/^gender: m$/gender: q/' pilots/P-0004.yaml
  $ for i in 10 11 12 13 14 15 16 17 18 19 20 21; do echo "# Notiz" >> pilots/P-00$i.yaml; done
  $ integra status | tail -17
  
  Check
    1 error, 1 warning in 1758 files \xe2\x80\x94 details: integra check (esc)
  
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
  1 1 13

Status works outside git too, and from a subdirectory:

  $ git checkout -q . && cd pilots
  $ integra status | tail -4
    0 errors, 1 warning in 1758 files \xe2\x80\x94 details: integra check (esc)
  
  Git
    no uncommitted changes
  $ cd ../.. && cp -r data plain && rm -rf plain/.git
  $ integra --data plain status | tail -3
  
  Git
    not a git repository: changes are not recorded (integra init makes one)
