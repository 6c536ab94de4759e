`cmake --install` puts the binary and its share/ where the binary finds them, under any prefix
and after the installation is moved: the installed `integra init` reads the installed preset,
not the source tree's. (The component `integra` is the package integra: the examples, 1,800
files to copy, are package.t's.)

  $ . "$TESTS/cli/lib.sh"
  $ cmake --install "$BUILD" --component integra --prefix "$CRAMTMP/prefix" >/dev/null
  $ mv "$CRAMTMP/prefix" "$CRAMTMP/moved"
  $ installed="$CRAMTMP/moved/bin/integra"
  $ ls "$CRAMTMP/moved" "$CRAMTMP/moved/share/integra/presets"
  /tmp/*/moved: (glob)
  bin
  share
  
  /tmp/*/moved/share/integra/presets: (glob)
  dietzenbach

  $ "$installed" --help | head -1
  integra: records, checks and reports of a municipal integration office
  $ "$installed" --version
  0.1.0

A mark in the installed preset shows which one init copied:

  $ sed -i 's/^name: Bildung$/name: Bildung (installiert)/' "$CRAMTMP/moved/share/integra/presets/dietzenbach/ags/ag2.yaml"
  $ "$installed" init office
  Created the data directory office (git repository, first commit).
  Next: adapt office/integra.yaml, then `integra --data office status`.
  $ cat office/ags/ag2.yaml
  id: ag2
  name: Bildung (installiert)
  members: []
  $ "$installed" --data office --today 2026-11-24 check
  0 errors, 0 warnings in 6 files
