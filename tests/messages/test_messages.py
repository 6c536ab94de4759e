#!/usr/bin/python3
"""Every command, given hostile arguments, refuses in integra's own words and writes nothing.

The commands are read from `integra --help` and each command's `--help`, so a new command is
covered the day it is added. Each runs:

- with no arguments;
- with every argument and option (and every positional) set to one hostile value at a time;
- from a working invocation (BASELINES), with one option at a time replaced by each hostile value.

For every run it asserts what a user would see:

- the exit code is documented (0, 1, 2 or 3; never a signal, never a crash);
- a failure says something on stderr, starting `integra: ` (or naming a file, as `check` does),
  and nothing names an exception, a C++ type, `what()`, `bad conversion`, `filesystem error` or an
  errno number;
- a failure leaves the data as it was (`git status` clean, HEAD unchanged).

Usage: test_messages.py INTEGRA EXAMPLES
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from integra_test import examples_repo, fixed_environment, git  # noqa: E402

TODAY = "2026-11-24"
HOSTILE = ["", "-1", "99999999999999999999", "2026-02-30", "1e309", "ü\x1b[31m", "P-0004",
           "..", "a" * 5000, "tr:native,,:", "[[[["]
# Working invocations whose options are replaced one at a time.
BASELINES = [
    ["set", "P-0004", "phone=111"],
    ["show", "P-0004"],
    ["log", "P-0004"],
    ["check", "P-0004"],
    ["pilot", "add", "--given", "A", "--family", "B", "--gender", "f", "--lang", "tr:native",
     "--phone", "1", "--email", "a@example.org", "--since", "2026-01-01"],
    ["pilot", "assign", "--pilot", "P-0003", "--date", "2026-12-03", "--time", "10:00", "--hours",
     "1.5", "--kind", "accompaniment", "--lang", "tr", "--requested-by", "school:Schule"],
    ["pilot", "fees", "--month", "2026-11"],
    ["pilot", "match", "--lang", "tr", "--date", "2026-12-03", "--time", "10:00"],
    ["refugee", "add", "--household", "H-2022-0003", "--given", "A", "--family", "B",
     "--birth-date", "1990-01-02", "--gender", "f", "--nationality", "SY", "--lang", "ar:native",
     "--german", "A1", "--arrived", "2025-01-01", "--by", "kaya"],
    ["refugee", "household", "move", "H-2022-0010", "--unit", "U-06", "--on", "2026-12-01"],
    ["refugee", "note", "R-2022-0001", "Text", "--on", "2026-11-20", "--by", "kaya"],
    ["project", "add", "--title", "T", "--organisation", "O", "--contact", "C", "--ag", "ag1",
     "--funding", "city", "--requested", "800", "--from", "2026-11-24", "--to", "2027-03-31",
     "--target", "children,youth"],
    ["ag", "decide", "M-2026-0009", "--project", "PR-2026-015", "--yes", "4", "--no", "1",
     "--abstain", "0"],
    ["report", "annual", "--year", "2025", "--format", "md"],
]
FORBIDDEN = re.compile(r"what\(\)|bad conversion|std::|terminate called|exception|"
                       r"filesystem error|basic_string|stoi|stoul|errno|Segmentation|Aborted|"
                       r"internal error|yaml-cpp|YAML::", re.IGNORECASE)


def commands(integra, path=()):
    """Every leaf command, with its options (name, takes a value) and number of positionals."""
    r = subprocess.run([integra, *path, "--help"], capture_output=True, text=True)
    text = r.stdout
    subs = re.findall(r"^  (\w[\w-]*)  ", text.split("Subcommands:")[1], re.M) \
        if "Subcommands:" in text else []
    if subs:
        out = []
        for s in subs:
            out += commands(integra, (*path, s))
        return out
    options = []
    for m in re.finditer(r"^  (?:-\w,)?(--[\w-]+)( TEXT| INT| UINT| FLOAT)?", text, re.M):
        if m.group(1) != "--help":
            options.append((m.group(1), bool(m.group(2))))
    positionals = len(re.findall(r"^  [A-Z][A-Z_.]* ", text.split("Options:")[0], re.M)) \
        if "Positionals:" in text else 0
    return [(list(path), options, positionals)]


class Messages:
    def __init__(self, integra, examples):
        self.integra = integra
        self.tmp = tempfile.mkdtemp(prefix="integra-messages-")
        self.repo = examples_repo(examples, os.path.join(self.tmp, "data"))
        self.head = git(self.repo, "rev-parse", "HEAD").strip()
        self.cwd = os.path.join(self.tmp, "cwd")  # where `init DIR` may make DIR
        os.makedirs(self.cwd)
        self.failures = []
        self.runs = 0

    def run(self, args):
        self.runs += 1
        env = dict(os.environ, EDITOR="false", INTEGRA_LOCK_TIMEOUT="2")
        try:
            r = subprocess.run([self.integra, "--data", self.repo, "--today", TODAY, *args],
                               capture_output=True, text=True, errors="replace", timeout=60,
                               stdin=subprocess.DEVNULL, cwd=self.cwd, env=env)
        except subprocess.TimeoutExpired:
            self.failures.append(f"`{show(args)}` hung (60 s)")
            return
        said = r.stdout + r.stderr
        problems = []
        if r.returncode not in (0, 1, 2, 3):
            problems.append(f"exit {r.returncode}")
        if FORBIDDEN.search(r.stderr):
            problems.append("names an exception or a library's inner words")
        if r.returncode not in (0, 1) and not r.stderr.strip():
            problems.append("failed without a word")
        if r.returncode != 0 and r.stderr and not r.stderr.startswith("integra: ") and \
                not r.stderr.startswith(("pilots/", "refugees/", "assignments/")):
            problems.append("stderr does not start with `integra: `")
        changed = git(self.repo, "status", "--porcelain", check=False) or \
            git(self.repo, "rev-parse", "HEAD").strip() != self.head
        if r.returncode not in (0, 1) and changed:
            problems.append("failed, and the data changed")
        if r.returncode == 1 and changed and args[:1] not in (["check"], ["fmt"]):
            problems.append("refused, and the data changed")
        if problems:
            self.failures.append(f"`{show(args)}` (exit {r.returncode}): {', '.join(problems)}\n"
                                 f"    {said[-600:].strip()}")
        if changed:
            git(self.repo, "reset", "-q", "--hard", self.head)
            git(self.repo, "clean", "-qfdx", "-e", ".integra")

    def main(self):
        leaves = commands(self.integra)
        assert len(leaves) > 50, f"only {len(leaves)} commands found in --help"
        for path, options, positionals in leaves:
            self.run(path)
            for value in HOSTILE:
                args = [*path, *[value] * positionals]
                for name, takes_value in options:
                    if name in ("--output", "-o"):
                        continue  # a file to write: not a place for garbage
                    args += [name, value] if takes_value else [name]
                self.run(args)
        for base in BASELINES:
            for i, arg in enumerate(base):
                if not arg.startswith("--") or i + 1 >= len(base) or base[i + 1].startswith("--"):
                    continue
                for value in HOSTILE:
                    self.run([*base[:i + 1], value, *base[i + 2:]])
        print(f"messages: {len(leaves)} commands, {self.runs} runs with hostile arguments")
        for f in self.failures:
            print(f)
        shutil.rmtree(self.tmp)
        return 1 if self.failures else 0


def show(args):
    return "integra " + " ".join(a if len(a) < 40 else a[:20] + f"…({len(a)})" for a in args) \
        .encode("unicode_escape").decode()


if __name__ == "__main__":
    fixed_environment("Messages Test")
    sys.exit(Messages(os.path.abspath(sys.argv[1]), sys.argv[2]).main())
