Hostile and odd files, dropped one at a time into a copy of the example data. Each hostile one
makes `integra check` exit 1 naming the file, and the line and column where there is one; it is
never changed, nothing is committed, and nothing hangs (`timeout` would exit 124).

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

The examples' guide near the tax-free allowance and their overdue onboarding steps (warnings
shown in check.t) would only repeat here; a higher allowance and the steps done in this copy
keep each case's output to its own file:

  $ sed -i 's/^  tax_free_allowance: .*/  tax_free_allowance: 2000.00/' integra.yaml && git commit -qam "allowance"
  $ for step in registration doctor; do integra -q refugee done R-2026-0005 $step; done
  $ drop() {
  >   cat > "$1" && cp "$1" "$CRAMTMP/dropped"
  >   timeout 10 "$INTEGRA" --today 2026-11-24 check; echo "exit $?"
  >   cmp -s "$1" "$CRAMTMP/dropped" || echo "$1 was changed"
  >   rm -f "$1"; git status --porcelain
  > }

Not YAML at all, or not UTF-8:

  $ printf '' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:1:1: error: the file is empty; a record is a mapping of `key: value` lines [yaml-syntax]
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf '\n\n# only a comment\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:1:1: error: the file is empty; a record is a mapping of `key: value` lines [yaml-syntax]
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf '\xff\xfei\x00d\x00:\x00' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:1:1: error: the file is UTF-16; save it as UTF-8 [yaml-syntax]
    \xFF\xFEi\x00d\x00:\x00
    ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\nnotes: caf\xe9\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:11: error: not valid UTF-8; save the file as UTF-8 [yaml-syntax]
    notes: caf\xE9
              ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\nnotes: \xed\xa0\x80\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:8: error: not valid UTF-8; save the file as UTF-8 [yaml-syntax]
    notes: \xED\xA0\x80
           ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\nnotes: a\0b\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:9: error: the file contains a NUL byte; is it a binary file? [yaml-syntax]
    notes: a\x00b
            ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\nnotes: bell\a\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:12: error: the file contains the control character U+0007; remove it [yaml-syntax]
    notes: bell\x07
               ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\nnotes: "escaped \\e[31m"\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:1:1: error: `name` is missing; it is required [schema]
    id: P-0999
    ^
  pilots/P-0999.yaml:1:1: error: `gender` is missing; it is required [schema]
    id: P-0999
    ^
  pilots/P-0999.yaml:1:1: error: `languages` is missing; it is required [schema]
    id: P-0999
    ^
  pilots/P-0999.yaml:1:1: error: `status` is missing; it is required [schema]
    id: P-0999
    ^
  pilots/P-0999.yaml:2:8: error: `notes` contains the control character U+001B (an escape such as \a or \e); remove it [schema]
    notes: "escaped \e[31m"
           ^
  5 errors, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\rnotes: x\r' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:1:11: error: a line ends in a bare carriage return (old Mac line endings); save the file with LF or CRLF line endings [yaml-syntax]
    id: P-0999
              ^
  1 error, 0 warnings in 1773 files
  exit 1

Broken YAML:

  $ printf 'id: P-0999\nnotes: "never closed\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:8: error: the quote (") opened here is never closed; add the closing " [yaml-syntax]
    notes: "never closed
           ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf "id: P-0999\nnotes: 'never closed''\n" | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:8: error: the quote (') opened here is never closed; add the closing ' [yaml-syntax]
    notes: 'never closed''
           ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\nname: {given: A\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:3:1: error: YAML syntax: a `{` is never closed by a `}` [yaml-syntax]
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\nnotes: "\\xZZ"\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:13: error: YAML syntax: bad character found while scanning hex number [yaml-syntax]
    notes: "\xZZ"
                ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\n\tgender: m\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:1: error: YAML syntax: a tab indents this line; indent with spaces [yaml-syntax]
    \tgender: m (esc)
    ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\ngender: m\nstray words\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:3:1: error: `stray words` is not a `key: value` line; add a colon or remove the line [yaml-syntax]
    stray words
    ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\n  gender: m\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:9: error: YAML syntax: a `key: value` where none can be; check this line's indentation against the line above [yaml-syntax]
      gender: m
            ^
  1 error, 0 warnings in 1773 files
  exit 1

YAML that a record never is: not a mapping, two documents, duplicate keys, anchors and aliases,
tags, complex or empty keys, deep nesting.

  $ printf -- '- P-0999\n- m\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:1:1: error: a record must be a block mapping of `key: value` lines [yaml-syntax]
    - P-0999
    ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'just a sentence\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:1:1: error: a record must be a block mapping of `key: value` lines [yaml-syntax]
    just a sentence
    ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf '{id: P-0999, gender: m}\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:1:1: error: a record must be a block mapping of `key: value` lines [yaml-syntax]
    {id: P-0999, gender: m}
    ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\n---\nid: P-0998\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:1: error: a second document (`---`) follows; a record file holds exactly one [yaml-syntax]
    ---
    ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\ngender: m\ngender: f\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:3:1: error: duplicate key `gender` (first at line 2); keep one [yaml-syntax]
    gender: f
    ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\nname: &n {given: A, family: B}\nemergency: *n\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:7: error: anchors (&n) are not allowed in records; remove it [yaml-syntax]
    name: &n {given: A, family: B}
          ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:1:4: error: anchors (&a) are not allowed in records; remove it [yaml-syntax]
    a: &a [x, x]
       ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: !!str P-0999\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:1:5: error: tags (tag:yaml.org,2002:str) are not allowed in records; remove it [yaml-syntax]
    id: !!str P-0999
        ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\n? [a, b]\n: c\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:3: error: a key must be a plain word, not a list or mapping [yaml-syntax]
    ? [a, b]
      ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ printf 'id: P-0999\n: lost\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:1: error: empty key: every line needs a name before its colon [yaml-syntax]
    : lost
    ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ python3 -c 'print("id: P-0999\nnotes: " + "[" * 100 + "]" * 100)' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:23: error: nested more than 16 levels deep; a record is never this deep [yaml-syntax]
    notes: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
                          ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ python3 -c 'print("id: P-0999\nnotes: " + "[" * 100000)' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:2:8: error: this `[` is never closed; close it with `]`, or put the value in quotes if the bracket belongs to the text [yaml-syntax]
    notes: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
           ^
  1 error, 0 warnings in 1773 files
  exit 1
  $ python3 -c 'print("".join("  " * i + "k%d:\n" % i for i in range(40)))' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:17:33: error: nested more than 16 levels deep; a record is never this deep [yaml-syntax]
                                    k16:
                                    ^
  1 error, 0 warnings in 1773 files
  exit 1

Files that are not plain files, too big, or in the wrong place:

  $ head -c 300000 /dev/zero | tr '\0' 'a' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml: error: the file is 300000 bytes; a record may have at most 262144 [file]
  1 error, 0 warnings in 1773 files
  exit 1
  $ mkfifo pilots/P-0999.yaml
  $ timeout 10 "$INTEGRA" --today 2026-11-24 check; echo "exit $?"
  pilots/P-0999.yaml: error: the file is not a regular file (a directory, FIFO or device); remove it [file]
  1 error, 0 warnings in 1773 files
  exit 1
  $ rm pilots/P-0999.yaml
  $ ln -s /etc/passwd pilots/P-0999.yaml
  $ timeout 10 "$INTEGRA" --today 2026-11-24 check; echo "exit $?"
  pilots/P-0999.yaml: error: the file is a symbolic link; records must be plain files inside the data directory [file]
  1 error, 0 warnings in 1773 files
  exit 1
  $ rm pilots/P-0999.yaml
  $ mkdir pilots/P-0999.yaml
  $ timeout 10 "$INTEGRA" --today 2026-11-24 check; echo "exit $?"
  pilots/P-0999.yaml: error: the file is not a regular file (a directory, FIFO or device); remove it [file]
  1 error, 0 warnings in 1773 files
  exit 1
  $ rmdir pilots/P-0999.yaml
  $ cp pilots/P-0004.yaml pilots/P-0999.yml && mkdir pilots/alt && cp pilots/P-0005.yaml pilots/alt/
  $ timeout 10 "$INTEGRA" --today 2026-11-24 check; echo "exit $?"
  pilots/P-0999.yml: error: this file ends in .yml; record files end in .yaml: rename it [stray-file]
  pilots/alt: error: this folder is inside pilots/, where integra reads only record files; records in it are not counted or checked: move them up or the folder out [stray-file]
  2 errors, 0 warnings in 1772 files
  exit 1
  $ rm -r pilots/P-0999.yml pilots/alt
  $ git status --porcelain

A well-formed file with the wrong shape for its kind:

  $ printf 'id: P-0998\ngender: [m, f]\nlanguages: tr\nstatus: active\nname: {given: A, family: B}\ntraining: {hours: 99999999999999999999999}\n' | drop pilots/P-0999.yaml
  pilots/P-0999.yaml:1:5: error: `id` is P-0998 but the file is named P-0999.yaml; they must be the same [id-filename]
    id: P-0998
        ^
  pilots/P-0999.yaml:2:9: error: `gender` must be a single value, not a list [schema]
    gender: [m, f]
            ^
  pilots/P-0999.yaml:3:12: error: `languages` must be a list (lines starting with `- `) [schema]
    languages: tr
               ^
  pilots/P-0999.yaml:6:19: error: `training.hours` is `99999999999999999999999`; expected a whole number such as 4 [schema]
    training: {hours: 99999999999999999999999}
                      ^
  4 errors, 0 warnings in 1773 files
  exit 1

Commands that would write refuse a file they cannot read, and write nothing:

  $ printf 'id: P-0004\nname: "never closed\n' > pilots/P-0004.yaml
  $ cp pilots/P-0004.yaml "$CRAMTMP/dropped"
  $ integra set P-0004 phone=1; echo "exit $?"
  integra: pilots/P-0004.yaml:2:7: the quote (") opened here is never closed; add the closing "
  Fix the file by hand first (`integra check P-0004`).
  exit 1
  $ integra fmt --write; echo "exit $?"
  pilots/P-0004.yaml:2:7: the quote (") opened here is never closed; add the closing "
    (cannot be normalised; fix it by hand first)
  integra: nothing was written, since some files cannot be read
  exit 1
  $ cmp pilots/P-0004.yaml "$CRAMTMP/dropped" && commits
  4
  $ git checkout -q pilots/P-0004.yaml

Odd but valid: a byte order mark, CRLF line endings, the language code `no` (Norwegian) unquoted
(in place of German, which no assignment of this guide needs),
umlauts and Arabic script. They pass; `fmt` shows what it would normalise.

  $ sed 's/code: de/code: no/; s/given: Mehmet/given: محمد/; s/family: Şahin/family: Größe-Ünal/' pilots/P-0004.yaml > "$CRAMTMP/odd"
  $ { printf '\xef\xbb\xbf'; sed 's/$/\r/' "$CRAMTMP/odd"; } > pilots/P-0004.yaml
  $ integra check
  0 errors, 0 warnings in 1772 files
  $ integra show P-0004 | head -4
  (the file differs from this canonical form; see `integra fmt P-0004`)
  id: P-0004
  name:
    given: \xd9\x85\xd8\xad\xd9\x85\xd8\xaf (esc)
    family: Gr\xc3\xb6\xc3\x9fe-\xc3\x9cnal (esc)
  $ integra fmt P-0004 | sed 's/\r$/<CR>/'
  1 file is not in canonical form; `integra fmt --write` normalises it
  --- a/pilots/P-0004.yaml
  +++ b/pilots/P-0004.yaml
  @@ -1,19 +1,19 @@
  -\xef\xbb\xbfid: P-0004<CR> (esc)
  -name:<CR>
  -  given: \xd9\x85\xd8\xad\xd9\x85\xd8\xaf<CR> (esc)
  -  family: Gr\xc3\xb6\xc3\x9fe-\xc3\x9cnal<CR> (esc)
  -gender: m<CR>
  -languages:<CR>
  -  - code: tr<CR>
  -    level: native<CR>
  -  - code: no<CR>
  -    level: B2<CR>
  -phone: "06074 409253"<CR>
  -email: m.sahin@example.org<CR>
  -since: 2013-02-25<CR>
  -training:<CR>
  -  cohort: 2012/2013<CR>
  -  hours: 32<CR>
  -  certified: 2013-01-25<CR>
  -status: active<CR>
  -notes: Auch f\xc3\xbcr Infoveranstaltungen ansprechbar.<CR> (esc)
  +id: P-0004
  +name:
  +  given: \xd9\x85\xd8\xad\xd9\x85\xd8\xaf (esc)
  +  family: Gr\xc3\xb6\xc3\x9fe-\xc3\x9cnal (esc)
  +gender: m
  +languages:
  +  - code: tr
  +    level: native
  +  - code: "no"
  +    level: B2
  +phone: "06074 409253"
  +email: m.sahin@example.org
  +since: 2013-02-25
  +training:
  +  cohort: 2012/2013
  +  hours: 32
  +  certified: 2013-01-25
  +status: active
  +notes: Auch f\xc3\xbcr Infoveranstaltungen ansprechbar. (esc)
  $ git checkout -q pilots/P-0004.yaml

A broken integra.yaml is reported by check; commands that write refuse, since records are
validated against it:

  $ cp integra.yaml "$CRAMTMP/settings" && rm integra.yaml && mkfifo integra.yaml
  $ timeout 10 "$INTEGRA" --today 2026-11-24 check settings; echo "exit $?"
  integra.yaml: error: the file is not a regular file (a directory, FIFO or device); remove it [file]
  1 error, 0 warnings in 1772 files
  exit 1
  $ integra set P-0004 phone=1
  integra: integra.yaml is not a regular file (a directory, FIFO or device); remove it.
  Records are checked against it, so fix it first (`integra check settings`).
  [1]
  $ rm integra.yaml && printf 'office: [\n' > integra.yaml
  $ integra set P-0004 phone=1
  integra: integra.yaml:2:1: YAML syntax: a `[` is never closed by a `]`
  Records are checked against it, so fix it first (`integra check settings`).
  [1]
  $ cp "$CRAMTMP/settings" integra.yaml && git status --porcelain && commits
  4
