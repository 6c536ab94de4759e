`integra check` reads every file and reports every problem in one run, each with its file, line,
column, severity and check name; exit 1 on errors, 0 otherwise (warnings too with --strict).

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

The example data is clean:

  $ integra check
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac [allowance] (esc)
    id: P-0012
        ^
  refugees/R-2026-0005.yaml:29:1: warning: R-2026-0005 has onboarding steps past their due date: registration (due 2026-11-03), doctor (due 2026-11-19); record them with `integra refugee done R-2026-0005 STEP` or `skip` [overdue-step]
    onboarding:
    ^
  0 errors, 2 warnings in 1772 files
  $ integra check --strict
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac [allowance] (esc)
    id: P-0012
        ^
  refugees/R-2026-0005.yaml:29:1: warning: R-2026-0005 has onboarding steps past their due date: registration (due 2026-11-03), doctor (due 2026-11-19); record them with `integra refugee done R-2026-0005 STEP` or `skip` [overdue-step]
    onboarding:
    ^
  0 errors, 2 warnings in 1772 files
  [1]

--strict makes warnings count:

  $ sed -i 's/^  - code: de$/  - code: deu/' pilots/P-0006.yaml
  $ integra check
  pilots/P-0006.yaml:9:11: warning: `languages[1].code`: write `de` (German, ISO 639-1) instead of `deu` [language-code]
      - code: deu
              ^
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac [allowance] (esc)
    id: P-0012
        ^
  refugees/R-2026-0005.yaml:29:1: warning: R-2026-0005 has onboarding steps past their due date: registration (due 2026-11-03), doctor (due 2026-11-19); record them with `integra refugee done R-2026-0005 STEP` or `skip` [overdue-step]
    onboarding:
    ^
  0 errors, 3 warnings in 1772 files
  $ integra check --strict
  pilots/P-0006.yaml:9:11: warning: `languages[1].code`: write `de` (German, ISO 639-1) instead of `deu` [language-code]
      - code: deu
              ^
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac [allowance] (esc)
    id: P-0012
        ^
  refugees/R-2026-0005.yaml:29:1: warning: R-2026-0005 has onboarding steps past their due date: registration (due 2026-11-03), doctor (due 2026-11-19); record them with `integra refugee done R-2026-0005 STEP` or `skip` [overdue-step]
    onboarding:
    ^
  0 errors, 3 warnings in 1772 files
  [1]
  $ git checkout -q pilots/P-0006.yaml

One problem of each class, made by hand the way staff make them:

  $ sed -i 's/^gender: m$/gender: q/; s/^since: .*/since: 2027-01-01/' pilots/P-0004.yaml
  $ sed -i 's/^status: active$/status: active\nshoe_size: 42/' pilots/P-0005.yaml
  $ sed -i 's/^  - code: de$/  - code: deu/' pilots/P-0006.yaml
  $ sed -i 's/^pilot: P-0021$/pilot: P-0099/' assignments/E-2023-0001.yaml
  $ sed -i 's/^id: R-2022-0002$/id: R-2022-0003/' refugees/R-2022-0002.yaml
  $ cp pilots/P-0008.yaml pilots/p-0008.yaml
  $ cp pilots/P-0009.yaml pilots/Pilot-9.yaml
  $ sed -i 's/^caseworker: kaya$/caseworker: nobody/' refugees/R-2022-0001.yaml
  $ printf 'id: P-0010\nname: [\n' > pilots/P-0010.yaml
  $ touch notes.yaml
  $ integra check
  assignments/E-2023-0001.yaml:2:8: error: `pilot` refers to pilot P-0099, which does not exist [reference]
    pilot: P-0099
           ^
  notes.yaml: error: this file is not where records live: each kind has its folder (pilots/, refugees/, ...); move it there or remove it [stray-file]
  pilots/P-0004.yaml:5:9: error: `gender` is `q`; expected one of: f, m, d, x [schema]
    gender: q
            ^
  pilots/P-0004.yaml:13:8: error: `since` is 2027-01-01, which lies after today (2026-11-24) [future-date]
    since: 2027-01-01
           ^
  pilots/P-0005.yaml:21:1: warning: unknown field `shoe_size`; is it misspelt? `integra fmt` would drop it [unknown-field]
    shoe_size: 42
    ^
  pilots/P-0006.yaml:9:11: warning: `languages[1].code`: write `de` (German, ISO 639-1) instead of `deu` [language-code]
      - code: deu
              ^
  pilots/P-0010.yaml:3:1: error: YAML syntax: a `[` is never closed by a `]` [yaml-syntax]
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac [allowance] (esc)
    id: P-0012
        ^
  pilots/Pilot-9.yaml: error: the file name `Pilot-9.yaml` is not a pilot ID of the form P-NNNN [id-filename]
  pilots/p-0008.yaml: error: the file name `p-0008.yaml` is not a pilot ID of the form P-NNNN [id-filename]
  pilots/p-0008.yaml: error: pilots/p-0008.yaml has the same ID as pilots/P-0008.yaml (IDs differ only in case); merge or renumber one of them [duplicate-id]
  refugees/R-2022-0001.yaml:18:13: error: `caseworker` is `nobody`; expected a staff handle listed under `staff` in integra.yaml [schema]
    caseworker: nobody
                ^
  refugees/R-2022-0002.yaml:1:5: error: `id` is R-2022-0003 but the file is named R-2022-0002.yaml; they must be the same [id-filename]
    id: R-2022-0003
        ^
  refugees/R-2026-0005.yaml:29:1: warning: R-2026-0005 has onboarding steps past their due date: registration (due 2026-11-03), doctor (due 2026-11-19); record them with `integra refugee done R-2026-0005 STEP` or `skip` [overdue-step]
    onboarding:
    ^
  10 errors, 4 warnings in 1774 files
  [1]

Selection reports only the named records or kinds (all files are still read, for references):

  $ integra check P-0004 E-2023-0001
  assignments/E-2023-0001.yaml:2:8: error: `pilot` refers to pilot P-0099, which does not exist [reference]
    pilot: P-0099
           ^
  pilots/P-0004.yaml:5:9: error: `gender` is `q`; expected one of: f, m, d, x [schema]
    gender: q
            ^
  pilots/P-0004.yaml:13:8: error: `since` is 2027-01-01, which lies after today (2026-11-24) [future-date]
    since: 2027-01-01
           ^
  3 errors, 0 warnings in 1774 files
  [1]
  $ integra check settings
  0 errors, 0 warnings in 1774 files
  $ integra check assignments
  assignments/E-2023-0001.yaml:2:8: error: `pilot` refers to pilot P-0099, which does not exist [reference]
    pilot: P-0099
           ^
  1 error, 0 warnings in 1774 files
  [1]
  $ integra check sunflowers
  integra: `sunflowers` is neither a record ID nor a kind (pilots, assignments, households, refugees, housing, projects, ags, meetings, erased, settings)
  [2]
  $ integra check P-0099
  integra: there is no pilot P-0099 (no file pilots/P-0099.yaml)
  [1]
  $ integra check P-00x
  integra: `P-00x` is neither a record ID nor a kind (pilots, assignments, households, refugees, housing, projects, ags, meetings, erased, settings)
  [2]

JSON for scripts, one object per problem:

  $ integra --format json check P-0004
  [
    {
      "file": "pilots/P-0004.yaml",
      "line": 5,
      "column": 9,
      "severity": "error",
      "check": "schema",
      "message": "`gender` is `q`; expected one of: f, m, d, x"
    },
    {
      "file": "pilots/P-0004.yaml",
      "line": 13,
      "column": 8,
      "severity": "error",
      "check": "future-date",
      "message": "`since` is 2027-01-01, which lies after today (2026-11-24)"
    }
  ]
  [1]
  $ integra --format json check settings
  []
  $ integra --format csv check
  integra: this command has no --format csv; it offers table, json
  [2]

-q prints the problems without the summary; colour is off in a pipe and on when asked:

  $ integra -q check assignments
  assignments/E-2023-0001.yaml:2:8: error: `pilot` refers to pilot P-0099, which does not exist [reference]
    pilot: P-0099
           ^
  [1]
  $ integra --color always check assignments 2>/dev/null | head -1 | cat -v
  assignments/E-2023-0001.yaml:2:8: ^[[1;31merror^[[0m: `pilot` refers to pilot P-0099, which does not exist [reference]
  $ NO_COLOR=1 integra --color auto check assignments 2>/dev/null | head -1 | cat -v
  assignments/E-2023-0001.yaml:2:8: error: `pilot` refers to pilot P-0099, which does not exist [reference]

Check never writes:

  $ git status --porcelain | wc -l
  10
