`integra log [ID]` tells a record's history from git as field-level changes: when, who, which
commit, and old → new for every field; `--format json` for scripts.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ export GIT_AUTHOR_DATE="2026-11-21T09:15:00+01:00" GIT_COMMITTER_DATE="2026-11-21T09:15:00+01:00"
  $ integra set P-0004 phone="06074 99" languages.1.level=C1
  pilot: set P-0004 languages, phone
  $ git config user.name "Jonas Weber"
  $ integra set P-0004 email=
  pilot: set P-0004 email
  $ integra set P-0004 notes="Erste Zeile.
  > Zweite Zeile."
  pilot: set P-0004 notes

  $ integra log P-0004 | head -16
  2026-11-21 09:15  Jonas Weber  c93950f  pilot: set P-0004 notes
    notes: Auch f\xc3\xbcr Infoveranstaltungen ansprechbar. \xe2\x86\x92 Erste Zeile.\\nZweite Zeile. (esc)
  2026-11-21 09:15  Jonas Weber  9a7f667  pilot: set P-0004 email
    - email: m.sahin@example.org
  2026-11-21 09:15  Selin Kaya  82e010b  pilot: set P-0004 languages, phone
    languages[1].level: B2 \xe2\x86\x92 C1 (esc)
    phone: 06074 409253 \xe2\x86\x92 06074 99 (esc)
  2026-11-20 10:00  Selin Kaya  b324ecd  examples
    + id: P-0004
    + name.given: Mehmet
    + name.family: \xc5\x9eahin (esc)
    + gender: m
    + languages[0].code: tr
    + languages[0].level: native
    + languages[1].code: de
    + languages[1].level: B2
  $ integra --format json log P-0004 | head -25
  [
    {
      "commit": "c93950f",
      "author": "Jonas Weber",
      "date": "2026-11-21 09:15",
      "subject": "pilot: set P-0004 notes",
      "changes": [
        {
          "file": "pilots/P-0004.yaml",
          "field": "notes",
          "old": "Auch f\xc3\xbcr Infoveranstaltungen ansprechbar.", (esc)
          "new": "Erste Zeile.\nZweite Zeile."
        }
      ]
    },
    {
      "commit": "9a7f667",
      "author": "Jonas Weber",
      "date": "2026-11-21 09:15",
      "subject": "pilot: set P-0004 email",
      "changes": [
        {
          "file": "pilots/P-0004.yaml",
          "field": "email",
          "old": "m.sahin@example.org",

Without an ID, every record's changes, each under its file:

  $ integra log | head -9
  2026-11-21 09:15  Jonas Weber  c93950f  pilot: set P-0004 notes
    pilots/P-0004.yaml
      notes: Auch f\xc3\xbcr Infoveranstaltungen ansprechbar. \xe2\x86\x92 Erste Zeile.\\nZweite Zeile. (esc)
  2026-11-21 09:15  Jonas Weber  9a7f667  pilot: set P-0004 email
    pilots/P-0004.yaml
      - email: m.sahin@example.org
  2026-11-21 09:15  Selin Kaya  82e010b  pilot: set P-0004 languages, phone
    pilots/P-0004.yaml
      languages[1].level: B2 \xe2\x86\x92 C1 (esc)

A record with no change since it was added, and one that does not exist:

  $ integra log P-0005 | head -3
  2026-11-20 10:00  Selin Kaya  b324ecd  examples
    + id: P-0005
    + name.given: Marija
  $ integra log P-0099
  integra: there is no pilot P-0099 (no file pilots/P-0099.yaml)
  [1]
