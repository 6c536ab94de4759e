The person's rights: access (`refugee export`, GDPR Art. 15), erasure (`refugee erase`, Art. 17),
restriction (`refugee restrict|unrestrict`, Art. 18) and storage limitation (`retention`).

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ unchanged() { git status --porcelain; commits; }

The person of this scenario gets a name found nowhere else, and a colleague writes the full
name into the household's notes by hand; both are in the history from now on.

  $ integra set R-2024-0059 name.given=Zarifa name.family=Qasimzada
  refugee: set R-2024-0059 name
  $ integra set H-2024-0021 "notes=Zarifa Qasimzada bittet um Rückruf"
  household: set H-2024-0021 notes
  $ grep -rl --exclude-dir=.git Zarifa . | sort
  ./households/H-2024-0021.yaml
  ./refugees/R-2024-0059.yaml

Access: the record, the household, the assignments naming the person, the intake's
interpreter, and each file's history with its content in every version.

  $ integra refugee export R-2024-0059 > export.json
  $ python3 -c '
  > import json; e = json.load(open("export.json"))
  > print(list(e))
  > print(e["id"], e["exported"], e["basis"], e["restricted"], e["tombstone"])
  > print(e["person"]["file"], e["person"]["record"]["name"])
  > print([v["message"] for v in e["person"]["history"]])
  > print("Zarifa" in e["person"]["history"][0]["content"], "Zarifa" in e["person"]["history"][1]["content"])
  > print(e["household"]["file"], [v["message"] for v in e["household"]["history"]])
  > print([a["record"]["id"] for a in e["assignments"]], {a["record"]["client"] for a in e["assignments"]})
  > print(e["interpreter"])'
  ['id', 'exported', 'basis', 'restricted', 'person', 'household', 'assignments', 'interpreter', 'tombstone']
  R-2024-0059 2026-11-24 GDPR Art. 15 None None
  refugees/R-2024-0059.yaml {'given': 'Zarifa', 'family': 'Qasimzada'}
  ['refugee: set R-2024-0059 name', 'examples']
  True False
  households/H-2024-0021.yaml ['household: set H-2024-0021 notes', 'examples']
  ['E-2025-0149', 'E-2025-0180', 'E-2025-0244', 'E-2025-0252', 'E-2025-0287'] {'R-2024-0059'}
  {'id': 'P-0001', 'given': 'Ay\xc5\x9fe', 'family': 'Y\xc4\xb1lmaz'} (esc)
  $ rm export.json
  $ integra --lang en --format md refugee export R-2024-0059 | head -12
  # Access to personal data (GDPR Art. 15): R-2024-0059
  
  As of: 2026-11-24
  
  Data of other persons (further members of the household) is not included.
  
  ## The person's record
  
  `refugees/R-2024-0059.yaml`
  
  ````yaml
  id: R-2024-0059
  $ integra --format md refugee export R-2024-0059 | grep '^#'
  # Auskunft nach Art. 15 DSGVO: R-2024-0059
  ## Personendaten
  ## Haushalt
  ## Dolmetschung beim Erstgespr\xc3\xa4ch (esc)
  ## Eins\xc3\xa4tze der Integrationslots/innen (esc)
  ### E-2025-0149
  ### E-2025-0180
  ### E-2025-0244
  ### E-2025-0252
  ### E-2025-0287
  $ integra refugee export R-2024-9999
  integra: there is no refugee R-2024-9999 (no file refugees/R-2024-9999.yaml) and no tombstone erased/R-2024-9999.yaml
  [1]
  $ integra refugee export P-0001
  integra: `P-0001` is not a refugee ID (such as R-2025-0007)
  [2]

Restriction (Art. 18): one commit each way; a restricted person is left out of statistics such
as `pilot coverage`, but can still be exported to themselves.

  $ integra --format json pilot coverage | python3 -c 'import json,sys; c=json.load(sys.stdin); print([n["people"] for n in c["languages"] if n["code"]=="ku"])'
  [16]
  $ integra refugee restrict R-2024-0059 --on 2026-11-20
  refugee: restrict R-2024-0059
  $ git show --format=%s HEAD | grep '^[-+][a-z]'
  +restricted: 2026-11-20
  $ integra --format json pilot coverage | python3 -c 'import json,sys; c=json.load(sys.stdin); print([n["people"] for n in c["languages"] if n["code"]=="ku"])'
  [15]
  $ integra --lang en --format md refugee export R-2024-0059 | sed -n 5p
  Processing of this data has been restricted since 2026-11-20 (GDPR Art. 18). This export is for the person themselves.
  $ integra refugee restrict R-2024-0059
  integra: R-2024-0059's processing is restricted already, since 2026-11-20; nothing was changed
  [1]
  $ integra refugee unrestrict R-2024-0059
  refugee: unrestrict R-2024-0059
  $ integra refugee unrestrict R-2024-0059
  integra: R-2024-0059's processing is not restricted; nothing was changed
  [1]
  $ integra refugee restrict R-2024-0059 --on 2027-01-01
  integra: R-2024-0059 would be invalid, so nothing was changed:
  `restricted` is 2027-01-01, which lies after today (2026-11-24) [future-date]
  [1]
  $ unchanged
  5

Retention: nothing of the refugee unit is due in the examples yet; two retired guides are.
Two years on, the first closed cases are due too, and `check` and `status` say so.

  $ integra retention
  ID           Status      Since      Ended        What to do
  P-0023       retired     2023-07-19 2026-07-19   guide: remove what is no longer needed by hand (no erase command for guides yet)
  P-0022       retired     2023-10-03 2026-10-03   guide: remove what is no longer needed by hand (no erase command for guides yet)
  $ "$INTEGRA" --today 2028-10-01 retention
  ID           Status      Since      Ended        What to do
  P-0023       retired     2023-07-19 2026-07-19   guide: remove what is no longer needed by hand (no erase command for guides yet)
  P-0022       retired     2023-10-03 2026-10-03   guide: remove what is no longer needed by hand (no erase command for guides yet)
  R-2022-0031  independent 2023-04-14 2028-04-14   integra refugee erase R-2022-0031 --purge-history
  R-2022-0032  moved_away  2023-09-01 2028-09-01   integra refugee erase R-2022-0032 --purge-history
  R-2022-0033  moved_away  2023-09-01 2028-09-01   integra refugee erase R-2022-0033 --purge-history
  R-2022-0034  closed      2023-09-13 2028-09-13   integra refugee erase R-2022-0034 --purge-history
  R-2022-0035  closed      2023-09-17 2028-09-17   integra refugee erase R-2022-0035 --purge-history
  $ "$INTEGRA" --today 2028-10-01 --format csv retention | head -2
  kind,id,status,since,end,command
  pilot,P-0023,retired,2023-07-19,2026-07-19,
  $ "$INTEGRA" --today 2028-10-01 check | grep -A2 retention | head -3
  0 errors, 134 warnings in 1772 files
  refugees/R-2022-0031.yaml:42:9: warning: R-2022-0031 was closed on 2023-04-14; its retention period of 5 years (integra.yaml) ended on 2028-04-14. Erase it: `integra refugee erase R-2022-0031 --purge-history` [retention]
    closed: 2023-04-14
            ^
  $ "$INTEGRA" --today 2028-10-01 status | grep retention
    5 closed cases are past the retention period, to be erased: R-2022-0031, R-2022-0032, R-2022-0033, R-2022-0034, R-2022-0035 (`integra retention`)

Erasure needs a confirmation: the typed ID on a terminal, else --yes. Refusals change nothing.

  $ integra refugee erase R-2024-0059 < /dev/null
  integra: erasing R-2024-0059 cannot be undone; not on a terminal, so give --yes to confirm
  [2]
  $ integra refugee erase R-2024-9999 --yes
  integra: there is no refugee R-2024-9999 (no file refugees/R-2024-9999.yaml) and no tombstone erased/R-2024-9999.yaml; nothing was changed
  [1]
  $ integra refugee erase R-2024-0059 --yes --by nobody
  integra: --by nobody is not a staff handle in integra.yaml (kaya, brandt, okafor, lotsen, foerderung, leitung)
  [2]
  $ integra refugee erase R-2024-0059 --yes --replace Zarifa
  integra: --replace goes with --purge-history
  [2]
  $ unchanged
  5

Killed while erasing (after its first file, the deleted record), the erasure is completed by the
next command, which then says the person was erased. Billed assignments lose the client too.

  $ grep -l 'client: R-2023-0067' assignments/* | xargs grep -h '^status'
  status: billed
  status: billed
  status: billed
  status: billed
  $ (INTEGRA_FAULT=after-rename:1 integra refugee erase R-2023-0067 --yes; echo "exit $?") 2>/dev/null
  exit 137
  $ integra show R-2023-0067
  integra: completed an interrupted change: refugee: erase R-2023-0067
  integra: R-2023-0067 was erased on 2026-11-24 (erased/R-2023-0067.yaml); nothing else is held on the person
  [1]
  $ git status --porcelain; commits
  6
  $ git show --stat --format=%s HEAD | sed 's/ *|.*//'
  refugee: erase R-2023-0067
  
   assignments/E-2024-0022.yaml
   assignments/E-2024-0168.yaml
   assignments/E-2024-0171.yaml
   assignments/E-2024-0190.yaml
   erased/R-2023-0067.yaml
   refugees/R-2023-0067.yaml
   6 files changed, 4 insertions(+), 54 deletions(-)
  $ cat erased/R-2023-0067.yaml
  id: R-2023-0067
  erased: 2026-11-24
  basis: GDPR Art. 17
  by: kaya
  $ grep -rl --exclude-dir=.git R-2023-0067 .
  ./erased/R-2023-0067.yaml

A restored backup brings the person back: `check` says so, and erasing again removes the record
and keeps the first tombstone.

  $ git show HEAD~1:refugees/R-2023-0067.yaml > refugees/R-2023-0067.yaml && git add refugees && git commit -qm restored
  $ integra check refugees | grep erased-returned
  1 error, 1 warning in 1773 files
  refugees/R-2023-0067.yaml:1:5: error: R-2023-0067 was erased on 2026-11-24 (erased/R-2023-0067.yaml) but is here again; a restored backup? Run `integra refugee erase R-2023-0067` again [erased-returned]
  $ "$INTEGRA" --today 2026-11-25 refugee erase R-2023-0067 --yes
  refugee: erase R-2023-0067
  $ cat erased/R-2023-0067.yaml
  id: R-2023-0067
  erased: 2026-11-24
  basis: GDPR Art. 17
  by: kaya
  $ integra refugee erase R-2023-0067 --yes
  integra: R-2023-0067 was erased on 2026-11-24 already and nothing refers to it; nothing was changed. To remove it from the git history as well, add --purge-history.
  [1]

A restored file not yet committed is erased as well; git never had it, so only what changed
elsewhere is committed (here: nothing, and no commit):

  $ gone=$(git log -1 --format=%H --diff-filter=D -- refugees/R-2023-0067.yaml)
  $ git show "$gone~1:refugees/R-2023-0067.yaml" > refugees/R-2023-0067.yaml && grep -c given refugees/R-2023-0067.yaml
  1
  $ before=$(commits); integra refugee erase R-2023-0067 --yes; echo "exit $?"
  refugee: erase R-2023-0067
  exit 0
  $ ls refugees/R-2023-0067.yaml; git status --porcelain; test "$(commits)" = "$before" && echo "no new commit"
  ls: cannot access 'refugees/R-2023-0067.yaml': No such file or directory
  no new commit

A purge killed while git filter-repo ran leaves its list of names in `.integra/tmp/`; the next
command removes it first and says what to do:

  $ mkdir -p .integra/tmp && echo "Zarifa Qasimzada==>(removed)" > .integra/tmp/purge-R-2024-0021.txt
  $ integra show P-0001 > /dev/null
  integra: a purge of R-2024-0021's history was interrupted; its list of names was removed. Run `integra refugee erase R-2024-0021 --purge-history` again to finish it (if `git status` then shows changes, they come from the old history: `git reset --hard` drops them)
  $ ls .integra/tmp

Erasure without --purge-history: one commit; the name is in no file of the record's own, the
hand-written note is named, and the history still holds the name (and export finds it).

  $ integra refugee erase R-2024-0059 --yes
  The person's full name is also written in households/H-2024-0021.yaml (by hand): remove it there; --purge-history replaces it in the files and their history.
  refugee: erase R-2024-0059
  $ git show --stat --format=%s HEAD | sed 's/ *|.*//'
  refugee: erase R-2024-0059
  
   assignments/E-2025-0149.yaml
   assignments/E-2025-0180.yaml
   assignments/E-2025-0244.yaml
   assignments/E-2025-0252.yaml
   assignments/E-2025-0287.yaml
   erased/R-2024-0059.yaml
   refugees/R-2024-0059.yaml
   7 files changed, 4 insertions(+), 49 deletions(-)
  $ grep -rl --exclude-dir=.git Zarifa .
  ./households/H-2024-0021.yaml
  $ integra refugee export R-2024-0059 | python3 -c 'import json,sys; e=json.load(sys.stdin); print(e["person"]["record"], len(e["person"]["history"]), e["tombstone"]["record"]["erased"])'
  None 5 2026-11-24
  $ git log -p --all | grep -c Zarifa
  3

With --purge-history the history is rewritten: neither `git log -p --all`, nor any object, nor
any file holds the name any more.

  $ integra refugee erase R-2024-0059 --yes --purge-history
  R-2024-0059 was erased on 2026-11-24 already; purging the history
  the full name (given, family) was in households/H-2024-0021.yaml (1 commit): replaced by (removed)
  removed refugees/R-2024-0059.yaml from every commit of every branch
  refugee: history of R-2024-0059 purged
  This repository's history no longer holds the person. Every other copy still does:
  - a git server, if the data directory is kept on one: force-push every branch (`git push --force --all`), then have its administrators expire its reflogs and prune old objects
  - every other clone (colleagues, other offices): delete it and clone again; `git pull` into an old clone would bring the old history back
  - backups made before today: they still hold the person. After restoring one, run `integra check` (erased-returned) and erase again
  $ git log -p --all | grep -c -e Zarifa -e Qasimzada
  0
  [1]
  $ git cat-file --batch-all-objects --batch | grep -c -a -e Zarifa -e Qasimzada
  0
  [1]
  $ grep -rl --exclude-dir=.git -e Zarifa -e Qasimzada .
  [1]
  $ integra show H-2024-0021 | grep notes
  notes: (removed) bittet um R\xc3\xbcckruf (esc)
  $ git log --format=%s | head -4
  refugee: history of R-2024-0059 purged
  refugee: erase R-2024-0059
  refugee: erase R-2023-0067
  restored
  $ cat erased/R-2024-0059.yaml
  id: R-2024-0059
  erased: 2026-11-24
  basis: GDPR Art. 17
  by: kaya
  history_purged: true
  $ git status --porcelain
  $ integra show R-2024-0059
  integra: R-2024-0059 was erased on 2026-11-24 (erased/R-2024-0059.yaml); nothing else is held on the person
  [1]
  $ integra refugee export R-2024-0059 | python3 -c 'import json,sys; e=json.load(sys.stdin); print(e["person"])'
  {'file': 'refugees/R-2024-0059.yaml', 'record': None, 'history': []}
