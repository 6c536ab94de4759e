`check`, `status` and `report` keep their results in .integra/cache/ and answer from there
while every file is as it was (store/cache.hpp). Whatever changes a record, the next command
sees it: a result is never served stale.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ stamp() { stat -c %y .integra/cache/check; }
  $ summary() { integra "$@" check 2>&1 >/dev/null; }
  $ inplace() { python3 -c "import sys; f=open(sys.argv[1],'r+b'); t=f.read(); f.seek(0); f.write(t.replace(sys.argv[2].encode(),sys.argv[3].encode(),1))" "$@"; }

A file written a moment ago may not show a change that quick in its times (a file system's
clock ticks in milliseconds, some in seconds), so nothing is saved yet.

  $ touch pilots/P-0001.yaml && summary
  0 errors, 2 warnings in 1772 files
  $ ls -A .integra/cache 2>/dev/null | wc -l
  0

Two seconds later the result is saved, and the next run answers from it without writing it
again. Cached or not, the output is the same, on one thread or several.

  $ sleep 2.1
  $ summary
  0 errors, 2 warnings in 1772 files
  $ ls .integra/cache
  check
  $ before=$(stamp); summary; test "$(stamp)" = "$before" && echo "answered from the cache"
  0 errors, 2 warnings in 1772 files
  answered from the cache
  $ integra check --format json > ../cached.json
  $ integra --no-cache check --format json > ../computed.json
  $ INTEGRA_THREADS=1 integra --no-cache check --format json > ../one-thread.json
  $ cmp ../cached.json ../computed.json && cmp ../cached.json ../one-thread.json && echo same
  same

A file rewritten in place (same inode), with the same size, within the same second:

  $ grep -n '^hours' assignments/E-2025-0001.yaml
  5:hours: 2
  $ inplace assignments/E-2025-0001.yaml 'hours: 2' 'hours: x'
  $ summary
  1 error, 2 warnings in 1772 files
  [1]
  $ inplace assignments/E-2025-0001.yaml 'hours: x' 'hours: 2'
  $ summary
  0 errors, 2 warnings in 1772 files

A hand edit between two runs, once the result is saved again:

  $ sleep 2.1
  $ summary
  0 errors, 2 warnings in 1772 files
  $ before=$(stamp); summary; test "$(stamp)" = "$before" && echo "answered from the cache"
  0 errors, 2 warnings in 1772 files
  answered from the cache
  $ sed -i 's/^status: active/status: resting/' pilots/P-0001.yaml
  $ integra check pilots
  pilots/P-0001.yaml:18:9: error: `status` is `resting`; expected one of: active, paused, retired [schema]
    status: resting
            ^
  pilots/P-0012.yaml:1:5: warning: P-0012 has earned 857.50 \xe2\x82\xac in fees in 2026, 89 % of the tax-free allowance of 960.00 \xe2\x82\xac [allowance] (esc)
    id: P-0012
        ^
  1 error, 1 warning in 1772 files
  [1]

`git checkout` of an older commit, and back:

  $ git commit -qam "P-0001 resting" && sleep 2.1
  $ summary
  1 error, 2 warnings in 1772 files
  [1]
  $ git checkout -q HEAD~1 -- . && summary
  0 errors, 2 warnings in 1772 files
  $ git checkout -q HEAD -- . && summary
  1 error, 2 warnings in 1772 files
  [1]
  $ git reset -q --hard HEAD~1 && sleep 2.1 && summary
  0 errors, 2 warnings in 1772 files

A new file, or one removed, counts as a change too:

  $ cp pilots/P-0001.yaml pilots/P-0001.yml && summary
  1 error, 2 warnings in 1772 files
  [1]
  $ rm pilots/P-0001.yml && summary
  0 errors, 2 warnings in 1772 files

A cache file cut short, or with a byte changed, is ignored and replaced, never trusted:

  $ sleep 2.1 && summary
  0 errors, 2 warnings in 1772 files
  $ size=$(stat -c %s .integra/cache/check)
  $ truncate -s 100 .integra/cache/check && summary
  0 errors, 2 warnings in 1772 files
  $ test "$(stat -c %s .integra/cache/check)" = "$size" && echo replaced
  replaced
  $ python3 -c "import sys; p=sys.argv[1]; b=bytearray(open(p,'rb').read()); b[len(b)-40]^=1; open(p,'wb').write(b)" .integra/cache/check
  $ before=$(stamp); summary; test "$(stamp)" != "$before" && echo replaced
  0 errors, 2 warnings in 1772 files
  replaced

`status` and `report` answer from the cache too, and see a change:

  $ integra status > ../status-1 && integra status > ../status-2 && integra --no-cache status > ../status-3
  $ cmp ../status-1 ../status-2 && cmp ../status-1 ../status-3 && ls .integra/cache
  check
  status
  $ hours() { integra -q report annual --year 2025 --internal --format json --table assignments_by_kind | python3 -c "import json,sys; t=json.load(sys.stdin)['sections'][0]['tables'][0]; print(t['rows'][-1])"; }
  $ hours > ../hours-1 && hours > ../hours-2 && cmp ../hours-1 ../hours-2 && ls .integra/cache
  check
  report
  status
  $ inplace assignments/E-2025-0001.yaml 'hours: 2' 'hours: 9'
  $ hours > ../hours-3; diff ../hours-1 ../hours-3 > /dev/null || echo "the report changed"
  the report changed
  $ inplace assignments/E-2025-0001.yaml 'hours: 9' 'hours: 2'

Options are never mistaken for others, however they are spelt:

  $ integra -q report annual --year 2025 --format json -o '../x|' --table key_figures
  $ integra -q report annual --year 2025 --format json -o ../x --table '|key_figures'
  integra: this report has no table `|key_figures`; its tables: key_figures, guides_by_gender, guide_languages, assignments_by_month, assignments_by_kind, assignments_by_requester, guide_fees, allocations_by_month, persons_by_nationality, persons_by_age, households_by_size, onboarding_steps, housing_occupancy, applications_by_ag, funding_by_source, budget_use, evaluations, ag_meetings, ag_decisions, intakes_interpreting, assignments_for_refugees, language_gaps, topics_from_field
  [2]

A saved result that no longer fits the records goes at once, even when the records were changed
without integra (a pull of another office's erasure):

  $ sleep 2.1 && summary && ls .integra/cache | grep check
  0 errors, 2 warnings in 1772 files
  check
  $ touch -d '2026-01-01' housing/*.yaml && summary --no-cache && ls .integra/cache | grep check
  0 errors, 2 warnings in 1772 files
  check
  $ summary > /dev/null; test -e .integra/cache/check || echo "removed"
  removed

--no-cache neither uses nor saves anything:

  $ rm -r .integra/cache && sleep 2.1
  $ summary --no-cache && integra --no-cache status > /dev/null
  0 errors, 2 warnings in 1772 files
  $ test -e .integra/cache || echo "nothing saved"
  nothing saved
  $ git status --short

A change made with integra removes every saved result: they are stale, and may hold what the
change removes (an erased person's ID).

  $ sleep 2.1 && summary && ls .integra/cache
  0 errors, 2 warnings in 1772 files
  check
  $ integra -q set P-0001 notes="Bevorzugt Termine am Vormittag."
  $ test -e .integra/cache || echo "no saved results"
  no saved results
  $ summary
  0 errors, 2 warnings in 1772 files
