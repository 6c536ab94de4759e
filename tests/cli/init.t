`integra init` makes a data directory: settings and AGs from the preset, a .gitignore, a git
repository with exactly one commit, the directory 0700 and its files 0600.

  $ . "$TESTS/cli/lib.sh"

  $ integra init office --municipality "Musterstadt"
  Created the data directory office (git repository, first commit).
  Next: adapt office/integra.yaml, then `integra --data office status`.
  $ stat -c '%a %n' office office/integra.yaml office/ags office/ags/ag1.yaml office/.gitignore
  700 office
  600 office/integra.yaml
  700 office/ags
  600 office/ags/ag1.yaml
  600 office/.gitignore
  $ cd office
  $ commits
  1
  $ git log --format=%s
  init: new data directory
  $ git status --porcelain
  $ grep municipality integra.yaml
  municipality: Musterstadt
  $ cat ags/ag2.yaml
  id: ag2
  name: Bildung
  members: []
  $ integra check
  0 errors, 0 warnings in 6 files
  $ integra fmt
  $ cd ..

A directory that exists and is not empty is refused, and nothing in it changes:

  $ mkdir busy && echo notes > busy/notes.txt
  $ integra init busy
  integra: busy already exists and is not an empty directory; choose a new one
  [1]
  $ ls -A busy
  notes.txt

An unknown preset is refused and leaves nothing behind:

  $ integra init other --preset nowhere
  integra: there is no preset `nowhere` (in */presets) (glob)
  [1]
  $ test -e other
  [1]

When git cannot commit, init fails with git's reason (exit 3) and leaves nothing behind:

  $ mkdir fakebin && printf '#!/bin/sh\ncase " $* " in *" commit "*) echo "fatal: disk quota exceeded" >&2; exit 128;; esac\nexec /usr/bin/git "$@"\n' > fakebin/git && chmod +x fakebin/git
  $ PATH="$PWD/fakebin:$PATH" integra init broken
  integra: git commit failed: fatal: disk quota exceeded
  [3]
  $ test -e broken
  [1]
