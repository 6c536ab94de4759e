`integra refugee housing` and `integra refugee household`: the units, the households placed in
them, and moves. A stay holds the days [from, to): `to` is the move-out day, on which the
household already counts in its new unit. Every write is one commit naming IDs only; every
refusal exits 1 and leaves no file and no commit.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ unchanged() { git status --porcelain; commits; }

The units today and on a day in the past:

  $ integra refugee housing list
  On 2026-11-24:
  ID    Name                                        Kind        Beds  Occupied  Free  Households
  U-01  Haus der Integration, 1. OG                 shared        24        18     6           6
  U-02  Haus der Integration, 2. OG                 shared        24        15     9           7
  U-03  Gemeinschaftsunterkunft Offenbacher Stra\xc3\x9fe  shared        48        31    17          11 (esc)
  U-04  Wohnung Spessartviertel                     flat           6         5     1           1
  U-05  Wohnung Hexenberg                           flat           5         5     0           1
  U-06  Wohnung Steinberg                           flat           6         0     6           0
  U-07  Wohnanlage Industriestra\xc3\x9fe                  shared        40        15    25           6 (esc)
  U-08  Wohnheim Waldstra\xc3\x9fe                         shared        30        22     8           9 (esc)
        Total                                                    183       111    72          41
  $ integra refugee housing list --on 2024-06-01
  On 2024-06-01:
  ID    Name                                        Kind        Beds  Occupied  Free  Households
  U-01  Haus der Integration, 1. OG                 shared        24        18     6           6
  U-02  Haus der Integration, 2. OG                 shared        24        24     0           8
  U-03  Gemeinschaftsunterkunft Offenbacher Stra\xc3\x9fe  shared        48        44     4          13 (esc)
  U-04  Wohnung Spessartviertel                     flat           6         5     1           1
  U-05  Wohnung Hexenberg                           flat           5         5     0           1
  U-06  Wohnung Steinberg                           flat           6         0     6           0
  U-07  Wohnanlage Industriestra\xc3\x9fe                  shared        40        33     7          11 (esc)
  U-08  Wohnheim Waldstra\xc3\x9fe                         shared        30        27     3          10 (esc)
        Total                                                    183       156    27          50

A new unit: the ID is printed, the record written canonically, one commit.

  $ integra refugee housing add --name "Wohnung Rathausplatz" --capacity 4 --kind flat --address "Rathausplatz 2, 63128 Dietzenbach"
  U-09
  $ cat housing/U-09.yaml
  id: U-09
  name: Wohnung Rathausplatz
  address: Rathausplatz 2, 63128 Dietzenbach
  kind: flat
  capacity: 4
  $ git log -1 --format=%s && git show --stat --format= HEAD | tail -1
  housing: add U-09
   1 file changed, 5 insertions(+)
  $ integra refugee housing add --name X --capacity 4 --kind tent
  integra: the new housing would be invalid, so nothing was changed:
  `kind` is `tent`; expected one of: shared, flat [schema]
  [1]
  $ integra refugee housing add --name X --capacity 0 --kind flat
  integra: --capacity: Value 0 not in range 1 to 100000
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]
  $ unchanged
  2

An allocation placed in the new unit two days after it was allocated:

  $ integra refugee household add --allocated 2026-11-20 --reference KOF-2026-201 --persons 3 --unit U-09 --from 2026-11-22
  H-2026-0004
  $ cat households/H-2026-0004.yaml
  id: H-2026-0004
  allocation:
    date: 2026-11-20
    reference: KOF-2026-201
    persons: 3
  housing:
    - unit: U-09
      from: 2026-11-22
  $ git log -1 --format=%s
  household: add H-2026-0004 in U-09
  $ integra refugee housing list --on 2026-11-22 --format csv | grep -E '^(id|U-09)'
  id,name,kind,capacity,occupied,free,households
  U-09,Wohnung Rathausplatz,flat,4,3,1,1

Two more persons do not fit in U-09 (3 of 4 beds taken): refused with the day and the numbers,
nothing written. So are an unknown unit, a placement before the allocation and an allocation
after today:

  $ integra refugee household add --allocated 2026-11-21 --reference KOF-2026-202 --persons 2 --unit U-09
  integra: U-09 (Wohnung Rathausplatz) would hold 5 persons on 2026-11-22, over its capacity of 4: H-2026-0004 (3), the new household (2). Choose another unit (`integra refugee housing list --on 2026-11-22` shows free beds)
  [1]
  $ ls households/H-2026-0005.yaml
  ls: cannot access 'households/H-2026-0005.yaml': No such file or directory
  [2]
  $ integra refugee household add --allocated 2026-11-21 --reference KOF-2026-202 --persons 2 --unit U-99
  integra: there is no housing unit U-99; `integra refugee housing list` shows the units
  [1]
  $ integra refugee household add --allocated 2026-11-21 --reference KOF-2026-202 --persons 2 --unit U-09 --from 2026-11-01
  integra: the placement on 2026-11-01 would begin before the allocation on 2026-11-21
  [1]
  $ integra refugee household add --allocated 2026-12-21 --reference KOF-2026-202 --persons 2 --unit U-06
  integra: the new household would be invalid, so nothing was changed:
  `allocation.date` is 2026-12-21, which lies after today (2026-11-24) [future-date]
  [1]
  $ integra refugee household add --allocated 2026-11-21 --reference KOF-2026-202 --persons 0 --unit U-06
  integra: --persons: Value 0 not in range 1 to 999
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]
  $ unchanged
  3

Future stays count: four persons announced for U-06 (6 beds, empty today) from 1 January
leave room for two until then, so three persons placed today are refused on that day:

  $ integra refugee household add --allocated 2026-11-23 --reference KOF-2026-203 --persons 4 --unit U-06 --from 2027-01-01
  H-2026-0005
  $ integra refugee household list --unit U-06 --on 2027-01-01
  ID           Allocated   Reference     Persons  Unit   Recorded
  H-2026-0005  2026-11-23  KOF-2026-203        4  U-06          0
  $ integra refugee household add --allocated 2026-11-24 --reference KOF-2026-204 --persons 3 --unit U-06
  integra: U-06 (Wohnung Steinberg) would hold 7 persons on 2027-01-01, over its capacity of 6: H-2026-0005 (4), the new household (3). Choose another unit (`integra refugee housing list --on 2027-01-01` shows free beds)
  [1]
  $ integra refugee household add --allocated 2026-11-24 --reference KOF-2026-204 --persons 2 --unit U-06
  H-2026-0006
  $ commits
  5

A move ends the current stay on the day and opens the next one from that day. Refused: a unit
that would go over capacity (now or later), the unit it is in, a day not after it moved in:

  $ integra refugee household move H-2026-0004 --unit U-06 --on 2026-12-01
  integra: U-06 (Wohnung Steinberg) would hold 9 persons on 2027-01-01, over its capacity of 6: H-2026-0004 (3), H-2026-0005 (4), H-2026-0006 (2). Choose another unit (`integra refugee housing list --on 2027-01-01` shows free beds)
  [1]
  $ integra refugee household move H-2026-0004 --unit U-04 --on 2026-12-01
  integra: U-04 (Wohnung Spessartviertel) would hold 8 persons on 2026-12-01, over its capacity of 6: H-2022-0005 (5), H-2026-0004 (3). Choose another unit (`integra refugee housing list --on 2026-12-01` shows free beds)
  [1]
  $ integra refugee household move H-2026-0004 --unit U-09 --on 2026-12-01
  integra: H-2026-0004 is already in U-09 (since 2026-11-22)
  [1]
  $ integra refugee household move H-2026-0004 --unit U-07 --on 2026-11-22
  integra: H-2026-0004 moved into U-09 on 2026-11-22; a move must come after that day (to correct the placement, `integra edit H-2026-0004`)
  [1]
  $ integra refugee household move R-2022-0007 --unit U-07 --on 2026-12-01
  integra: `R-2022-0007` is not a household ID (such as H-2025-0007)
  [2]
  $ unchanged
  5
  $ integra refugee household move H-2026-0004 --unit U-07 --on 2026-12-01
  household: move H-2026-0004 to U-07
  $ cat households/H-2026-0004.yaml
  id: H-2026-0004
  allocation:
    date: 2026-11-20
    reference: KOF-2026-201
    persons: 3
  housing:
    - unit: U-09
      from: 2026-11-22
      to: 2026-12-01
    - unit: U-07
      from: 2026-12-01
  $ git show --stat --format=%s HEAD | grep -v '^$'
  household: move H-2026-0004 to U-07
   households/H-2026-0004.yaml | 3 +++
   1 file changed, 3 insertions(+)

On the move day the household counts in U-07 only, and its bed in U-09 is free:

  $ integra refugee household list --unit U-09 --on 2026-11-30
  ID           Allocated   Reference     Persons  Unit   Recorded
  H-2026-0004  2026-11-20  KOF-2026-201        3  U-09          0
  $ integra refugee household list --unit U-09 --on 2026-12-01
  ID           Allocated   Reference     Persons  Unit   Recorded
  $ integra refugee household list --unit U-07 --on 2026-12-01 --format csv | grep -E '^(id|H-2026)'
  id,allocated,reference,persons,unit,recorded
  H-2026-0002,2026-10-20,KOF-2026-572,1,U-07,1
  H-2026-0004,2026-11-20,KOF-2026-201,3,U-07,0
  $ integra refugee housing list --on 2026-12-01 --format csv | grep -E '^(id|U-07|U-09)'
  id,name,kind,capacity,occupied,free,households
  U-07,Wohnanlage Industriestra\xc3\x9fe,shared,40,18,22,7 (esc)
  U-09,Wohnung Rathausplatz,flat,4,0,4,0

The history cannot be rewritten by a move: a day inside the old stay has a later stay already.

  $ integra refugee household move H-2026-0004 --unit U-08 --on 2026-11-25
  integra: H-2026-0004 already has a later stay, in U-07 from 2026-12-01; change the history with `integra edit H-2026-0004`
  [1]
  $ integra refugee household move H-2026-0004 --unit U-08 --on 2026-12-01
  integra: H-2026-0004 moved into U-07 on 2026-12-01; a move must come after that day (to correct the placement, `integra edit H-2026-0004`)
  [1]

A household that has moved out (H-2022-0002 left U-01 on 2024-07-26) is placed again by a
move, its earlier stay kept as it was:

  $ integra refugee household move H-2022-0002 --unit U-08 --on 2026-12-01
  household: move H-2022-0002 to U-08
  $ git diff HEAD~1 --stat --format= | tail -1
   1 file changed, 2 insertions(+)

A household with its history and the persons recorded for it (none yet for the new one):

  $ integra refugee household show H-2026-0004
  H-2026-0004  allocated 2026-11-20 (KOF-2026-201), 3 persons
  
  Housing:
    U-09  Wohnung Rathausplatz                        from 2026-11-22 to 2026-12-01
    U-07  Wohnanlage Industriestra\xc3\x9fe                  from 2026-12-01 (esc)
  
  Persons recorded: 0 of 3
  $ integra refugee household show H-2022-0002
  H-2022-0002  allocated 2022-02-14 (KOF-2022-132), 5 persons
  
  Housing:
    U-01  Haus der Integration, 1. OG                 from 2022-02-15 to 2024-07-26
    U-08  Wohnheim Waldstra\xc3\x9fe                         from 2026-12-01 (esc)
  
  Persons recorded: 5 of 5
    R-2022-0007  Ali Safi                       27  independent
    R-2022-0008  Mina Safi                      37  independent
    R-2022-0009  Soraya Safi                    12  independent
    R-2022-0010  Maryam Safi                    16  independent
    R-2022-0011  Nargis Safi                    10  independent
  $ integra --format json refugee household show H-2026-0004
  {
    "household": {
      "id": "H-2026-0004",
      "allocation": {
        "date": "2026-11-20",
        "reference": "KOF-2026-201",
        "persons": 3
      },
      "housing": [
        {
          "unit": "U-09",
          "from": "2026-11-22",
          "to": "2026-12-01"
        },
        {
          "unit": "U-07",
          "from": "2026-12-01"
        }
      ]
    },
    "housing": [
      {
        "unit": "U-09",
        "name": "Wohnung Rathausplatz",
        "from": "2026-11-22",
        "to": "2026-12-01"
      },
      {
        "unit": "U-07",
        "name": "Wohnanlage Industriestra\xc3\x9fe", (esc)
        "from": "2026-12-01",
        "to": null
      }
    ],
    "persons": []
  }
  $ integra --format json refugee household list --unit U-09 --on 2026-11-22
  [
    {
      "id": "H-2026-0004",
      "allocated": "2026-11-20",
      "reference": "KOF-2026-201",
      "persons": 3,
      "unit": "U-09",
      "recorded": 0
    }
  ]
  $ integra --format json refugee housing list --on 2026-12-01 | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["on"], d["units"][-1], d["total"])'
  2026-12-01 {'id': 'U-09', 'name': 'Wohnung Rathausplatz', 'kind': 'flat', 'capacity': 4, 'occupied': 0, 'free': 4, 'households': 0} {'capacity': 187, 'occupied': 121, 'free': 66, 'households': 44}
  $ integra refugee household show H-2026-0099
  integra: there is no household H-2026-0099 (no file households/H-2026-0099.yaml)
  [1]
  $ integra --format csv refugee household show H-2026-0004
  integra: this command has no --format csv; it offers table, json
  [2]

`integra status` names units at 90 % or more (U-05, a flat of 5 beds with a family of 5):

  $ integra status | grep 'full today'
    U-05 (Wohnung Hexenberg) is 100 % full today: 5 of 5 beds

`integra check`: a household's stays that overlap or end before they begin, and a unit over
capacity on some day (U-05 made smaller than the family in it):

  $ sed -i '0,/to: 2026-12-01/s//to: 2026-12-10/' households/H-2026-0004.yaml
  $ sed -i 's/^    to: 2024-07-26$/    to: 2022-01-01/' households/H-2022-0002.yaml
  $ sed -i 's/^capacity: 5$/capacity: 4/' housing/U-05.yaml
  $ integra check households housing
  households/H-2022-0002.yaml:9:9: error: H-2022-0002's stay in U-01 ends on 2022-01-01, before it begins (2022-02-15); `to` is the move-out day, after `from` [housing-overlap]
        to: 2022-01-01
            ^
  households/H-2026-0004.yaml:10:5: error: H-2026-0004's stays overlap: U-09 from 2026-11-22 to 2026-12-10 and U-07 from 2026-12-01; a household is in one unit on each day (the old stay's `to` is the new one's `from`) [housing-overlap]
      - unit: U-07
        ^
  housing/U-05.yaml:5:11: error: U-05 holds 5 persons on 2022-07-19, over its capacity of 4 (the first such day): H-2022-0011 (5); move a household (`integra refugee household move`) or correct the stays [housing-capacity]
    capacity: 4
              ^
  3 errors, 0 warnings in 1776 files
  [1]

A required reference may not be left empty:

  $ integra refugee household add --allocated 2026-11-20 --reference "" --persons 2 --unit U-06
  integra: --reference is empty; give the district's allocation reference (such as KOF-2026-201)
  [2]
