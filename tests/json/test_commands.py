#!/usr/bin/python3
"""Every command that prints records, lists or figures gives JSON a script can use.

    test_commands.py INTEGRA EXAMPLES_DIR

Copies the example data directory into a new git repository, runs each command with
`--format json` (today being 2026-11-26), parses the output with json.loads, and checks what a
user would look for against the record files themselves, read with PyYAML: a guide's name and
languages, the counts of records, the hours a guide worked, each fee line recomputed from the
rates in integra.yaml and the statements' total. Every command in `integra --help` is either
read here or listed as one that only writes, so a new listing cannot be forgotten.
"""
import datetime
import decimal
import json
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

TODAY = "2026-11-26"
FAILURES = []


def expect(what, actual, wanted):
    if actual != wanted:
        FAILURES.append(f"{what}: got {actual!r}, expected {wanted!r}")


def run_json(integra, data, *args, exit_code=0):
    """The parsed JSON of `integra --format json ARGS`."""
    proc = subprocess.run([integra, "--data", data, "--today", TODAY, "--format", "json", *args],
                          capture_output=True, text=True)
    if proc.returncode != exit_code:
        FAILURES.append(f"{' '.join(args)}: exit {proc.returncode}, stderr {proc.stderr!r}")
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        FAILURES.append(f"{' '.join(args)}: not JSON ({e}): {proc.stdout[:200]!r}")
        return None


def records(data, kind):
    """Every record of a kind, by ID, as BaseLoader reads it (all scalars text)."""
    folder = os.path.join(data, kind)
    out = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            out[name[:-5]] = yaml.load(f, Loader=yaml.BaseLoader)
    return out


def copy_examples(examples, tmp):
    data = os.path.join(tmp, "data")
    shutil.copytree(examples, data, ignore=shutil.ignore_patterns(".integra"))
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=tmp, GIT_AUTHOR_NAME="Selin Kaya",
               GIT_AUTHOR_EMAIL="kaya@example.org", GIT_COMMITTER_NAME="Selin Kaya",
               GIT_COMMITTER_EMAIL="kaya@example.org")
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "examples"]):
        subprocess.run(["git", "-C", data, *args], check=True, env=env)
    return data


def cents(text):
    return decimal.Decimal(text)


def check_status_and_check(integra, data, pilots):
    status = run_json(integra, data, "status")
    problems = run_json(integra, data, "check", exit_code=0)
    if status is None or problems is None:
        return
    with open(os.path.join(data, "integra.yaml"), encoding="utf-8") as f:
        settings = yaml.load(f, Loader=yaml.BaseLoader)
    expect("status office", status["office"], settings["office"])
    expect("status pilots", status["records"]["pilots"], len(pilots))
    expect("status assignments", status["records"]["assignments"],
           len(os.listdir(os.path.join(data, "assignments"))))
    expect("status git", status["git"], True)
    expect("check problems = status errors + warnings", len(problems),
           status["errors"] + status["warnings"])
    for p in problems:
        expect("check entry keys", list(p), ["file", "line", "column", "severity", "check",
                                             "message"])


def check_show_and_log(integra, data, pilots):
    shown = run_json(integra, data, "show", "P-0011")
    if shown is not None:
        expect("show family", shown["name"]["family"], pilots["P-0011"]["name"]["family"])
        expect("show training hours", shown["training"]["hours"], 32)
    project = run_json(integra, data, "show", "PR-2023-001")
    if project is not None:
        expect("show money is a decimal string", project["requested"], "1100.00")
        expect("show payment", project["payments"][0]["amount"], "500.00")
    log = run_json(integra, data, "log", "P-0011")
    if log is not None:
        expect("log commits", [e["subject"] for e in log], ["examples"])
        expect("log first change", log[0]["changes"][0],
               {"file": "pilots/P-0011.yaml", "field": "id", "old": None, "new": "P-0011"})


def took_place(a):
    return a["status"] in ("done", "billed")


def check_pilot_list_and_show(integra, data, pilots, assignments):
    listed = run_json(integra, data, "pilot", "list")
    if listed is not None:
        expect("pilot list IDs", [p["id"] for p in listed], sorted(pilots))
        wardak = next(p for p in listed if p["id"] == "P-0011")
        expect("pilot list name", (wardak["given"], wardak["family"]), ("Ahmad", "Wardak"))
        expect("pilot list languages", wardak["languages"], pilots["P-0011"]["languages"])
    report = run_json(integra, data, "pilot", "show", "P-0011")
    if report is not None:
        mine = [a for a in assignments.values()
                if a["pilot"] == "P-0011" and a["date"].startswith("2026-")]
        expect("pilot show id", report["pilot"]["id"], "P-0011")
        expect("pilot show year", report["year"], 2026)
        expect("pilot show assignments", sorted(a["id"] for a in report["assignments"]),
               sorted(a["id"] for a in mine))
        expect("pilot show hours", decimal.Decimal(str(report["hours_year"])),
               sum((decimal.Decimal(a["hours"]) for a in mine if took_place(a)),
                   decimal.Decimal(0)))


def check_assignments(integra, data, assignments):
    listed = run_json(integra, data, "pilot", "assignments", "--month", "2026-10", "--pilot",
                      "P-0011")
    if listed is None:
        return
    wanted = sorted(a["id"] for a in assignments.values()
                    if a["pilot"] == "P-0011" and a["date"].startswith("2026-10-"))
    expect("assignments IDs", [a["id"] for a in listed], wanted)
    for a in listed:
        expect(f"assignments {a['id']} hours", decimal.Decimal(str(a["hours"])),
               decimal.Decimal(assignments[a["id"]]["hours"]))


def check_match(integra, data, pilots):
    match = run_json(integra, data, "pilot", "match", "--lang", "fa", "--date", TODAY)
    if match is None:
        return
    speakers = {i for i, p in pilots.items()
                if p["status"] == "active" and any(s["code"] == "fa" for s in p["languages"])}
    ranked = [c["id"] for c in match["ranked"]]
    expect("match ranks", [c["rank"] for c in match["ranked"]], list(range(1, len(ranked) + 1)))
    expect("match speakers", sorted(ranked + [u["id"] for u in match["unavailable"]
                                              if u["id"] in speakers]), sorted(speakers))
    expect("match request", (match["language"], match["date"], match["month"]),
           ("fa", TODAY, "2026-11"))


def fee(a, rates):
    hours = decimal.Decimal(a["hours"])
    for_hours = (hours * cents(rates["hourly"])).quantize(decimal.Decimal("0.01"),
                                                          rounding=decimal.ROUND_HALF_UP)
    flat = cents(rates.get("flat", {}).get(a["kind"], "0"))
    return for_hours + flat + cents(rates.get("travel", "0"))


def check_fees(integra, data, assignments):
    fees = run_json(integra, data, "pilot", "fees", "--month", "2026-10")
    if fees is None:
        return
    with open(os.path.join(data, "integra.yaml"), encoding="utf-8") as f:
        rates = yaml.load(f, Loader=yaml.BaseLoader)["fees"]
    expect("fees month", fees["month"], "2026-10")
    expect("fees has statements", len(fees["statements"]) > 0, True)
    for s in fees["statements"]:
        for line in s["assignments"]:
            expect(f"fee of {line['id']}", cents(line["total"]),
                   fee(assignments[line["id"]], rates))
        expect(f"statement {s['pilot']} total", cents(s["total"]),
               sum((cents(line["total"]) for line in s["assignments"]), decimal.Decimal(0)))
    expect("fees total", cents(fees["total"]),
           sum((cents(s["total"]) for s in fees["statements"]), decimal.Decimal(0)))


def check_coverage(integra, data, pilots):
    coverage = run_json(integra, data, "pilot", "coverage")
    if coverage is None:
        return
    expect("coverage year", coverage["year"], 2026)
    by_code = {n["code"]: n for n in coverage["languages"]}
    ps_guides = sum(1 for p in pilots.values()
                    if p["status"] == "active" and any(s["code"] == "ps" for s in p["languages"]))
    expect("coverage ps guides", by_code["ps"]["guides"], ps_guides)
    expect("coverage ps name", by_code["ps"]["language"], "Pushto")
    for n in coverage["languages"]:
        expect(f"coverage {n['code']} gap", n["gap"], n["guides"] == 0)


def unit_on(household, day):
    """The unit a household occupies on `day`: a stay holds [from, to), `to` the move-out day."""
    for stay in household.get("housing", []):
        if stay["from"] <= day and ("to" not in stay or day < stay["to"]):
            return stay["unit"]
    return None


def check_housing(integra, data, households, refugees):
    units = records(data, "housing")
    listed = run_json(integra, data, "refugee", "housing", "list")
    if listed is not None:
        expect("housing list day", listed["on"], TODAY)
        expect("housing list IDs", [u["id"] for u in listed["units"]], sorted(units))
        for u in listed["units"]:
            here = [h for h in households.values() if unit_on(h, TODAY) == u["id"]]
            persons = sum(int(h["allocation"]["persons"]) for h in here)
            capacity = int(units[u["id"]]["capacity"])
            expect(f"housing list {u['id']}", (u["name"], u["capacity"], u["occupied"],
                                                u["free"], u["households"]),
                   (units[u["id"]]["name"], capacity, persons, max(0, capacity - persons),
                    len(here)))
        for key in ("capacity", "occupied", "free", "households"):
            expect(f"housing list total {key}", listed["total"][key],
                   sum(u[key] for u in listed["units"]))
    recorded = {}
    for r in refugees.values():
        recorded[r["household"]] = recorded.get(r["household"], 0) + 1
    rows = run_json(integra, data, "refugee", "household", "list")
    if rows is not None:
        expect("household list IDs", [h["id"] for h in rows], sorted(households))
        for h in rows:
            record = households[h["id"]]
            expect(f"household list {h['id']}",
                   (h["allocated"], h["reference"], h["persons"], h["unit"], h["recorded"]),
                   (record["allocation"]["date"], record["allocation"].get("reference"),
                    int(record["allocation"]["persons"]), unit_on(record, TODAY),
                    recorded.get(h["id"], 0)))
    in_u04 = run_json(integra, data, "refugee", "household", "list", "--unit", "U-04")
    if in_u04 is not None:
        expect("household list --unit", [h["id"] for h in in_u04],
               sorted(i for i, h in households.items() if unit_on(h, TODAY) == "U-04"))
    hid = max(recorded, key=lambda i: (recorded[i], i))
    shown = run_json(integra, data, "refugee", "household", "show", hid)
    if shown is not None:
        expect("household show id", shown["household"]["id"], hid)
        expect("household show persons (a number)", shown["household"]["allocation"]["persons"],
               int(households[hid]["allocation"]["persons"]))
        expect("household show stays", [(s["unit"], s["from"], s["to"]) for s in shown["housing"]],
               [(s["unit"], s["from"], s.get("to")) for s in households[hid]["housing"]])
        expect("household show unit names", [s["name"] for s in shown["housing"]],
               [units[s["unit"]]["name"] for s in households[hid]["housing"]])
        expect("household show persons", [(p["id"], p["family"]) for p in shown["persons"]],
               sorted((i, r["name"]["family"]) for i, r in refugees.items()
                      if r["household"] == hid))


def age_on(birth, day):
    """Whole years; a 29 February birthday falls on 1 March in other years."""
    years = day.year - birth.year
    return years - 1 if (day.month, day.day) < (birth.month, birth.day) else years


def expected_tasks(data, today):
    """The open applicable steps of active, unrestricted persons, computed from the files."""
    checklist = yaml.load(open(os.path.join(data, "integra.yaml"), encoding="utf-8"),
                          Loader=yaml.BaseLoader)["onboarding"]
    households = records(data, "households")
    out = []
    for rid, p in records(data, "refugees").items():
        if p["status"] != "active" or "restricted" in p:
            continue
        allocated = datetime.date.fromisoformat(
            p.get("allocated") or households[p["household"]]["allocation"]["date"])
        age = age_on(datetime.date.fromisoformat(p["birth_date"]), allocated)
        recorded = p.get("onboarding", {})
        for step in checklist:
            ages = step.get("age", {})
            if "from" in ages and age < int(ages["from"]) or "to" in ages and age > int(ages["to"]):
                continue
            if "residence" in step and p.get("residence") not in step["residence"]:
                continue
            if step["key"] in recorded:
                continue
            due = allocated + datetime.timedelta(days=int(step["due_days"]))
            out.append((due.isoformat(), rid, step["key"], (due - today).days,
                        p["name"]["family"], step["label"]["de"]))
    return sorted(out, key=lambda t: (t[0], t[1]))


def check_tasks(integra, examples, tmp):
    """`refugee tasks` on a copy with a new household: a 40-year-old and a 4-year-old."""
    data = copy_examples(examples, os.path.join(tmp, "onboarding"))
    with open(os.path.join(data, "households", "H-2026-0004.yaml"), "w", encoding="utf-8") as f:
        f.write("id: H-2026-0004\nallocation:\n  date: 2026-11-02\n  persons: 2\n"
                "housing:\n  - unit: U-06\n    from: 2026-11-03\n")
    for rid, given, born in (("R-2026-0009", "Laleh", "1986-03-03"),
                             ("R-2026-0010", "Omid", "2022-05-01")):
        with open(os.path.join(data, "refugees", rid + ".yaml"), "w", encoding="utf-8") as f:
            f.write(f"id: {rid}\nhousehold: H-2026-0004\nname:\n  given: {given}\n"
                    f"  family: Rahimi\nbirth_date: {born}\ngender: x\nnationality: AF\n"
                    "residence: aufenthaltserlaubnis\ncaseworker: okafor\nstatus: active\n")
    today = datetime.date.fromisoformat(TODAY)
    for done in ([], ["refugee", "done", "R-2026-0009", "registration", "--on", "2026-11-10"]):
        if done:
            proc = subprocess.run([integra, "--data", data, "--today", TODAY, "--no-commit",
                                   *done], capture_output=True, text=True)
            expect("refugee done exit", proc.returncode, 0)
        listed = run_json(integra, data, "refugee", "tasks")
        if listed is None:
            return
        expect("tasks today", listed["today"], TODAY)
        got = [(t["due"], t["id"], t["step"], t["days"], t["family"], t["label"])
               for t in listed["tasks"]]
        expect("tasks", got, expected_tasks(data, today))
        expect("tasks for the new household", len(got) >= 10, True)
    overdue = run_json(integra, data, "refugee", "tasks", "--overdue", "--caseworker", "okafor")
    if overdue is not None:
        expect("overdue tasks", [(t["id"], t["step"]) for t in overdue["tasks"]],
               [("R-2026-0010", "registration")])


def check_rights(integra, data, pilots):
    """`refugee export` against the files it names; `retention` against integra.yaml."""
    person_id = "R-2024-0059"
    exported = run_json(integra, data, "refugee", "export", person_id)
    if exported is not None:
        person = records(data, "refugees")[person_id]
        expect("export person", exported["person"]["record"]["name"], person["name"])
        expect("export file", exported["person"]["file"], f"refugees/{person_id}.yaml")
        expect("export history", [v["message"] for v in exported["person"]["history"]],
               ["examples"])
        with open(os.path.join(data, "refugees", person_id + ".yaml"), encoding="utf-8") as f:
            expect("export content", exported["person"]["history"][0]["content"], f.read())
        expect("export household", exported["household"]["record"]["id"], person["household"])
        mine = sorted(i for i, a in records(data, "assignments").items()
                      if a.get("client") == person_id)
        expect("export assignments",
               sorted(a["record"]["id"] for a in exported["assignments"]), mine)
        interpreter = person["intake"]["interpreter"]
        expect("export interpreter", exported["interpreter"],
               {"id": interpreter, **pilots[interpreter]["name"]})
        expect("export tombstone", exported["tombstone"], None)
    rows = run_json(integra, data, "retention")
    if rows is not None:
        with open(os.path.join(data, "integra.yaml"), encoding="utf-8") as f:
            periods = yaml.load(f, Loader=yaml.BaseLoader)["retention"]

        def past(day, years):  # no 29 February among the examples' dates
            return day and datetime.date.fromisoformat(day).replace(
                year=int(day[:4]) + int(years)) <= datetime.date.fromisoformat(TODAY)

        wanted = sorted(i for i, p in pilots.items()
                        if p["status"] == "retired" and past(p["retired"],
                                                             periods["pilot_retired_years"]))
        expect("retention guides", sorted(r["id"] for r in rows if r["kind"] == "pilot"), wanted)
        wanted = sorted(i for i, r in records(data, "refugees").items()
                        if r["status"] != "active" and past(r.get("closed"),
                                                            periods["refugee_closed_years"]))
        expect("retention cases", sorted(r["id"] for r in rows if r["kind"] == "refugee"),
               wanted)
        expect("retention guides have no command", {r["command"] for r in rows
                                                     if r["kind"] == "pilot"}, {None})


def check_persons(integra, data, pilots, assignments):
    refugees = records(data, "refugees")
    households = records(data, "households")
    listed = run_json(integra, data, "refugee", "list")
    if listed is not None:
        expect("refugee list IDs", [r["id"] for r in listed], sorted(refugees))
        for row in listed:
            rec = refugees[row["id"]]
            expect(f"refugee list {row['id']}",
                   (row["given"], row["family"], row["birth_date"], row["household"],
                    row["status"], row["caseworker"], row["age"], row["unit"]),
                   (rec["name"]["given"], rec["name"]["family"], rec["birth_date"],
                    rec["household"], rec["status"], rec.get("caseworker"),
                    age_on(datetime.date.fromisoformat(rec["birth_date"]),
                           datetime.date.fromisoformat(TODAY)),
                    unit_on(households[rec["household"]], TODAY)))
    guided = {s["code"] for p in pilots.values() if p["status"] == "active"
              for s in p["languages"]}
    alone = run_json(integra, data, "refugee", "list", "--no-shared-language")
    if alone is not None:
        wanted = sorted(i for i, r in refugees.items()
                        if r["status"] == "active"
                        and [s for s in r.get("languages", []) if s["code"] != "de"]
                        and not any(s["code"] in guided for s in r.get("languages", [])
                                    if s["code"] != "de"))
        expect("refugee list --no-shared-language", [r["id"] for r in alone], wanted)
    client = sorted({a["client"] for a in assignments.values() if "client" in a})[0]
    shown = run_json(integra, data, "refugee", "show", client)
    if shown is not None:
        rec = refugees[client]
        expect("refugee show record", shown["refugee"]["name"], rec["name"])
        expect("refugee show household", shown["household"]["id"], rec["household"])
        mine = sorted((a["date"], i) for i, a in assignments.items() if a.get("client") == client)
        expect("refugee show assignments", [a["id"] for a in shown["assignments"]],
               [i for _, i in mine])
        for a in shown["assignments"]:
            expect(f"refugee show {a['id']} guide", a["family"],
                   pilots[assignments[a["id"]]["pilot"]]["name"]["family"])
        interpreter = rec.get("intake", {}).get("interpreter")
        if interpreter in pilots:
            expect("refugee show interpreter", shown["interpreter"]["id"], interpreter)
        done = {k for k, v in rec.get("onboarding", {}).items() if "done" in v}
        expect("refugee show done steps",
               {s["key"] for s in shown["onboarding"] if s["state"] == "done"}, done)


def check_projects(integra, data):
    """`project list`: every project with the figures recomputed from the YAML files; the
    budget year is the year of the decision's meeting, else of the period's start, else of
    the ID."""
    projects, meetings = records(data, "projects"), records(data, "meetings")

    def budget_year(p):
        if p.get("decision") in meetings:
            return int(meetings[p["decision"]]["date"][:4])
        if p.get("period"):
            return int(p["period"]["from"][:4])
        return int(p["id"][3:7])

    listed = run_json(integra, data, "project", "list")
    if listed is None:
        return
    expect("project list IDs", [p["id"] for p in listed], sorted(projects))
    for row in listed:
        p = projects[row["id"]]
        paid = sum((cents(x["amount"]) for x in p.get("payments") or []), decimal.Decimal(0))
        expect(f"project list {row['id']}",
               (row["ag"], row["funding"], row["status"], cents(row["requested"]),
                cents(row["approved"]) if row["approved"] else None, cents(row["paid"]),
                row["budget_year"], row["title"]),
               (p["ag"], p["funding"], p["status"], cents(p["requested"]),
                cents(p["approved"]) if p.get("approved") else None, paid, budget_year(p),
                p["title"]))
    year = run_json(integra, data, "project", "list", "--year", "2025", "--ag", "ag5")
    expect("project list --year 2025 --ag ag5", [p["id"] for p in year],
           sorted(i for i, p in projects.items() if budget_year(p) == 2025 and p["ag"] == "ag5"))

    # project show: paid, unpaid and the decision, for every project.
    for pid, p in projects.items():
        shown = run_json(integra, data, "project", "show", pid)
        paid = sum((cents(x["amount"]) for x in p.get("payments") or []), decimal.Decimal(0))
        approved = cents(p["approved"]) if p.get("approved") else decimal.Decimal(0)
        expect(f"project show {pid} record", shown["project"]["id"], pid)
        expect(f"project show {pid} paid", (cents(shown["paid"]), cents(shown["unpaid"])),
               (paid, approved - paid if p.get("approved") else decimal.Decimal(0)))
        decided = [d for d in (meetings.get(p.get("decision"), {}).get("decisions") or [])
                   if d.get("project") == pid]
        expect(f"project show {pid} decision",
               shown["decision"]["number"] if shown["decision"] else None,
               decided[-1]["number"] if decided else None)

    # project budget: every pot recomputed from integra.yaml and the projects.
    with open(os.path.join(data, "integra.yaml"), encoding="utf-8") as f:
        settings = yaml.safe_load(f)
    for year in (2024, 2025, 2026):
        got = run_json(integra, data, "project", "budget", "--year", str(year))
        budgets = settings["budgets"].get(year, {})
        committed = {"approved", "running", "completed", "evaluated"}
        pots = {}
        for p in projects.values():
            if budget_year(p) != year:
                continue
            key = (p["ag"] if p["funding"] == "city" else None, p["funding"])
            paid = sum((cents(x["amount"]) for x in p.get("payments") or []),
                       decimal.Decimal(0))
            held = cents(p["approved"]) if p["status"] in committed else \
                paid if p["status"] == "withdrawn" else decimal.Decimal(0)
            a, b = pots.get(key, (decimal.Decimal(0), decimal.Decimal(0)))
            pots[key] = (a + held, b + paid)
        for line in got["lines"]:
            if line["share"]:
                continue
            key = (line["ag"], line["funding"])
            want = pots.get(key, (decimal.Decimal(0), decimal.Decimal(0)))
            expect(f"project budget {year} {key}", (cents(line["approved"]), cents(line["paid"])),
                   want)
            budget = (budgets.get("city") or {}).get(line["ag"]) if line["funding"] == "city" \
                else budgets.get(line["funding"])
            expect(f"project budget {year} {key} budget",
                   cents(line["budget"]) if line["budget"] else None,
                   cents(str(budget)) if budget is not None else None)
        expect(f"project budget {year} total approved", cents(got["totals"]["approved"]),
               sum((v[0] for v in pots.values()), decimal.Decimal(0)))


# Commands that only write, or print a diff or a new ID: no --format.
WRITERS = {"init", "set", "edit", "fmt", "pilot add", "pilot train", "pilot retire",
           "pilot pause", "pilot resume", "pilot assign", "pilot done", "pilot cancel"}
# Commands whose JSON this test reads.
TESTED = {"status", "check", "show", "log", "pilot list", "pilot show", "pilot assignments",
          "pilot match", "pilot fees", "pilot coverage"}

# Housing and households.
WRITERS |= {"refugee housing add", "refugee household add", "refugee household move"}
TESTED |= {"refugee housing list", "refugee household list", "refugee household show"}

# Persons.
WRITERS |= {"refugee add", "refugee intake"}
TESTED |= {"refugee list", "refugee show"}

# Onboarding.
WRITERS |= {"refugee done", "refugee skip", "refugee note", "refugee close"}
TESTED |= {"refugee tasks"}

# Rights.
WRITERS |= {"refugee erase", "refugee restrict", "refugee unrestrict"}
TESTED |= {"refugee export", "retention"}

# Project funding.
WRITERS |= {"project add", "project start", "project pay", "project complete",
            "project evaluate", "project withdraw"}
TESTED |= {"project list", "project show", "project budget"}

# The AGs: members, meetings, decisions, topics.
WRITERS |= {"ag member add", "ag member end", "ag meeting add", "ag decide"}
TESTED |= {"ag list", "ag show", "ag topics"}

# Spreadsheets: import (tests/cli/import.t) writes; export's JSON is every record.
WRITERS |= {"import"}
TESTED |= {"export"}

# Reports (their figures: tests/report/test_annual.py).
TESTED |= {"report annual", "report pilots", "report refugees", "report projects", "report ags"}


def check_reports(integra, data):
    """Every report's JSON has a value for every column in every row, and a section report
    holds exactly the annual report's section: one computation for both."""
    annual = run_json(integra, data, "report", "annual", "--year", "2025")
    if annual is None:
        return
    expect("report annual sections", [s["key"] for s in annual["sections"]],
           ["summary", "pilots", "refugees", "projects", "ags", "cross"])
    for section in annual["sections"]:
        for table in section["tables"]:
            keys = [c["key"] for c in table["columns"]]
            for row in table["rows"]:
                expect(f"report annual {table['name']} {row['key']} columns",
                       [k for k in row if k not in ("key", "label", "total")], keys)
    for key in ("pilots", "refugees", "projects", "ags"):
        alone = run_json(integra, data, "report", key, "--year", "2025")
        if alone is None:
            continue
        expect(f"report {key} = annual's section", alone["sections"],
               [s for s in annual["sections"] if s["key"] == key])


def as_text(value):
    """A JSON value as the file's text: numbers and booleans as YAML writes them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        return {k: as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_text(v) for v in value]
    return value


def check_exports(integra, data):
    """`export KIND --format json` is every record of the kind as its file holds it, in ID
    order, but the persons whose processing is restricted."""
    for kind in ("pilots", "assignments", "households", "refugees", "housing", "projects", "ags",
                 "meetings"):
        files = records(data, kind)
        wanted = [r for r in files.values() if "restricted" not in r]
        got = run_json(integra, data, "export", kind)
        if got is None:
            continue
        expect(f"export {kind} IDs", [r["id"] for r in got], [r["id"] for r in wanted])
        expect(f"export {kind} records", [as_text(r) for r in got], wanted)
    restricted = [i for i, r in records(data, "refugees").items() if "restricted" in r]
    expect("examples with a restricted person", len(restricted) > 0, True)


def in_office(member, day):
    return member["from"] <= day and ("to" not in member or day < member["to"])


def topic_origin(topic, ag_name):
    """The origin of a topic: its trailing parenthetical from the first capitalised word."""
    text = topic.rstrip()
    if text.endswith(")") and "(" in text:
        words = text[text.rindex("(") + 1:-1].split(" ")
        for i, w in enumerate(words):
            if w[:1].isupper():
                return " ".join(words[i:])
    return "AG " + ag_name


def check_ags(integra, data):
    ags, meetings, projects = records(data, "ags"), records(data, "meetings"), records(data, "projects")
    year = TODAY[:4]
    listed = run_json(integra, data, "ag", "list")
    if listed is not None:
        expect("ag list ids", [a["id"] for a in listed["ags"]], sorted(ags))
        expect("ag list year", listed["year"], int(year))
        for a in listed["ags"]:
            members = [m for m in ags[a["id"]].get("members", []) if in_office(m, TODAY)]
            expect(f"ag list {a['id']} members", a["members"], len(members))
            expect(f"ag list {a['id']} voting", a["voting"],
                   sum(1 for m in members if m["voting"] == "true"))
            expect(f"ag list {a['id']} meetings", a["meetings"],
                   sum(1 for m in meetings.values() if m["ag"] == a["id"] and m["date"][:4] == year))
            expect(f"ag list {a['id']} open", a["open"],
                   sum(1 for p in projects.values() if p["ag"] == a["id"] and p["status"] == "submitted"))
    for ag_id, ag in ags.items():
        shown = run_json(integra, data, "ag", "show", ag_id)
        if shown is None:
            continue
        current = [m["key"] for m in ag.get("members", []) if "to" not in m or m["to"] > TODAY]
        expect(f"ag show {ag_id} members", [m["key"] for m in shown["members"]], current)
        mine = sorted((m["date"], i) for i, m in meetings.items()
                      if m["ag"] == ag_id and m["date"][:4] == year)
        expect(f"ag show {ag_id} meetings", [m["id"] for m in shown["meetings"]], [i for _, i in mine])
        for m in shown["meetings"]:
            rec = meetings[m["id"]]
            expect(f"ag show {m['id']} present", m["present"], len(rec.get("present", [])))
            expect(f"ag show {m['id']} decisions",
                   [(d["number"], d["result"], d["amount"]) for d in m["decisions"]],
                   [(d["number"], d["result"], d.get("amount")) for d in rec.get("decisions", [])])
        # The AG's city line: budget from integra.yaml, approved the sum of its approvals.
        with open(os.path.join(data, "integra.yaml"), encoding="utf-8") as f:
            settings = yaml.load(f, Loader=yaml.BaseLoader)
        city = [b for b in shown["budget"] if b["ag"] == ag_id and b["funding"] == "city"]
        budget = settings["budgets"][year]["city"][ag_id]
        expect(f"ag show {ag_id} city budget", [b["budget"] for b in city], [budget])
        approved = sum((cents(p["approved"]) for p in projects.values()
                        if p["ag"] == ag_id and p["funding"] == "city" and "decision" in p
                        and meetings[p["decision"]]["date"][:4] == year
                        and p["status"] in ("approved", "running", "completed", "evaluated")),
                       decimal.Decimal("0.00"))
        expect(f"ag show {ag_id} city approved", [cents(b["approved"]) for b in city], [approved])
    topics = run_json(integra, data, "ag", "topics", "--year", year)
    if topics is not None:
        wanted = []
        for i, m in sorted(meetings.items(), key=lambda kv: (kv[1]["date"], kv[0])):
            if m["date"][:4] == year:
                for t in m.get("topics", []):
                    wanted.append((m["date"], m["ag"], i, t, topic_origin(t, ags[m["ag"]]["name"])))
        expect("ag topics", [(t["date"], t["ag"], t["meeting"], t["topic"], t["origin"])
                             for t in topics["topics"]], wanted)
        counts = {}
        for w in wanted:
            counts[w[4]] = counts.get(w[4], 0) + 1
        expect("ag topics origins", {o["origin"]: o["topics"] for o in topics["origins"]}, counts)


def subcommands(integra, *path):
    """The subcommands `integra PATH --help` lists."""
    text = subprocess.run([integra, *path, "--help"], capture_output=True, text=True).stdout
    listed = text.split("Subcommands:", 1)[1] if "Subcommands:" in text else ""
    return [line.split()[0] for line in listed.splitlines() if line.startswith("  ")]


def leaf_commands(integra, *path):
    """Every command under PATH that has no subcommands of its own, as `a b c`."""
    out = set()
    for name in subcommands(integra, *path):
        nested = leaf_commands(integra, *path, name)
        out.update(nested if nested else {" ".join((*path, name))})
    return out


def check_every_command_is_covered(integra):
    """A new command is either tested here or listed as a writer, so none is forgotten."""
    commands = leaf_commands(integra)
    expect("commands without a JSON test", sorted(commands - WRITERS - TESTED), [])
    expect("tested commands that do not exist", sorted(TESTED - commands), [])


def main():
    integra, examples = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        data = copy_examples(examples, tmp)
        pilots = records(data, "pilots")
        assignments = records(data, "assignments")
        check_status_and_check(integra, data, pilots)
        check_show_and_log(integra, data, pilots)
        check_pilot_list_and_show(integra, data, pilots, assignments)
        check_assignments(integra, data, assignments)
        check_match(integra, data, pilots)
        check_fees(integra, data, assignments)
        check_coverage(integra, data, pilots)
        check_housing(integra, data, records(data, "households"), records(data, "refugees"))
        check_tasks(integra, examples, tmp)
        check_rights(integra, data, pilots)
        check_persons(integra, data, pilots, assignments)
        check_ags(integra, data)
        check_projects(integra, data)
        check_reports(integra, data)
        check_exports(integra, data)
    check_every_command_is_covered(integra)
    for f in FAILURES:
        print(f)
    print(f"{len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
