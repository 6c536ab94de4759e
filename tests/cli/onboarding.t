`integra refugee done|skip|tasks|note|close`: the course of a case. The checklist is
integra.yaml's; what applies depends on the age on the day of allocation and the residence
status; a step is due so many days after the allocation. Every write is one commit naming IDs
only; every refusal exits 1 (2 for a usage error) and leaves no file and no commit.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ unchanged() { git status --porcelain; commits; }

The examples' open steps today, by due date: a single man allocated in October is behind, a
family allocated this month has its first steps due:

  $ integra refugee tasks
  Due                     ID           Name                      Caseworker Household         Step
  2026-11-03  21 overdue  R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-19  5 overdue   R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-11-26  in 2        R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-26  in 2        R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-26  in 2        R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-12-12  in 18       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-12  in 18       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  2026-12-12  in 18       R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-12  in 18       R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  2026-12-12  in 18       R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Anmeldung in der Kita
  2026-12-12  in 18       R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-12  in 18       R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  2026-12-13  in 19       R-2026-0001  Hassan Ibrahim            kaya       H-2026-0001 U-03  Anmeldung zum Sprachkurs
  2026-12-13  in 19       R-2026-0004  Sami Ibrahim              kaya       H-2026-0001 U-03  Vermittlung einer ehrenamtlichen Patenschaft
  2026-12-19  in 25       R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Anmeldung bei Pro Arbeit (Jobcenter)
  2027-01-11  in 48       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Anmeldung bei Pro Arbeit (Jobcenter)
  2027-01-18  in 55       R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Vermittlung einer ehrenamtlichen Patenschaft
  2027-02-10  in 78       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Anmeldung zum Sprachkurs
  2027-02-10  in 78       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Vermittlung einer ehrenamtlichen Patenschaft
  2027-02-10  in 78       R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Anmeldung zum Sprachkurs
  2027-02-10  in 78       R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Vermittlung einer ehrenamtlichen Patenschaft
  2027-02-10  in 78       R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Vermittlung einer ehrenamtlichen Patenschaft

A household allocated on 2 November 2026, a 40-year-old with a residence permit and a
4-year-old, written by hand (as an import would) and committed:

  $ cat > households/H-2026-0004.yaml <<'YAML'
  > id: H-2026-0004
  > allocation:
  >   date: 2026-11-02
  >   reference: KOF-2026-301
  >   persons: 3
  > housing:
  >   - unit: U-06
  >     from: 2026-11-03
  > YAML
  $ person() {
  >   printf 'id: %s\nhousehold: H-2026-0004\nname:\n  given: %s\n  family: Rahimi\nbirth_date: %s\ngender: %s\nnationality: AF\nresidence: aufenthaltserlaubnis\ncaseworker: okafor\nstatus: active\n' "$@" > refugees/$1.yaml
  > }
  $ person R-2026-0009 Laleh 1986-03-03 f
  $ person R-2026-0010 Omid 2022-05-01 m
  $ git add -A && git commit -qm "household H-2026-0004"
  $ integra check H-2026-0004 R-2026-0009 R-2026-0010
  refugees/R-2026-0009.yaml:11:9: warning: R-2026-0009 has onboarding steps past their due date: registration (due 2026-11-16); record them with `integra refugee done R-2026-0009 STEP` or `skip` [overdue-step]
    status: active
            ^
  refugees/R-2026-0010.yaml:11:9: warning: R-2026-0010 has onboarding steps past their due date: registration (due 2026-11-16); record them with `integra refugee done R-2026-0010 STEP` or `skip` [overdue-step]
    status: active
            ^
  0 errors, 2 warnings in 1775 files

Their tasks, by due date: registration within 14 days (overdue since 16 November), Kita for
the 4-year-old and the job centre and language course for the 40-year-old only:

  $ integra refugee tasks
  Due                     ID           Name                      Caseworker Household         Step
  2026-11-03  21 overdue  R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-16  8 overdue   R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-16  8 overdue   R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-19  5 overdue   R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-11-26  in 2        R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-26  in 2        R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-26  in 2        R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-12-02  in 8        R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-02  in 8        R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  2026-12-02  in 8        R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Anmeldung in der Kita
  2026-12-02  in 8        R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-02  in 8        R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  2026-12-12  in 18       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-12  in 18       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  2026-12-12  in 18       R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-12  in 18       R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  2026-12-12  in 18       R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Anmeldung in der Kita
  2026-12-12  in 18       R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-12  in 18       R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  2026-12-13  in 19       R-2026-0001  Hassan Ibrahim            kaya       H-2026-0001 U-03  Anmeldung zum Sprachkurs
  2026-12-13  in 19       R-2026-0004  Sami Ibrahim              kaya       H-2026-0001 U-03  Vermittlung einer ehrenamtlichen Patenschaft
  2026-12-19  in 25       R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Anmeldung bei Pro Arbeit (Jobcenter)
  2027-01-01  in 38       R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Anmeldung bei Pro Arbeit (Jobcenter)
  2027-01-11  in 48       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Anmeldung bei Pro Arbeit (Jobcenter)
  2027-01-18  in 55       R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Vermittlung einer ehrenamtlichen Patenschaft
  2027-01-31  in 68       R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Anmeldung zum Sprachkurs
  2027-01-31  in 68       R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Vermittlung einer ehrenamtlichen Patenschaft
  2027-01-31  in 68       R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Vermittlung einer ehrenamtlichen Patenschaft
  2027-02-10  in 78       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Anmeldung zum Sprachkurs
  2027-02-10  in 78       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Vermittlung einer ehrenamtlichen Patenschaft
  2027-02-10  in 78       R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Anmeldung zum Sprachkurs
  2027-02-10  in 78       R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Vermittlung einer ehrenamtlichen Patenschaft
  2027-02-10  in 78       R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Vermittlung einer ehrenamtlichen Patenschaft
  $ integra refugee tasks --overdue
  Due                     ID           Name                      Caseworker Household         Step
  2026-11-03  21 overdue  R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-16  8 overdue   R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-16  8 overdue   R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-19  5 overdue   R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  $ integra refugee tasks --due-within 8
  Due                     ID           Name                      Caseworker Household         Step
  2026-11-03  21 overdue  R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-16  8 overdue   R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-16  8 overdue   R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-19  5 overdue   R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-11-26  in 2        R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-26  in 2        R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-26  in 2        R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-12-02  in 8        R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-02  in 8        R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  2026-12-02  in 8        R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Anmeldung in der Kita
  2026-12-02  in 8        R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-02  in 8        R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  $ integra --lang en refugee tasks --due-within 8
  Due                     ID           Name                      Caseworker Household         Step
  2026-11-03  21 overdue  R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Registration at the citizens' office
  2026-11-16  8 overdue   R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Registration at the citizens' office
  2026-11-16  8 overdue   R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Registration at the citizens' office
  2026-11-19  5 overdue   R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Referral to a doctor
  2026-11-26  in 2        R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Registration at the citizens' office
  2026-11-26  in 2        R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Registration at the citizens' office
  2026-11-26  in 2        R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Registration at the citizens' office
  2026-12-02  in 8        R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Referral to a doctor
  2026-12-02  in 8        R-2026-0009  Laleh Rahimi              okafor     H-2026-0004 U-06  Contact with the foreigners' authority
  2026-12-02  in 8        R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Kita enrolment
  2026-12-02  in 8        R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Referral to a doctor
  2026-12-02  in 8        R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Contact with the foreigners' authority
  $ integra refugee tasks --caseworker kaya
  Due                     ID           Name                      Caseworker Household         Step
  2026-11-03  21 overdue  R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-19  5 overdue   R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-13  in 19       R-2026-0001  Hassan Ibrahim            kaya       H-2026-0001 U-03  Anmeldung zum Sprachkurs
  2026-12-13  in 19       R-2026-0004  Sami Ibrahim              kaya       H-2026-0001 U-03  Vermittlung einer ehrenamtlichen Patenschaft
  2026-12-19  in 25       R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Anmeldung bei Pro Arbeit (Jobcenter)
  2027-01-18  in 55       R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Vermittlung einer ehrenamtlichen Patenschaft
  $ integra refugee tasks --caseworker nobody
  integra: --caseworker nobody is not a staff handle in integra.yaml (kaya, brandt, okafor, lotsen, foerderung, leitung)
  [2]
  $ integra --format csv refugee tasks --overdue
  due,days,id,given,family,caseworker,step,label,household,unit
  2026-11-03,-21,R-2026-0005,Haider,Al-Jaburi,kaya,registration,Anmeldung beim B\xc3\xbcrgerservice,H-2026-0002,U-07 (esc)
  2026-11-16,-8,R-2026-0009,Laleh,Rahimi,okafor,registration,Anmeldung beim B\xc3\xbcrgerservice,H-2026-0004,U-06 (esc)
  2026-11-16,-8,R-2026-0010,Omid,Rahimi,okafor,registration,Anmeldung beim B\xc3\xbcrgerservice,H-2026-0004,U-06 (esc)
  2026-11-19,-5,R-2026-0005,Haider,Al-Jaburi,kaya,doctor,Vermittlung zur \xc3\x84rztin oder zum Arzt,H-2026-0002,U-07 (esc)
  $ integra --format json refugee tasks --overdue
  {
    "today": "2026-11-24",
    "tasks": [
      {
        "due": "2026-11-03",
        "days": -21,
        "id": "R-2026-0005",
        "given": "Haider",
        "family": "Al-Jaburi",
        "caseworker": "kaya",
        "step": "registration",
        "label": "Anmeldung beim B\xc3\xbcrgerservice", (esc)
        "household": "H-2026-0002",
        "unit": "U-07"
      },
      {
        "due": "2026-11-16",
        "days": -8,
        "id": "R-2026-0009",
        "given": "Laleh",
        "family": "Rahimi",
        "caseworker": "okafor",
        "step": "registration",
        "label": "Anmeldung beim B\xc3\xbcrgerservice", (esc)
        "household": "H-2026-0004",
        "unit": "U-06"
      },
      {
        "due": "2026-11-16",
        "days": -8,
        "id": "R-2026-0010",
        "given": "Omid",
        "family": "Rahimi",
        "caseworker": "okafor",
        "step": "registration",
        "label": "Anmeldung beim B\xc3\xbcrgerservice", (esc)
        "household": "H-2026-0004",
        "unit": "U-06"
      },
      {
        "due": "2026-11-19",
        "days": -5,
        "id": "R-2026-0005",
        "given": "Haider",
        "family": "Al-Jaburi",
        "caseworker": "kaya",
        "step": "doctor",
        "label": "Vermittlung zur \xc3\x84rztin oder zum Arzt", (esc)
        "household": "H-2026-0002",
        "unit": "U-07"
      }
    ],
    "restricted": 0
  }
  $ integra --format yaml refugee tasks
  integra: this command has no --format yaml; it offers table, csv, json
  [2]
  $ integra refugee tasks --due-within -1
  integra: --due-within: Value -1 not in range 0 to 100000
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]

`done` records a step, on a given day or today, in the checklist's order in the file:

  $ integra refugee done R-2026-0009 doctor --on 2026-11-12
  refugee: done R-2026-0009 doctor
  $ integra refugee done R-2026-0009 registration --on 2026-11-10
  refugee: done R-2026-0009 registration
  $ sed -n '/^onboarding/,$p' refugees/R-2026-0009.yaml
  onboarding:
    registration:
      done: 2026-11-10
    doctor:
      done: 2026-11-12
  status: active
  $ git log -1 --format=%s && git show --stat --format= HEAD | tail -1
  refugee: done R-2026-0009 registration
   1 file changed, 2 insertions(+)
  $ integra refugee tasks --overdue
  Due                     ID           Name                      Caseworker Household         Step
  2026-11-03  21 overdue  R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-16  8 overdue   R-2026-0010  Omid Rahimi               okafor     H-2026-0004 U-06  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-19  5 overdue   R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)

Refused, with nothing written: a step done already, one the checklist lacks, a day after
today or before the allocation, an unknown person, a malformed date:

  $ integra refugee done R-2026-0009 registration
  integra: R-2026-0009 has registration done already, on 2026-11-10
  [1]
  $ integra refugee done R-2026-0009 bus_ticket
  integra: `bus_ticket` is not a step of the onboarding checklist in integra.yaml; its steps: registration, kita, school, doctor, foreigners_authority, pro_arbeit, language_course, sponsor
  [1]
  $ integra refugee done R-2026-0010 registration --on 2026-11-25
  integra: the day done 2026-11-25 lies after today (2026-11-24); record it once it has happened
  [1]
  $ integra refugee done R-2026-0010 registration --on 2026-10-31
  integra: the day done 2026-10-31 lies before R-2026-0010's allocation on 2026-11-02; the case begins then
  [1]
  $ integra refugee done R-2026-0107 registration
  integra: there is no refugee R-2026-0107 (no file refugees/R-2026-0107.yaml)
  [1]
  $ integra refugee done R-2026-0010 registration --on 24.11.2026
  integra: --on 24.11.2026 is not a date; write YYYY-MM-DD
  [2]
  $ unchanged
  4

`skip` needs a reason; a skipped step can be done later, a done step cannot be skipped, and a
step that does not apply cannot be skipped:

  $ integra refugee skip R-2026-0010 sponsor --reason "Familie hat bereits Paten"
  refugee: skip R-2026-0010 sponsor
  $ sed -n '/^onboarding/,$p' refugees/R-2026-0010.yaml
  onboarding:
    sponsor:
      skipped: Familie hat bereits Paten
  status: active
  $ integra refugee skip R-2026-0010 sponsor --reason "noch einmal"
  integra: R-2026-0010 has sponsor skipped already (Familie hat bereits Paten)
  [1]
  $ integra refugee skip R-2026-0009 registration --reason "schon erledigt"
  integra: R-2026-0009 has registration done on 2026-11-10; a done step stays done
  [1]
  $ integra refugee skip R-2026-0009 kita --reason "kein Kind"
  integra: kita does not apply to R-2026-0009 (by age or residence status on the allocation, 2026-11-02), so there is nothing to skip
  [1]
  $ integra refugee skip R-2026-0009 sponsor
  integra: --reason is required
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]
  $ unchanged
  5
  $ integra refugee done R-2026-0010 sponsor --on 2026-11-20
  refugee: done R-2026-0010 sponsor
  $ sed -n '/^onboarding/,$p' refugees/R-2026-0010.yaml
  onboarding:
    sponsor:
      done: 2026-11-20
  status: active

`note` adds a dated note, by the staff member git names (here Selin Kaya, handle kaya) or
`--by`, in date order; the text never reaches the commit message:

  $ integra refugee note R-2026-0009 "Erstgespräch mit Dolmetscherin, Familie vollständig."
  refugee: note R-2026-0009
  $ integra refugee note R-2026-0009 "Anruf beim Bürgerservice." --on 2026-11-09 --by okafor
  refugee: note R-2026-0009
  $ sed -n '/^notes/,$p' refugees/R-2026-0009.yaml
  notes:
    - date: 2026-11-09
      by: okafor
      text: Anruf beim B\xc3\xbcrgerservice. (esc)
    - date: 2026-11-24
      by: kaya
      text: Erstgespr\xc3\xa4ch mit Dolmetscherin, Familie vollst\xc3\xa4ndig. (esc)
  $ git log -2 --format=%s
  refugee: note R-2026-0009
  refugee: note R-2026-0009
  $ integra refugee note R-2026-0009 "x" --by nobody
  integra: --by nobody is not a staff handle in integra.yaml (kaya, brandt, okafor, lotsen, foerderung, leitung)
  [2]
  $ integra refugee note R-2026-0009 "  "
  integra: the note is empty; give its text
  [2]
  $ integra refugee note R-2026-0009 "morgen" --on 2026-11-25
  integra: the note's date 2026-11-25 lies after today (2026-11-24); record it once it has happened
  [1]
  $ unchanged
  8

`close` ends a case: independent or moved_away, or closed for another reason (which must be
said). Refused when a note, a done step or an assignment of the person lies after the closing
day, and for a closed case:

  $ integra refugee close R-2026-0009 --reason independent --on 2026-11-20
  integra: R-2026-0009 has a note on 2026-11-24, after the closing day 2026-11-20; close the case on or after that day
  [1]
  $ integra refugee close R-2025-0034 --reason moved_away --on 2026-11-01
  integra: R-2025-0034 has the assignment E-2026-0244 on 2026-11-12, after the closing day 2026-11-01; close the case on or after that day
  [1]
  $ integra refugee close R-2026-0010 --reason other
  integra: --reason other needs --note saying why the case is closed
  [2]
  $ integra refugee close R-2026-0010 --reason retired
  integra: --reason: retired not in {independent,moved_away,other}
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]
  $ integra refugee close R-2026-0010 --reason moved_away --on 2026-11-30
  integra: the closing day 2026-11-30 lies after today (2026-11-24); record it once it has happened
  [1]
  $ unchanged
  8
  $ integra refugee close R-2026-0010 --reason other --on 2026-11-21 --note "Familie ist zu Verwandten gezogen"
  refugee: close R-2026-0010 (closed)
  $ sed -n '/^status/,$p' refugees/R-2026-0010.yaml
  status: closed
  closed: 2026-11-21
  closed_reason: Familie ist zu Verwandten gezogen
  $ integra refugee close R-2026-0010 --reason independent
  integra: R-2026-0010 is closed already (closed since 2026-11-21)
  [1]
  $ integra refugee done R-2026-0010 kita --on 2026-11-22
  integra: R-2026-0010's case was closed on 2026-11-21 (closed); the day done 2026-11-22 lies after that
  [1]
  $ integra refugee note R-2026-0010 "nachgetragen" --on 2026-11-23
  integra: R-2026-0010's case was closed on 2026-11-21 (closed); the note's date 2026-11-23 lies after that
  [1]
  $ integra refugee done R-2026-0010 kita --on 2026-11-19
  refugee: done R-2026-0010 kita
  $ integra refugee close R-2026-0009 --reason moved_away
  refugee: close R-2026-0009 (moved_away)
  $ integra refugee tasks
  Due                     ID           Name                      Caseworker Household         Step
  2026-11-03  21 overdue  R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-19  5 overdue   R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-11-26  in 2        R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-26  in 2        R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-26  in 2        R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-12-12  in 18       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-12  in 18       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  2026-12-12  in 18       R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-12  in 18       R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  2026-12-12  in 18       R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Anmeldung in der Kita
  2026-12-12  in 18       R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  2026-12-12  in 18       R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Kontakt zur Ausl\xc3\xa4nderbeh\xc3\xb6rde (esc)
  2026-12-13  in 19       R-2026-0001  Hassan Ibrahim            kaya       H-2026-0001 U-03  Anmeldung zum Sprachkurs
  2026-12-13  in 19       R-2026-0004  Sami Ibrahim              kaya       H-2026-0001 U-03  Vermittlung einer ehrenamtlichen Patenschaft
  2026-12-19  in 25       R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Anmeldung bei Pro Arbeit (Jobcenter)
  2027-01-11  in 48       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Anmeldung bei Pro Arbeit (Jobcenter)
  2027-01-18  in 55       R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Vermittlung einer ehrenamtlichen Patenschaft
  2027-02-10  in 78       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Anmeldung zum Sprachkurs
  2027-02-10  in 78       R-2026-0006  Dawit Weldu               okafor     H-2026-0003 U-01  Vermittlung einer ehrenamtlichen Patenschaft
  2027-02-10  in 78       R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Anmeldung zum Sprachkurs
  2027-02-10  in 78       R-2026-0007  Helen Weldu               okafor     H-2026-0003 U-01  Vermittlung einer ehrenamtlichen Patenschaft
  2027-02-10  in 78       R-2026-0008  Filmon Weldu              okafor     H-2026-0003 U-01  Vermittlung einer ehrenamtlichen Patenschaft

The checks: overdue steps and quiet cases of active persons (warnings, one line per person),
and anything dated after a case's closure (errors):

  $ person R-2026-0011 Nasrin 1990-07-07 f
  $ git add -A && git commit -qm "person R-2026-0011"
  $ integra check R-2026-0011
  refugees/R-2026-0011.yaml:11:9: warning: R-2026-0011 has onboarding steps past their due date: registration (due 2026-11-16); record them with `integra refugee done R-2026-0011 STEP` or `skip` [overdue-step]
    status: active
            ^
  0 errors, 1 warning in 1776 files
  $ "$INTEGRA" --today 2027-03-01 check R-2026-0011
  refugees/R-2026-0011.yaml:11:9: warning: R-2026-0011 has onboarding steps past their due date: registration (due 2026-11-16), doctor (due 2026-12-02), foreigners_authority (due 2026-12-02), pro_arbeit (due 2027-01-01), language_course (due 2027-01-31), sponsor (due 2027-01-31); record them with `integra refugee done R-2026-0011 STEP` or `skip` [overdue-step]
    status: active
            ^
  refugees/R-2026-0011.yaml:11:9: warning: R-2026-0011 is active but has had no note or done step for 119 days (since 2026-11-02, the allocation); the limit is 90 (integra.yaml casework.stale_after_days): add a note, or close the case [stale-case]
    status: active
            ^
  0 errors, 2 warnings in 1776 files
  $ integra refugee note R-2026-0011 "Erstgespräch."
  refugee: note R-2026-0011
  $ "$INTEGRA" --today 2027-03-01 check R-2026-0011
  refugees/R-2026-0011.yaml:11:9: warning: R-2026-0011 has onboarding steps past their due date: registration (due 2026-11-16), doctor (due 2026-12-02), foreigners_authority (due 2026-12-02), pro_arbeit (due 2027-01-01), language_course (due 2027-01-31), sponsor (due 2027-01-31); record them with `integra refugee done R-2026-0011 STEP` or `skip` [overdue-step]
    status: active
            ^
  refugees/R-2026-0011.yaml:13:11: warning: R-2026-0011 is active but has had no note or done step for 97 days (since 2026-11-24); the limit is 90 (integra.yaml casework.stale_after_days): add a note, or close the case [stale-case]
      - date: 2026-11-24
              ^
  0 errors, 2 warnings in 1776 files
  $ "$INTEGRA" --today 2027-03-01 check R-2026-0009
  0 errors, 0 warnings in 1776 files
  $ integra set R-2025-0034 status=independent closed=2026-10-01
  refugee: set R-2025-0034 status, closed
  $ integra check R-2025-0034 E-2026-0244
  assignments/E-2026-0244.yaml:3:7: error: E-2026-0244 is for R-2025-0034, whose case was closed on 2026-10-01, but is dated 2026-11-12; cancel it or take the client off [after-closure]
    date: 2026-11-12
          ^
  refugees/R-2025-0034.yaml:62:11: error: the note on 2026-10-18 of R-2025-0034 lies after the case was closed on 2026-10-01; correct the date, or the closing date if the case went on [after-closure]
      - date: 2026-10-18
              ^
  2 errors, 0 warnings in 1776 files
  [1]
  $ git reset -q --hard HEAD~1

`status` counts overdue steps and quiet cases:

  $ integra status | sed -n '/Needs attention/,/^$/p'
  Needs attention
    5 planned assignments in the past wait for `pilot done` or `pilot cancel`: E-2026-0246, E-2026-0247, E-2026-0248, E-2026-0249, E-2026-0250
    P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac (esc)
    U-05 (Wohnung Hexenberg) is 100 % full today: 5 of 5 beds
    3 onboarding steps overdue in 2 active cases: `integra refugee tasks --overdue`
    3 applications wait for an AG decision (`integra ag decide`): PR-2026-015, PR-2026-016, PR-2026-017
  
  $ "$INTEGRA" --today 2027-03-01 status | sed -n '/Needs attention/,/^$/p'
  Needs attention
    24 planned assignments in the past wait for `pilot done` or `pilot cancel`: E-2026-0246, E-2026-0247, E-2026-0248, E-2026-0249, E-2026-0250, \xe2\x80\xa6 (esc)
    7 done assignments of 2026-11 not billed: `pilot fees --month 2026-11 --mark-billed`
    U-05 (Wohnung Hexenberg) is 100 % full today: 5 of 5 beds
    28 onboarding steps overdue in 7 active cases: `integra refugee tasks --overdue`
    110 active cases without a note or done step for 90 days: R-2025-0039, R-2023-0027, R-2025-0036, R-2022-0062, R-2024-0059, \xe2\x80\xa6 (esc)
    3 applications wait for an AG decision (`integra ag decide`): PR-2026-015, PR-2026-016, PR-2026-017
    6 projects have approved money still to pay (`integra project pay`): PR-2026-001, PR-2026-002, PR-2026-004, PR-2026-006, PR-2026-008, \xe2\x80\xa6 (esc)
    5 proofs of use due within 30 days or overdue: PR-2026-001 (2027-02-23), PR-2026-002 (2027-01-13), PR-2026-004 (2027-01-25), PR-2026-006 (2027-01-10), PR-2026-008 (2027-01-29)
  

A person whose processing is restricted (GDPR Art. 18) is left out of the tasks and counted:

  $ sed -i "s/^status: active$/status: active\nrestricted: 2026-11-24/" refugees/R-2026-0011.yaml && git commit -qam "restrict R-2026-0011"
  $ integra refugee tasks --overdue
  Due                     ID           Name                      Caseworker Household         Step
  2026-11-03  21 overdue  R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Anmeldung beim B\xc3\xbcrgerservice (esc)
  2026-11-19  5 overdue   R-2026-0005  Haider Al-Jaburi          kaya       H-2026-0002 U-07  Vermittlung zur \xc3\x84rztin oder zum Arzt (esc)
  1 person whose processing is restricted (GDPR Art. 18) left out.
  $ integra --format json refugee tasks --overdue | tail -3
    ],
    "restricted": 1
  }
  $ integra status | sed -n '/Needs attention/,/^$/p'
  Needs attention
    5 planned assignments in the past wait for `pilot done` or `pilot cancel`: E-2026-0246, E-2026-0247, E-2026-0248, E-2026-0249, E-2026-0250
    P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac (esc)
    U-05 (Wohnung Hexenberg) is 100 % full today: 5 of 5 beds
    2 onboarding steps overdue in 1 active case: `integra refugee tasks --overdue`
    3 applications wait for an AG decision (`integra ag decide`): PR-2026-015, PR-2026-016, PR-2026-017
  
