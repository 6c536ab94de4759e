A change is all or nothing even when integra is killed at any instant. `INTEGRA_FAULT=POINT[:N]`
makes integra kill itself with SIGKILL at that point of a change, exactly as `kill -9` would;
the next command, reading or writing, finishes or undoes the change and says which on stderr.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ killed() { (INTEGRA_FAULT="$1" integra "${@:2}"; echo "exit $?") 2>/dev/null; }
  $ tidy() { git status --porcelain; ls -A .integra; }

Killed before its journal was written, a change has not begun: nothing to say, nothing changed.

  $ killed before-journal set P-0004 phone=111
  exit 137
  $ integra show P-0004 | grep phone
  phone: "06074 409253"
  $ tidy; commits
  lock
  1

Killed once the journal is on disk — before any file, after the rename, after `git add`:
the next command, even one that only reads, completes the change with its own message.

  $ killed after-journal set P-0004 phone=111
  exit 137
  $ integra show P-0004 | grep phone
  integra: completed an interrupted change: pilot: set P-0004 phone
  phone: "111"
  $ tidy; commits; git log -1 --format=%s
  generation
  lock
  tmp
  2
  pilot: set P-0004 phone

  $ killed after-rename:1 set P-0004 phone=222
  exit 137
  $ integra status >/dev/null
  integra: completed an interrupted change: pilot: set P-0004 phone
  $ tidy; commits; git show --format= HEAD | grep '^[-+]phone'
  generation
  lock
  tmp
  3
  -phone: "111"
  +phone: "222"

  $ killed after-add set P-0004 phone=333
  exit 137
  $ git status --porcelain
   M pilots/P-0004.yaml
  $ integra check P-0004
  integra: completed an interrupted change: pilot: set P-0004 phone
  0 errors, 0 warnings in 1772 files
  $ tidy; commits
  generation
  lock
  tmp
  4

Killed after the commit, before the journal was removed: nothing is committed twice. (Here
the kill also took the `git maintenance` that git runs after a commit, leaving its lock.)

  $ killed after-commit set P-0004 phone=444
  exit 137
  $ touch .git/objects/maintenance.lock
  $ integra log P-0004 2>&1 >/dev/null | sed "s#$PWD#DATA#"
  integra: removed git's lock DATA/.git/objects/maintenance.lock, left behind by a git that was stopped; no git process holds it any more
  integra: an interrupted change had been committed already: pilot: set P-0004 phone
  $ tidy; commits
  generation
  lock
  tmp
  5

A change of many files (billing a month) killed between two renames, after `git add`, and
after the commit: wholly there afterwards, in one commit.

  $ git tag start
  $ killed after-rename:2 pilot fees --month 2026-11 --mark-billed
  exit 137
  $ git status --porcelain | wc -l
  2
  $ integra pilot fees --month 2026-11 >/dev/null
  integra: completed an interrupted change: fees: bill 2026-11 (7 assignments)
  $ tidy; git show --stat --format=%s HEAD | tail -1
  generation
  lock
  tmp
   7 files changed, 14 insertions(+), 7 deletions(-)
  $ grep -l 'billed: 2026-11' assignments/*.yaml | wc -l
  7

  $ git reset -q --hard start
  $ killed after-add pilot fees --month 2026-11 --mark-billed
  exit 137
  $ integra status >/dev/null
  integra: completed an interrupted change: fees: bill 2026-11 (7 assignments)
  $ tidy; git rev-list --count start..HEAD
  generation
  lock
  tmp
  1

The same change killed before its journal (nothing billed, nothing to say), right after it
(completed), and after its commit (not committed twice):

  $ git reset -q --hard start
  $ killed before-journal pilot fees --month 2026-11 --mark-billed
  exit 137
  $ integra status >/dev/null
  $ tidy; git rev-list --count start..HEAD; grep -l 'billed: 2026-11' assignments/*.yaml | wc -l
  generation
  lock
  tmp
  0
  0
  $ killed after-journal pilot fees --month 2026-11 --mark-billed
  exit 137
  $ integra status >/dev/null
  integra: completed an interrupted change: fees: bill 2026-11 (7 assignments)
  $ tidy; git rev-list --count start..HEAD; grep -l 'billed: 2026-11' assignments/*.yaml | wc -l
  generation
  lock
  tmp
  1
  7

  $ git reset -q --hard start
  $ killed after-commit pilot fees --month 2026-11 --mark-billed
  exit 137
  $ integra status >/dev/null
  integra: an interrupted change had been committed already: fees: bill 2026-11 (7 assignments)
  $ tidy; git rev-list --count start..HEAD
  generation
  lock
  tmp
  1

What the kill of a whole process group (Ctrl-C) leaves of git — its `index.lock` — is removed
once no git holds it, and said:

  $ git reset -q --hard start
  $ killed after-renames pilot fees --month 2026-11 --mark-billed
  exit 137
  $ touch .git/index.lock
  $ integra status 2>&1 >/dev/null | sed "s#$PWD#DATA#"
  integra: removed git's lock DATA/.git/index.lock, left behind by a git that was stopped; no git process holds it any more
  integra: completed an interrupted change: fees: bill 2026-11 (7 assignments)
  $ tidy; git rev-list --count start..HEAD
  generation
  lock
  tmp
  1

A lock that a running git in the repository may hold is waited for, for a bounded time
(`INTEGRA_LOCK_TIMEOUT`, seconds), then the user is told plainly; nothing is written:

  $ mkfifo "$CRAMTMP/git-stdin"
  $ git hash-object --stdin < "$CRAMTMP/git-stdin" >/dev/null &
  $ exec 3>"$CRAMTMP/git-stdin"
  $ for i in $(seq 100); do [ "$(cat /proc/$!/comm)" = git ] && break; sleep 0.05; done
  $ touch .git/index.lock
  $ INTEGRA_LOCK_TIMEOUT=0.5 integra set P-0005 phone=555 2>&1 | sed -E "s#$PWD#DATA#; s/process [0-9]+/process N/"
  integra: another git program (process N) has been working in this repository for more than 0.5 s, and git's lock DATA/.git/index.lock is there; wait for that program to finish, or stop it, then try again
  Nothing was changed.
  $ exec 3>&-; wait
  $ git status --porcelain; commits
  6
  $ integra set P-0005 phone=555 2>&1 | sed "s#$PWD#DATA#"
  integra: removed git's lock DATA/.git/index.lock, left behind by a git that was stopped; no git process holds it any more
  pilot: set P-0005 phone

A command killed while it completes an interrupted change leaves it to the next one:

  $ killed after-journal set P-0005 phone=666
  exit 137
  $ killed after-rename:1 status
  exit 137
  $ integra status >/dev/null
  integra: completed an interrupted change: pilot: set P-0005 phone
  $ tidy; commits; git show --stat --format=%s HEAD | head -1
  generation
  lock
  tmp
  8
  pilot: set P-0005 phone

When git refuses a change (here a hook), it is undone; a kill in the middle of the undo leaves
the undo to the next command, which never completes the change the user was told had failed:

  $ printf '#!/bin/sh\nexit 1\n' > .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
  $ killed undo-marked set P-0005 phone=777
  exit 137
  $ rm .git/hooks/pre-commit
  $ integra show P-0005 | grep phone
  integra: undid an interrupted change (pilot: set P-0005 phone)
  phone: "666"
  $ tidy; commits
  generation
  lock
  tmp
  8

A data directory in a folder of a larger repository is recovered the same way:

  $ cd .. && rm -rf data/.git && mkdir outer && mv data outer/office
  $ cd outer && git init -q && git add -A && git commit -qm office && cd office
  $ killed after-commit set P-0006 phone=888
  exit 137
  $ integra status >/dev/null
  integra: an interrupted change had been committed already: pilot: set P-0006 phone
  $ tidy; git -C .. rev-list --count HEAD
  generation
  lock
  tmp
  2

A damaged journal stops every command, which says what to do:

  $ printf 'integra journal 2\nmode commit\n' > .integra/journal
  $ integra status
  integra: .integra/journal, the record of a change that was interrupted, is damaged or cut short; integra cannot tell whether to finish or undo that change. Look at `git status` and `git diff`, restore what is wrong with `git checkout FILE`, then remove .integra/journal and run the command again
  [3]
  $ rm .integra/journal
