#!/usr/bin/python3
"""Writes a data directory's records in the formats of the benchmark's peer tools.

    to_peers.py DATA_DIR REC_FILE JOURNAL_FILE

REC_FILE: every record as one GNU recutils file, a record set per folder (`%rec: pilots`,
`%mandatory: id`), nested keys joined with `_` (`name_given`), a list's items as repeated fields;
`recfix --check` reads it. JOURNAL_FILE: every assignment as one hledger transaction on its
date, the guide's hours posted to `guides:P-NNNN`; `hledger bal` reads it.
"""
import datetime
import os
import re
import sys

import yaml

# What each record set declares beyond `%mandatory: id`, so that recfix has types to check.
# Not `%key: id`: recfix checks a key's uniqueness in time quadratic in the records (7 s of
# 7.5 at 10,000 records), which would measure that and not reading the records.
REC_TYPES = {
    "assignments": ["%type: date date", "%type: hours real", "%type: pilot line"],
    "meetings": ["%type: date date", "%type: guests int"],
}


def load(path):
    with open(path, "rb") as f:
        return yaml.load(f, Loader=yaml.CSafeLoader)


def text(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def fields(value, name=""):
    """Yields (field name, text) for a record's leaves; a list's items repeat the field."""
    if isinstance(value, dict):
        for key, item in value.items():
            part = re.sub(r"[^A-Za-z0-9_]", "_", str(key))
            yield from fields(item, f"{name}_{part}" if name else part)
    elif isinstance(value, list):
        for item in value:
            yield from fields(item, name)
    elif value is not None:
        yield name, text(value)


def rec_record(record):
    lines = []
    for name, value in fields(record):
        # A multi-line value continues on lines starting with "+ ".
        lines.append(f"{name}: " + "\n+ ".join(value.split("\n")))
    return "\n".join(lines) + "\n"


def folders(data_dir):
    for folder in sorted(os.listdir(data_dir)):
        path = os.path.join(data_dir, folder)
        if not folder.startswith(".") and os.path.isdir(path):
            yield folder, path


def write_rec(data_dir, out):
    for folder, path in folders(data_dir):
        out.write("\n".join([f"%rec: {folder}", "%mandatory: id", *REC_TYPES.get(folder, [])]))
        out.write("\n\n")
        for name in sorted(os.listdir(path)):
            if name.endswith(".yaml"):
                out.write(rec_record(load(os.path.join(path, name))) + "\n")


def write_journal(data_dir, out):
    path = os.path.join(data_dir, "assignments")
    for name in sorted(os.listdir(path)):
        if name.endswith(".yaml"):
            a = load(os.path.join(path, name))
            out.write(f"{a['date'].isoformat()} {a['id']} {a['kind']} {a['status']}\n"
                      f"    guides:{a['pilot']}    {a['hours']} h\n"
                      f"    office:{a['status']}\n\n")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    data_dir, rec_file, journal_file = sys.argv[1:]
    for target, write in ((rec_file, write_rec), (journal_file, write_journal)):
        with open(target + ".tmp", "w", encoding="utf-8") as out:
            write(data_dir, out)
        os.replace(target + ".tmp", target)


if __name__ == "__main__":
    main()
