#!/usr/bin/python3
"""Several integra processes change one data directory at the same time; every change lands.

WORKERS processes each run CHANGES commands one after another, all at once, cycling through:

- `pilot add` (a new ID each time),
- `set` of the phone of one guide that every worker changes,
- `refugee note` on one person that every worker adds to (a lost update would drop a note),
- `pilot assign` of the worker's own guide on a day of its own (a new yearly ID).

Beside them, a reader runs `integra status`, `integra check` and `git status` (which takes git's
index.lock for a moment) in a loop. Then it asserts:

- every command exited 0 and printed nothing on stderr (no "index.lock", no lock timeout);
- the new IDs are unique and each is a file in HEAD;
- HEAD has exactly one new commit per command, each touching one record file;
- every note is in the person's file, the shared phone is one of the values set;
- `git status` is clean, no lock or journal is left, `integra check` and `git fsck` pass.

Usage: concurrency_test.py INTEGRA EXAMPLES [--workers N] [--changes N]
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from integra_test import examples_repo, fixed_environment, git  # noqa: E402

TODAY = "2026-11-26"
SHARED_GUIDE = "P-0003"
SHARED_PERSON = "R-2022-0001"  # an active case


class Concurrency:
    def __init__(self, integra, examples, workers, changes):
        self.integra = integra
        self.workers = workers
        self.changes = changes
        self.tmp = tempfile.mkdtemp(prefix="integra-concurrency-")
        self.repo = examples_repo(examples, os.path.join(self.tmp, "data"))
        self.failures = []
        self.new_ids = []
        self.notes = []
        self.phones = []
        self.lock = threading.Lock()
        self.done = threading.Event()
        self.reads = 0

    def run(self, *args):
        # The wait for the lock is bounded (tests/cli/lock.t); here the bound is high, since
        # a loaded machine with a sanitizer build may hand the lock on slowly.
        return subprocess.run([self.integra, "--data", self.repo, "--today", TODAY, "-q", *args],
                              capture_output=True, text=True,
                              env=dict(os.environ, INTEGRA_LOCK_TIMEOUT="120"))

    def fail(self, what):
        with self.lock:
            self.failures.append(what)

    def worker(self, w, guide):
        for i in range(self.changes):
            step = i % 4
            if step == 0:
                args = ["pilot", "add", "--given", f"Worker{w}", "--family", f"Test{i}",
                        "--gender", "x", "--lang", "tr:native,de:C1"]
            elif step == 1:
                phone = f"0607 {w}{i:04d}"
                args = ["set", SHARED_GUIDE, f"phone={phone}"]
            elif step == 2:
                note = f"Notiz {w}-{i}"
                args = ["refugee", "note", SHARED_PERSON, note, "--by", "kaya"]
            else:
                # Each worker's own guide, on a day of its own: no double booking.
                day = f"2027-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}"
                args = ["pilot", "assign", "--pilot", guide, "--date", day, "--hours", "1",
                        "--kind", "accompaniment", "--lang", "tr", "--requested-by", "school"]
            r = self.run(*args)
            if r.returncode != 0 or r.stderr:
                self.fail(f"worker {w}: `integra {' '.join(args)}` exited {r.returncode}: "
                          f"{r.stderr.strip()}")
                continue
            with self.lock:
                if step in (0, 3):
                    self.new_ids.append(r.stdout.strip())
                elif step == 1:
                    self.phones.append(phone)
                else:
                    self.notes.append(note)

    def reader(self):
        while not self.done.is_set():
            for args in (["status"], ["check"]):
                r = self.run(*args)
                if r.returncode not in (0, 1) or r.stderr:
                    self.fail(f"reader: `integra {' '.join(args)}` exited {r.returncode}: "
                              f"{r.stderr.strip()}")
            subprocess.run(["git", "-C", self.repo, "status", "--porcelain"],
                           capture_output=True)
            self.reads += 1

    def active_guides(self):
        guides = []
        for name in sorted(os.listdir(os.path.join(self.repo, "pilots"))):
            with open(os.path.join(self.repo, "pilots", name)) as f:
                record = yaml.safe_load(f)
            if record.get("status") == "active" and name[:-5] != SHARED_GUIDE and \
                    any(s.get("code") == "tr" for s in record.get("languages", [])):
                guides.append(name[:-5])
        return guides

    def main(self):
        guides = self.active_guides()
        assert len(guides) >= self.workers, f"only {len(guides)} Turkish-speaking guides"
        commits_before = int(git(self.repo, "rev-list", "--count", "HEAD"))
        reader = threading.Thread(target=self.reader)
        reader.start()
        threads = [threading.Thread(target=self.worker, args=(w, guides[w]))
                   for w in range(self.workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.done.set()
        reader.join()
        self.verify(commits_before)
        total = self.workers * self.changes
        print(f"concurrency test: {self.workers} workers × {self.changes} changes, "
              f"{self.reads} rounds of reads beside them")
        for f in self.failures[:50]:
            print(f)
        print(f"{total - len(self.failures)} of {total} changes landed and checked"
              if not self.failures else f"{len(self.failures)} failures")
        shutil.rmtree(self.tmp)
        return 1 if self.failures else 0

    def verify(self, commits_before):
        total = self.workers * self.changes
        if len(set(self.new_ids)) != len(self.new_ids):
            dupes = sorted({i for i in self.new_ids if self.new_ids.count(i) > 1})
            self.fail(f"IDs given out twice: {dupes}")
        head_files = set(git(self.repo, "ls-tree", "-r", "--name-only", "HEAD").split())
        for new_id in self.new_ids:
            folder = "pilots" if new_id.startswith("P-") else "assignments"
            if f"{folder}/{new_id}.yaml" not in head_files:
                self.fail(f"{new_id} is not in HEAD")
        added = int(git(self.repo, "rev-list", "--count", "HEAD")) - commits_before
        if added != total:
            self.fail(f"{added} commits for {total} changes")
        log = git(self.repo, "log", f"-{added}", "--format=%x00", "--name-only").split("\0")
        several = [files for files in log[1:] if len(files.split()) != 1]
        if several:
            self.fail(f"{len(several)} commits do not touch exactly one file: {several[:3]}")
        with open(os.path.join(self.repo, "refugees", f"{SHARED_PERSON}.yaml")) as f:
            person = yaml.safe_load(f)
        texts = {n["text"] for n in person.get("notes", [])}
        lost = [n for n in self.notes if n not in texts]
        if lost:
            self.fail(f"{len(lost)} notes were lost: {lost[:5]}")
        with open(os.path.join(self.repo, "pilots", f"{SHARED_GUIDE}.yaml")) as f:
            phone = yaml.safe_load(f).get("phone")
        if self.phones and phone not in self.phones:
            self.fail(f"{SHARED_GUIDE}'s phone is {phone!r}, none of the values set")
        status = git(self.repo, "status", "--porcelain")
        if status:
            self.fail(f"git status is not empty:\n{status}")
        leftovers = [p for p in (".integra/journal", ".git/index.lock", ".git/HEAD.lock")
                     if os.path.exists(os.path.join(self.repo, p))]
        if leftovers:
            self.fail(f"left behind: {leftovers}")
        r = self.run("check")
        if r.returncode != 0:
            self.fail(f"integra check failed at the end:\n{r.stdout}{r.stderr}")
        r = subprocess.run(["git", "-C", self.repo, "fsck", "--no-progress"],
                           capture_output=True, text=True)
        if r.returncode != 0 or "error" in r.stderr:
            self.fail(f"git fsck: {r.stdout}{r.stderr}")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("integra")
    p.add_argument("examples")
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--changes", type=int, default=25)
    a = p.parse_args()
    fixed_environment("Concurrency Test")
    sys.exit(Concurrency(os.path.abspath(a.integra), a.examples, a.workers, a.changes).main())
