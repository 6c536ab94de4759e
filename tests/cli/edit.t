`integra edit ID` opens a copy of the record in $EDITOR (here: scripts standing in for a person).
A valid result is saved in one commit; an invalid one is reopened with the errors on top and the
user's edits kept; nothing reaches the record until it is valid.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ editor() { printf '#!/bin/sh\n%s\n' "$2" > "$CRAMTMP/$1" && chmod +x "$CRAMTMP/$1"; }

A valid edit, saved in one commit touching one file and naming the changed fields:

  $ editor phone 'sed -i "s/^phone: .*/phone: \"06074 12\"/" "$1"'
  $ EDITOR="$CRAMTMP/phone" integra edit P-0004
  pilot: edit P-0004 phone
  $ git show --stat --format=%s HEAD | tail -2
   pilots/P-0004.yaml | 2 +-
   1 file changed, 1 insertion(+), 1 deletion(-)
  $ grep phone pilots/P-0004.yaml
  phone: "06074 12"
  $ ls -A .integra/edit

The editor sees the errors as a comment block at the top (line numbers as in the file it sees),
keeps its edits, and the loop ends when the record is valid:

  $ editor fix 'if grep -q "^# integra:" "$1"; then grep "^#" "$1"; sed -n 8p "$1"; sed -i "/^#/d; s/^gender: q/gender: f/" "$1"; else sed -i "s/^gender: .*/gender: q/; s/^status: active/status: paused/" "$1"; fi'
  $ EDITOR="$CRAMTMP/fix" integra edit P-0005
  # integra: the record is not valid yet; fix the lines below, save and quit.
  # integra: To give up, empty the file or quit with an error.
  # integra:   8:9: `gender` is `q`; expected one of: f, m, d, x [schema]
  gender: q
  pilot: edit P-0005 status
  $ grep -e gender -e status pilots/P-0005.yaml
  gender: f
  status: paused
  $ commits
  3

Nothing changed, or changed back to what it was: no commit.

  $ EDITOR=true integra edit P-0004
  P-0004: no changes
  $ commits
  3

Refused with exit 1, the record untouched: an editor that fails, an emptied file, the same
errors saved twice (the copy is kept, and a second edit points to it), a record changed by
someone else meanwhile (the copy is kept).

  $ cp pilots/P-0006.yaml "$CRAMTMP/p6"
  $ EDITOR=false integra edit P-0006
  integra: the editor exited with status 1; P-0006 was not changed
  [1]
  $ editor empty ': > "$1"'
  $ EDITOR="$CRAMTMP/empty" integra edit P-0006
  integra: the file was emptied; P-0006 was not changed
  [1]
  $ editor stubborn 'sed -i "s/^gender: .*/gender: q/" "$1"'
  $ EDITOR="$CRAMTMP/stubborn" integra edit P-0006
  integra: P-0006 is still not valid and was not changed:
  5:9: `gender` is `q`; expected one of: f, m, d, x [schema]
  Your version is kept in .integra/edit/P-0006.yaml
  [1]
  $ EDITOR=true integra edit P-0006
  integra: an earlier edit of P-0006 was kept in .integra/edit/P-0006.yaml; copy what you need from it, delete it, then try again
  [1]
  $ rm .integra/edit/P-0006.yaml
  $ editor meanwhile 'sed -i "s/^status: .*/status: paused/" "$1"; sed -i "s/^gender: .*/gender: d/" pilots/P-0006.yaml'
  $ EDITOR="$CRAMTMP/meanwhile" integra edit P-0006
  integra: pilots/P-0006.yaml changed on disk while you were editing; nothing was saved. Your version is kept in .integra/edit/P-0006.yaml
  [1]
  $ grep -e gender -e status pilots/P-0006.yaml .integra/edit/P-0006.yaml
  pilots/P-0006.yaml:gender: d
  pilots/P-0006.yaml:status: active
  .integra/edit/P-0006.yaml:gender: f
  .integra/edit/P-0006.yaml:status: paused
  $ git checkout -q pilots/P-0006.yaml && rm .integra/edit/P-0006.yaml
  $ cmp pilots/P-0006.yaml "$CRAMTMP/p6" && commits
  3

An unknown field is an error in edit (fmt would drop it; edit does not lose what was typed):

  $ editor unknown 'if grep -q "^# integra:" "$1"; then grep "^#" "$1"; exit 1; fi; echo "shoe_size: 42" >> "$1"'
  $ EDITOR="$CRAMTMP/unknown" integra edit P-0006
  # integra: the record is not valid yet; fix the lines below, save and quit.
  # integra: To give up, empty the file or quit with an error.
  # integra:   23:1: unknown field `shoe_size`; is it misspelt? Correct it or remove the line; saving would lose it. [unknown-field]
  integra: the editor exited with status 1; P-0006 was not changed
  [1]

A record edited by hand is refused, as by set; an editor that cannot be started exits 3:

  $ sed -i 's/^status: active$/status: active # seit 2015/' pilots/P-0007.yaml
  $ EDITOR=true integra edit P-0007
  integra: pilots/P-0007.yaml was edited by hand (comments, quoting, key order or unknown fields differ from the form integra writes), so integra will not rewrite it.
  See what normalising would change with `integra fmt P-0007`, apply it with `integra fmt --write P-0007`, then try again.
  [1]
  $ git checkout -q pilots/P-0007.yaml
  $ EDITOR=/nonexistent/editor integra edit P-0007
  integra: the editor `/nonexistent/editor` could not be started; set EDITOR
  [3]
  $ integra edit P-0007 < /dev/null
  integra: edit opens an editor: run it in a terminal, or set EDITOR to a program
  [2]
  $ git status --porcelain
