`integra import KIND FILE.csv`: records from a spreadsheet as German offices save it, all rows in
one commit or none; `integra export KIND`: the records back as a table.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ ansi() { iconv -f UTF-8 -t WINDOWS-1252; }

German Excel's "CSV (Trennzeichen-getrennt)": semicolons, Windows-1252, CRLF, dates as
TT.MM.JJJJ, German headers and words. Two rows are wrong, one in a cell, one only against the
other records (a guide's language that is no ISO code):

  $ printf 'Vorname;Nachname;Geschlecht;Sprachen;Telefon;E-Mail;Seit;Bemerkungen\r\n' > ../lotsen.utf8
  $ printf 'Jürgen;Müller;männlich;"de:native, fa:B1";06074 12345;j.mueller@example.org;01.03.2024;"Dienstags; nicht freitags"\r\n' >> ../lotsen.utf8
  $ printf 'Grete;Weiß;weiblich;ar:native;;;31.02.2024;\r\n' >> ../lotsen.utf8
  $ printf 'Ali;Öztürk;x;xx:native;;;1.4.2024;\r\n' >> ../lotsen.utf8
  $ ansi < ../lotsen.utf8 > ../lotsen.csv
  $ file -b ../lotsen.csv
  ISO-8859 text, with CRLF line terminators
  $ integra import pilots ../lotsen.csv
  integra: ../lotsen.csv: 2 of 3 rows are invalid, so nothing was imported:
  ../lotsen.csv:3: column "Seit": `31.02.2024` is not a date; write TT.MM.JJJJ (24.11.2026) or JJJJ-MM-TT
  ../lotsen.csv:4: column "Sprachen": `languages[0].code` is `xx`, which is not an ISO 639 language code (lower case, such as fa, tr or prs) [schema]
  Correct the rows in the spreadsheet and import the whole file again.
  [1]
  $ commits; git status --short
  1

Corrected, `--dry-run` shows what would be created, and writes nothing:

  $ sed -i 's/31.02.2024/28.02.2024/; s/xx:native/tr:native/' ../lotsen.utf8 && ansi < ../lotsen.utf8 > ../lotsen.csv
  $ integra import pilots ../lotsen.csv --dry-run 2>/dev/null | head -28
  # ../lotsen.csv: Windows-1252, separated by `;`; each row a new pilot
  # column "Vorname" \xe2\x86\x92 name.given (esc)
  # column "Nachname" \xe2\x86\x92 name.family (esc)
  # column "Geschlecht" \xe2\x86\x92 gender (esc)
  # column "Sprachen" \xe2\x86\x92 languages (esc)
  # column "Telefon" \xe2\x86\x92 phone (esc)
  # column "E-Mail" \xe2\x86\x92 email (esc)
  # column "Seit" \xe2\x86\x92 since (esc)
  # column "Bemerkungen" \xe2\x86\x92 notes (esc)
  
  # ../lotsen.csv line 2 \xe2\x86\x92 pilots/P-0025.yaml (esc)
  id: P-0025
  name:
    given: Jürgen
    family: Müller
  gender: m
  languages:
    - code: de
      level: native
    - code: fa
      level: B1
  phone: "06074 12345"
  email: j.mueller@example.org
  since: 2024-03-01
  status: active
  notes: Dienstags; nicht freitags
  
  # ../lotsen.csv line 3 \xe2\x86\x92 pilots/P-0026.yaml (esc)
  $ commits; git status --short; ls pilots | tail -1
  1
  P-0024.yaml

Imported: the new IDs on stdout, one commit whose message names IDs only, never a name:

  $ integra import pilots ../lotsen.csv
  P-0025
  P-0026
  P-0027
  integra: imported 3 pilots in one commit
  $ commits; git status --short
  2
  $ git log -1 --format=%B
  pilots: import 3 records
  
  P-0025 P-0026 P-0027
  
  $ integra show P-0026 | head -4
  id: P-0026
  name:
    given: Grete
    family: Weiß
  $ integra check 2>&1 | tail -1
  0 errors, 2 warnings in 1775 files

Assignments of the new guides: hours with a decimal comma, times as 9:30, German words, a
UTF-8 file with a byte order mark ("CSV UTF-8"). The second books Jürgen at the same time
again, which only the check across records sees:

  $ printf '\xef\xbb\xbfLotse;Datum;Uhrzeit;Stunden;Art;Sprache;Angefragt von\r\n' > ../einsaetze.csv
  $ printf 'P-0025;03.11.2026;9:30;1,5;Begleitung;fa;Schule\r\n' >> ../einsaetze.csv
  $ printf 'P-0025;03.11.2026;10:00;2;Übersetzung;fa;Behörde\r\n' >> ../einsaetze.csv
  $ printf 'P-0027;04.11.2026;14:00;0,75;Elterngespräch;tr;Migrantin\r\n' >> ../einsaetze.csv
  $ integra import assignments ../einsaetze.csv
  integra: ../einsaetze.csv: 1 of 3 rows is invalid, so nothing was imported:
  ../einsaetze.csv:3: column "Uhrzeit": P-0025 is booked twice: E-2026-0271 (10:00\xe2\x80\x9312:00) overlaps E-2026-0270 (09:30\xe2\x80\x9311:00) [double-booking] (esc)
  Correct the rows in the spreadsheet and import the whole file again.
  [1]
  $ sed -i '3d' ../einsaetze.csv
  $ integra -q import assignments ../einsaetze.csv
  E-2026-0270
  E-2026-0271
  $ integra pilot assignments --pilot P-0027 --format csv
  id,pilot,date,time,hours,kind,language,requested_by,client,status,billed
  E-2026-0271,P-0027,2026-11-04,14:00,0.75,parent_talk,tr,migrant,,planned,

Columns the tool does not know are refused, naming them, unless `--map` says where they go or
leaves them out (`COLUMN=`); a `--map` naming no column or no field is a usage error:

  $ printf 'Name;Adresse;Art;Plätze;Hausmeister\nHaus am See;Seestr. 1;GU;12;Herr Braun\n' > ../unterkuenfte.csv
  $ integra import housing ../unterkuenfte.csv
  integra: ../unterkuenfte.csv:1: "Hausmeister" is not a field of a housing record; map it with --map "COLUMN=key.path" (the key paths are the columns of `integra export housing`), or leave it out with --map "COLUMN="; nothing was imported
  [1]
  $ integra import housing ../unterkuenfte.csv --map Hausmeister=notes --dry-run 2>/dev/null | tail -7
  # ../unterkuenfte.csv line 2 \xe2\x86\x92 housing/U-09.yaml (esc)
  id: U-09
  name: Haus am See
  address: Seestr. 1
  kind: shared
  capacity: 12
  notes: Herr Braun
  $ integra import housing ../unterkuenfte.csv --map Hausmeister= --map Typ=kind
  integra: --map `Typ=kind`: no file has a column "Typ" (../unterkuenfte.csv: "Name", "Adresse", "Art", "Plätze", "Hausmeister")
  [2]
  $ integra import housing ../unterkuenfte.csv --map Hausmeister=caretaker
  integra: --map `Hausmeister=caretaker`: `caretaker` is not a value of a housing record (../unterkuenfte.csv); see `integra export housing` for the key paths
  [2]
  $ integra -q import housing ../unterkuenfte.csv --map Hausmeister=
  U-09

Amounts as German Excel writes them; an amount that could be 1500 or 1.5 is refused:

  $ printf 'Titel;Träger;AG;Finanzierung;Beantragt\n' > ../projekte.csv
  $ printf 'Sprachcafé;Verein A;ag2;Stadt;1.234,56 €\n' >> ../projekte.csv
  $ printf 'Nähkurs;Verein B;ag3;Demokratie leben;1.500\n' >> ../projekte.csv
  $ integra import projects ../projekte.csv
  integra: ../projekte.csv: 1 of 2 rows is invalid, so nothing was imported:
  ../projekte.csv:3: column "Beantragt": `1.500` is not an amount in euros; write 1234,56 or 1.234,56 (no minus, at most two places)
  Correct the rows in the spreadsheet and import the whole file again.
  [1]
  $ sed -i 's/;1.500$/;1.500,00/' ../projekte.csv
  $ integra -q import projects ../projekte.csv
  PR-2026-018
  PR-2026-019
  $ grep -h requested projects/PR-2026-018.yaml projects/PR-2026-019.yaml
  requested: 1234.56
  requested: 1500.00

IDs: a row may bring its own (a record from another system keeps its number), but never one
that exists, was erased, or is another row's:

  $ printf 'ID;Name;Art;Plätze\nU-09;Zweites Haus;GU;4\nU-40;Drittes Haus;GU;6\nU-40;Viertes Haus;GU;2\nX-1;Fünftes;GU;1\n' > ../ids.csv
  $ integra import housing ../ids.csv
  integra: ../ids.csv: 3 of 4 rows are invalid, so nothing was imported:
  ../ids.csv:2: column "ID": U-09 exists already; import only adds records (change it with `integra set U-09` or `integra edit U-09`)
  ../ids.csv:4: column "ID": U-40 is the ID of line 3 too
  ../ids.csv:5: column "ID": `X-1` is not a housing ID (such as U-07); leave the cell empty and integra gives the next free one
  Correct the rows in the spreadsheet and import the whole file again.
  [1]

  $ printf 'ID;Haushalt;Vorname;Nachname;Geburtsdatum;Geschlecht;Staatsangehörigkeit\nR-2022-0012;H-2022-0001;Ana;Neu;01.01.1990;w;SY\n' > ../erased.csv
  $ integra import refugees ../erased.csv
  integra: ../erased.csv: 1 of 1 row is invalid, so nothing was imported:
  ../erased.csv:2: column "ID": R-2022-0012 was given before (see erased/R-2022-0012.yaml) and is never given again; leave the cell empty for a new ID
  Correct the rows in the spreadsheet and import the whole file again.
  [1]

A file where a record would go that is not a plain file (here a link to another guide's
file) is never written through, not even in the check's scratch copy:

  $ ln -s P-0001.yaml pilots/P-0040.yaml
  $ printf 'id;Vorname;Nachname\nP-0040;Neu;Person\n' > ../link.csv
  $ integra import pilots ../link.csv --dry-run
  integra: ../link.csv: 1 of 1 row is invalid, so nothing was imported:
  ../link.csv:2: column "id": pilots/P-0040.yaml exists and is not a plain file; see `integra check`
  Correct the rows in the spreadsheet and import the whole file again.
  [1]
  $ head -1 pilots/P-0001.yaml; rm pilots/P-0040.yaml; git status --short
  id: P-0001

The check runs on a scratch copy under `.integra/tmp/`, hard links to every record; one left by
a killed import is removed by the next command, so that it never outlives an erasure:

  $ mkdir -p .integra/tmp/import-99999/refugees && ln refugees/R-2022-0005.yaml .integra/tmp/import-99999/refugees/
  $ integra status > /dev/null; ls .integra/tmp

Several files in one commit, for records that refer to each other (here by the household's ID,
given in the file); one bad row in the second file and nothing of the first is written either:

  $ printf 'ID;Zuweisung;Aktenzeichen;Personen\nH-2026-0011;02.11.2026;AZ-1;2\n' > ../haushalte.csv
  $ printf 'Haushalt;Vorname;Nachname;Geburtsdatum;Geschlecht;Staatsangehörigkeit\n' > ../personen.csv
  $ printf 'H-2026-0011;Amina;Haidari;12.05.1990;w;AF\nH-2026-0011;Omid;Haidari;30.02.2015;m;AF\n' >> ../personen.csv
  $ before=$(commits); integra import households ../haushalte.csv refugees ../personen.csv
  integra: 1 of 3 rows is invalid, so nothing was imported:
  ../personen.csv:3: column "Geburtsdatum": `30.02.2015` is not a date; write TT.MM.JJJJ (24.11.2026) or JJJJ-MM-TT
  Correct the rows in the spreadsheet and import the whole file again.
  [1]
  $ test "$(commits)" = "$before" && git status --short && ls households | tail -1
  H-2026-0003.yaml
  $ sed -i 's/30.02.2015/28.02.2015/' ../personen.csv
  $ integra -q import households ../haushalte.csv refugees ../personen.csv
  integra: ../personen.csv:2: warning: R-2026-0009 has onboarding steps past their due date: registration (due 2026-11-16); record them with `integra refugee done R-2026-0009 STEP` or `skip` [overdue-step]
  integra: ../personen.csv:3: warning: R-2026-0010 has onboarding steps past their due date: registration (due 2026-11-16); record them with `integra refugee done R-2026-0010 STEP` or `skip` [overdue-step]
  H-2026-0011
  R-2026-0009
  R-2026-0010
  $ git log -1 --format=%s
  households, refugees: import 3 records

Files that are not a spreadsheet's CSV, or are broken, are refused with the line:

  $ printf '\xff\xfeV\x00o\x00r\x00' > ../unicode.txt
  $ integra import pilots ../unicode.txt
  integra: ../unicode.txt:1: the file is UTF-16 (Excel's "Unicode text"); save it from the spreadsheet as "CSV UTF-8" or "CSV (Trennzeichen-getrennt)"
  [1]
  $ printf 'Vorname;Nachname\nAli;"Öz\nEva;Roth\n' > ../offen.csv
  $ integra import pilots ../offen.csv
  integra: ../offen.csv:2: field 2 has an opening quote (") that is never closed
  [1]
  $ integra import pilots ../fehlt.csv
  integra: cannot read ../fehlt.csv: * (glob)
  [2]
  $ integra import people ../lotsen.csv
  integra: `people` is not a kind of record; name one of pilots, assignments, households, refugees, housing, projects, ags, meetings
  [2]
  $ integra import pilots
  integra: name a kind and a CSV file for each import, such as `integra import pilots lotsen.csv`; `pilots` has no file
  [2]
  $ git status --short

Export: one row a record, one column a value, named by its key path; lists of codes and words
in one cell. Persons whose processing is restricted (GDPR Art. 18) are left out:

  $ integra export pilots | head -2
  id,name.given,name.family,gender,languages,phone,email,since,training.cohort,training.hours,training.certified,status,retired,notes
  P-0001,Ayşe,Yılmaz,f,"tr:native,de:C1",06074 475787,a.yilmaz@example.org,2010-12-14,2010/2011,32,2010-11-16,active,,Bevorzugt Elterngespräche an Schulen.
  $ integra export refugees > /dev/null
  integra: 2 persons left out: their processing is restricted (GDPR Art. 18)
  $ integra export refugees 2>/dev/null | grep -c '^R-'
  320
  $ ls refugees | wc -l
  322
  $ integra export refugees --format json 2>/dev/null | grep -c '"birth_date"'
  320

References to them in other records are left empty too (an assignment's client):

  $ integra -q set E-2026-0269 client=R-2024-0032 && grep -c R-2024-0032 assignments/E-2026-0269.yaml
  1
  $ integra export assignments | grep -c R-2024-0032
  integra: 1 reference to persons whose processing is restricted left empty (GDPR Art. 18)
  0
  [1]
  $ integra export assignments --format json 2>/dev/null | grep -c R-2024-0032
  0
  [1]

A kind without records exports a header, which imports as no records:

  $ integra init empty > /dev/null && integra --data empty export meetings | tee ../none.csv
  id
  $ integra --data empty import meetings ../none.csv
  integra: no rows below the header; nothing was imported

`--excel`: what German Excel opens correctly by double-click: byte order mark, `;`, CRLF,
decimal commas, and digits Excel would change kept as written:

  $ integra export projects --excel | head -2 | od -c | head -2
  0000000 357 273 277   i   d   ;   t   i   t   l   e   ;   a   p   p   l
  0000020   i   c   a   n   t   .   o   r   g   a   n   i   s   a   t   i
  $ integra export projects --excel | sed -n 2p
  PR-2023-001;Elterncaf\xc3\xa9 an der Grundschule;T\xc3\xbcrkischer Elternverein;Frau Papadopoulos;ag2;city;;1100,00;1000,00;M-2023-0001;youth,all;"=""2023-03-16""";"=""2023-08-25""";evaluated;"=""2023-03-16""";500,00;"=""2023-08-25""";500,00;"=""2023-10-06""";"=""2023-10-03""";"=""2023-11-23""";"=""2023-09-19""";Ziele erreicht, gute Beteiligung.\r (esc)
  $ integra export pilots --excel | sed -n 2p | cut -d';' -f1-6
  P-0001;Ay\xc5\x9fe;Y\xc4\xb1lmaz;f;tr:native,de:C1;"=""06074 475787""" (esc)
  $ integra --format json export pilots --excel
  integra: --excel is a form of CSV; it goes with --format csv, not --format json
  [2]

The payroll CSV and every other CSV output take the same form:

  $ integra pilot fees --month 2026-10 --format csv --excel | sed -n '1p;2p' | cut -d';' -f1,5-
  \xef\xbb\xbfpilot;assignments;hours;for_hours;flat;travel;total\r (esc)
  P-0002;1;2,5;37,50;10,00;0,00;47,50\r (esc)
  $ integra pilot list --excel | sed -n 1p
  \xef\xbb\xbfid;given;family;gender;languages;status;hours_month;hours_year\r (esc)

The round trip: every kind exported and imported into a new data directory with the same
settings gives the same records, in one commit; the files are the same byte for byte, but for
the order of onboarding steps (a record's own order, which one table cannot keep) and the
restricted persons, who are not exported:

  $ cd .. && copy_examples original && integra init copy > /dev/null
  $ integra --data original -q set P-0001 'phone=+49 6074 12345' 'notes=-> nur vormittags; "Zitat"'
  $ integra --data original -q set R-2022-0001 'notes.0.text==SUMME(A1) ist kein Befehl'
  $ integra --data original export pilots | sed -n 2p
  P-0001,Ay\xc5\x9fe,Y\xc4\xb1lmaz,f,"tr:native,de:C1",'+49 6074 12345,a.yilmaz@example.org,2010-12-14,2010/2011,32,2010-11-16,active,,"'-> nur vormittags; ""Zitat""" (esc)
  $ cp original/integra.yaml copy/ && rm -r copy/ags && git -C copy add -A && git -C copy commit -qm settings
  $ kinds="pilots assignments households refugees housing projects ags meetings"
  $ for k in $kinds; do integra --data original -q export $k > $k.csv; set -- "$@" $k $k.csv; done
  $ integra --data copy -q import "$@" 2>/dev/null | wc -l
  1768
  $ for k in $kinds; do diff -r -q original/$k copy/$k > /dev/null && echo "$k: same files"; done
  pilots: same files
  assignments: same files
  households: same files
  housing: same files
  projects: same files
  ags: same files
  meetings: same files
  $ for k in $kinds; do integra --data copy -q export $k | cmp - $k.csv && echo "$k: same table"; done
  pilots: same table
  assignments: same table
  households: same table
  refugees: same table
  housing: same table
  projects: same table
  ags: same table
  meetings: same table
  $ diff -r original/refugees copy/refugees | grep '^Only'
  Only in original/refugees: R-2024-0032.yaml
  Only in original/refugees: R-2024-0034.yaml
  $ integra --data copy check 2>&1 | tail -1
  0 errors, 2 warnings in 1769 files

The same through German Excel's form:

  $ integra init excel > /dev/null && cp original/integra.yaml excel/ && rm -r excel/ags && git -C excel add -A && git -C excel commit -qm settings
  $ set --; for k in $kinds; do integra --data original -q export $k --excel > $k.xl.csv; set -- "$@" $k $k.xl.csv; done
  $ integra --data excel -q import "$@" 2>/dev/null | wc -l
  1768
  $ diff -r -q copy excel --exclude=.git --exclude=.integra && echo same
  same
