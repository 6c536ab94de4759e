`integra project list`: the projects with their figures; --year filters by budget year (the
year of the decision's meeting, else of the period's start, else of the ID).

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

  $ integra project list --year 2026 --ag ag1
  ID           AG    Funding           Status        Requested    Approved        Paid  Title
  PR-2026-001  ag1   city              running         1800.00     1600.00      800.00  Frauencaf\xc3\xa9 International (esc)
  PR-2026-002  ag1   city              running         2300.00     1400.00      700.00  Interkulturelles Stra\xc3\x9fenfest (esc)
  PR-2026-007  ag1   demokratie_leben  running         8700.00     8700.00     4350.00  Angekommen-Fest
  PR-2026-013  ag1   demokratie_leben  running         7600.00     7500.00     3750.00  Nachbarschaftsgarten Hexenberg
  PR-2026-014  ag1   city              rejected         300.00           -        0.00  Kochabende der Kulturen
  $ integra project list --status running --funding demokratie_leben --format csv
  id,ag,funding,status,requested,approved,paid,title
  PR-2026-007,ag1,demokratie_leben,running,8700.00,8700.00,4350.00,Angekommen-Fest
  PR-2026-013,ag1,demokratie_leben,running,7600.00,7500.00,3750.00,Nachbarschaftsgarten Hexenberg
  $ integra project list --status approvedd
  integra: --status: approvedd not in {submitted,approved,rejected,running,completed,evaluated,withdrawn}
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]
  $ git status --porcelain
