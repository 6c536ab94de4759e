The manual page integra.1 is written at build time from the program's own --help
(dist/make_manpage.py and the fixed sections of dist/integra.1.in). It renders without a
warning, and holds every command that --help lists, with every option, and every environment
variable the code reads: compared with the program and the code, it cannot go stale.

  $ . "$TESTS/cli/lib.sh"
  $ page="$BUILD/integra.1"
  $ groff -ww -z -man "$page"
  $ MANWIDTH=80 man --warnings=w -E UTF-8 -l "$page" > man.txt
  $ head -4 man.txt
  INTEGRA(1)                       User Commands                      INTEGRA(1)
  
  NAME
         integra - records, checks and reports of a municipal integration office
  $ grep -E '^[A-Z][A-Z ]+$' man.txt
  NAME
  SYNOPSIS
  DESCRIPTION
  OPTIONS
  COMMANDS
  EXIT STATUS
  ENVIRONMENT
  FILES
  EXAMPLES
  SEE ALSO

Every command that --help lists, at every level, has a heading, and under it every option of
its --help (the global options are under OPTIONS). Each help is read once, into help/:

  $ mkdir help
  $ walk() {
  >   "$INTEGRA" "$@" --help > "help/$*.txt"
  >   [ $# = 0 ] || echo "$*"
  >   for s in $(subcommand_names < "help/$*.txt"); do walk "$@" "$s"; done
  > }
  $ walk > commands.txt
  $ grep -c . commands.txt | awk '$1 > 60 { print "many commands" }'
  many commands
  $ options() { sed -n 's/^  \(-[^ ]*\).*/\1/p' "help/$1.txt" | tr ',' '\n' | grep -vx -e -h -e --help; }
  $ sed -n '/^OPTIONS$/,/^COMMANDS$/p' man.txt > section.txt
  $ for o in $(options ""); do grep -q -e "^       $o\b" -e ", $o\b" section.txt || echo "OPTIONS lacks $o"; done
  $ while read -r c; do
  >   sed -n "/^   integra $c\$/,/^   integra /p" man.txt > section.txt
  >   grep -q . section.txt || echo "no heading: integra $c"
  >   for o in $(options "$c"); do grep -q -e "^       $o\b" -e ", $o\b" section.txt || echo "integra $c lacks $o"; done
  > done < commands.txt

Each argument and option has its description beside it, not run into its name (CLI11 leaves a
single space after a name of 27 characters):

  $ grep -B1 -x '\\&' "$page"
  [1]
  $ grep -c 'REQUIRED [A-Z]' "$page"
  0
  [1]

No heading for a command that --help does not list:

  $ sed -n 's/^   integra //p' man.txt | sort > headings.txt
  $ sort commands.txt | diff - headings.txt

The exit codes of docs/COMMANDS.md:

  $ sed -n '/^EXIT STATUS$/,/^ENVIRONMENT$/p' man.txt | grep -E '^       [0-9] '
         0      Done; for check and fmt: nothing to report.
         1      The data or the request is invalid: check errors (or warnings
         2      Usage: an unknown command or option, a missing argument, a
         3      The environment failed: git is not installed, the repository is

Every variable the code reads with getenv() is explained:

  $ sed -n '/^ENVIRONMENT$/,/^FILES$/p' man.txt > environment.txt
  $ grep -rhoE 'getenv\("[A-Z_]+"\)' "$SOURCE/lib" "$SOURCE/cli" | sed 's/getenv("\(.*\)")/\1/' | sort -u > read.txt
  $ grep -c . read.txt | awk '$1 >= 8 { print "8 or more" }'
  8 or more
  $ for v in $(cat read.txt); do grep -qw "$v" environment.txt || echo "ENVIRONMENT lacks $v"; done
