#!/usr/bin/python3
"""integra at district scale, beside the tools a user would pick instead (issue 11, SPEC §8).

    bench.py --integra PATH [--sizes 1000,10000,100000] [--runs 5] [--seed 1]
             [--generator tests/bench/generate] [--out FILE]

For each size, a data directory written by the generator is cached in
${INTEGRA_BENCH_DATA:-~/.cache/integra-bench}/records-N-seed-S-HASH (HASH: of the generator
script and examples/generate.py, which it imports, so a changed generator writes it again),
beside it the same records as a recutils file and an hledger journal (tests/bench/to_peers.py).
integra runs on a copy of it, which is removed afterwards, so the cache stays as generated.

Measured, the median wall time of RUNS runs and the peak memory of each (by GNU time,
/usr/bin/time, when installed; else ru_maxrss from os.wait4, which counts this script's own
memory as well): `check`, `status` and `report annual` cold (page cache warm after one run
before timing; integra's own cache bypassed by --no-cache when integra offers it) and
unchanged (two runs before timing, so integra's cache in .integra/ is warm); `show` of one
assignment; `set` of a guide's notes with its commit (a new value each run); `pilot fees` of
the busiest month of 2025. Peers on the same records: `cat` of every record file (the I/O
floor), a PyYAML script with the C loader totalling the annual report (peer_pyyaml.py), and
when installed `recfix --check` on the .rec file and `hledger bal -p 2025` on the journal.

Prints one Markdown table to stdout and to --out. It reports and never judges: it exits 1 only
when a command fails (as `check` finding errors in generated data would be a real error).
"""
import argparse
import glob
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
PYTHON = "/usr/bin/python3"
TODAY = "2026-11-24"
YEAR = "2025"
REPORT = ["report", "annual", "--year", YEAR, "--internal", "--format", "json"]
# An author for the commits of `set`, whatever git's configuration on this machine says.
GIT_IDENTITY = {"GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.org",
                "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.org"}
# The generator's `git commit` of many new files starts `git gc --auto`, which by default goes
# on in the background after the generator has exited, packing and deleting loose objects while
# the directory is copied or measured. In the foreground, the cached repository is settled.
GC_IN_FOREGROUND = {"GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "gc.autoDetach",
                    "GIT_CONFIG_VALUE_0": "false"}
CAT = ("find . \\( -name .git -o -name .integra \\) -prune -o -name '*.yaml' -print0 "
       "| xargs -0 cat > /dev/null")

# The targets of issue 11 at 100,000 records on a 2-core machine; memory at most 300 MB each.
TARGETS = {
    "check cold": 1.5, "status cold": 1.5, "report annual cold": 1.5,
    "check unchanged": 0.25, "status unchanged": 0.25, "report annual unchanged": 0.25,
    "show ID": 0.02, "set + commit": 0.2, "pilot fees --month": 0.5,
}
TARGET_MB = 300
GNU_TIME = shutil.which("time", path="/usr/bin")


class CommandFailed(Exception):
    pass


def short_hash(*paths):
    """The first 8 hex digits of the SHA-256 of these files' contents; missing files count empty."""
    digest = hashlib.sha256()
    for path in paths:
        if os.path.exists(path):
            with open(path, "rb") as f:
                digest.update(hashlib.sha256(f.read()).digest())
    return digest.hexdigest()[:8]


def generator_hash(generator):
    # The generator imports examples/generate.py of its source tree (its writer and lists).
    examples = os.path.join(os.path.dirname(generator), "..", "..", "examples", "generate.py")
    return short_hash(generator, examples)


def progress(message):
    print(message, file=sys.stderr, flush=True)


def run_once(argv, cwd=None, env=None, stdout=subprocess.DEVNULL, gnu_time=False):
    """Runs argv once; returns (wall seconds, peak resident MB). Raises CommandFailed.
    The peak is the child's ru_maxrss from os.wait4, which on Linux includes the memory of
    this Python process it was forked from; with gnu_time the command runs under GNU time,
    a small process, and the peak is the command's own."""
    with tempfile.NamedTemporaryFile() as peak, tempfile.TemporaryFile() as err:
        command = argv
        if gnu_time:
            command = [GNU_TIME, "--quiet", "--format=%M", f"--output={peak.name}", "--"] + argv
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=stdout, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            err.seek(0)
            raise CommandFailed(f"{' '.join(argv)} exited {child.returncode}:\n"
                                f"{err.read().decode(errors='replace')}")
        kib = int(peak.read().split()[-1]) if gnu_time else usage.ru_maxrss  # KiB on Linux
    return elapsed, kib / 1024


def measure(argv_of_run, runs, warmups, cwd=None, env=None):
    """Median wall time of `runs` runs after `warmups` (at least one) untimed ones, the peak
    memory (of the last warm-up under GNU time if installed, else the timed runs' highest)
    and the standard output of the last warm-up. argv_of_run(i): the i-th run's command."""
    assert warmups >= 1
    for i in range(warmups - 1):
        run_once(argv_of_run(i), cwd, env)
    with tempfile.TemporaryFile() as out:
        _, peak = run_once(argv_of_run(warmups - 1), cwd, env, out, gnu_time=bool(GNU_TIME))
        out.seek(0)
        output = out.read()
    samples = [run_once(argv_of_run(warmups + i), cwd, env) for i in range(runs)]
    if not GNU_TIME:
        peak = max(mb for _, mb in samples)
    return statistics.median(t for t, _ in samples), peak, output


class Size:
    """One generated data directory: its cached files and a working copy for integra."""

    def __init__(self, root, records, seed, generator):
        self.name = f"records-{records}-seed-{seed}"
        self.data = os.path.join(root, f"{self.name}-{generator_hash(generator)}")
        peers = f"{self.data}.{short_hash(os.path.join(HERE, 'to_peers.py'))}"
        self.rec, self.journal = peers + ".rec", peers + ".journal"
        if not os.path.isdir(self.data):
            self.generate(root, records, seed, generator)
        if not (os.path.exists(self.rec) and os.path.exists(self.journal)):
            self.convert()
        self.records = sum(1 for _ in self.record_files())
        self.work_root = tempfile.mkdtemp(prefix="work-", dir=root)
        self.work = os.path.join(self.work_root, "data")
        try:
            subprocess.run(["cp", "-a", self.data, self.work], check=True)
        except BaseException:
            self.close()
            raise

    def generate(self, root, records, seed, generator):
        # Data of an older generator goes; a half-written directory never counts as cached.
        for old in glob.glob(os.path.join(root, f"{self.name}-*")):
            shutil.rmtree(old) if os.path.isdir(old) else os.remove(old)
        partial = os.path.join(root, f"partial-{self.name}")
        shutil.rmtree(partial, ignore_errors=True)
        progress(f"generating {records} records in {self.data}")
        command = [generator] if os.access(generator, os.X_OK) else [PYTHON, generator]
        subprocess.run(command + ["--records", str(records), "--seed", str(seed), partial],
                       check=True, env=dict(os.environ, **GC_IN_FOREGROUND))
        os.rename(partial, self.data)

    def convert(self):
        for old in glob.glob(f"{self.data}.*.rec") + glob.glob(f"{self.data}.*.journal"):
            os.remove(old)
        progress(f"writing {self.rec} and {self.journal}")
        subprocess.run([PYTHON, os.path.join(HERE, "to_peers.py"), self.data, self.rec,
                        self.journal], check=True)

    def record_files(self, folder=None):
        for top in sorted(os.listdir(self.data)) if folder is None else [folder]:
            path = os.path.join(self.data, top)
            if not top.startswith(".") and os.path.isdir(path):
                yield from (f for f in sorted(os.listdir(path)) if f.endswith(".yaml"))

    def close(self):
        shutil.rmtree(self.work_root, ignore_errors=True)


def bench_size(size, integra, runs, no_cache):
    """Measures every operation and peer at one size; returns {operation: (seconds, MB)}."""
    results = {}

    def timed(operation, argv_of_run, warmups, **kw):
        progress(f"{size.records:,} records: {operation}")
        seconds, peak, output = measure(argv_of_run, runs, warmups, **kw)
        results[operation] = seconds, peak
        return output

    # The peers read the cached directory, integra its working copy: the same bytes.
    timed("cat (I/O floor)", lambda i: ["sh", "-c", CAT], 1, cwd=size.data)
    peer = [PYTHON, os.path.join(HERE, "peer_pyyaml.py"), size.data, "--year", YEAR]
    totals = json.loads(timed("PyYAML script", lambda i: peer, 1))
    if shutil.which("recfix"):
        timed("recfix --check", lambda i: ["recfix", "--check", size.rec], 1)
    if shutil.which("hledger"):
        timed(f"hledger bal -p {YEAR}",
              lambda i: ["hledger", "-f", size.journal, "bal", "-p", YEAR], 1)

    env = dict(os.environ, **GIT_IDENTITY)
    base = [integra, "--data", size.work, "--today", TODAY]
    report_file = os.path.join(size.work_root, "report.json")
    reads = {"check": ["check"], "status": ["status"],
             "report annual": REPORT + ["-o", report_file]}
    for name, args in reads.items():
        timed(f"{name} cold", lambda i, a=args: base + no_cache + a, 1, env=env)
    for name, args in reads.items():
        timed(f"{name} unchanged", lambda i, a=args: base + a, 2, env=env)

    assignments = list(size.record_files("assignments"))
    show = assignments[len(assignments) // 2][:-len(".yaml")]
    timed("show ID", lambda i: base + ["show", show], 1, env=env)
    month = max(totals["by_month"].items(), key=lambda m: m[1]["assignments"],
                default=(f"{YEAR}-03", None))[0]
    timed("pilot fees --month", lambda i: base + ["pilot", "fees", "--month", month], 1, env=env)
    guide = next(size.record_files("pilots"))[:-len(".yaml")]
    timed("set + commit", lambda i: base + ["set", guide, f"notes=bench {i + 1}"], 1, env=env)

    compare_totals(totals, report_file)
    return results


def compare_totals(totals, report_file):
    """Says on stderr where the PyYAML script's totals differ from integra's key figures."""
    with open(report_file, encoding="utf-8") as f:
        report = json.load(f)
    key = {row.get("key"): row.get("value") for section in report.get("sections", [])
           for t in section.get("tables", []) if t.get("name") == "key_figures"
           for row in t.get("rows", [])}
    for ours, theirs in (("assignments", "assignments"), ("hours", "hours"),
                         ("persons", "persons_allocated"), ("approved_amount", "approved")):
        if ours in key and float(key[ours]) != float(totals[theirs]):
            progress(f"note: the PyYAML script's {theirs} is {totals[theirs]}, "
                     f"integra's {ours} is {key[ours]}")


def number(seconds):
    return f"{seconds:.3f}" if seconds >= 0.01 else f"{seconds:.4f}"


def ratio(a, b):
    return "" if not b else f"{a / b:.2g}" if a / b < 10 else f"{a / b:.0f}"


def table(measured, peers_missing, header):
    lines = [header, "",
             "| operation | records | median s | peak MB | target | × cat | × PyYAML |",
             "| --- | ---: | ---: | ---: | --- | ---: | ---: |"]
    seen = dict.fromkeys(op for _, results in measured for op in results)
    operations = [op for op in TARGETS if op in seen] + [op for op in seen if op not in TARGETS]
    for op in operations:
        for records, results in measured:
            if op not in results:
                continue
            seconds, mb = results[op]
            target = f"≤ {TARGETS[op]} s, ≤ {TARGET_MB} MB" if op in TARGETS else "(peer)"
            lines.append(f"| {op} | {records:,} | {number(seconds)} | {mb:.0f} | {target} | "
                         f"{ratio(seconds, results['cat (I/O floor)'][0])} | "
                         f"{ratio(seconds, results['PyYAML script'][0])} |")
    for records, results in measured:
        per_record = results["check cold"][0] / records * 1e6
        lines.append(f"| check cold, µs per record | {records:,} | {per_record:.1f} µs | | "
                     "no worse at 100k than at 10k | | |")
    if peers_missing:
        lines += ["", f"Not installed, so not measured: {', '.join(peers_missing)}."]
    return "\n".join(lines) + "\n"


def describe_run(integra, runs, no_cache):
    version = subprocess.run(["git", "-C", SOURCE, "describe", "--always", "--dirty"],
                             capture_output=True, text=True).stdout.strip() or "unknown"
    cold = "cold runs with --no-cache" if no_cache else \
        "integra offers no --no-cache, so cold runs are plain runs"
    memory = "peak memory by GNU time" if GNU_TIME else \
        "peak memory by os.wait4 (ru_maxrss, the forking Python's own memory included)"
    where = os.path.relpath(integra, SOURCE) if integra.startswith(SOURCE + os.sep) else integra
    return (f"integra {version} ({where}), {os.cpu_count()} cores, "
            f"median of {runs} runs, {cold}, {memory}, "
            f"{time.strftime('%Y-%m-%d', time.gmtime())}.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--integra", required=True)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--generator", default=os.path.join(HERE, "generate"))
    parser.add_argument("--out")
    args = parser.parse_args()
    integra = os.path.abspath(args.integra)
    root = os.environ.get("INTEGRA_BENCH_DATA") or \
        os.path.join(os.path.expanduser("~"), ".cache", "integra-bench")
    os.makedirs(root, exist_ok=True)
    help_text = subprocess.run([integra, "--help"], capture_output=True, text=True).stdout
    no_cache = ["--no-cache"] if "--no-cache" in help_text else []
    peers_missing = [tool for tool in ("recfix", "hledger") if not shutil.which(tool)]

    measured = []
    try:
        for records in (int(s) for s in args.sizes.split(",")):
            size = Size(root, records, args.seed, os.path.abspath(args.generator))
            try:
                measured.append((size.records, bench_size(size, integra, args.runs, no_cache)))
            finally:
                size.close()
    except (CommandFailed, subprocess.CalledProcessError) as e:
        sys.exit(f"bench: a command failed: {e}")

    text = table(measured, peers_missing, describe_run(integra, args.runs, no_cache))
    print(text, end="")
    if args.out:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
