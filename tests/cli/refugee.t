`integra refugee add|list|show`: the persons of the refugee casework. Every write is one commit
naming IDs only; a refusal exits 1 and leaves no file and no commit.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ unchanged() { git status --porcelain; commits; }

H-2025-0019 was allocated with 3 persons, all recorded. More persons than were allocated are
refused (occupancy counts the allocated ones; intake.t shows the refusal), so the household
grows first:

  $ integra -q set H-2025-0019 allocation.persons=11

A new person in household H-2025-0019: the ID of this year, active, allocated with the household.
A language no active guide speaks gets a hint on stderr:

  $ integra refugee add --household H-2025-0019 --given Samira --family Jalali --birth-date 2019-06-01 --gender f --nationality AF --lang ps:native,uk:A2 --german A0 --arrived 2025-11-30 --residence aufenthaltserlaubnis --caseworker kaya
  R-2026-0009
  hint: R-2026-0009 speaks uk (Ukrainian), which no active guide speaks; `integra pilot match --lang uk` shows who comes closest
  $ cat refugees/R-2026-0009.yaml
  id: R-2026-0009
  household: H-2025-0019
  name:
    given: Samira
    family: Jalali
  birth_date: 2019-06-01
  gender: f
  nationality: AF
  languages:
    - code: ps
      level: native
    - code: uk
      level: A2
  german: A0
  arrived_de: 2025-11-30
  allocated: 2025-12-07
  residence: aufenthaltserlaubnis
  caseworker: kaya
  status: active
  $ git log -1 --format=%s && git show --stat --format= HEAD | tail -1
  refugee: add R-2026-0009 to H-2025-0019
   1 file changed, 19 insertions(+)

Refusals: a household that does not exist, a word that is none of the field's, a malformed
language, an unknown caseworker.

  $ integra refugee add --household H-2025-0999 --given A --family B --birth-date 2000-01-01 --gender f --nationality SY
  integra: there is no household H-2025-0999; `integra refugee household list` shows them, `integra refugee household add` records one
  [1]
  $ integra refugee add --household H-2025-0019 --given A --family B --birth-date 2000-01-01 --gender q --nationality Syria
  integra: the new refugee would be invalid, so nothing was changed:
  `gender` is `q`; expected one of: f, m, d, x [schema]
  `nationality` is `Syria`; expected an ISO 3166-1 alpha-2 country code in capitals such as SY, or XX (stateless) or ZZ (unknown) [schema]
  [1]
  $ integra refugee add --household H-2025-0019 --given A --family B --birth-date 2000-01-01 --gender f --nationality SY --lang ar
  integra: `ar` is not a language with a level; write CODE:LEVEL, such as tr:native,de:C1
  [2]
  $ integra refugee add --household H-2025-0019 --given A --family B --birth-date 2000-01-01 --gender f --nationality SY --caseworker nobody
  integra: the new refugee would be invalid, so nothing was changed:
  `caseworker` is `nobody`; expected a staff handle listed under `staff` in integra.yaml [schema]
  [1]
  $ integra refugee add --household H-2025-0019 --given A --family B --birth-date 2000-13-01 --gender f --nationality SY
  integra: --birth-date 2000-13-01 is not a date; write YYYY-MM-DD
  [2]
  $ unchanged
  3

A duplicate: R-2023-0066 is recorded with the same birth date as Mohammed Al-Ali; Muhammad
Al Ali, or Alali Mouhamed, is the same person in another transliteration:

  $ integra refugee add --household H-2025-0019 --given Muhammad --family "Al Ali" --birth-date 2009-10-19 --gender m --nationality SY
  integra: the new person has the birth date of R-2023-0066 and the same name once spelling, transliteration and order are set aside; if it is the same person, see `integra refugee show R-2023-0066`; if not, record them with --force "REASON"
  [1]
  $ integra refugee add --household H-2025-0019 --given Alali --family Mouhamed --birth-date 2009-10-19 --gender m --nationality SY
  integra: the new person has the birth date of R-2023-0066 and the same name once spelling, transliteration and order are set aside; if it is the same person, see `integra refugee show R-2023-0066`; if not, record them with --force "REASON"
  [1]
  $ unchanged
  3

A different name on that day is someone else; and --force records a look-alike with the reason:

  $ integra refugee add --household H-2025-0019 --given Mahmud --family Al-Ali --birth-date 2009-10-19 --gender m --nationality SY
  R-2026-0010
  $ integra refugee add --household H-2025-0019 --given Muhammad --family "Al Ali" --birth-date 2009-10-19 --gender m --nationality SY --force "another person: cousin, passport seen"
  R-2026-0011
  $ sed -n '/^notes/,$p' refugees/R-2026-0011.yaml
  notes:
    - date: 2026-11-24
      by: kaya
      text: "Recorded although R-2023-0066 has the same birth date and a matching name: another person: cousin, passport seen"
  $ git log -1 --format=%s
  refugee: add R-2026-0011 to H-2025-0019 (not R-2023-0066, see the note)

The note names the other ID, so check does not report that pair again; a duplicate written by
hand is reported at its name, naming the earlier record:

  $ integra check R-2026-0011
  refugees/R-2026-0011.yaml:10:9: warning: R-2026-0011 has onboarding steps past their due date: registration (due 2025-12-21), school (due 2026-01-06), doctor (due 2026-01-06), foreigners_authority (due 2026-01-06), language_course (due 2026-03-07), sponsor (due 2026-03-07); record them with `integra refugee done R-2026-0011 STEP` or `skip` [overdue-step]
    status: active
            ^
  0 errors, 1 warning in 1775 files
  $ sed -e 's/R-2023-0066/R-2026-0017/' -e 's/given: Mohammed/given: Muhamad/' -e 's/family: Al-Ali/family: El Ali/' refugees/R-2023-0066.yaml > refugees/R-2026-0017.yaml
  $ integra check R-2026-0017
  refugees/R-2026-0017.yaml:3:1: error: R-2026-0017 looks like R-2023-0066 recorded again: the same birth date and the same name once spelling, transliteration and order are set aside; merge the two, or (if they are two persons) correct the name or birth date, or write a note naming the other ID [duplicate-person]
    name:
    ^
  1 error, 0 warnings in 1776 files
  [1]
  $ rm refugees/R-2026-0017.yaml

A closing date on an active case, or a closed case without one, is a `closure` error:

  $ integra set R-2026-0010 closed=2026-11-20 >/dev/null
  $ integra check R-2026-0010
  refugees/R-2026-0010.yaml:10:9: warning: R-2026-0010 has onboarding steps past their due date: registration (due 2025-12-21), school (due 2026-01-06), doctor (due 2026-01-06), foreigners_authority (due 2026-01-06), language_course (due 2026-03-07), sponsor (due 2026-03-07); record them with `integra refugee done R-2026-0010 STEP` or `skip` [overdue-step]
    status: active
            ^
  refugees/R-2026-0010.yaml:10:9: warning: R-2026-0010 is active but has had no note or done step for 352 days (since 2025-12-07, the allocation); the limit is 90 (integra.yaml casework.stale_after_days): add a note, or close the case [stale-case]
    status: active
            ^
  refugees/R-2026-0010.yaml:11:9: error: R-2026-0010 is active but has a `closed` date; remove it, or set the status the case was closed with [closure]
    closed: 2026-11-20
            ^
  1 error, 2 warnings in 1775 files
  [1]
  $ integra set R-2026-0010 closed= status=closed >/dev/null
  $ integra check R-2026-0010
  refugees/R-2026-0010.yaml:10:9: error: R-2026-0010 is closed but has no `closed` date; add the day the case ended (`closed: YYYY-MM-DD`), from which its retention period runs [closure]
    status: closed
            ^
  1 error, 0 warnings in 1775 files
  [1]
  $ git reset -q --hard HEAD~2

The list, filtered by household, unit, status and caseworker, as a table, CSV and JSON:

  $ integra refugee list --household H-2025-0019
  ID           Name                        Born         Age  Nat Household    Unit  Status      Worker  Onboarding
  R-2025-0058  Ali Jalali                  1990-11-05    36  AF  H-2025-0019  U-08  active      kaya    6 of 6 done
  R-2025-0059  Soraya Jalali               2003-11-24    23  AF  H-2025-0019  U-08  active      kaya    6 of 6 done
  R-2025-0060  Zahra Jalali                2013-01-18    13  AF  H-2025-0019  U-08  active      kaya    4 of 5 done, 1 skipped
  R-2026-0009  Samira Jalali               2019-06-01     7  AF  H-2025-0019  U-08  active      kaya    0 of 5 done
  R-2026-0010  Mahmud Al-Ali               2009-10-19    17  SY  H-2025-0019  U-08  active      -       0 of 6 done
  R-2026-0011  Muhammad Al Ali             2009-10-19    17  SY  H-2025-0019  U-08  active      -       0 of 6 done
  6 persons
  $ integra refugee list --unit U-08 --status active --caseworker okafor
  ID           Name                        Born         Age  Nat Household    Unit  Status      Worker  Onboarding
  R-2022-0076  Hodan Warsame               2002-03-09    24  SO  H-2022-0025  U-08  active      okafor  5 of 6 done, 1 skipped
  R-2023-0041  Nasir Azizi                 1986-08-04    40  AF  H-2023-0014  U-08  active      okafor  6 of 6 done
  2 persons
  $ integra --format csv refugee list --household H-2025-0019
  id,given,family,birth_date,age,gender,nationality,household,unit,status,caseworker,onboarding,restricted
  R-2025-0058,Ali,Jalali,1990-11-05,36,m,AF,H-2025-0019,U-08,active,kaya,6 of 6 done,
  R-2025-0059,Soraya,Jalali,2003-11-24,23,f,AF,H-2025-0019,U-08,active,kaya,6 of 6 done,
  R-2025-0060,Zahra,Jalali,2013-01-18,13,f,AF,H-2025-0019,U-08,active,kaya,"4 of 5 done, 1 skipped",
  R-2026-0009,Samira,Jalali,2019-06-01,7,f,AF,H-2025-0019,U-08,active,kaya,0 of 5 done,
  R-2026-0010,Mahmud,Al-Ali,2009-10-19,17,m,SY,H-2025-0019,U-08,active,,0 of 6 done,
  R-2026-0011,Muhammad,Al Ali,2009-10-19,17,m,SY,H-2025-0019,U-08,active,,0 of 6 done,
  $ integra --format json refugee list --household H-2025-0019 | python3 -c 'import json,sys; rows=json.load(sys.stdin); print([(r["id"], r["unit"], r["age"], r["unmatched_languages"]) for r in rows])'
  [('R-2025-0058', 'U-08', 36, []), ('R-2025-0059', 'U-08', 23, []), ('R-2025-0060', 'U-08', 13, []), ('R-2026-0009', 'U-08', 7, ['uk']), ('R-2026-0010', 'U-08', 17, []), ('R-2026-0011', 'U-08', 17, [])]
  $ integra refugee list --status closed | tail -1
  30 persons
  $ integra refugee list --unit U-99
  integra: there is no housing unit U-99; `integra refugee housing list` shows them
  [1]
  $ integra refugee list --status gone
  integra: --status: gone not in {active,independent,moved_away,closed}
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]

Active persons whom no active guide can interpret for (their languages other than German):

  $ integra refugee list --no-shared-language | tail -3
  R-2026-0007  Helen Weldu                 1978-09-20    48  ER  H-2026-0003  U-01  active      okafor  0 of 5 done
  R-2026-0008  Filmon Weldu                2025-05-23     1  ER  H-2026-0003  U-01  active      okafor  0 of 5 done
  27 persons
  $ integra --format json refugee list --no-shared-language | python3 -c 'import json,sys; rows=json.load(sys.stdin); print(len(rows), all(r["status"] == "active" and r["unmatched_languages"] for r in rows))'
  27 True

A restricted person is still listed to staff, and marked:

  $ integra set R-2026-0009 restricted=2026-11-24 >/dev/null
  $ integra refugee list --household H-2025-0019 | grep R-2026-0009
  R-2026-0009  Samira Jalali               2019-06-01     7  AF  H-2025-0019  U-08  active      kaya    0 of 5 done  [restricted]

One person with their household and unit, onboarding progress (due dates counted from the
allocation), the interpreter of their intake and the assignments they were the client of:

  $ integra refugee show R-2024-0059
  R-2024-0059  Dilan Y\xc4\xb1ld\xc4\xb1z  (active) (esc)
    born:        2023-07-20 (age 3), f, TR
    languages:   tr (native), ku (B2); German B1
    household:   H-2024-0021, allocated 2024-08-27 (KOF-2024-119)
    lives in:    U-01 Haus der Integration, 1. OG
    residence:   niederlassungserlaubnis
    caseworker:  okafor
    sponsor:     Fl\xc3\xbcchtlingshilfe Dietzenbach e.V. (esc)
    intake:      2024-08-30, interpreter P-0001 Ay\xc5\x9fe Y\xc4\xb1lmaz (esc)
  
  Onboarding: 5 of 5 done
    registration         2024-09-10  done 2024-08-29
    kita                 2024-09-26  done 2024-09-21
    doctor               2024-09-26  done 2024-09-08
    foreigners_authority 2024-09-26  done 2024-09-04
    sponsor              2024-11-25  done 2024-10-15
  
  Notes:
    2024-08-29  okafor   Erstgespr\xc3\xa4ch gef\xc3\xbchrt, Unterlagen vollst\xc3\xa4ndig. (esc)
    2024-12-01  okafor   Wohnungssuche besprochen, Bewerbungsunterlagen erstellt.
    2026-09-20  okafor   Hausbesuch, keine besonderen Vorkommnisse.
  
  Assignments: 5
    E-2025-0149  2025-06-27  P-0002 Elif Kaya               mediation     tr   cancelled
    E-2025-0180  2025-08-05  P-0004 Mehmet \xc5\x9eahin            translation   tr   billed (esc)
    E-2025-0244  2025-10-15  P-0021 Hatice \xc3\x96zt\xc3\xbcrk           translation   tr   billed (esc)
    E-2025-0252  2025-10-24  P-0002 Elif Kaya               translation   tr   billed
    E-2025-0287  2025-12-05  P-0004 Mehmet \xc5\x9eahin            accompaniment tr   billed (esc)
  $ integra refugee show R-2026-0010
  R-2026-0010  Mahmud Al-Ali  (active)
    born:        2009-10-19 (age 17), m, SY
    household:   H-2025-0019, allocated 2025-12-07 (KOF-2025-119)
    lives in:    U-08 Wohnheim Waldstra\xc3\x9fe (esc)
    caseworker:  -
  
  Onboarding: 0 of 6 done
    registration         2025-12-21  OVERDUE
    school               2026-01-06  OVERDUE
    doctor               2026-01-06  OVERDUE
    foreigners_authority 2026-01-06  OVERDUE
    language_course      2026-03-07  OVERDUE
    sponsor              2026-03-07  OVERDUE
  
  Assignments: 0
  $ integra --format json refugee show R-2024-0059 | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["refugee"]["id"], r["unit"], r["interpreter"], [a["id"] for a in r["assignments"]], [(s["key"], s["due"], s["state"]) for s in r["onboarding"]])'
  R-2024-0059 {'id': 'U-01', 'name': 'Haus der Integration, 1. OG'} {'id': 'P-0001', 'given': 'Ay\xc5\x9fe', 'family': 'Y\xc4\xb1lmaz'} ['E-2025-0149', 'E-2025-0180', 'E-2025-0244', 'E-2025-0252', 'E-2025-0287'] [('registration', '2024-09-10', 'done'), ('kita', '2024-09-26', 'done'), ('doctor', '2024-09-26', 'done'), ('foreigners_authority', '2024-09-26', 'done'), ('sponsor', '2024-11-25', 'done')] (esc)
  $ integra refugee show R-2026-0999
  integra: there is no refugee R-2026-0999 (no file refugees/R-2026-0999.yaml)
  [1]

A guide's ID where a person's is meant is a usage error, not a broken file:

  $ integra refugee show P-0011
  integra: `P-0011` is not a refugee ID (such as R-2025-0007)
  [2]
  $ integra refugee done P-0011 registration
  integra: `P-0011` is not a refugee ID (such as R-2025-0007)
  [2]

A step that does not apply to the person is refused (school for a one-year-old):

  $ integra refugee done R-2026-0008 school
  integra: school does not apply to R-2026-0008 (by age or residence status on the allocation, 2026-11-12); check the step and the ID, or write what was done in a note (`integra refugee note R-2026-0008 TEXT`)
  [1]
  $ unchanged
  6

More persons recorded for a household than were allocated: occupancy would count too few.

  $ integra -q set R-2026-0008 household=H-2026-0002
  $ integra check H-2026-0002
  households/H-2026-0002.yaml:5:12: error: H-2026-0002 has 2 persons recorded but was allocated with 1; occupancy counts 1: correct `allocation.persons`, or the persons' `household` [household-size]
      persons: 1
               ^
  1 error, 0 warnings in 1775 files
  [1]
  $ git reset -q --hard HEAD~1
