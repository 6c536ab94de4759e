`integra pilot`: the pool of integration guides and their bookings. Every write is one commit
naming IDs only; every refusal exits 1 with its reason and leaves no file and no commit.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ unchanged() { git status --porcelain; commits; }

A new guide: the ID is printed, the record written canonically, one commit without the name.

  $ integra pilot add --given Leyla --family Ahmadi --gender f --lang fa:native,prs:C1,de:B2 --phone "06074 1234"
  P-0025
  $ cat pilots/P-0025.yaml
  id: P-0025
  name:
    given: Leyla
    family: Ahmadi
  gender: f
  languages:
    - code: fa
      level: native
    - code: prs
      level: C1
    - code: de
      level: B2
  phone: "06074 1234"
  since: 2026-11-24
  status: active
  $ git log -1 --format=%s && git show --stat --format= HEAD | tail -1
  pilot: add P-0025
   1 file changed, 15 insertions(+)
  $ integra pilot add --given A --family B --gender q --lang fa:native
  integra: the new pilot would be invalid, so nothing was changed:
  `gender` is `q`; expected one of: f, m, d, x [schema]
  [1]
  $ integra pilot add --given A --family B --gender f --lang fa
  integra: `fa` is not a language with a level; write CODE:LEVEL, such as tr:native,de:C1
  [2]
  $ integra pilot add --given A --family B --gender f --lang xx:native
  integra: the new pilot would be invalid, so nothing was changed:
  `languages[0].code` is `xx`, which is not an ISO 639 language code (lower case, such as fa, tr or prs) [schema]
  [1]
  $ unchanged
  2

The list, filtered by language and status, as a table, CSV and JSON:

  $ integra pilot list --lang prs
  ID      Name                         Status     Month   Year  Languages
  P-0011  Ahmad Wardak              m  active         0   40.5  ps (native), prs (C1), fa (C1), de (B2)
  P-0012  Maryam Rahimi             f  active         0   56.5  fa (native), prs (C2), de (C1)
  P-0013  Farzana Sultani           f  active         0   36.5  prs (native), fa (C2), de (B2)
  P-0025  Leyla Ahmadi              f  active         0      0  fa (native), prs (C1), de (B2)
  $ integra pilot list --status paused
  ID      Name                         Status     Month   Year  Languages
  P-0024  Shirin Karimi             f  paused         0      3  fa (native), de (B2)
  $ integra --format csv pilot list --lang ps
  id,given,family,gender,languages,status,hours_month,hours_year
  P-0011,Ahmad,Wardak,m,"ps (native), prs (C1), fa (C1), de (B2)",active,0,40.5
  $ integra --format json pilot list --lang ps
  [
    {
      "id": "P-0011",
      "given": "Ahmad",
      "family": "Wardak",
      "gender": "m",
      "languages": [
        {
          "code": "ps",
          "level": "native"
        },
        {
          "code": "prs",
          "level": "C1"
        },
        {
          "code": "fa",
          "level": "C1"
        },
        {
          "code": "de",
          "level": "B2"
        }
      ],
      "status": "active",
      "hours_month": 0,
      "hours_year": 40.5
    }
  ]
  $ integra pilot list --status sleeping
  integra: --status: sleeping not in {active,paused,retired}
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]

Booking: the ID is printed; the refusals name their reason.

  $ integra pilot assign --pilot P-0025 --date 2026-11-26 --time 09:30 --hours 2 --kind accompaniment --lang fa --requested-by "school:GS Mitte"
  E-2026-0270
  $ cat assignments/E-2026-0270.yaml
  id: E-2026-0270
  pilot: P-0025
  date: 2026-11-26
  time: "09:30"
  hours: 2
  kind: accompaniment
  language: fa
  requested_by:
    type: school
    name: GS Mitte
  status: planned
  $ git log -1 --format=%s
  assignment: add E-2026-0270 for P-0025
  $ integra pilot assign --pilot P-0025 --date 2026-11-26 --time 11:00 --hours 1 --kind translation --lang fa --requested-by migrant
  integra: P-0025 is already booked on 2026-11-26, 09:30\xe2\x80\x9311:30 (E-2026-0270); this booking would be 11:00\xe2\x80\x9312:00 (esc)
  [1]
  $ integra pilot assign --pilot P-0025 --date 2026-11-26 --time 13:00 --hours 1 --kind translation --lang ar --requested-by migrant
  integra: P-0025 does not speak ar; their languages: fa (native), prs (C1), de (B2). `integra pilot match --lang ar` finds who does
  [1]
  $ integra pilot assign --pilot P-0025 --date 2026-11-27 --hours 1 --kind translation --lang fa --requested-by migrant --client R-2099-0001
  integra: the new assignment would be invalid, so nothing was changed:
  `client` refers to refugee R-2099-0001, which does not exist [reference]
  [1]
  $ integra pilot assign --pilot P-0099 --date 2026-11-27 --hours 1 --kind translation --lang fa --requested-by migrant
  integra: there is no pilot P-0099 (no file pilots/P-0099.yaml)
  [1]
  $ integra pilot assign --pilot P-0024 --date 2026-11-27 --hours 1 --kind translation --lang fa --requested-by migrant
  integra: P-0024 is paused and cannot be booked (`integra pilot resume P-0024`)
  [1]
  $ integra pilot assign --pilot P-0025 --date 2026-11-27 --hours 1 --kind gossip --lang fa --requested-by migrant
  integra: the new assignment would be invalid, so nothing was changed:
  `kind` is `gossip`; expected one of: accompaniment, translation, parent_talk, info_event, mediation, project [schema]
  [1]
  $ integra pilot assign --pilot P-0025 --date 2026-11-27 --hours x --kind translation --lang fa --requested-by migrant
  integra: --hours x is not a number of hours such as 1.5
  [2]
  $ integra pilot assign --pilot P-0025 --date 2026-11-27 --time 25:00 --hours 1 --kind translation --lang fa --requested-by migrant
  integra: --time 25:00 is not a time; write HH:MM
  [2]
  $ unchanged
  3

Bookings that do not collide (back to back; a day booked without a time), and one that would:

  $ integra pilot assign --pilot P-0025 --date 2026-11-26 --time 11:30 --hours 1 --kind translation --lang prs --requested-by refugee_unit
  E-2026-0271
  $ integra pilot assign --pilot P-0025 --date 2026-11-23 --hours 3 --kind info_event --lang fa --requested-by ag:ag2
  E-2026-0272
  $ integra pilot assign --pilot P-0025 --date 2026-11-23 --time 18:00 --hours 1 --kind translation --lang fa --requested-by migrant
  integra: P-0025 is already booked on 2026-11-23, all day (E-2026-0272); this booking would be 18:00\xe2\x80\x9319:00 (esc)
  [1]

Done (with the hours it really took) and cancelled; only planned assignments change, and only
once they have taken place:

  $ integra pilot done E-2026-0272 --hours 2.5
  assignment: done E-2026-0272
  $ grep -e status -e hours assignments/E-2026-0272.yaml
  hours: 2.5
  status: done
  $ integra pilot done E-2026-0272
  integra: E-2026-0272 is done; only a planned assignment can be marked done
  [1]
  $ integra pilot done E-2026-0270
  integra: E-2026-0270 is on 2026-11-26, after today; it can be marked done once it has taken place
  [1]
  $ integra pilot cancel E-2026-0271 --reason "Termin abgesagt"
  assignment: cancel E-2026-0271
  $ grep -e status -e reason assignments/E-2026-0271.yaml
  status: cancelled
  reason: Termin abgesagt
  $ integra pilot cancel E-2026-0271 --reason again
  integra: E-2026-0271 is cancelled; only a planned assignment can be cancelled
  [1]
  $ integra pilot assignments --pilot P-0025
  ID           Pilot   Date        Time         Hours  Kind          Lang Status    Requested by
  E-2026-0272  P-0025  2026-11-23  all day        2.5  info_event    fa   done      ag:ag2
  E-2026-0270  P-0025  2026-11-26  09:30\xe2\x80\x9311:30      2  accompaniment fa   planned   school:GS Mitte (esc)
  E-2026-0271  P-0025  2026-11-26  11:30\xe2\x80\x9312:30      1  translation   prs  cancelled refugee_unit (esc)
  $ integra --format csv pilot assignments --pilot P-0025 --status done
  id,pilot,date,time,hours,kind,language,requested_by,client,status,billed
  E-2026-0272,P-0025,2026-11-23,,2.5,info_event,fa,ag:ag2,,done,
  $ integra pilot assignments --month 2026-13
  integra: --month 2026-13 is not a month; write YYYY-MM
  [2]
  $ integra pilot show P-0025
  P-0025  Leyla Ahmadi  (active)
    languages: fa (native), prs (C1), de (B2)
    phone:     06074 1234
    since:     2026-11-24
  
  2026: 3 assignments, 2.5 hours done
    E-2026-0272  2026-11-23  all day       2.5 h  info_event     fa   done
    E-2026-0270  2026-11-26  09:30\xe2\x80\x9311:30     2 h  accompaniment  fa   planned (esc)
    E-2026-0271  2026-11-26  11:30\xe2\x80\x9312:30     1 h  translation    prs  cancelled (esc)
  $ integra --format json pilot show P-0025
  {
    "pilot": {
      "id": "P-0025",
      "name": {
        "given": "Leyla",
        "family": "Ahmadi"
      },
      "gender": "f",
      "languages": [
        {
          "code": "fa",
          "level": "native"
        },
        {
          "code": "prs",
          "level": "C1"
        },
        {
          "code": "de",
          "level": "B2"
        }
      ],
      "phone": "06074 1234",
      "since": "2026-11-24",
      "status": "active"
    },
    "year": 2026,
    "assignments": [
      {
        "id": "E-2026-0272",
        "pilot": "P-0025",
        "date": "2026-11-23",
        "time": null,
        "hours": 2.5,
        "kind": "info_event",
        "language": "fa",
        "requested_by": "ag:ag2",
        "client": null,
        "status": "done",
        "billed": null
      },
      {
        "id": "E-2026-0270",
        "pilot": "P-0025",
        "date": "2026-11-26",
        "time": "09:30",
        "hours": 2,
        "kind": "accompaniment",
        "language": "fa",
        "requested_by": "school:GS Mitte",
        "client": null,
        "status": "planned",
        "billed": null
      },
      {
        "id": "E-2026-0271",
        "pilot": "P-0025",
        "date": "2026-11-26",
        "time": "11:30",
        "hours": 1,
        "kind": "translation",
        "language": "prs",
        "requested_by": "refugee_unit",
        "client": null,
        "status": "cancelled",
        "billed": null
      }
    ],
    "hours_year": 2.5
  }

Pause, resume, retire; a guide with planned assignments ahead cannot retire:

  $ integra pilot pause P-0025
  pilot: pause P-0025
  $ integra pilot pause P-0025
  integra: P-0025 is already paused
  [1]
  $ integra pilot assign --pilot P-0025 --date 2026-11-28 --hours 1 --kind translation --lang fa --requested-by migrant
  integra: P-0025 is paused and cannot be booked (`integra pilot resume P-0025`)
  [1]
  $ integra pilot resume P-0025
  pilot: resume P-0025
  $ integra pilot retire P-0025
  integra: P-0025 still has planned assignments on or after 2026-11-24, such as E-2026-0270 on 2026-11-26; cancel or reassign them first
  [1]
  $ integra pilot cancel E-2026-0270 --reason "Lotsin zieht um"
  assignment: cancel E-2026-0270
  $ integra pilot retire P-0025 --on 2026-11-24
  pilot: retire P-0025
  $ grep -e status -e retired pilots/P-0025.yaml
  status: retired
  retired: 2026-11-24
  $ integra pilot resume P-0025
  integra: P-0025 is retired since 2026-11-24; add the guide again if they come back
  [1]
  $ git log --format=%s | head -12
  pilot: retire P-0025
  assignment: cancel E-2026-0270
  pilot: resume P-0025
  pilot: pause P-0025
  assignment: cancel E-2026-0271
  assignment: done E-2026-0272
  assignment: add E-2026-0272 for P-0025
  assignment: add E-2026-0271 for P-0025
  assignment: add E-2026-0270 for P-0025
  pilot: add P-0025
  examples
  $ git status --porcelain
  $ integra check
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac [allowance] (esc)
    id: P-0012
        ^
  refugees/R-2026-0005.yaml:29:1: warning: R-2026-0005 has onboarding steps past their due date: registration (due 2026-11-03), doctor (due 2026-11-19); record them with `integra refugee done R-2026-0005 STEP` or `skip` [overdue-step]
    onboarding:
    ^
  0 errors, 2 warnings in 1776 files
