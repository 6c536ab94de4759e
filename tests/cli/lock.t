Commands that change records take turns: each holds the data directory's lock `.integra/lock`
from before it reads to its end, so the next one plans on what the one before wrote (a new ID,
a note added). Another writer waits for it, up to `INTEGRA_LOCK_TIMEOUT` seconds (default 10).
tests/concurrency/concurrency_test.py runs many at once; here is one wait at a time.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ integra set P-0004 phone=111
  pilot: set P-0004 phone

`hold SECONDS` keeps the lock as another integra would, and returns once it holds it;
`release` ends the hold early:

  $ hold() {
  >   flock .integra/lock sleep "$1" &
  >   holder=$!
  >   while flock -n .integra/lock true; do sleep 0.02; done
  > }
  $ release() { pkill -P "$holder" sleep; wait; }

A writer waits while the lock is held, then lands its change:

  $ hold 1
  $ integra pilot add --given Lena --family Wolf --gender f --lang de:native
  P-0025
  $ wait; git log -1 --format=%s
  pilot: add P-0025

When the wait runs out, the command says so and what to do; nothing is written (exit 3):

  $ hold 60
  $ (INTEGRA_LOCK_TIMEOUT=0.5 integra set P-0025 phone=555; echo "exit $?") 2>&1 | sed "s#$PWD#DATA#"
  integra: another integra command is writing to this data directory (lock DATA/.integra/lock held for more than 0.5 s); try again when it is done
  exit 3

A command that only reads waits for the writer too (it never sees half a change), and gives up
the same way:

  $ (INTEGRA_LOCK_TIMEOUT=0.5 integra check; echo "exit $?") 2>&1 | sed "s#$PWD#DATA#"
  integra: another integra command is writing to this data directory (lock DATA/.integra/lock held for more than 0.5 s); try again when it is done
  exit 3
  $ release; integra show P-0025 | grep -c phone
  0
  [1]
  $ git status --porcelain; commits
  3

The intake questionnaire on a terminal takes the lock only once its questions are answered, and
`edit` only to save: nobody waits for someone typing. `edit` then refuses a record that another
command changed while it was open, rather than overwrite that change:

  $ cat > "$CRAMTMP/slow-editor" <<'EOF'
  > #!/bin/sh
  > "$INTEGRA" --today 2026-11-24 set P-0025 phone=111 >/dev/null
  > sed -i 's/^gender: f/gender: x/' "$1"
  > EOF
  $ chmod +x "$CRAMTMP/slow-editor"
  $ EDITOR="$CRAMTMP/slow-editor" integra edit P-0025
  integra: pilots/P-0025.yaml changed on disk while you were editing; nothing was saved. Your version is kept in .integra/edit/P-0025.yaml
  [1]
  $ integra show P-0025 | grep -E '^(gender|phone)'
  gender: f
  phone: "111"
