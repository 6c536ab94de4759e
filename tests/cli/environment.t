When the machine around integra is not as it should be — no git, a repository in the middle of a
merge, a read-only or full disk, a file size limit — a change exits 3 with a message that says
what to do, and the data stays as it was. Reading still works where it can.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ unchanged() { git status --porcelain; git rev-list --count HEAD; ls -A .integra 2>/dev/null | grep -v -x -e lock -e generation -e tmp -e cache; true; }
  $ try() { ("$INTEGRA" --today 2026-11-24 "$@"; echo "exit $?") 2>&1 | sed "s#$PWD#DATA#g"; }
  $ nogit() { (PATH=/nonexistent "$INTEGRA" --today 2026-11-24 "$@"; echo "exit $?") 2>&1; }

git is not installed (here: not on PATH). Nothing is written before that is known; integra's
own folder is kept out of git all the same, for when git is back (here without the examples'
`.gitignore`, which names it too):

  $ git rm -q .gitignore && git commit -qm "no .gitignore" && rm -rf .integra
  $ nogit set P-0004 phone=111
  integra: git is not installed or not on PATH, and integra commits every change with it; nothing was changed. Install it (`apt-get install git`), or write without committing (--no-commit)
  exit 3
  $ unchanged
  2
  $ grep -x '.integra/' .git/info/exclude
  .integra/
  $ nogit status | tail -3
  Git
    git is not installed (or not on PATH): changes cannot be recorded or committed (apt-get install git)
  exit 0
  $ nogit check | tail -2
  0 errors, 2 warnings in 1772 files
  exit 0

A merge that stopped on a conflict: integra commits nothing in the middle of it, and `check`
points at the conflict left in the file:

  $ git checkout -q -b other
  $ integra -q set P-0004 phone=111
  $ git checkout -q main && integra -q set P-0004 phone=222
  $ git merge -q other >/dev/null 2>&1
  [1]
  $ try set P-0005 phone=333
  integra: the git repository is in the middle of a merge (DATA/.git/MERGE_HEAD is there); nothing was changed. End it first with `git commit` to finish it, or `git merge --abort`, then run the command again
  exit 3
  $ integra check 2>&1 | head -3
  pilots/P-0004.yaml:11:1: error: a git merge conflict is left in this file (<<<<<<<, ======= and >>>>>>> lines); keep the right lines, remove those three, then `git add` the file and finish the merge [yaml-syntax]
    <<<<<<< HEAD
    ^
  $ git merge --abort && git status --porcelain

The same in a rebase:

  $ git rebase -q other >/dev/null 2>&1
  [1]
  $ try set P-0005 phone=333
  integra: the git repository is in the middle of a rebase (DATA/.git/rebase-merge is there); nothing was changed. End it first with `git rebase --continue` or `git rebase --abort`, then run the command again
  exit 3
  $ git rebase --abort && git status --porcelain; git rev-list --count HEAD
  3

A file size limit (`ulimit -f`): the write fails, is reported and undone, instead of the signal
ending integra in the middle of the change:

  $ (ulimit -f 0; try set P-0005 phone=333)
  integra: cannot write DATA/.integra/journal: File too large (a limit on file sizes stops the write: see `ulimit -f`)
  exit 3
  $ unchanged
  3

A data directory whose path has spaces and non-ASCII letters, in a folder of a larger
repository: everything works, and `status` names changed files from the data directory,
unquoted (git itself would write "\303\204mter ..."), with control characters escaped:

  $ cd "$CRAMTMP" && mkdir outer && cp -r "$SOURCE/examples/dietzenbach" "outer/Ämter und Büros"
  $ cd outer && rm -rf "Ämter und Büros/.integra" && git init -q && git add -A && git commit -qm office
  $ cd "Ämter und Büros"
  $ integra set P-0004 phone="06074 1"
  pilot: set P-0004 phone
  $ git log -1 --format=%s; git status --porcelain
  pilot: set P-0004 phone
  $ echo "# note" >> pilots/P-0006.yaml && touch "$(printf 'pilots/odd\033[31m name.yaml.bak')"
  $ git mv pilots/P-0007.yaml "pilots/P-0007 ä.yaml"
  $ integra status | tail -5
  Git
    3 uncommitted changes:
       M pilots/P-0006.yaml
      R  pilots/P-0007.yaml -> pilots/P-0007 ä.yaml
      ?? pilots/odd\x1B[31m name.yaml.bak
  $ integra --format json status | python3 -c 'import json, sys; print(json.load(sys.stdin)["uncommitted"])'
  [' M pilots/P-0006.yaml', 'R  pilots/P-0007.yaml -> pilots/P-0007 ä.yaml', '?? pilots/odd\\x1B[31m name.yaml.bak']
  $ git mv "pilots/P-0007 ä.yaml" pilots/P-0007.yaml && git checkout -q pilots/P-0006.yaml && rm pilots/odd*
  $ integra -q report annual --year 2025 --format md -o "../Bericht 2025 – öffentlich.md"
  $ head -1 "../Bericht 2025 – öffentlich.md"
  # Integrationsbericht 2025
