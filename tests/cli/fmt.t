`integra fmt` shows, as a unified diff, what normalising records to the canonical form would
change, and exits 1 if anything would; `--write` applies it in one commit. Normalising is
idempotent.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ sed -i 's/^  tax_free_allowance: .*/  tax_free_allowance: 2000.00/' integra.yaml && git commit -qam "allowance"

The example data is canonical:

  $ integra fmt

Hand edits: a comment, a key out of order, needless quotes, an unknown field, a YAML 1.1 boolean
word that must be quoted, and a flow list:

  $ sed -i 's/^status: active$/status: active # seit 2015/' pilots/P-0007.yaml
  $ printf 'id: P-0012\ngender: f\nname: {given: "Ana", family: Costa}\nlanguages: [{code: no, level: native}]\nstatus: active\nfavourite_colour: blue\n' > pilots/P-0012.yaml
  $ git commit -qam "hand edits" && commits
  3
  $ integra check P-0012
  pilots/P-0012.yaml:6:1: warning: unknown field `favourite_colour`; is it misspelt? `integra fmt` would drop it [unknown-field]
    favourite_colour: blue
    ^
  0 errors, 1 warning in 1772 files
  $ integra fmt
  2 files are not in canonical form; `integra fmt --write` normalises them
  --- a/pilots/P-0007.yaml
  +++ b/pilots/P-0007.yaml
  @@ -19,5 +19,5 @@
     cohort: 2014/2015
     hours: 32
     certified: 2014-11-13
  -status: active # seit 2015
  +status: active
   notes: Bevorzugt Elterngespr\xc3\xa4che an Schulen. (esc)
  --- a/pilots/P-0012.yaml
  +++ b/pilots/P-0012.yaml
  @@ -1,6 +1,9 @@
   id: P-0012
  +name:
  +  given: Ana
  +  family: Costa
   gender: f
  -name: {given: "Ana", family: Costa}
  -languages: [{code: no, level: native}]
  +languages:
  +  - code: "no"
  +    level: native
   status: active
  -favourite_colour: blue
  [1]
  $ integra fmt P-0007
  1 file is not in canonical form; `integra fmt --write` normalises it
  --- a/pilots/P-0007.yaml
  +++ b/pilots/P-0007.yaml
  @@ -19,5 +19,5 @@
     cohort: 2014/2015
     hours: 32
     certified: 2014-11-13
  -status: active # seit 2015
  +status: active
   notes: Bevorzugt Elterngespr\xc3\xa4che an Schulen. (esc)
  [1]
  $ integra fmt refugees

--write applies it in one commit naming only IDs, then there is nothing left to do:

  $ integra fmt --write
  fmt: normalise P-0007, P-0012
  $ commits
  4
  $ git show --stat --format=%s HEAD
  fmt: normalise P-0007, P-0012
  
   pilots/P-0007.yaml | 2 +-
   pilots/P-0012.yaml | 9 ++++++---
   2 files changed, 7 insertions(+), 4 deletions(-)
  $ git status --porcelain
  $ cat pilots/P-0012.yaml
  id: P-0012
  name:
    given: Ana
    family: Costa
  gender: f
  languages:
    - code: "no"
      level: native
  status: active
  $ integra fmt --write
  $ integra fmt
  $ commits
  4

--no-commit writes but leaves the commit to the user:

  $ printf '\n' >> pilots/P-0013.yaml && git commit -qam "blank line"
  $ integra --no-commit fmt --write
  fmt: normalise P-0013
  $ git status --porcelain
   M pilots/P-0013.yaml
