`status` lists what git has not committed. When the kinds' folders were clean at a fingerprint
that still holds (store/cache.hpp), and nothing else that git reads has changed (its index,
HEAD, refs, configuration and ignore files), they are clean still, and git is asked only about
the rest (ops/status.cpp). Whatever changes what git would say, status says it.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ real_git=$(command -v git) && mkdir ../bin
  $ printf '#!/bin/sh\necho "$*" >> "%s"\nexec "%s" "$@"\n' "$PWD/../git.log" "$real_git" > ../bin/git
  $ chmod +x ../bin/git
  $ git_part() {
  >   : > ../git.log
  >   PATH="$PWD/../bin:$PATH" integra status | sed -n '/^Git/,$p'
  >   if grep -q -- 'status.* -- \.$' ../git.log; then echo "(git: everything)"
  >   elif grep -q -- ' status ' ../git.log; then echo "(git: the rest)"; fi
  > }

git rewrites its index once more in the second after a commit; results are saved from two
seconds after that:

  $ settle() { sleep 1.1; git status > /dev/null; sleep 2.1; git_part > /dev/null; }

Once nothing is younger than two seconds, the clean folders are saved; the next status asks git
about the rest only, and a change there is seen (a file in another folder, changed in place,
which the fingerprint does not see):

  $ mkdir minutes && echo "Sitzung am Montag" > minutes/ag1.txt && git add minutes
  $ git commit -qm minutes && settle && ls .integra/cache
  check
  git
  status
  $ git_part
  Git
    no uncommitted changes
  (git: the rest)
  $ python3 -c "f=open('minutes/ag1.txt','r+b'); f.write(b'X'); f.close()" && git_part
  Git
    1 uncommitted change:
       M minutes/ag1.txt
  (git: the rest)
  $ git checkout -q minutes

A branch moved back (`git reset --soft`: the index is the same, HEAD's commit is not):

  $ integra -q set P-0001 notes="Bevorzugt Termine am Vormittag." && settle && git_part
  Git
    no uncommitted changes
  (git: the rest)
  $ git reset -q --soft HEAD~1 && git_part
  Git
    1 uncommitted change:
      M  pilots/P-0001.yaml
  (git: everything)
  $ git reset -q && git_part
  Git
    1 uncommitted change:
       M pilots/P-0001.yaml
  (git: everything)
  $ git commit -qam "P-0001 notes" && settle && git_part
  Git
    no uncommitted changes
  (git: the rest)

A file taken out of the index, and put back:

  $ git rm -q --cached pilots/P-0002.yaml && git_part
  Git
    2 uncommitted changes:
      D  pilots/P-0002.yaml
      ?? pilots/P-0002.yaml
  (git: everything)
  $ git reset -q pilots/P-0002.yaml && settle && git_part
  Git
    no uncommitted changes
  (git: the rest)

A hidden file in a kind's folder (which integra never reads) changed in place, same size:

  $ echo "Nur intern" > pilots/.notes && git add pilots/.notes && git commit -qm notes
  $ settle && git_part
  Git
    no uncommitted changes
  (git: the rest)
  $ python3 -c "f=open('pilots/.notes','r+b'); f.write(b'X'); f.close()" && git_part
  Git
    1 uncommitted change:
       M pilots/.notes
  (git: everything)
  $ git checkout -q pilots/.notes

An ignore rule taken back, at the top or in this clone's exclude file:

  $ echo "Entwurf" > pilots/.draft && echo ".draft" >> .gitignore && git commit -qam ignore
  $ settle && git_part
  Git
    no uncommitted changes
  (git: the rest)
  $ sed -i 's/^\.draft$/.draftx/' .gitignore && git_part
  Git
    2 uncommitted changes:
       M .gitignore
      ?? pilots/.draft
  (git: everything)
  $ git checkout -q .gitignore && settle && git_part
  Git
    no uncommitted changes
  (git: the rest)
  $ git revert --no-edit HEAD > /dev/null && echo ".draft" >> .git/info/exclude && settle && git_part
  Git
    no uncommitted changes
  (git: the rest)
  $ sed -i '/^\.draft$/d' .git/info/exclude && git_part
  Git
    1 uncommitted change:
      ?? pilots/.draft
  (git: everything)
  $ rm pilots/.draft

A file deleted at the top is in no listing; git is still asked about it:

  $ echo "Protokoll" > protocol.txt && git add protocol.txt && git commit -qm protocol
  $ rm protocol.txt && settle && git_part
  Git
    1 uncommitted change:
       D protocol.txt
  (git: the rest)
  $ git checkout -q protocol.txt

An ignore file that the configuration names elsewhere, and a replaced commit:

  $ echo '*~' > ../ignore && git config core.excludesFile "$PWD/../ignore"
  $ echo "Kopie" > pilots/P-0001.yaml~ && settle && git_part
  Git
    no uncommitted changes
  (git: the rest)
  $ : > ../ignore && git_part
  Git
    1 uncommitted change:
      ?? pilots/P-0001.yaml~
  (git: everything)
  $ rm pilots/P-0001.yaml~ && settle && git replace HEAD HEAD~1 && git_part
  Git
    1 uncommitted change:
      A  protocol.txt
  (git: everything)
  $ git replace -d HEAD > /dev/null

A submodule in a kind's place is never taken as clean:

  $ git init -q ../meetings-repo && cp meetings/*.yaml ../meetings-repo/
  $ git -C ../meetings-repo add -A && git -C ../meetings-repo commit -qm meetings
  $ git rm -rq meetings && rm -rf meetings && git commit -qm "meetings elsewhere"
  $ git -c protocol.file.allow=always submodule add -q "$PWD/../meetings-repo" meetings
  $ git commit -qm "meetings as a submodule" && settle
  $ git -C meetings commit -q --allow-empty -m more && git_part
  Git
    1 uncommitted change:
       M meetings
  (git: everything)
  $ rm -rf meetings .git/modules && git reset -q --hard HEAD~2 && git status --porcelain

A folder inside a kind's folder: the fingerprint has the folder, not its files, so the clean
state is not saved and git is asked about everything each time:

  $ mkdir pilots/old && echo "2019" > pilots/old/list.txt && git add pilots/old
  $ git commit -qm old && settle && rm -f .integra/cache/git && settle
  $ test -e .integra/cache/git || echo "not saved"
  not saved
  $ python3 -c "f=open('pilots/old/list.txt','r+b'); f.write(b'3'); f.close()" && git_part
  Git
    1 uncommitted change:
       M pilots/old/list.txt
  (git: everything)

--no-cache asks git about everything:

  $ git checkout -q pilots/old && git rm -rq pilots/old && git commit -qm "no old" && settle
  $ echo "x" >> pilots/.notes && integra --no-cache status | sed -n '/^Git/,$p'
  Git
    1 uncommitted change:
       M pilots/.notes

A rename that git sees in the work tree (after `git add -N`), the old path a kind's file: it is
shown as a rename, and the clean state is not saved on it, so the removed record stays in view:

  $ git checkout -q pilots/.notes && git status --porcelain
  $ cp refugees/R-2022-0001.yaml moved.txt && rm refugees/R-2022-0001.yaml
  $ git add -N moved.txt && settle
  $ git_part
  Git
    1 uncommitted change:
       R refugees/R-2022-0001.yaml -> moved.txt
  (git: everything)
  $ git_part | head -3
  Git
    1 uncommitted change:
       R refugees/R-2022-0001.yaml -> moved.txt
  $ git rm -q --cached moved.txt && rm moved.txt && git checkout -q refugees

A top-level name that is not UTF-8: shown escaped, and asked about by its real bytes once the
clean kinds are saved, so its removal stays in view:

  $ printf 'Protokoll' > "$(printf 'Notiz_\374.txt')" && git add . && git commit -qm notiz
  $ rm "$(printf 'Notiz_\374.txt')" && settle && git_part
  Git
    1 uncommitted change:
       D Notiz_\xFC.txt
  (git: the rest)
