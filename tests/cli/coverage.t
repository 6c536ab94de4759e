`integra pilot coverage` and `integra pilot train`: what the next training cohort should cover,
and recording a guide's course.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

  $ integra pilot coverage | head -9
  Languages of active refugees and of the requests in 2026, against active guides
  
         Language                     People  Requests  Guides
    ti   Tigrinya                         19         0       0   gap
    ku   Kurdish                          16         0       0   gap
    so   Somali                            6         0       0   gap
    uk   Ukrainian                         4         0       0   gap
    ru   Russian                           2         0       0   gap
    ar   Arabic                           33        55       4
  $ integra pilot coverage | tail -1 | cut -c1-60
  27 active refugees speak no language an active guide speaks:
  $ integra --format csv pilot coverage --year 2025 | head -4
  code,language,people,requests,guides,gap
  ti,Tigrinya,19,0,0,yes
  ku,Kurdish,16,0,0,yes
  so,Somali,6,0,0,yes
  $ integra --format json pilot coverage --year 2025 | head -11
  {
    "year": 2025,
    "languages": [
      {
        "code": "ti",
        "language": "Tigrinya",
        "people": 19,
        "requests": 0,
        "guides": 0,
        "gap": true
      },
  $ integra --format json pilot coverage --year 2025 | python3 -c 'import json, sys; c = json.load(sys.stdin); print(c["year"], len(c["languages"]), len(c["unreached"]), [n["code"] for n in c["languages"] if n["gap"]])'
  2025 20 27 ['ti', 'ku', 'so', 'uk', 'ru']

A new Tigrinya-speaking guide closes that gap; the people it concerns are reached:

  $ integra -q pilot add --given Senait --family Tesfay --gender f --lang ti:native,de:B1
  P-0025
  $ integra pilot coverage | grep -e Tigrinya -e 'active refugees'
  Languages of active refugees and of the requests in 2026, against active guides
    ti   Tigrinya                         19         0       1
  10 active refugees speak no language an active guide speaks: R-2022-0036, R-2022-0037, R-2022-0038, R-2022-0076, R-2024-0020, R-2024-0021, R-2024-0022, R-2024-0023, R-2024-0043, R-2024-0071

Training: a certificate needs the whole course (32 hours here):

  $ integra pilot train P-0025 --cohort 2026/2027 --hours 20 --certified 2026-11-20
  integra: a certificate needs the whole course, 32 hours (integra.yaml); P-0025 has 20
  [1]
  $ integra pilot train P-0025 --cohort 2026/2027 --hours 20
  pilot: train P-0025
  $ integra pilot train P-0025 --cohort 2026/2027 --hours 32 --certified 2026-11-20
  pilot: train P-0025
  $ sed -n '/^training:/,/certified/p' pilots/P-0025.yaml
  training:
    cohort: 2026/2027
    hours: 32
    certified: 2026-11-20
  $ git log --format=%s | head -3
  pilot: train P-0025
  pilot: train P-0025
  pilot: add P-0025
  $ integra pilot train P-0025 --cohort 2026/2027 --hours -3
  integra: --hours: Value -3 not in range 0 to 10000
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]
