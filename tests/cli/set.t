`integra set` changes typed fields of one record in exactly one commit that touches one file
and names the record by ID only.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

  $ integra set P-0004 phone="06074 99"
  pilot: set P-0004 phone
  $ commits
  2
  $ git show --stat --format=%s HEAD
  pilot: set P-0004 phone
  
   pilots/P-0004.yaml | 2 +-
   1 file changed, 1 insertion(+), 1 deletion(-)
  $ grep phone pilots/P-0004.yaml
  phone: "06074 99"
  $ /usr/bin/python3 -c 'import yaml; print(repr(yaml.safe_load(open("pilots/P-0004.yaml"))["phone"]))'
  '06074 99'

The message carries no name, only the kind, the ID and the field:

  $ git log -1 --format=%B | grep -c -i -e Şahin -e Mehmet
  0
  [1]

Several fields at once, nested and in lists (by number; the next number appends), typed:

  $ integra set P-0004 name.given=Memet languages.1.level=C1 languages.2.code=no languages.2.level=A2 since=2015-04-01
  pilot: set P-0004 name, languages, since
  $ sed -n '2,14p' pilots/P-0004.yaml
  name:
    given: Memet
    family: \xc5\x9eahin (esc)
  gender: m
  languages:
    - code: tr
      level: native
    - code: de
      level: C1
    - code: "no"
      level: A2
  phone: "06074 99"
  email: m.sahin@example.org

An empty value removes an optional field:

  $ integra set P-0004 email=
  pilot: set P-0004 email
  $ grep -c email pilots/P-0004.yaml
  0
  [1]

Setting a value it already has changes nothing and makes no commit:

  $ integra set P-0004 gender=m
  P-0004: nothing to change
  $ commits
  4

Refused with exit 1, and nothing written or committed: invalid values, unknown fields, the ID,
a required field removed, a reference to a record that does not exist.

  $ cp pilots/P-0004.yaml "$CRAMTMP"/before.yaml
  $ integra set P-0004 since=2017-02-30
  integra: P-0004 would be invalid, so nothing was changed:
  `since` is `2017-02-30`; expected a real calendar date as YYYY-MM-DD [schema]
  [1]
  $ integra set P-0004 status=sleeping
  integra: P-0004 would be invalid, so nothing was changed:
  `status` is `sleeping`; expected one of: active, paused, retired [schema]
  [1]
  $ integra set P-0004 languages.0.code=xx
  integra: P-0004 would be invalid, so nothing was changed:
  `languages[0].code` is `xx`, which is not an ISO 639 language code (lower case, such as fa, tr or prs) [schema]
  [1]
  $ integra set P-0004 since=2030-01-01
  integra: P-0004 would be invalid, so nothing was changed:
  `since` is 2030-01-01, which lies after today (2026-11-24) [future-date]
  [1]
  $ integra set P-0004 shoe_size=42
  integra: P-0004: `shoe_size` is not a field of a pilot record
  [1]
  $ integra set P-0004 name.middle=Ali
  integra: P-0004: `name.middle` is not a field of `name`
  [1]
  $ integra set P-0004 id=P-0099
  integra: P-0004: `id` is the file name and cannot be changed
  [1]
  $ integra set P-0004 gender=
  integra: P-0004 would be invalid, so nothing was changed:
  `gender` is missing; it is required [schema]
  [1]
  $ integra set E-2026-0246 pilot=P-0099
  integra: E-2026-0246 would be invalid, so nothing was changed:
  `pilot` refers to pilot P-0099, which does not exist [reference]
  [1]
  $ integra set P-0004 languages=tr
  integra: P-0004: `languages` holds several values; set its parts (such as `languages.0`) or use `integra edit P-0004`
  [1]
  $ integra set P-0004 languages.7.code=fa
  integra: P-0004: `languages` has 3 items; the next new one is number 3
  [1]
  $ cmp pilots/P-0004.yaml "$CRAMTMP"/before.yaml && git status --porcelain && commits
  4

Usage errors exit 2; an unknown record exits 1:

  $ integra set P-0004 phone
  integra: `phone` is not an assignment; write key.path=value, for example phone="06074 99"
  [2]
  $ integra set P-9999 phone=1
  integra: there is no pilot P-9999 (no file pilots/P-9999.yaml)
  [1]
  $ integra set ../etc/passwd phone=1
  integra: `../etc/passwd` is not a record ID (such as P-0004, R-2025-0077, PR-2025-014, ag1)
  [1]

A billed assignment has been paid and can no longer change:

  $ integra set E-2025-0001 hours=3
  integra: E-2025-0001 is billed (2025-01) and can no longer change: it has been paid
  [1]

A hand-edited file (here, a comment) is never rewritten: set refuses and points to fmt, and the
file stays byte for byte as it was.

  $ sed -i 's/^status: active$/status: active # seit 2015/' pilots/P-0007.yaml
  $ cp pilots/P-0007.yaml "$CRAMTMP"/edited.yaml
  $ integra set P-0007 phone="06074 1"
  integra: pilots/P-0007.yaml was edited by hand (comments, quoting, key order or unknown fields differ from the form integra writes), so integra will not rewrite it.
  See what normalising would change with `integra fmt P-0007`, apply it with `integra fmt --write P-0007`, then try again.
  [1]
  $ cmp pilots/P-0007.yaml "$CRAMTMP"/edited.yaml
  $ git checkout -q pilots/P-0007.yaml

Only the record's file is committed; the user's other staged and unstaged changes stay as they
were:

  $ echo "# draft" >> housing/U-01.yaml
  $ echo "# staged draft" >> housing/U-02.yaml && git add housing/U-02.yaml
  $ integra set P-0005 phone="06074 5"
  pilot: set P-0005 phone
  $ git show --stat --format=%s HEAD | tail -1
   1 file changed, 1 insertion(+), 1 deletion(-)
  $ git status --porcelain
   M housing/U-01.yaml
  M  housing/U-02.yaml
  $ git checkout -q HEAD -- housing

When git fails (here a pre-commit hook refuses), set exits 3 with git's reason and the file is
restored:

  $ cp pilots/P-0006.yaml "$CRAMTMP"/p6.yaml
  $ printf '#!/bin/sh\necho "pre-commit: refused" >&2\nexit 1\n' > .git/hooks/pre-commit
  $ chmod +x .git/hooks/pre-commit
  $ integra set P-0006 phone="06074 6"
  integra: git commit failed: pre-commit: refused
  Nothing was changed.
  [3]
  $ cmp pilots/P-0006.yaml "$CRAMTMP"/p6.yaml
  $ rm .git/hooks/pre-commit
  $ git status --porcelain; ls -A .integra
  generation
  lock
  tmp

--no-commit writes the file and leaves the commit to the user:

  $ integra --no-commit set P-0006 phone="06074 6"
  pilot: set P-0006 phone
  $ git status --porcelain
   M pilots/P-0006.yaml
