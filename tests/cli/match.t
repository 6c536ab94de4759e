`integra pilot match`: the active guides who speak a language and are free then, best first by
level band (fluent, working, basic) and the fewest hours this month, each with the reason.
Exit 1 when nobody is available, with who is on leave or busy and nearby languages.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

  $ integra pilot match --lang fa
  Guides for fa, best first:
    1. P-0012  Maryam Rahimi: fluent (native); 0 h in 2026-11
    2. P-0013  Farzana Sultani: fluent (C2); 0 h in 2026-11
    3. P-0011  Ahmad Wardak: fluent (C1); 0 h in 2026-11
  Not available:
    P-0024  Shirin Karimi: paused

The ranked guides as CSV rows, and everything as JSON, with the same exit code:

  $ integra --format csv pilot match --lang fa
  rank,id,given,family,level,hours_month,reason
  1,P-0012,Maryam,Rahimi,native,0,fluent (native); 0 h in 2026-11
  2,P-0013,Farzana,Sultani,C2,0,fluent (C2); 0 h in 2026-11
  3,P-0011,Ahmad,Wardak,C1,0,fluent (C1); 0 h in 2026-11
  $ integra --format json pilot match --lang fa --date 2026-10-13
  {
    "language": "fa",
    "date": "2026-10-13",
    "time": null,
    "hours": 1,
    "kind": null,
    "month": "2026-10",
    "ranked": [
      {
        "rank": 1,
        "id": "P-0012",
        "given": "Maryam",
        "family": "Rahimi",
        "level": "native",
        "hours_month": 0,
        "reason": "fluent (native); 0 h in 2026-10"
      },
      {
        "rank": 2,
        "id": "P-0011",
        "given": "Ahmad",
        "family": "Wardak",
        "level": "C1",
        "hours_month": 0,
        "reason": "fluent (C1); 0 h in 2026-10"
      }
    ],
    "unavailable": [
      {
        "id": "P-0013",
        "given": "Farzana",
        "family": "Sultani",
        "why": "booked 16:30\xe2\x80\x9319:00 (E-2026-0223)" (esc)
      },
      {
        "id": "P-0024",
        "given": "Shirin",
        "family": "Karimi",
        "why": "paused"
      }
    ],
    "nearby": []
  }
  $ integra pilot match --lang fa --date 2026-10-13
  Guides for fa on 2026-10-13 (all day), best first:
    1. P-0012  Maryam Rahimi: fluent (native); 0 h in 2026-10
    2. P-0011  Ahmad Wardak: fluent (C1); 0 h in 2026-10
  Not available:
    P-0013  Farzana Sultani: booked 16:30\xe2\x80\x9319:00 (E-2026-0223) (esc)
    P-0024  Shirin Karimi: paused
  $ integra pilot match --lang fa --date 2026-10-13 --time 14:00 --hours 2 --kind parent_talk
  Guides for fa on 2026-10-13 at 14:00 for 2 h, best first:
    1. P-0012  Maryam Rahimi: fluent (native); 0 h in 2026-10; 15 parent_talk before
    2. P-0011  Ahmad Wardak: fluent (C1); 0 h in 2026-10; 15 parent_talk before
    3. P-0013  Farzana Sultani: fluent (C2); 12.5 h in 2026-10; 10 parent_talk before
  Not available:
    P-0024  Shirin Karimi: paused

Within the fluent band, fewer hours this month rank higher: above, Farzana Sultani (C2, 12.5 h in
October) comes after Ahmad Wardak (C1, 0 h). A new guide is found at once; once booked at that
time, she is listed as busy:

  $ integra pilot add --given Leyla --family Ahmadi --gender f --lang fa:native,de:B2
  P-0025
  $ integra pilot match --lang fa --date 2026-11-26 --time 09:30 | grep P-0025
    2. P-0025  Leyla Ahmadi: fluent (native); 0 h in 2026-11
  $ integra pilot assign --pilot P-0025 --date 2026-11-26 --time 09:30 --hours 2 --kind translation --lang fa --requested-by migrant
  E-2026-0270
  $ integra pilot match --lang fa --date 2026-11-26 --time 10:00
  Guides for fa on 2026-11-26 at 10:00 for 1 h, best first:
    1. P-0012  Maryam Rahimi: fluent (native); 0 h in 2026-11
    2. P-0013  Farzana Sultani: fluent (C2); 0 h in 2026-11
    3. P-0011  Ahmad Wardak: fluent (C1); 0 h in 2026-11
  Not available:
    P-0024  Shirin Karimi: paused
    P-0025  Leyla Ahmadi: booked 09:30\xe2\x80\x9311:30 (E-2026-0270) (esc)

Nobody for Tajik, but Farsi and Dari speakers to ask; nobody at all for Albanian:

  $ integra pilot match --lang tg
  No active guide speaks tg.
  Nearby languages to ask about:
    fa: P-0011, P-0012, P-0013, P-0025
    prs: P-0011, P-0012, P-0013
  [1]
  $ integra --format json pilot match --lang tg > ../tg.json
  [1]
  $ python3 -c 'import json; m = json.load(open("../tg.json")); print(m["ranked"], m["nearby"])'
  [] [{'language': 'fa', 'pilots': ['P-0011', 'P-0012', 'P-0013', 'P-0025']}, {'language': 'prs', 'pilots': ['P-0011', 'P-0012', 'P-0013']}]
  $ integra pilot match --lang sq
  No active guide speaks sq.
  [1]
  $ integra pilot match --lang klingon
  integra: --lang klingon is not an ISO 639 language code
  [2]
  $ integra pilot match --lang fa --kind gossip
  integra: --kind: gossip not in {accompaniment,translation,parent_talk,info_event,mediation,project}
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]
