#!/usr/bin/python3
"""The district generator (tests/bench/generate) is deterministic and writes valid data.

    test_generate.py INTEGRA_BINARY

Generates 1,000 records into a temporary directory twice with the same seed (under different
PYTHONHASHSEEDs, so no set order can leak into the files) and checks that the trees, the git
commit included, are identical; that another seed gives other files; that every kind has
records; that `integra check --format json` finds no error (and no warning) on 2026-11-24;
that `integra fmt` has nothing to normalise (the files are canonical, so `set` accepts them);
that `status` and the annual report of 2025 run, with counts in every section of the report;
and that a non-empty DIR is refused.
Writes only into a temporary directory; runs in a few seconds.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATE = os.path.join(HERE, "generate")
TODAY = "2026-11-24"
RECORDS = 1000
KINDS = ["pilots", "assignments", "households", "refugees", "housing", "projects", "ags",
         "meetings", "erased"]
FAILURES = []


def check(condition, message):
    """Records a failure instead of stopping, so that one run shows every problem."""
    if not condition:
        FAILURES.append(message)


def generate(out, seed, hash_seed):
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    run = subprocess.run([GENERATE, "--records", str(RECORDS), "--seed", str(seed), out],
                         env=env, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"generate --seed {seed} {out} failed ({run.returncode}):\n{run.stderr}")
    return run.stdout


def tree_hash(root):
    """A hash of every file's path and bytes (outside .git) and of the commit's ID."""
    h = hashlib.sha256()
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != ".git")
        for name in sorted(files):
            path = os.path.join(folder, name)
            h.update(os.path.relpath(path, root).encode() + b"\0")
            with open(path, "rb") as f:
                h.update(f.read() + b"\0")
    head = subprocess.run(["git", "-C", root, "rev-parse", "HEAD"], capture_output=True,
                          text=True, check=True).stdout
    h.update(head.encode())
    return h.hexdigest()


def numbers(value):
    """Every number in a report table's rows (money is a decimal string)."""
    if isinstance(value, dict):
        return [n for v in value.values() for n in numbers(v)]
    if isinstance(value, list):
        return [n for v in value for n in numbers(v)]
    if isinstance(value, bool):
        return []
    if isinstance(value, (int, float)):
        return [value]
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]+\.[0-9]{2}", value):
        return [float(value)]
    return []


def integra(binary, data, *args):
    return subprocess.run([binary, "--today", TODAY, "--data", data, *args],
                          capture_output=True, text=True)


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="integra-gen-") as tmp:
        first, again, other = (os.path.join(tmp, x) for x in ("first", "again", "other"))
        print(generate(first, 1, 0), end="")
        generate(again, 1, 4242)
        generate(other, 2, 0)
        check(tree_hash(first) == tree_hash(again),
              "the same records and seed gave different files")
        check(tree_hash(first) != tree_hash(other), "seeds 1 and 2 gave the same files")

        total = 0
        for kind in KINDS:
            folder = os.path.join(first, kind)
            n = len(os.listdir(folder)) if os.path.isdir(folder) else 0
            check(n > 0, f"no records in {kind}/")
            total += n
        check(0.9 * RECORDS <= total <= 1.1 * RECORDS,
              f"{total} records written, {RECORDS} asked for")
        status = subprocess.run(["git", "-C", first, "status", "--porcelain"],
                                capture_output=True, text=True, check=True).stdout
        check(status == "", f"files outside the commit:\n{status}")

        run = integra(binary, first, "check", "--format", "json")
        diagnostics = json.loads(run.stdout) if run.stdout.strip() else None
        if diagnostics is None:
            check(False, f"check --format json gave no JSON (exit {run.returncode}): "
                         f"{run.stderr}")
        else:
            errors = [d for d in diagnostics if d["severity"] == "error"]
            warnings = [d for d in diagnostics if d["severity"] == "warning"]
            check(not errors and run.returncode == 0,
                  f"check: {len(errors)} errors, e.g. {errors[:3]}")
            check(not warnings, f"check: {len(warnings)} warnings, e.g. {warnings[:3]}")
        run = integra(binary, first, "fmt")
        check(run.returncode == 0, f"fmt would change files (exit {run.returncode}):\n"
                                   f"{run.stdout[:2000]}{run.stderr}")
        run = integra(binary, first, "status")
        check(run.returncode == 0, f"status exited {run.returncode}: {run.stderr}")
        run = integra(binary, first, "report", "annual", "--year", "2025", "--internal",
                      "--format", "json")
        check(run.returncode == 0 and run.stdout.startswith("{"),
              f"report annual exited {run.returncode}: {run.stderr}")
        if run.returncode == 0:
            for section in json.loads(run.stdout)["sections"]:
                counts = [n for table in section["tables"] for n in numbers(table["rows"])]
                check(any(counts), f"the 2025 report's section {section['key']} has no counts")

        refused = subprocess.run([GENERATE, "--records", "300", first], capture_output=True,
                                 text=True)
        check(refused.returncode != 0 and "not an empty directory" in refused.stderr,
              f"generate into a non-empty directory exited {refused.returncode}")

    for failure in FAILURES:
        print(f"FAIL: {failure}")
    if FAILURES:
        return 1
    print("ok: deterministic, seeds differ, every kind present, check, fmt, status and report "
          "clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
