A read-only and a full disk, made in a mount namespace of integra's own (`unshare`, as root
or in a user namespace): each change exits 3 with a message that says what to do, and the data
stays as it was. Where the system allows no mount namespace (a container without the
privilege), this file is skipped; tests/cli/environment.t covers the rest.

  $ unshare $([ "$(id -u)" = 0 ] || echo -r) -m true 2>/dev/null || exit 80
  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ git rm -q .gitignore && git commit -qm "no .gitignore"
  $ unchanged() { git status --porcelain; git rev-list --count HEAD; ls -A .integra 2>/dev/null | grep -v -x -e lock -e generation -e tmp -e cache; true; }

A read-only data directory (mounted read-only in a mount namespace of its own): reading works,
a change is refused before anything is written:

  $ ro() { unshare $([ "$(id -u)" = 0 ] || echo -r) -m sh -c 'mount --bind -o ro "$0" "$0" && exec "$@"' "$PWD" "$@"; }
  $ ro sh -c '"$INTEGRA" --today 2026-11-24 check; echo "exit $?"' 2>&1 | tail -2
  0 errors, 2 warnings in 1772 files
  exit 0
  $ ro sh -c '"$INTEGRA" --today 2026-11-24 set P-0005 phone=333; echo "exit $?"' 2>&1 | sed "s#$PWD#DATA#"
  integra: cannot create DATA/.integra: Read-only file system (that folder is on a file system mounted read-only)
  exit 3
  $ unchanged
  2

A full disk (a small tmpfs, filled): the change is undone and said so; reading still works, and
output that cannot be written is an error, not a silent success:

  $ full() { unshare $([ "$(id -u)" = 0 ] || echo -r) -m sh -c 'mount -t tmpfs -o size=64m tmpfs "$0" && cp -a "$1" "$0/data" && (dd if=/dev/zero of="$0/filler" bs=1M count=100 2>/dev/null; true) && cd "$0/data" && shift && exec "$@"' "$CRAMTMP/mnt" "$PWD" "$@"; }
  $ mkdir "$CRAMTMP/mnt"
  $ full sh -c '"$INTEGRA" --today 2026-11-24 report annual --year 2025 --format md > ../report.md; echo "exit $?"' 2>&1
  integra: cannot write the output: No space left on device (free some space on that disk, then try again)
  exit 3
  $ export ERR="$CRAMTMP/full.err"
  $ full sh -c '"$INTEGRA" --today 2026-11-24 set P-0005 phone=333 2>"$ERR"; echo "exit $?"; git show HEAD:pilots/P-0005.yaml | cmp - pilots/P-0005.yaml && echo "P-0005 as in HEAD"; git rev-list --count HEAD; ls .integra | grep -c journal; "$INTEGRA" --today 2026-11-24 check 2>&1 | tail -1'
  exit 3
  P-0005 as in HEAD
  2
  0
  0 errors, 2 warnings in 1772 files

What it said depends on the step the disk filled up at: the journal, or git's commit (then the
change is undone):

  $ grep -c -e "journal: No space left on device (free some space on that disk, then try again)" -e "Out of diskspace" "$ERR"
  1
