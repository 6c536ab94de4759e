#!/usr/bin/python3
"""Every record file read by PyYAML (a YAML 1.1 reader) yields what integra's reader yields.

    test_pyyaml.py INTEGRA DATA_DIR

For each record, `integra show ID --format json` gives integra's view, typed by the schema.
PyYAML's BaseLoader (no type resolution) must give the same text for every value, and its
safe_load (YAML 1.1 resolution, as most tools use it) must give a string wherever integra has
text — so `no`, `0123`, `06074 123456` or `12:30` are never turned into false or a number — and
the same number, date or boolean where integra has one (money, a decimal string in integra's
JSON, is the same number).
"""
import datetime
import decimal
import json
import os
import re
import subprocess
import sys

import yaml


# integra's JSON gives money as a decimal string with two places ("1500.00"), where PyYAML
# reads the same plain scalar as a float.
MONEY = re.compile(r"[0-9]+\.[0-9]{2}")


def compare(path, ours, base, safe, where, problems):
    if isinstance(ours, dict):
        if not isinstance(base, dict) or not isinstance(safe, dict):
            problems.append(f"{path}: {where}: PyYAML does not read a mapping")
            return
        if sorted(ours) != sorted(base) or sorted(map(str, safe)) != sorted(ours):
            problems.append(f"{path}: {where}: keys differ: integra {sorted(ours)}, PyYAML "
                            f"{sorted(map(str, safe))}")
            return
        if any(not isinstance(k, str) for k in safe):
            problems.append(f"{path}: {where}: PyYAML reads a key as a non-string: "
                            f"{[k for k in safe if not isinstance(k, str)]}")
        for k in ours:
            compare(path, ours[k], base[k], safe[k], f"{where}.{k}" if where else k, problems)
    elif isinstance(ours, list):
        if not isinstance(base, list) or len(base) != len(ours) or len(safe) != len(ours):
            problems.append(f"{path}: {where}: PyYAML does not read the same list")
            return
        for i, (o, b, s) in enumerate(zip(ours, base, safe)):
            compare(path, o, b, s, f"{where}[{i}]", problems)
    elif isinstance(ours, bool):
        if base != ("true" if ours else "false") or safe is not ours:
            problems.append(f"{path}: {where}: integra {ours!r}, PyYAML {base!r} / {safe!r}")
    elif isinstance(ours, (int, float)):
        if decimal.Decimal(base) != decimal.Decimal(str(ours)) or isinstance(safe, (str, bool)) \
                or decimal.Decimal(str(safe)) != decimal.Decimal(str(ours)):
            problems.append(f"{path}: {where}: integra {ours!r}, PyYAML {base!r} / {safe!r}")
    elif isinstance(ours, str):
        as_date = isinstance(safe, datetime.date) and safe.isoformat() == ours
        as_money = MONEY.fullmatch(ours) and isinstance(safe, (int, float)) \
            and not isinstance(safe, bool) and decimal.Decimal(str(safe)) == decimal.Decimal(ours)
        if base != ours or not (safe == ours and isinstance(safe, str) or as_date or as_money):
            problems.append(f"{path}: {where}: integra {ours!r}, PyYAML {base!r} / {safe!r}")
    elif ours is None:
        if base not in ("", None) or safe is not None:
            problems.append(f"{path}: {where}: integra null, PyYAML {base!r} / {safe!r}")


def main():
    integra, data = sys.argv[1], sys.argv[2]
    problems, files = [], 0
    for kind in sorted(os.listdir(data)):
        folder = os.path.join(data, kind)
        # A tombstone (erased/) has its erased person's ID, for which `show` answers that the
        # person was erased; `check` and tests/cli/rights.t cover tombstones.
        if not os.path.isdir(folder) or kind == "erased":
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".yaml"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            shown = subprocess.run([integra, "--data", data, "show", name[:-5], "--format",
                                    "json"], capture_output=True, text=True)
            if shown.returncode != 0:
                problems.append(f"{path}: integra show failed: {shown.stderr.strip()}")
                continue
            ours = json.loads(shown.stdout)
            base = yaml.load(text, Loader=yaml.BaseLoader)
            safe = yaml.safe_load(text)
            compare(path, ours, base, safe, "", problems)
            files += 1
    for p in problems[:50]:
        print(p)
    print(f"{files} files compared, {len(problems)} differences")
    if files == 0:
        print("no record files found")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
