`integra show ID` prints one record in its canonical form (YAML), or as typed JSON.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

  $ integra show E-2023-0001
  id: E-2023-0001
  pilot: P-0021
  date: 2023-01-04
  time: "09:30"
  hours: 1.5
  kind: accompaniment
  language: tr
  requested_by:
    type: migrant
  status: billed
  billed: 2023-01
  $ integra --format json show E-2023-0001
  {
    "id": "E-2023-0001",
    "pilot": "P-0021",
    "date": "2023-01-04",
    "time": "09:30",
    "hours": 1.5,
    "kind": "accompaniment",
    "language": "tr",
    "requested_by": {
      "type": "migrant"
    },
    "status": "billed",
    "billed": "2023-01"
  }
  $ integra --format json show P-0004 | python3 -c 'import json, sys; r = json.load(sys.stdin); print(r["name"]["family"], r["training"]["hours"], r["languages"][1])'
  \xc5\x9eahin 32 {'code': 'de', 'level': 'B2'} (esc)

A file edited by hand is shown as integra would write it, with a note on stderr:

  $ sed -i 's/^status: billed$/status: billed # geprüft/' assignments/E-2023-0001.yaml
  $ integra show E-2023-0001 2>&1 >/dev/null
  (the file differs from this canonical form; see `integra fmt E-2023-0001`)
  $ integra show E-2023-0001 2>/dev/null | grep status
  status: billed

Unknown records and bad arguments:

  $ integra show P-0099
  integra: there is no pilot P-0099 (no file pilots/P-0099.yaml)
  [1]
  $ integra show nonsense
  integra: `nonsense` is not a record ID (such as P-0004, R-2025-0077, PR-2025-014, ag1)
  [1]
  $ integra show
  integra: ID is required
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]
  $ integra --format csv show P-0004
  integra: this command has no --format csv; it offers yaml, json, table
  [2]
  $ printf 'id: P-0010\nname: [\n' > pilots/P-0010.yaml
  $ integra show P-0010
  integra: pilots/P-0010.yaml:3:1: YAML syntax: a `[` is never closed by a `]`
  See `integra check P-0010`.
  [1]
