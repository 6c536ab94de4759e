`integra refugee intake`: the questionnaire, from a YAML file for batch use or asked question by
question on a terminal. A family is taken in with one commit; a bad file or an aborted
questionnaire writes nothing.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ unchanged() { git status --porcelain; commits; }

A family of four in household H-2025-0019, with the interpreter shared by all:

  $ cat > ../family.yaml <<'YAML'
  > household: H-2025-0019
  > intake:
  >   date: 2026-11-23
  >   interpreter: P-0011
  > persons:
  >   - name:
  >       given: Karim
  >       family: Wardak
  >     birth_date: 1986-03-14
  >     gender: m
  >     nationality: AF
  >     languages:
  >       - code: ps
  >         level: native
  >       - code: so
  >         level: A2
  >     residence: aufenthaltserlaubnis
  >     caseworker: kaya
  >     intake:
  >       schooling:
  >         years: 12
  >         last_school: Lycée
  >       work:
  >         - occupation: Lehrer
  >           country: AF
  >           years: 10
  >       needs:
  >         - Anerkennung des Abschlusses
  >   - name:
  >       given: Laila
  >       family: Wardak
  >     birth_date: 1988-07-02
  >     gender: f
  >     nationality: AF
  >     languages:
  >       - code: ps
  >         level: native
  >     caseworker: kaya
  >   - name:
  >       given: Omid
  >       family: Wardak
  >     birth_date: 2014-01-20
  >     gender: m
  >     nationality: AF
  >     languages:
  >       - code: ps
  >         level: native
  >   - name:
  >       given: Sahar
  >       family: Wardak
  >     birth_date: 2022-05-30
  >     gender: f
  >     nationality: AF
  >     languages:
  >       - code: ps
  >         level: native
  > YAML
H-2025-0019 was allocated with 3 persons, all recorded: four more are refused, since occupancy
counts the allocated persons and the unit could fill beyond its capacity unseen:

  $ integra refugee intake --from ../family.yaml
  integra: H-2025-0019 was allocated with 3 persons and 3 are recorded; 4 more would be too many. If the household has grown, change its size first (`integra set H-2025-0019 allocation.persons=7`; `integra check` then shows whether its unit still has room)
  [1]
  $ unchanged
  1

Once the household's size is corrected, the family is taken in:

  $ integra -q set H-2025-0019 allocation.persons=11
  $ integra refugee intake --from ../family.yaml
  R-2026-0009
  R-2026-0010
  R-2026-0011
  R-2026-0012
  hint: R-2026-0009 speaks so (Somali), which no active guide speaks; `integra pilot match --lang so` shows who comes closest
  $ git log -1 --format=%s && git show --stat --format= HEAD | tail -1
  refugee: intake R-2026-0009, R-2026-0010, R-2026-0011, R-2026-0012 into H-2025-0019
   4 files changed, 78 insertions(+)
  $ cat refugees/R-2026-0009.yaml
  id: R-2026-0009
  household: H-2025-0019
  name:
    given: Karim
    family: Wardak
  birth_date: 1986-03-14
  gender: m
  nationality: AF
  languages:
    - code: ps
      level: native
    - code: so
      level: A2
  allocated: 2025-12-07
  residence: aufenthaltserlaubnis
  caseworker: kaya
  intake:
    date: 2026-11-23
    interpreter: P-0011
    schooling:
      years: 12
      last_school: Lyc\xc3\xa9e (esc)
    work:
      - occupation: Lehrer
        country: AF
        years: 10
    needs:
      - Anerkennung des Abschlusses
  status: active
  $ cat refugees/R-2026-0012.yaml
  id: R-2026-0012
  household: H-2025-0019
  name:
    given: Sahar
    family: Wardak
  birth_date: 2022-05-30
  gender: f
  nationality: AF
  languages:
    - code: ps
      level: native
  allocated: 2025-12-07
  intake:
    date: 2026-11-23
    interpreter: P-0011
  status: active
  $ integra refugee list --household H-2025-0019
  ID           Name                        Born         Age  Nat Household    Unit  Status      Worker  Onboarding
  R-2025-0058  Ali Jalali                  1990-11-05    36  AF  H-2025-0019  U-08  active      kaya    6 of 6 done
  R-2025-0059  Soraya Jalali               2003-11-24    23  AF  H-2025-0019  U-08  active      kaya    6 of 6 done
  R-2025-0060  Zahra Jalali                2013-01-18    13  AF  H-2025-0019  U-08  active      kaya    4 of 5 done, 1 skipped
  R-2026-0009  Karim Wardak                1986-03-14    40  AF  H-2025-0019  U-08  active      kaya    0 of 6 done
  R-2026-0010  Laila Wardak                1988-07-02    38  AF  H-2025-0019  U-08  active      kaya    0 of 5 done
  R-2026-0011  Omid Wardak                 2014-01-20    12  AF  H-2025-0019  U-08  active      -       0 of 5 done
  R-2026-0012  Sahar Wardak                2022-05-30     4  AF  H-2025-0019  U-08  active      -       0 of 5 done
  7 persons

A file with mistakes: every one is reported with its line, and nothing is written.

  $ cat > ../bad.yaml <<'YAML'
  > household: H-2025-0019
  > persons:
  >   - name:
  >       given: Nour
  >       family: Haddad
  >     birth_date: 1999-02-30
  >     gender: q
  >     nationality: SY
  >     languages:
  >       - code: ar
  >         level: native
  >     intake:
  >       interpreter: P-0999
  >       schol: 5
  >   - name:
  >       given: Rami
  >     birth_date: 2001-01-01
  >     gender: m
  >     nationality: Syria
  >     hobby: football
  > YAML
  $ integra refugee intake --from ../bad.yaml
  integra: ../bad.yaml has 7 problems, so nothing was written:
  ../bad.yaml:6:17: `birth_date` is `1999-02-30`; expected a real calendar date as YYYY-MM-DD [schema]
  ../bad.yaml:7:13: `gender` is `q`; expected one of: f, m, d, x [schema]
  ../bad.yaml:13:20: `intake.interpreter` refers to pilot P-0999, which does not exist [reference]
  ../bad.yaml:14:7: unknown field `intake.schol`; is it misspelt? [unknown-field]
  ../bad.yaml:16:7: `name.family` is missing; it is required [schema]
  ../bad.yaml:19:18: `nationality` is `Syria`; expected an ISO 3166-1 alpha-2 country code in capitals such as SY, or XX (stateless) or ZZ (unknown) [schema]
  ../bad.yaml:20:5: `hobby` is not a field of a person's intake; expected: name, birth_date, gender, nationality, languages, german, arrived_de, residence, caseworker, sponsor, intake [intake]
  [1]
  $ unchanged
  3

A household that does not exist, a file that is not YAML, and one that cannot be read:

  $ sed 's/H-2025-0019/H-2025-0999/' ../family.yaml > ../nohousehold.yaml
  $ integra refugee intake --from ../nohousehold.yaml
  integra: ../nohousehold.yaml has 1 problem, so nothing was written:
  ../nohousehold.yaml:1:12: there is no household H-2025-0999; `integra refugee household add` records it first [reference]
  [1]
  $ printf 'household: [\n' > ../broken.yaml
  $ integra refugee intake --from ../broken.yaml
  integra: ../broken.yaml:2:1: YAML syntax: a `[` is never closed by a `]`; nothing was written
  [1]
  $ integra refugee intake --from ../missing.yaml
  integra: cannot read ../missing.yaml: cannot be opened: No such file or directory
  [2]
  $ unchanged
  3

A person recorded already is caught, here with given and family name swapped:

  $ cat > ../again.yaml <<'YAML'
  > household: H-2025-0019
  > persons:
  >   - name:
  >       given: Wardak
  >       family: Laila
  >     birth_date: 1988-07-02
  >     gender: f
  >     nationality: AF
  > YAML
  $ integra refugee intake --from ../again.yaml
  integra: ../again.yaml has 1 problem, so nothing was written:
  ../again.yaml:4:7: this person has the birth date of R-2026-0010 and the same name once spelling, transliteration and order are set aside; if it is the same person, see `integra refugee show R-2026-0010`; if not, record them with --force "REASON" [duplicate-person]
  [1]
  $ unchanged
  3

The intake of an existing person, from a file: only the questionnaire's fields.

  $ cat > ../one.yaml <<'YAML'
  > german: A2
  > intake:
  >   date: 2026-11-24
  >   interpreter: external
  >   needs:
  >     - Kita-Platz
  > YAML
  $ integra refugee intake R-2026-0010 --from ../one.yaml
  refugee: intake R-2026-0010
  $ integra refugee intake R-2026-0010 --from ../one.yaml
  R-2026-0010: nothing changed
  $ sed -n '/^german/p;/^intake/,/^status/p' refugees/R-2026-0010.yaml
  german: A2
  intake:
    date: 2026-11-24
    interpreter: external
    needs:
      - Kita-Platz
  status: active
  $ integra refugee intake R-2026-0010 --from ../family.yaml
  integra: ../family.yaml has 2 problems, so nothing was written:
  ../family.yaml:1:1: `household` is not a field of R-2026-0010's intake (one person's answers); expected: name, birth_date, gender, nationality, languages, german, arrived_de, residence, caseworker, sponsor, intake [intake]
  ../family.yaml:5:1: `persons` is not a field of R-2026-0010's intake (one person's answers); expected: name, birth_date, gender, nationality, languages, german, arrived_de, residence, caseworker, sponsor, intake [intake]
  [1]

Without a terminal and without --from there is nobody to ask:

  $ integra refugee intake < /dev/null
  integra: refugee intake asks its questions on a terminal only; give the answers as YAML with --from FILE
  [2]
  $ unchanged
  4

On a terminal the questions come one by one; an invalid answer is asked again:

  $ cat > ../answers <<'ANSWERS'
  > H-2025-0019
  > Yusuf
  > Wardak
  > 31.12.1960
  > 1960-12-31
  > m
  > AF
  > ps:fluent
  > ps:native,uk:A1
  > A0
  > 
  > 
  > kaya
  > 
  > P-0999
  > external
  > 8
  > Grundschule
  > Bauarbeiter
  > AF
  > 20
  > 
  > Arztbesuch
  > 
  > ANSWERS
  $ TERM=dumb python3 "$TESTS/cli/terminal.py" "$INTEGRA" --today 2026-11-24 refugee intake < ../answers
  Household (H-YYYY-NNNN): H-2025-0019
  Given name: Yusuf
  Family name: Wardak
  Birth date (YYYY-MM-DD): 31.12.1960
    `31.12.1960` is not a date; answer YYYY-MM-DD; please answer again.
  Birth date (YYYY-MM-DD): 1960-12-31
  Gender (f, m, d, x): m
  Nationality (ISO 3166 code, XX stateless, ZZ unknown): AF
  Languages (CODE:LEVEL, such as fa:native,de:A1): ps:fluent
    `ps:fluent` is not a language with a level; answer CODE:LEVEL with an ISO 639 code and one of native, C2, C1, B2, B1, A2, A1, such as fa:native,de:A1; please answer again.
  Languages (CODE:LEVEL, such as fa:native,de:A1): ps:native,uk:A1
  German (A0 none \xe2\x80\xa6 C2): A0 (esc)
  Arrived in Germany (YYYY-MM-DD): 
  Residence status (gestattung, duldung, aufenthaltserlaubnis, niederlassungserlaubnis, eingebuergert, other): 
  Caseworker (staff handle): kaya
  Date of the intake (YYYY-MM-DD) [2026-11-24]: 
  Interpreter (a guide's P- ID, or external; empty: none): P-0999
    there is no guide P-0999; answer a P- ID (`integra pilot list`) or external; please answer again.
  Interpreter (a guide's P- ID, or external; empty: none): external
  Years of schooling: 8
  Last school attended: Grundschule
  Occupation before (one at a time; empty: done): Bauarbeiter
    in which country (ISO code): AF
    for how many years: 20
  Occupation before (one at a time; empty: done): 
  Need for help (one at a time; empty: done): Arztbesuch
  Need for help (one at a time; empty: done): 
  R-2026-0013
  hint: R-2026-0013 speaks uk (Ukrainian), which no active guide speaks; `integra pilot match --lang uk` shows who comes closest
  $ git log -1 --format=%s
  refugee: intake R-2026-0013 into H-2025-0019
  $ cat refugees/R-2026-0013.yaml
  id: R-2026-0013
  household: H-2025-0019
  name:
    given: Yusuf
    family: Wardak
  birth_date: 1960-12-31
  gender: m
  nationality: AF
  languages:
    - code: ps
      level: native
    - code: uk
      level: A1
  german: A0
  allocated: 2025-12-07
  caseworker: kaya
  intake:
    date: 2026-11-24
    interpreter: external
    schooling:
      years: 8
      last_school: Grundschule
    work:
      - occupation: Bauarbeiter
        country: AF
        years: 20
    needs:
      - Arztbesuch
  status: active

The intake of an existing person on a terminal, the record's values offered as defaults:

  $ printf '\nA1\n\n\n\n\n\n\n\n\n\n' | TERM=dumb python3 "$TESTS/cli/terminal.py" "$INTEGRA" --today 2026-11-24 refugee intake R-2026-0011
  Languages (CODE:LEVEL, such as fa:native,de:A1) [ps:native]: 
  German (A0 none \xe2\x80\xa6 C2): A1 (esc)
  Arrived in Germany (YYYY-MM-DD): 
  Residence status (gestattung, duldung, aufenthaltserlaubnis, niederlassungserlaubnis, eingebuergert, other): 
  Caseworker (staff handle): 
  Date of the intake (YYYY-MM-DD) [2026-11-23]: 
  Interpreter (a guide's P- ID, or external; empty: none) [P-0011]: 
  Years of schooling: 
  Last school attended: 
  Occupation before (one at a time; empty: done): 
  Need for help (one at a time; empty: done): 
  refugee: intake R-2026-0011
  $ git log -1 --format=%s
  refugee: intake R-2026-0011
  $ git show --format= -U0 HEAD | grep '^[-+][^-+]'
  +german: A1
  +  work: []

Empty answers keep what was recorded, the work history and the schooling of an adult too:

  $ printf '\nB1\n\n\n\n\n\n\n\n\n\n\n\n' | TERM=dumb python3 "$TESTS/cli/terminal.py" "$INTEGRA" --today 2026-11-24 refugee intake R-2026-0009 > /dev/null
  $ git show --format= -U0 HEAD | grep '^[-+][^-+]'
  +german: B1

Ctrl-D in the middle, or an empty answer to a required question, aborts without a trace:

  $ printf 'H-2025-0019\nAmal\n^D\n' | TERM=dumb python3 "$TESTS/cli/terminal.py" "$INTEGRA" --today 2026-11-24 refugee intake
  Household (H-YYYY-NNNN): H-2025-0019
  Given name: Amal
  Family name: 
  integra: the intake was aborted (the input ended); nothing was written
  [1]
  $ printf 'H-2025-0019\n\n' | TERM=dumb python3 "$TESTS/cli/terminal.py" "$INTEGRA" --today 2026-11-24 refugee intake
  Household (H-YYYY-NNNN): H-2025-0019
  Given name: 
  integra: the intake was aborted (`Given name` needs an answer); nothing was written
  [1]
  $ unchanged
  7
