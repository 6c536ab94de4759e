`integra report`: the annual report and the section reports, their options and refusals. The
figures themselves are in tests/golden (every format) and tests/report/test_annual.py (an
independent recomputation).

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

Without --year, the report is about last year.

  $ integra report annual | head -3
  # Integrationsbericht 2025
  
  Kreisstadt Dietzenbach · Stabsstelle Integration · Berichtszeitraum: 2025 · Stand: 24.11.2026

A section report covers one area, for a year or any period; the comparison is the same period
a year earlier.

  $ integra report pilots --year 2024 | grep '^#'
  # Integrationslotsinnen und -lotsen 2024
  ## Integrationslotsinnen und -lotsen
  ### Aktive Lotsinnen und Lotsen nach Geschlecht
  ### Sprachen der Lotsinnen und Lotsen
  ### Einsätze nach Monat
  ### Einsätze nach Art
  ### Einsätze nach Auftraggebenden
  ### Honorare der Lotsinnen und Lotsen
  $ integra report ags --from 2025-01-01 --to 2025-06-30 --format csv --table ag_meetings
  key,label,meetings,attendance,guests,decisions,meetings_previous,decisions_previous
  ag1,AG 1 Begegnung,1,77.8,0,1,3,4
  ag2,AG 2 Bildung,1,75.0,3,0,3,4
  ag3,AG 3 Arbeit,1,66.7,1,1,3,3
  ag4,AG 4 Partizipation,3,85.7,7,2,2,0
  ag5,AG 5 Sport,2,85.0,9,4,1,1
  total,Insgesamt,8,81.3,20,8,12,12
  $ integra report projects --year 2025 --format json --table budget_use | grep -c '"key"'
  11

English with --lang en, or with `report.lang: en` in integra.yaml.

  $ integra --lang en report annual --format csv --table key_figures | head -3
  key,label,value,value_previous,change
  guides,Active guides,22,22,0.0
  assignments,Assignments,295,296,-0.3

The threshold of suppression is integra.yaml's `report.suppress_below`.

  $ integra report refugees --format csv --table households_by_size
  key,label,count,count_previous
  1,1 Person,5,13
  2,2 Personen,<3,4
  3,3 Personen,7,3
  4,4 Personen,<3,4
  5+,5 Personen und mehr,5,6
  total,Gesamt,20,30
  $ sed -i 's/suppress_below: 3/suppress_below: 5/; s/lang: de/lang: en/' integra.yaml
  $ integra report refugees --format csv --table households_by_size
  key,label,count,count_previous
  1,1 person,5,13
  2,2 persons,<5,<5
  3,3 persons,7,<5
  4,4 persons,<5,<5
  5+,5 persons or more,5,6
  total,Total,20,30
  $ integra report refugees --internal --format csv --table households_by_size
  key,label,count,count_previous
  1,1 person,5,13
  2,2 persons,1,4
  3,3 persons,7,3
  4,4 persons,2,4
  5+,5 persons or more,5,6
  total,Total,20,30
  $ git checkout -q integra.yaml

Below 2 it would hide nothing: refused.

  $ sed -i 's/suppress_below: 3/suppress_below: 1/' integra.yaml
  $ integra report annual --format csv --table key_figures
  integra: integra.yaml: report.suppress_below is 1, which hides no count of one person; it must be 2 or more (3 when not set). Set it and run the report again.
  [1]
  $ git checkout -q integra.yaml

A year that is not over has an internal report only: a public one now and another at the
year's end could be set against each other.

  $ integra report annual --year 2026 --format csv --table key_figures
  integra: 2026 is not over yet (today is 2026-11-24): a public report of it now and another at its end could be set against each other to work out the small counts each one hides. Make the public report after 2026-12-31, or use --internal for the office's own use.
  [2]
  $ integra report annual --year 2026 --internal --format csv --table key_figures | head -2
  key,label,value,value_previous,change
  guides,Aktive Lotsinnen und Lotsen,22,22,0.0

A person whose processing is restricted (GDPR Art. 18) is in no figure, internal ones included.

  $ integra report annual --internal --format csv --table persons_by_age | tail -1
  total,Gesamt,63,76
  $ R=$(grep -l 'allocated: 2025-0[2-9]' refugees/*.yaml | head -1 | xargs basename | cut -d. -f1)
  $ integra -q refugee restrict $R
  $ integra report annual --internal --format csv --table persons_by_age | tail -1
  total,Gesamt,62,76
  $ git reset -q --hard HEAD~1

Files: -o writes one file (CSV: one file per table into a folder), atomically, and says so on
standard error.

  $ integra report annual --format html -o out/report.html
  wrote out/report.html (Integrationsbericht 2025, public: counts below 3 hidden)
  $ integra report annual --internal --format csv -o out/csv
  wrote out/csv/ (23 tables, Integrationsbericht 2025, internal: exact figures)
  $ ls out/csv | head -3
  ag_decisions-intern.csv
  ag_meetings-intern.csv
  allocations_by_month-intern.csv
  $ rm -r out

Refusals: exit 2 for a wrong command line, 1 for records with errors; nothing is written.

  $ integra report pilots --from 2025-01-01
  integra: --from and --to go together: give both, or --year
  [2]
  $ integra report pilots --from 2025-06-01 --to 2025-01-01
  integra: --to 2025-01-01 lies before --from 2025-06-01
  [2]
  $ integra report refugees --from 2025-01-01 --to 2025-06-30
  integra: a public `report refugees` covers a calendar year (--year): reports over other periods could be set against each other to work out the small counts each one hides. Use --year, or --internal for the office's own use.
  [2]
  $ integra report refugees --from 2025-01-01 --to 2025-06-30 --internal | head -1
  # Flüchtlingsarbeit 01.01.2025–30.06.2025
  $ integra report pilots --year 2025 --from 2025-01-01 --to 2025-06-30
  integra: give either --year or --from/--to, not both
  [2]
  $ integra report annual --from 2025-01-01 --to 2025-06-30
  integra: the annual report covers a calendar year: give --year, not --from/--to (the section reports take a period)
  [2]
  $ integra report annual --format csv
  integra: CSV holds one table per file: give --table NAME, or -o DIR for a file per table. The tables: key_figures, guides_by_gender, guide_languages, assignments_by_month, assignments_by_kind, assignments_by_requester, guide_fees, allocations_by_month, persons_by_nationality, persons_by_age, households_by_size, onboarding_steps, housing_occupancy, applications_by_ag, funding_by_source, budget_use, evaluations, ag_meetings, ag_decisions, intakes_interpreting, assignments_for_refugees, language_gaps, topics_from_field
  [2]
  $ integra report ags --format csv --table budget_use
  integra: this report has no table `budget_use`; its tables: ag_meetings, ag_decisions
  [2]
  $ integra report annual --table key_figures
  integra: --table selects one table of CSV or JSON output
  [2]
  $ integra report annual --format yaml
  integra: this command has no --format yaml; it offers md, html, csv, json
  [2]
A pipe, a device or a symbolic link named with -o is written through, never replaced by a
file (`-o /dev/null` and `-o /dev/stdout` keep the device); a folder is refused.

  $ mkfifo ../pipe
  $ cat ../pipe > ../from-pipe & integra -q report ags --year 2025 --format json -o ../pipe; wait
  $ test -p ../pipe && head -c 1 ../from-pipe; echo
  {
  $ ln -s target.json ../link.json && integra -q report ags --year 2025 --format json -o ../link.json
  $ test -L ../link.json && head -c 1 ../target.json; echo
  {
  $ mkdir ../folder.json && integra -q report ags --year 2025 --format json -o ../folder.json
  integra: cannot write ../folder.json: it is a folder; name a file
  [3]

  $ sed -i 's/^hours: .*/hours: many/' assignments/E-2025-0001.yaml
  $ integra report annual --format html -o out/report.html
  integra: the records have 1 error; a report made from them could be wrong. The first: assignments/E-2025-0001.yaml:5:8: `hours` is `many`; expected a non-negative number with at most two decimal places, e.g. 1200.50
  See `integra check`, fix them, and run the report again.
  [1]
  $ ls out
  ls: cannot access 'out': No such file or directory
  [2]
  $ git status --short
   M assignments/E-2025-0001.yaml
