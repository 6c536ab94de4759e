#!/usr/bin/python3
"""The benchmark's PyYAML peer: what a user would write instead of `integra report annual`.

    peer_pyyaml.py DATA_DIR [--year 2025]

Reads every record file with PyYAML's C loader (yaml.CSafeLoader) and prints, as JSON, totals
of the annual report: assignments and their hours by month (done or billed, dated in the
year), households and persons allocated (the allocation notices), and the money approved per
AG at the year's meetings. It trusts the files; it checks nothing.
"""
import collections
import datetime
import json
import os
import sys

import yaml


def records(data_dir):
    """Yields (folder, record) for every record file below DATA_DIR's top-level folders."""
    for folder in sorted(os.listdir(data_dir)):
        path = os.path.join(data_dir, folder)
        if folder.startswith(".") or not os.path.isdir(path):
            continue
        for name in os.listdir(path):
            if name.endswith(".yaml"):
                with open(os.path.join(path, name), "rb") as f:
                    yield folder, yaml.load(f, Loader=yaml.CSafeLoader)


def in_year(value, year):
    return isinstance(value, datetime.date) and value.year == year


def totals(data_dir, year):
    by_month = collections.defaultdict(lambda: {"assignments": 0, "hours": 0.0})
    households = persons = 0
    approved = collections.defaultdict(float)
    for folder, r in records(data_dir):
        if folder == "assignments" and r.get("status") in ("done", "billed") \
                and in_year(r.get("date"), year):
            month = by_month[r["date"].strftime("%Y-%m")]
            month["assignments"] += 1
            month["hours"] += float(r.get("hours", 0))
        elif folder == "households" and in_year(r.get("allocation", {}).get("date"), year):
            households += 1
            persons += int(r["allocation"].get("persons", 0))
        elif folder == "meetings" and in_year(r.get("date"), year):
            for d in r.get("decisions") or []:
                if d.get("result") == "approved":
                    approved[r["ag"]] += float(d.get("amount", 0))
    return {
        "year": year,
        "assignments": sum(m["assignments"] for m in by_month.values()),
        "hours": sum(m["hours"] for m in by_month.values()),
        "by_month": dict(sorted(by_month.items())),
        "households_allocated": households,
        "persons_allocated": persons,
        "approved_by_ag": {ag: round(v, 2) for ag, v in sorted(approved.items())},
        "approved": round(sum(approved.values()), 2),
    }


def main():
    args = sys.argv[1:]
    year = 2025
    if "--year" in args:
        i = args.index("--year")
        year = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    json.dump(totals(args[0], year), sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
