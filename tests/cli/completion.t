Bash completion (dist/integra.bash) asks integra itself (`integra __complete`) for the words
that may follow, so it offers what the program accepts: commands, options, the IDs of the
records in the data directory, the words an option takes, language codes. Each case sets what
bash sets, calls the completion function and shows COMPREPLY.

  $ . "$TESTS/cli/lib.sh"
  $ . "$SOURCE/dist/integra.bash"
  $ complete -p integra
  complete -F _integra integra
  $ tab() {
  >   COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
  >   COMPREPLY=(); _integra; printf '%s\n' "${COMPREPLY[@]}" | paste -sd ' '
  > }
  $ examples="$SOURCE/examples/dietzenbach"

Commands and subcommands:

  $ tab integra re
  refugee retention report
  $ tab integra refugee household ''
  add list show move

The commands are those --help lists, and the subcommands of each (the hidden `__complete` is
not offered):

  $ subcommands() { "$INTEGRA" "$@" --help | subcommand_names; }
  $ [ "$(subcommands | paste -sd ' ')" = "$(tab integra '')" ] && echo same
  same
  $ for c in $(subcommands); do
  >   offered=$(tab integra $c '' | tr ' ' '\n')
  >   for s in $(subcommands $c); do grep -qx "$s" <<< "$offered" || echo "not offered: $c $s"; done
  > done
  $ tab integra __
  

Options, the command's own and the global ones:

  $ tab integra pilot fees --
  --help --month --mark-billed --version --data --format --lang --color --today --no-commit --quiet --excel --no-cache
  $ tab integra pilot match --l
  --lang

Record IDs, the kind the command takes, from the data directory of --data (also as
--data=DIR, which bash splits at the `=`), else $INTEGRA_DATA, else the nearest directory
upwards holding integra.yaml:

  $ tab integra --data "$examples" pilot show P-000
  P-0001 P-0002 P-0003 P-0004 P-0005 P-0006 P-0007 P-0008 P-0009
  $ tab integra --data "$examples" pilot done E-2023-000
  E-2023-0001 E-2023-0002 E-2023-0003 E-2023-0004 E-2023-0005 E-2023-0006 E-2023-0007 E-2023-0008 E-2023-0009
  $ tab integra --data "$examples" pilot done P-
  
  $ tab integra --data = "$examples" refugee household move H-2025-000 --unit U-0
  U-01 U-02 U-03 U-04 U-05 U-06 U-07 U-08
  $ INTEGRA_DATA="$examples" tab integra ag decide M-2026-000
  M-2026-0001 M-2026-0002 M-2026-0003 M-2026-0004 M-2026-0005 M-2026-0006 M-2026-0007 M-2026-0008 M-2026-0009
  $ mkdir -p office/pilots office/refugees/sub && touch office/integra.yaml office/pilots/P-0001.yaml office/pilots/notes.txt
  $ (cd office/refugees/sub && tab integra show '')
  P-0001
  $ tab integra check pi
  pilots

An erased person's tombstone (erased/R-2022-0012.yaml) is no record to show; `check` takes its
kind:

  $ tab integra --data "$examples" show R-2022-001
  R-2022-0010 R-2022-0011 R-2022-0013 R-2022-0014 R-2022-0015 R-2022-0016 R-2022-0017 R-2022-0018 R-2022-0019
  $ tab integra check e
  erased

Words of the vocabulary, formats, language and country codes:

  $ tab integra pilot assign --kind p
  parent_talk project
  $ tab integra refugee list --status ''
  active independent moved_away closed
  $ tab integra refugee housing add --kind ''
  shared flat
  $ tab integra --format ''
  table csv json yaml md html
  $ tab integra -q --no-cache --lang ''
  de en
  $ tab integra pilot match --lang ti
  ti tia tic tif tig tih tii tij tik til tim tin tio tip tiq tis tit tiu tiv tiw tix tiy tiz
  $ tab integra refugee add --nationality S
  SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ

`import` takes pairs of a kind and a CSV file; `export` a kind:

  $ touch lotsen.csv
  $ tab integra import p
  pilots projects
  $ tab integra import pilots lot
  lotsen.csv
  $ tab integra import pilots lotsen.csv h
  households housing
  $ tab integra export p
  pilots projects

File and directory names where the option takes one:

  $ mkdir -p reports && touch report.html
  $ tab integra report annual -o rep
  report.html reports
  $ tab integra init rep
  reports

Nothing, and nothing on the terminal, where there is nothing to offer or integra cannot answer:

  $ tab integra --data /nonexistent show P-
  
  $ tab integra show ''
  
  $ tab integra set P-0004 phone=
  
  $ PATH=/usr/bin:/bin tab integra sh
  
