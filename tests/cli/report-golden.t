The annual report of the example data, in every format, against the golden files in
tests/golden/annual-2025 (made by tests/golden/make-goldens.sh; `make goldens` refreshes them
after an intended change). The example data is only read.

  $ . "$TESTS/cli/lib.sh"
  $ sh "$TESTS/golden/make-goldens.sh" "$INTEGRA" "$SOURCE/examples/dietzenbach" out
  $ diff -r "$TESTS/golden/annual-2025" out && echo same
  same

Every format has all 23 tables; CSV has one file per table.

  $ ls out/csv | wc -l
  23
  $ grep -c '<figure' out/report.html
  23
  $ grep -c '^### ' out/report.md
  23

A public report never shows a count of 1 or 2 in its tables: suppressed cells read `<3`.

  $ grep -c '<3' out/report.md
  [1-9][0-9]* (re)
  $ grep -c '<3' out/report-internal.md
  0
  [1]

The internal report says so on top and under every section heading.

  $ head -1 out/report-internal.md
  # Integrationsbericht 2025
  $ grep -c 'INTERN' out/report-internal.md
  7
