#!/usr/bin/python3
"""Kills real integra processes at random moments and checks that nothing was lost.

Each round starts a change and kills it with SIGKILL at a random moment within its usual run
time: either integra alone (its git, if one runs, goes on as an orphan) or its whole process
group (integra and git, as Ctrl-C does). The changes, in turn: `set` on a guide, billing a
month (`pilot fees --mark-billed`, one commit over many files), an AG's decision (`ag decide`,
the meeting and the project in one commit), and every other writing command (`pilot add`,
`pilot assign`, `refugee add`, `refugee intake --from`, `refugee housing add`,
`refugee household add` and `move`, `refugee done`, `refugee erase`, `project add`,
`import` of a household and its persons from two CSV files, and `edit` through a scripted
editor). Then it runs the next command and asserts:

- the next command succeeds;
- `git status --porcelain` is empty and no journal, git lock or import scratch copy is left;
- a change whose command exited 0 is in the file and in HEAD;
- a killed `set` is either wholly there (file and HEAD) or wholly absent;
- a month is billed in all of its assignments or in none, and as one commit;
- a decision is in both the meeting and the project, as one commit, or in neither;
- every other command left either the tree it started from and no commit, or exactly the tree
  an uninterrupted run makes, in one commit;
- `git fsck` finds nothing wrong.

Usage: crash_test.py INTEGRA EXAMPLES [--rounds N] [--seed S]
"""

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from integra_test import examples_repo, fixed_environment, git  # noqa: E402

TODAY = "2026-11-26"
MONTH = "2026-11"
# An application in the examples and a past meeting of its AG with a quorum.
DECIDE = ["ag", "decide", "M-2026-0009", "--project", "PR-2026-015", "--yes", "4", "--no", "1",
          "--abstain", "0"]
# One intake of a new person into a household of the examples that has room for one.
ANSWERS = """household: H-2022-0003
intake:
  date: 2026-11-23
persons:
  - name:
      given: Amal
      family: Test
    birth_date: 1990-01-02
    gender: f
    nationality: SY
    languages:
      - code: ar
        level: native
"""
# Spreadsheets as German Excel saves them (`;`, CRLF; plain ASCII, so either encoding): a new
# household, and two persons in it, imported in one commit.
SPREADSHEETS = {
    "haushalte.csv": "ID;Zuweisung;Aktenzeichen;Personen\r\n"
                     "H-2026-0031;20.11.2026;KOF-2026-301;2\r\n",
    "personen.csv": "Haushalt;Vorname;Nachname;Geburtsdatum;Geschlecht;Staatsangehoerigkeit;"
                    "Sprachen\r\n"
                    "H-2026-0031;Amal;Test;02.01.1990;w;SY;ar:native\r\n"
                    "H-2026-0031;Omar;Test;03.04.2016;m;SY;ar:native\r\n",
}
# An editor that changes a guide's phone in the copy `integra edit` opens.
EDITOR = """#!/bin/sh
sed -i 's/^phone: .*/phone: "0000 1"/' "$1"
"""
# Every other writing command, each making one commit on the examples.
COMMANDS = [
    ["pilot", "add", "--given", "Amal", "--family", "Test", "--gender", "f", "--lang",
     "ar:native,de:B1"],
    ["pilot", "assign", "--pilot", "P-0003", "--date", "2026-12-03", "--hours", "1", "--kind",
     "accompaniment", "--lang", "tr", "--requested-by", "school"],
    ["refugee", "add", "--household", "H-2022-0003", "--given", "Amal", "--family", "Test",
     "--birth-date", "1990-01-02", "--gender", "f", "--nationality", "SY", "--by", "kaya"],
    ["refugee", "intake", "--from", "{answers}", "--by", "kaya"],
    ["refugee", "housing", "add", "--name", "Wohnung Rathausplatz", "--capacity", "4", "--kind",
     "flat", "--address", "Rathausplatz 2, 63128 Dietzenbach"],
    ["refugee", "household", "add", "--allocated", "2026-11-20", "--reference", "KOF-2026-299",
     "--persons", "1", "--unit", "U-06"],
    ["refugee", "household", "move", "H-2022-0010", "--unit", "U-06", "--on", "2026-12-01"],
    ["refugee", "done", "R-2026-0005", "registration"],
    ["refugee", "erase", "R-2022-0001", "--yes", "--by", "kaya"],
    ["project", "add", "--title", "Lesecafé", "--organisation", "Stadtbücherei", "--contact",
     "Frau Roth", "--ag", "ag1", "--funding", "city", "--requested", "800", "--from",
     "2026-11-24", "--to", "2027-03-31", "--target", "children,youth"],
    ["import", "households", "{tmp}/haushalte.csv", "refugees", "{tmp}/personen.csv"],
    ["edit", "P-0003"],
]


class Crash:
    def __init__(self, integra, examples, seed):
        self.integra = integra
        self.rng = random.Random(seed)
        self.tmp = tempfile.mkdtemp(prefix="integra-crash-")
        editor = os.path.join(self.tmp, "editor")
        with open(editor, "w") as f:
            f.write(EDITOR)
        os.chmod(editor, 0o755)
        os.environ["EDITOR"] = editor
        self.base = examples_repo(examples, os.path.join(self.tmp, "base"))
        # The guides' rounds work on a data directory in a subfolder of its repository.
        self.repo = os.path.join(self.tmp, "work")
        os.makedirs(self.repo)
        shutil.copytree(examples, os.path.join(self.repo, "office"),
                        ignore=shutil.ignore_patterns(".integra"))
        git(self.repo, "init", "-q")
        git(self.repo, "add", "-A")
        git(self.repo, "commit", "-qm", "examples")
        self.work = os.path.join(self.repo, "office")
        self.guides = sorted(f[:-5] for f in os.listdir(os.path.join(self.base, "pilots")))
        self.failures = []
        self.stats = {"killed": 0, "killed mid-change": 0, "finished before the kill": 0,
                      "group kills": 0}

    def command(self, repo, *args):
        return [self.integra, "--data", repo, "--today", TODAY, *args]

    def run(self, repo, *args):
        return subprocess.run(self.command(repo, *args), capture_output=True, text=True)

    def timed(self, repo, *args):
        start = time.monotonic()
        r = self.run(repo, *args)
        assert r.returncode == 0, r.stderr
        return time.monotonic() - start

    def kill_at_random(self, repo, args, duration):
        """Runs integra and kills it after a random delay; its exit status (0: it finished)."""
        proc = subprocess.Popen(self.command(repo, *args), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(self.rng.uniform(0, duration * 1.2))
        group = self.rng.random() < 0.5
        try:
            if group:
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                os.kill(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        status = proc.wait()
        if os.path.exists(os.path.join(repo, ".integra", "journal")):
            self.stats["killed mid-change"] += 1
        if status == 0:
            self.stats["finished before the kill"] += 1
        else:
            self.stats["killed"] += 1
            self.stats["group kills"] += group
        return status

    def fail(self, round_no, what):
        self.failures.append(f"round {round_no}: {what}")

    def require_tidy(self, round_no, repo):
        status = git(repo, "status", "--porcelain")
        if status:
            self.fail(round_no, f"git status is not empty:\n{status}")
        if os.path.exists(os.path.join(repo, ".integra", "journal")):
            self.fail(round_no, "a journal was left behind")
        top = git(repo, "rev-parse", "--show-toplevel").strip()
        locks = [os.path.join(d, f) for d, _, files in os.walk(os.path.join(top, ".git"))
                 for f in files if f.endswith(".lock")]
        if locks:
            self.fail(round_no, f"git's locks were left behind: {locks}")
        tmp = os.path.join(repo, ".integra", "tmp")
        scratch = [n for n in os.listdir(tmp) if n.startswith("import-")] if os.path.isdir(
            tmp) else []
        if scratch:
            self.fail(round_no, f"an import's scratch copy was left behind: {scratch}")

    def phone(self, repo, guide, head=False):
        rel = f"pilots/{guide}.yaml"
        text = git(repo, "show", f"HEAD:./{rel}") if head else open(os.path.join(repo, rel)).read()
        return yaml.safe_load(text).get("phone")

    def set_round(self, round_no, duration):
        guide, other = self.rng.sample(self.guides, 2)
        old = self.phone(self.work, guide)
        new = f"0607 {round_no:05d}"
        status = self.kill_at_random(self.work, ["set", guide, f"phone={new}"], duration)
        following = self.run(self.work, "set", other, f"phone=0608 {round_no:05d}")
        if following.returncode != 0:
            self.fail(round_no, f"the next command failed: {following.stderr}")
            return
        self.require_tidy(round_no, self.work)
        now, head = self.phone(self.work, guide), self.phone(self.work, guide, head=True)
        if now != head:
            self.fail(round_no, f"{guide}: file has {now!r}, HEAD has {head!r}")
        allowed = [new] if status == 0 else [old, new]
        if now not in allowed:
            self.fail(round_no, f"{guide}: phone {now!r}, expected one of {allowed!r}")
        if self.phone(self.work, other) != f"0608 {round_no:05d}":
            self.fail(round_no, f"{other}: the acknowledged change is missing")

    def billed(self, repo):
        folder = os.path.join(repo, "assignments")
        return sum(1 for f in os.listdir(folder)
                   if f"billed: {MONTH}" in open(os.path.join(folder, f)).read())

    def fees_round(self, round_no, duration, expected):
        # Each round bills the same month again, from the examples as they were.
        repo = self.fees
        git(repo, "reset", "-q", "--hard", "origin/HEAD")
        git(repo, "clean", "-qfd")
        commits = int(git(repo, "rev-list", "--count", "HEAD"))
        status = self.kill_at_random(repo, ["pilot", "fees", "--month", MONTH, "--mark-billed"],
                                     duration)
        following = self.run(repo, "status")
        if following.returncode not in (0, 1):
            self.fail(round_no, f"the next command failed: {following.stderr}")
            return
        self.require_tidy(round_no, repo)
        billed = self.billed(repo)
        added = int(git(repo, "rev-list", "--count", "HEAD")) - commits
        if (billed, added) not in ((0, 0), (expected, 1)) or (status == 0 and added != 1):
            self.fail(round_no, f"{billed} of {expected} assignments billed in {added} commits "
                                f"(exit {status})")
        self.fsck(round_no, repo)

    def decided(self, repo):
        """Whether the decision is in the meeting, and whether the project is approved."""
        with open(os.path.join(repo, "meetings", "M-2026-0009.yaml")) as f:
            meeting = "PR-2026-015" in f.read()
        with open(os.path.join(repo, "projects", "PR-2026-015.yaml")) as f:
            project = "status: approved" in f.read()
        return meeting, project

    def decide_round(self, round_no, duration):
        repo = self.fees
        git(repo, "reset", "-q", "--hard", "origin/HEAD")
        git(repo, "clean", "-qfd")
        commits = int(git(repo, "rev-list", "--count", "HEAD"))
        status = self.kill_at_random(repo, DECIDE, duration)
        following = self.run(repo, "status")
        if following.returncode not in (0, 1):
            self.fail(round_no, f"the next command failed: {following.stderr}")
            return
        self.require_tidy(round_no, repo)
        meeting, project = self.decided(repo)
        added = int(git(repo, "rev-list", "--count", "HEAD")) - commits
        if (meeting, project, added) not in ((False, False, 0), (True, True, 1)) or \
                (status == 0 and added != 1):
            self.fail(round_no, f"decision in the meeting: {meeting}, project approved: "
                                f"{project}, {added} commits (exit {status})")
        self.fsck(round_no, repo)

    def reset(self, repo):
        git(repo, "reset", "-q", "--hard", "origin/HEAD")
        git(repo, "clean", "-qfd")

    def reference(self, args):
        """The tree an uninterrupted run of `args` makes, and how long it takes."""
        repo = self.clone
        self.reset(repo)
        duration = self.timed(repo, *args)
        commits = int(git(repo, "rev-list", "--count", "origin/HEAD..HEAD"))
        assert commits == 1, f"`integra {' '.join(args)}` made {commits} commits"
        tree = git(repo, "rev-parse", "HEAD^{tree}").strip()
        return tree, duration

    def command_round(self, round_no, args, after, duration):
        repo = self.clone
        self.reset(repo)
        before = git(repo, "rev-parse", "HEAD^{tree}").strip()
        status = self.kill_at_random(repo, args, duration)
        following = self.run(repo, "status")
        if following.returncode not in (0, 1):
            self.fail(round_no, f"the next command failed: {following.stderr}")
            return
        self.require_tidy(round_no, repo)
        tree = git(repo, "rev-parse", "HEAD^{tree}").strip()
        added = int(git(repo, "rev-list", "--count", "origin/HEAD..HEAD"))
        if (tree, added) not in ((before, 0), (after, 1)) or (status == 0 and added != 1):
            what = "the tree it started from" if tree == before else \
                "the finished change's tree" if tree == after else "a tree that is neither"
            self.fail(round_no, f"`integra {' '.join(args)}` left {what} in {added} commits "
                                f"(exit {status})")
        self.fsck(round_no, repo)

    def fsck(self, round_no, repo):
        r = subprocess.run(["git", "-C", repo, "fsck", "--no-progress"], capture_output=True,
                           text=True)
        if r.returncode != 0 or "error" in r.stderr:
            self.fail(round_no, f"git fsck: {r.stdout}{r.stderr}")

    def main(self, rounds):
        set_time = self.timed(self.work, "set", self.guides[0], "phone=0600 00000")
        self.fees = self.clone = os.path.join(self.tmp, "clone")
        git(self.tmp, "clone", "-q", self.base, self.clone)
        fees_time = self.timed(self.fees, "pilot", "fees", "--month", MONTH, "--mark-billed")
        expected = self.billed(self.fees)
        assert expected > 1, "the examples have no month to bill"
        self.reset(self.fees)
        decide_time = self.timed(self.fees, *DECIDE)
        assert self.decided(self.fees) == (True, True), "the decision did not land"
        answers = os.path.join(self.tmp, "answers.yaml")
        with open(answers, "w") as f:
            f.write(ANSWERS)
        for name, text in SPREADSHEETS.items():
            with open(os.path.join(self.tmp, name), "w", newline="") as f:
                f.write(text)
        commands = [[a.replace("{answers}", answers).replace("{tmp}", self.tmp) for a in c]
                    for c in COMMANDS]
        references = [self.reference(c) for c in commands]
        generic = 0
        for round_no in range(1, rounds + 1):
            if round_no % 6 == 0:
                self.fees_round(round_no, fees_time, expected)
            elif round_no % 6 == 4:
                self.decide_round(round_no, decide_time)
            elif round_no % 6 == 1:
                self.set_round(round_no, set_time)
            else:
                i = generic % len(commands)
                generic += 1
                self.command_round(round_no, commands[i], *references[i])
        self.fsck("end", self.work)
        print(f"crash test: {rounds} rounds; " +
              ", ".join(f"{v} {k}" for k, v in self.stats.items()))
        for f in self.failures:
            print(f)
        failed = len({f.split(":")[0] for f in self.failures})
        print(f"{rounds - failed} passed, {failed} failed")
        shutil.rmtree(self.tmp)
        return 1 if self.failures else 0


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("integra")
    p.add_argument("examples")
    p.add_argument("--rounds", type=int, default=60)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    fixed_environment("Crash Test")
    sys.exit(Crash(os.path.abspath(a.integra), a.examples, a.seed).main(a.rounds))
