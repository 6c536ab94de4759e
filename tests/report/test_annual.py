#!/usr/bin/env python3
"""An independent check of `integra report annual` (issue 10, "How it will be checked").

Usage: test_annual.py INTEGRA_BINARY DATA_DIR

1. Recomputes the annual report's figures for 2025 and 2024 straight from the YAML files (read
   with PyYAML, not with integra) following the definitions in lib/report/figures.hpp and the
   notes printed with each table, and compares them with the internal JSON report, exactly.
2. Checks disclosure control on the public JSON: no shown count of 1 or 2 in a personal
   column, no line with exactly one hidden cell, no hidden cell that the shown totals pin down,
   no small nationality outside `other`, no names or guide IDs anywhere in the public output.
3. Checks that CSV, HTML and Markdown hold exactly the JSON's values (the latter two written
   the German way).

Runs in a few seconds and writes only into a temporary directory.
"""

import csv
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser

import yaml

TODAY = "2026-11-24"
YEAR = 2025
FAILURES = []
COMPARED = Counter()  # values compared, by kind of check


def check(condition, message):
    """Records a failure instead of stopping, so that one run shows every difference."""
    if not condition:
        FAILURES.append(message)


def equal(what, got, want):
    COMPARED[what.split()[0]] += 1
    check(got == want, f"{what}: report has {got!r}, recomputed {want!r}")


# --- Reading the records -------------------------------------------------------------------


class Loader(yaml.SafeLoader):
    """PyYAML's safe loader, but dates stay `datetime.date` and times stay strings (the
    default already does both; the class exists to keep the reading in one place)."""


def load_dir(data, sub):
    """All records of one folder, by ID."""
    out = {}
    folder = os.path.join(data, sub)
    for name in sorted(os.listdir(folder)):
        if name.endswith(".yaml"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                record = yaml.load(f, Loader=Loader)
            out[record["id"]] = record
    return out


class Records:
    def __init__(self, data):
        with open(os.path.join(data, "integra.yaml"), encoding="utf-8") as f:
            self.settings = yaml.load(f, Loader=Loader)
        self.guides = load_dir(data, "pilots")
        self.assignments = load_dir(data, "assignments")
        self.households = load_dir(data, "households")
        everyone = load_dir(data, "refugees")
        # Restricted persons are left out of every figure (SPEC §7, report/data.hpp).
        self.persons = {k: p for k, p in everyone.items() if "restricted" not in p}
        self.restricted = {k: p for k, p in everyone.items() if "restricted" in p}
        self.projects = load_dir(data, "projects")
        self.ags = load_dir(data, "ags")
        self.meetings = load_dir(data, "meetings")


def year_span(year):
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def in_year(day, year):
    return day is not None and day.year == year


# --- The figures, recomputed ---------------------------------------------------------------


def active_guides(r, year):
    """Joined (`since`, or always when absent) by the year's last day and not retired before
    its first day. Paused guides are still members of the pool, so they count."""
    first, last = year_span(year)
    out = []
    for g in r.guides.values():
        since = g.get("since")
        if since is not None and since > last:
            continue
        if g.get("status") == "retired":
            retired = g.get("retired")
            if retired is None or retired < first:
                continue
        out.append(g)
    return out


def took_place(a, year):
    """Done or billed (pilots::took_place), dated in the year."""
    return a["status"] in ("done", "billed") and in_year(a["date"], year)


def hours(a):
    return Decimal(str(a["hours"]))


def number(d):
    """A Decimal as the JSON writes it: an integer when whole, else a float."""
    return int(d) if d == d.to_integral_value() else float(d)


def money(value):
    return Decimal(str(value)).quantize(Decimal("0.01"))


def fee(a, rates):
    """Hours × hourly rate rounded to the cent (halves up), plus the kind's flat amount and
    travel (pilots/fees.hpp)."""
    hourly = money(rates.get("hourly", 0))
    flat = money((rates.get("flat") or {}).get(a["kind"], 0))
    travel = money(rates.get("travel", 0))
    return (hours(a) * hourly).quantize(Decimal("0.01"), ROUND_HALF_UP) + flat + travel


def allocation_date(r, p):
    """The person's own `allocated`, else their household's allocation date."""
    if p.get("allocated"):
        return p["allocated"]
    h = r.households.get(p.get("household"))
    return h["allocation"]["date"] if h else None


def age_on(birth, day):
    """Whole years; a 29 February birthday falls on 1 March in other years (BGB §188(3))."""
    born = (birth.month, birth.day)
    if born == (2, 29) and not (day.year % 4 == 0 and (day.year % 100 or day.year % 400 == 0)):
        born = (3, 1)
    return day.year - birth.year - (1 if (day.month, day.day) < born else 0)


AGE_BANDS = [("0-5", 0, 5), ("6-17", 6, 17), ("18-26", 18, 26), ("27-64", 27, 64), ("65+", 65, 999)]


def age_band(age):
    return next(key for key, lo, hi in AGE_BANDS if lo <= age <= hi)


def topic_origin(topic, ag_name):
    """From a trailing parenthetical, its first capitalised word ("(aus der Flüchtlingsarbeit)"
    → "Flüchtlingsarbeit"); otherwise the AG's own ("AG <name>")."""
    m = re.search(r"\(([^()]*)\)\s*$", topic)
    if m:
        for word in m.group(1).split():
            if word[:1].isupper():
                return word.strip(".,;:")
    return f"AG {ag_name}"


def figures(r, year):
    """Every recomputed figure for one year: {table: {row key: {measure: value}}}."""
    f = defaultdict(lambda: defaultdict(dict))

    # guides_by_gender, guide_languages: the active guides.
    guides = active_guides(r, year)
    gender = Counter(g["gender"] for g in guides)
    for key in ("f", "m", "d", "x"):
        f["guides_by_gender"][key]["count"] = gender[key]
    f["guides_by_gender"]["total"]["count"] = len(guides)
    languages = Counter(l["code"] for g in guides for l in g.get("languages", []) if l["code"] != "de")
    for code, n in languages.items():
        f["guide_languages"][code]["count"] = n

    # assignments_by_month, _by_kind, _by_requester, assignments_for_refugees, guide_fees: the
    # assignments that took place in the year.
    done = [a for a in r.assignments.values() if took_place(a, year)]
    month, kind, requester = Counter(), Counter(), Counter()
    kind_hours, refugee_hours = defaultdict(Decimal), defaultdict(Decimal)
    refugee = Counter()
    for a in done:
        month[f"{YEAR}-{a['date'].month:02d}"] += 1  # rows are keyed by the current year's months
        kind[a["kind"]] += 1
        kind_hours[a["kind"]] += hours(a)
        requester[a["requested_by"]["type"]] += 1
        # For refugees: a client R-… or requested by the refugee unit.
        side = ("refugees" if str(a.get("client", "")).startswith("R-")
                or a["requested_by"]["type"] == "refugee_unit" else "other")
        refugee[side] += 1
        refugee_hours[side] += hours(a)
    for m in range(1, 13):
        f["assignments_by_month"][f"{YEAR}-{m:02d}"]["count"] = month[f"{YEAR}-{m:02d}"]
    f["assignments_by_month"]["total"]["count"] = len(done)
    for k in kind:
        f["assignments_by_kind"][k]["count"] = kind[k]
        f["assignments_by_kind"][k]["hours"] = number(kind_hours[k])
    all_hours = sum((hours(a) for a in done), Decimal(0))
    f["assignments_by_kind"]["total"]["count"] = len(done)
    f["assignments_by_kind"]["total"]["hours"] = number(all_hours)
    for k, n in requester.items():
        f["assignments_by_requester"][k]["count"] = n
    f["assignments_by_requester"]["total"]["count"] = len(done)
    for side in ("refugees", "other"):
        f["assignments_for_refugees"][side]["count"] = refugee[side]
        f["assignments_for_refugees"][side]["hours"] = number(refugee_hours[side])
    f["assignments_for_refugees"]["total"]["count"] = len(done)
    f["assignments_for_refugees"]["total"]["hours"] = number(all_hours)
    rates = r.settings.get("fees", {})
    fees = sum((fee(a, rates) for a in done), Decimal("0.00"))
    f["guide_fees"]["total"]["fees"] = f"{fees:.2f}"
    f["guide_fees"]["total"]["guides"] = len({a["pilot"] for a in done})

    # allocations_by_month, households_by_size: households by their allocation date, persons
    # as the allocation notice gives them (allocation.persons).
    households = [h for h in r.households.values() if in_year(h["allocation"]["date"], year)]
    hh, pp, size = Counter(), Counter(), Counter()
    for h in households:
        key = f"{YEAR}-{h['allocation']['date'].month:02d}"
        n = h["allocation"]["persons"]
        hh[key] += 1
        pp[key] += n
        size["5+" if n >= 5 else str(n)] += 1
    for m in range(1, 13):
        key = f"{YEAR}-{m:02d}"
        f["allocations_by_month"][key].update(households=hh[key], persons=pp[key])
    f["allocations_by_month"]["total"].update(households=len(households), persons=sum(pp.values()))
    for key in ("1", "2", "3", "4", "5+"):
        f["households_by_size"][key]["count"] = size[key]
    f["households_by_size"]["total"]["count"] = len(households)

    # persons_by_nationality, persons_by_age: person records (restricted ones aside) by
    # their allocation date; age on that day.
    persons = [p for p in r.persons.values() if in_year(allocation_date(r, p), year)]
    for code, n in Counter(p["nationality"] for p in persons).items():
        f["persons_by_nationality"][code]["count"] = n
    f["persons_by_nationality"]["total"]["count"] = len(persons)
    ages = Counter(age_band(age_on(p["birth_date"], allocation_date(r, p))) for p in persons)
    for key, _, _ in AGE_BANDS:
        f["persons_by_age"][key]["count"] = ages[key]
    f["persons_by_age"]["total"]["count"] = len(persons)

    # intakes_interpreting: intakes dated in the year, by who interpreted.
    intakes = [p["intake"] for p in r.persons.values() if p.get("intake") and in_year(p["intake"].get("date"), year)]
    how = Counter()
    for i in intakes:
        who = str(i.get("interpreter") or "")
        how["guide" if who.startswith("P-") else "external" if who else "none"] += 1
    for key in ("guide", "external", "none"):
        f["intakes_interpreting"][key]["count"] = how[key]
    f["intakes_interpreting"]["total"]["count"] = len(intakes)

    # applications_by_ag, funding_by_source, ag_decisions, ag_meetings, topics_from_field:
    # projects by the year in their ID, decisions and topics by their meeting's date.
    meetings = [m for m in r.meetings.values() if in_year(m["date"], year)]
    decisions = [(m, d) for m in meetings for d in m.get("decisions", [])]
    approvals = [(m, d) for m, d in decisions if d["result"] == "approved"]
    applications = [p for p in r.projects.values() if p["id"].split("-")[1] == str(year)]
    app = f["applications_by_ag"]
    for ag in r.ags:
        mine = [p for p in applications if p["ag"] == ag]
        ok = [d for m, d in approvals if m["ag"] == ag]
        app[ag].update(applications=len(mine), requested=f"{sum(money(p['requested']) for p in mine):.2f}",
                       approved=len(ok), amount=f"{sum(money(d['amount']) for d in ok):.2f}")
    app["total"].update(applications=len(applications),
                        requested=f"{sum(money(p['requested']) for p in applications):.2f}",
                        approved=len(approvals),
                        amount=f"{sum(money(d['amount']) for m, d in approvals):.2f}")
    src = f["funding_by_source"]
    payments = [(p, pay) for p in r.projects.values() for pay in p.get("payments", []) if in_year(pay["date"], year)]
    for source in ("city", "demokratie_leben", "other", None):
        ok = [d for m, d in approvals if source is None or r.projects[d["project"]]["funding"] == source]
        paid = [pay for p, pay in payments if source is None or p["funding"] == source]
        src[source or "total"].update(approved=len(ok), amount=f"{sum(money(d['amount']) for d in ok):.2f}",
                                      paid=f"{sum(money(x['amount']) for x in paid):.2f}")
    for result in ("approved", "rejected", "deferred"):
        f["ag_decisions"][result]["count"] = sum(1 for m, d in decisions if d["result"] == result)
    f["ag_decisions"]["total"]["count"] = len(decisions)
    for ag in r.ags:
        mine = [m for m in meetings if m["ag"] == ag]
        f["ag_meetings"][ag].update(meetings=len(mine), guests=sum(m.get("guests", 0) for m in mine),
                                    decisions=sum(len(m.get("decisions", [])) for m in mine))
    f["ag_meetings"]["total"].update(meetings=len(meetings), guests=sum(m.get("guests", 0) for m in meetings),
                                     decisions=len(decisions))
    topics = Counter(topic_origin(t, r.ags[m["ag"]]["name"]) for m in meetings for t in m.get("topics", []))
    for origin, n in topics.items():
        f["topics_from_field"][origin]["count"] = n  # keyed by label (the AGs' keys are IDs)
    f["topics_from_field"]["total"]["count"] = sum(topics.values())

    # key_figures: the headline numbers, each one of the figures above.
    kf = f["key_figures"]
    kf["guides"]["value"] = len(guides)
    kf["assignments"]["value"] = len(done)
    kf["hours"]["value"] = number(all_hours)
    kf["fees"]["value"] = f"{fees:.2f}"
    kf["households"]["value"] = len(households)
    kf["persons"]["value"] = sum(pp.values())
    kf["intakes"]["value"] = len(intakes)
    kf["intakes_guide"]["value"] = how["guide"]
    kf["refugee_assignments"]["value"] = refugee["refugees"]
    kf["applications"]["value"] = len(applications)
    kf["approvals"]["value"] = len(approvals)
    kf["approved_amount"]["value"] = f"{sum(money(d['amount']) for m, d in approvals):.2f}"
    kf["meetings"]["value"] = len(meetings)
    kf["topics"]["value"] = sum(topics.values())
    return f


def change(now, before):
    """The key figures' change in percent, one decimal (None without a previous value)."""
    now, before = Decimal(str(now)), Decimal(str(before))
    if before == 0:
        return None
    return float(((now - before) * 100 / before).quantize(Decimal("0.1"), ROUND_HALF_UP))


# Columns of the previous period that the report shows for each table (some tables show only
# some measures for the earlier year).
def compare_figures(report, current, previous):
    tables = {t["name"]: t for s in report["sections"] for t in s["tables"]}
    for name, rows in current.items():
        table = tables.get(name)
        check(table is not None, f"{name}: table missing from the report")
        if table is None:
            continue
        columns = {c["key"] for c in table["columns"]}
        by_key = {row["key"]: row for row in table["rows"]}
        if name == "topics_from_field":  # the AGs' own topics are keyed by ID, labelled "AG …"
            by_key = {("total" if row["total"] else row["label"]): row for row in table["rows"]}
        keys = set(rows) | set(previous.get(name, {}))
        # Every row the report shows must be one we recomputed (rows with nothing in either
        # year may be left out by the report, except the fixed ones we always fill).
        for key in by_key:
            check(key in keys or all(v in (0, None, "0.00") for k, v in by_key[key].items()
                                     if k in columns), f"{name}: unexpected row {key}")
        for key in keys:
            now = rows.get(key, {})
            before = previous.get(name, {}).get(key, {})
            row = by_key.get(key)
            if row is None:
                nothing = all(v in (0, "0.00") for v in list(now.values()) + list(before.values()))
                check(nothing, f"{name}: row {key} missing ({now}, previous {before})")
                continue
            for measure in set(now) | set(before):
                if measure in columns:
                    equal(f"{YEAR} {name}[{key}].{measure}", row[measure], now.get(measure, 0))
                if measure + "_previous" in columns:
                    equal(f"{YEAR - 1} {name}[{key}].{measure}", row[measure + "_previous"],
                          before.get(measure, 0))
            if name == "key_figures":
                equal(f"change key_figures[{key}]", row["change"], change(now["value"], before["value"]))


# --- Disclosure -----------------------------------------------------------------------------

# The personal count columns (both periods) of the public report.
PERSONAL = {
    "guides_by_gender": ["count"],
    "guide_languages": ["count"],
    "assignments_by_month": ["count"],
    "assignments_by_kind": ["count"],
    "assignments_by_requester": ["count"],
    "guide_fees": ["guides"],
    "allocations_by_month": ["households", "persons"],
    "persons_by_nationality": ["count"],
    "persons_by_age": ["count"],
    "households_by_size": ["count"],
    "onboarding_steps": ["due", "done"],
    "intakes_interpreting": ["count"],
    "assignments_for_refugees": ["count"],
    "language_gaps": ["persons", "guides"],
}
HIDDEN = "<3"


def hidden_range(residual, n, lo, hi):
    """With n hidden cells each in [lo, hi] summing to `residual`, the values one of them can
    take: [max(lo, residual - (n-1)·hi), min(hi, residual - (n-1)·lo)]. For a single linear
    equation with box bounds this interval is exact, so it stands in for a brute-force search."""
    return max(lo, residual - (n - 1) * hi), min(hi, residual - (n - 1) * lo)


def check_disclosure(public, internal, names):
    tables = {t["name"]: t for s in public["sections"] for t in s["tables"]}
    inner = {t["name"]: t for s in internal["sections"] for t in s["tables"]}
    notes = []
    for name, measures in PERSONAL.items():
        table = tables[name]
        for measure in measures:
            for key in (measure, measure + "_previous"):
                if key not in {c["key"] for c in table["columns"]}:
                    continue
                cells = [row[key] for row in table["rows"]]
                check(all(c not in (1, 2) for c in cells), f"public {name}.{key}: a count of 1 or 2 is shown")
                totals = [row for row in table["rows"] if row["total"]]
                if not totals:
                    continue
                hidden = sum(1 for c in cells if c == HIDDEN)
                check(hidden == 0 or hidden >= 2, f"public {name}.{key}: exactly one hidden cell")
                total = totals[0][key]
                if hidden == 0 or total == HIDDEN:
                    continue
                # The attacker's equation: hidden cells sum to total - shown cells. Bound each
                # hidden cell by 0..total (as the brief asks) and see whether it is pinned down.
                body = [row[key] for row in table["rows"] if not row["total"]]
                residual = total - sum(c for c in body if c != HIDDEN)
                lo, hi = hidden_range(residual, hidden, 0, total)
                check(lo < hi, f"public {name}.{key}: hidden cells are determined ({lo})")
                # A stricter attacker reads "<3" as 1 or 2. Then a pair summing to 2 or 4 gives
                # both cells away. Reported as a note: the suppression rules allow it.
                lo, hi = hidden_range(residual, hidden, 1, 2)
                if lo == hi:
                    notes.append(f"{name}.{key}: {hidden} cells '<3' sum to {residual}: each is {lo}")
                # The internal values must agree with the equation (they are the truth).
                truth = [row[key] for row in inner[name]["rows"] if not row["total"]]
                check(sum(t for t, c in zip(truth, body) if c == HIDDEN) == residual,
                      f"{name}.{key}: hidden cells do not add up to the shown total")
    # Nationalities: in public output every one listed (`other` aside) has at least 3 persons
    # in the current period (by the internal figures: a listed one may still be hidden by
    # secondary suppression, shown as "<3" though it holds 3 or more).
    truth = {row["key"]: row["count"] for row in inner["persons_by_nationality"]["rows"]}
    for row in tables["persons_by_nationality"]["rows"]:
        if not row["total"] and row["key"] != "other":
            check(truth.get(row["key"], 0) >= 3, f"public persons_by_nationality lists {row['key']}")
            if row["count"] == HIDDEN and truth[row["key"]] >= 3:
                notes.append(f"persons_by_nationality[{row['key']}] shown as '<3' but holds {truth[row['key']]}")
    return notes


def check_no_names(text, where, names, ids):
    for name in names:
        check(not re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text), f"{where}: name {name!r} appears")
    for gid in ids:
        check(gid not in text, f"{where}: guide ID {gid} appears")


# --- Agreement across formats ----------------------------------------------------------------


def as_csv(value):
    """A JSON value as the CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def german(value, unit):
    """A JSON value as the HTML and Markdown write it: 1.234,56 €, 87,5 %, 1,5, <3, – for null."""
    if value is None:
        return "–"
    if isinstance(value, str):
        if re.fullmatch(r"-?\d+\.\d\d", value):  # money travels as a string with cents
            whole, cents = value.split(".")
            return f"{int(whole):,}".replace(",", ".") + "," + cents + " €"
        return value
    if isinstance(value, int):
        text = f"{value:,}".replace(",", ".")
    else:
        whole, _, frac = repr(value).partition(".")
        text = f"{int(whole):,}".replace(",", ".") + "," + frac
        if whole.startswith("-") and int(whole) == 0:
            text = "-" + text
    return text + " %" if unit == "percent" else text


class Tables(HTMLParser):
    """The data tables of the HTML, by the id of their figure: rows of cell texts."""

    def __init__(self):
        super().__init__()
        self.tables, self.figure, self.row, self.cell = {}, None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "figure" and attrs.get("id"):
            self.figure = attrs["id"]
            self.tables[self.figure] = []
        elif tag == "tr" and self.figure:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.tables[self.figure].append(self.row)
            self.row = None
        elif tag == "figure":
            self.figure = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def markdown_tables(text):
    """The Markdown's tables in order, each as rows of cell texts (header included)."""
    tables, current = [], None
    for line in text.splitlines():
        if line.startswith("|"):
            cells = [c.strip().strip("*").strip() for c in line.strip().strip("|").split("|")]
            if current is None:
                current = []
                tables.append(current)
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                current.append(cells)
        else:
            current = None
    return tables


def check_formats(public, csv_dir, html, md):
    parser = Tables()
    parser.feed(html)
    figures = {re.sub(r"^t\d+-", "", k): v for k, v in parser.tables.items()}
    md_tables = markdown_tables(md)
    index = 0
    for section in public["sections"]:
        for table in section["tables"]:
            name, columns = table["name"], table["columns"]
            # CSV: header key,label,<column keys>; then each row's key, label and values.
            with open(os.path.join(csv_dir, name + ".csv"), encoding="utf-8", newline="") as f:
                got = list(csv.reader(f))
            want = [["key", "label"] + [c["key"] for c in columns]]
            want += [[row["key"], row["label"]] + [as_csv(row[c["key"]]) for c in columns] for row in table["rows"]]
            equal(f"CSV {name}", got, want)
            # HTML and Markdown: a header of the column labels, then label and German values.
            want = [[""] + [c["label"] for c in columns]]
            want += [[row["label"]] + [german(row[c["key"]], c["unit"]) for c in columns] for row in table["rows"]]
            equal(f"HTML {name}", figures.get(name), want)
            md_table = md_tables[index] if index < len(md_tables) else None
            index += 1
            equal(f"Markdown {name}", md_table, want)
    equal("Markdown tables", len(md_tables), index)


# --- Main --------------------------------------------------------------------------------------


def run(binary, data, *args):
    cmd = [binary, "--data", data, "--today", TODAY, "report", "annual", "--year", str(YEAR), *args]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def main():
    binary, data = sys.argv[1], sys.argv[2]
    r = Records(data)
    internal = json.loads(run(binary, data, "--internal", "--format", "json"))
    public = json.loads(run(binary, data, "--format", "json"))

    # 1. The figures.
    compare_figures(internal, figures(r, YEAR), figures(r, YEAR - 1))

    # 2. Disclosure, and no names or guide IDs in public output.
    notes = check_disclosure(public, internal, r)
    names = {n["family"] for x in list(r.guides.values()) + list(r.persons.values()) + list(r.restricted.values())
             for n in [x.get("name") or {}] if len(n.get("family", "")) >= 4}
    with tempfile.TemporaryDirectory() as tmp:
        run(binary, data, "--format", "csv", "-o", os.path.join(tmp, "csv"))
        run(binary, data, "--format", "html", "-o", os.path.join(tmp, "report.html"))
        run(binary, data, "--format", "md", "-o", os.path.join(tmp, "report.md"))
        with open(os.path.join(tmp, "report.html"), encoding="utf-8") as f:
            html = f.read()
        with open(os.path.join(tmp, "report.md"), encoding="utf-8") as f:
            md = f.read()
        text = json.dumps(public, ensure_ascii=False)
        for where, content in (("public JSON", text), ("HTML", html), ("Markdown", md)):
            check_no_names(content, where, names, r.guides.keys())

        # 3. The formats agree.
        check_formats(public, os.path.join(tmp, "csv"), html, md)

    for note in notes:
        print("note (not a failure):", note)
    for failure in FAILURES:
        print("FAIL:", failure)
    print("values compared:", dict(COMPARED))
    print(f"{len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
