`make package` builds two Debian packages with CPack from the install rules
(dist/CMakeLists.txt): integra (the binary, its presets, the manual page, the bash completion)
and integra-examples. Unpacked into a private root, the binary finds its presets beside itself
and checks a copy of the example data.

  $ . "$TESTS/cli/lib.sh"
  $ cpack --config "$BUILD/CPackConfig.cmake" -B "$CRAMTMP/deb" > cpack.log 2>&1 || cat cpack.log
  $ cd "$CRAMTMP/deb" && ls *.deb
  integra-examples_0.1.0_all.deb
  integra_0.1.0_*.deb (glob)

The package's fields; its dependencies are git and, found by dpkg-shlibdeps, the libraries the
binary links (yaml-cpp, fmt, the C++ runtime; a sanitizer build adds its own):

  $ dpkg-deb -f integra_*.deb Package Version Section Maintainer Recommends Suggests
  Package: integra
  Version: 0.1.0
  Section: utils
  Maintainer: integra maintainers <integra@example.org>
  Recommends: git-filter-repo
  Suggests: bash-completion, integra-examples
  $ dpkg-deb -f integra_*.deb Description | head -1
  records, checks and reports of a municipal integration office
  $ dpkg-deb -f integra_*.deb Depends | tr -d ' ' | tr ',' '\n' | sed 's/(.*//' | grep -E '^(git|libyaml|libfmt|libstdc)'
  git
  libfmt9
  libstdc++6
  libyaml-cpp0.7
  $ dpkg-deb -f integra-examples_*.deb Package Architecture Section Enhances Depends
  Package: integra-examples
  Architecture: all
  Section: doc
  Enhances: integra

Their files: the binary, the manual page, the completion and every file of data/; the example
data directory (without its cache, .integra/) and the scripts:

  $ dpkg-deb -c integra_*.deb | awk '!/\/$/ { print $1, $6 }' | grep -v /share/integra/
  -rwxr-xr-x ./usr/bin/integra
  -rw-r--r-- ./usr/share/bash-completion/completions/integra
  -rw-r--r-- ./usr/share/man/man1/integra.1.gz
  $ dpkg-deb -c integra_*.deb | awk '!/\/$/ { print $6 }' | sed -n 's|^\./usr/share/integra/||p' > data.txt
  $ (cd "$SOURCE/data" && find . -type f | sed 's|^\./||' | sort) | diff - data.txt
  $ dpkg-deb -c integra-examples_*.deb | awk '!/\/$/ { print $6 }' | sed 's|^\./usr/share/doc/integra/examples/||' > examples.txt
  $ (cd "$SOURCE/examples" && find dietzenbach scripts -type f -not -path '*/.integra/*' | sort) | diff - examples.txt

Installed into a private root: the binary, stripped of its debug information, finds its presets
in the root's /usr/share/integra. `check` needs no git (nor does `status`), and writes nothing
where there is none, so it checks the installed example in place:

  $ dpkg-deb -x integra_*.deb root && dpkg-deb -x integra-examples_*.deb root
  $ installed="$CRAMTMP/deb/root/usr/bin/integra"
  $ "$installed" --help | head -1
  integra: records, checks and reports of a municipal integration office
  $ readelf -S "$installed" | grep -c debug_info
  0
  [1]
  $ example=root/usr/share/doc/integra/examples/dietzenbach
  $ "$installed" --data "$example" --today 2026-11-24 check 2>&1 | tail -1
  0 errors, 2 warnings in 1772 files
  $ ls -A "$example"
  .gitignore
  ags
  assignments
  erased
  households
  housing
  integra.yaml
  meetings
  pilots
  projects
  refugees
  $ "$installed" init fresh > /dev/null && "$installed" --data fresh check
  0 errors, 0 warnings in 6 files
  $ grep -c 'Kreisstadt Dietzenbach' fresh/integra.yaml
  1

The manual page and the completion as installed:

  $ MANWIDTH=80 man --warnings=w -l root/usr/share/man/man1/integra.1.gz | sed -n 4p
         integra - records, checks and reports of a municipal integration office
  $ bash -c '. root/usr/share/bash-completion/completions/integra && complete -p integra'
  complete -F _integra integra
