#!/usr/bin/env python3
"""An independent check of `integra report annual` (issue 10, "How it will be checked").

Usage: test_annual.py INTEGRA_BINARY DATA_DIR

For the reports of 2025 and 2024 (each with its previous year):
1. Recomputes every table's figures straight from the YAML files (read with PyYAML, not with
   integra) following the definitions in lib/report/figures.hpp and the notes printed with each
   table, and compares them with the internal JSON report, exactly; restricted persons are
   left out everywhere.
2. Checks disclosure control on the public JSON: no shown count of 1 or 2 in a personal
   column, no line with exactly one hidden cell, no hidden cell that the shown totals pin down,
   every shown value the true one, no guarded value (hours, rate, median) beside a hidden
   count, no small nationality outside `other`, no family name or guide ID in any public
   format. Weaker points that the rules allow are printed as notes.
3. Checks that CSV, HTML (tables and charts) and Markdown hold exactly the JSON's values (the
   latter two written the German way), for the public and the internal report; and that
   `--table NAME` gives the whole report's table; and, for 2025, that the English report
   (--lang en) has the same values, written the English way in every format.
The test fails with the list of every difference; notes print weak points the rules allow.

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
# The report years checked (each against its previous year). 2026, not over on TODAY, has no
# public report (checked at the end of main).
YEARS = (2025, 2024)
FAILURES = []
CONTEXT = ""  # the report year being checked, in front of every failure
COMPARED = Counter()  # values compared, by kind of check


def check(condition, message):
    """Records a failure instead of stopping, so that one run shows every difference."""
    if not condition:
        FAILURES.append(CONTEXT + message)


def equal(what, got, want):
    kind = what.split()[0]
    COMPARED["figures" if kind.isdigit() else kind] += 1
    check(got == want, f"{what}: report has {got!r}, recomputed {want!r}")


# --- Reading the records -------------------------------------------------------------------


# PyYAML's safe loader (its C version when there): dates become `datetime.date`, quoted
# times stay strings, quoted "yes"/"no" keys stay strings.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
        # ... and their number from their household's allocation; a household of restricted
        # persons only is left out altogether.
        for p in self.restricted.values():
            h = self.households.get(p["household"])
            if h:
                h["allocation"]["persons"] = max(0, h["allocation"]["persons"] - 1)
                h["_restricted"] = True
        self.households = {k: h for k, h in self.households.items()
                           if not (h.get("_restricted") and h["allocation"]["persons"] == 0)}
        self.projects = load_dir(data, "projects")
        self.ags = load_dir(data, "ags")
        self.meetings = load_dir(data, "meetings")
        self.housing = load_dir(data, "housing")


def year_span(year):
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def in_year(day, year):
    return day is not None and day.year == year


# --- The figures, recomputed ---------------------------------------------------------------


def active_guides(r, first, last):
    """Joined (`since`, or always when absent) by `last` and not retired before `first`.
    Paused guides are still members of the pool, so they count."""
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


def figures(r, year, key_year):
    """Every recomputed figure for one year: {table: {row key: {measure: value}}}. Month rows
    are keyed by `key_year`, the report's year, also for the previous year's figures."""
    f = defaultdict(lambda: defaultdict(dict))

    # guides_by_gender, guide_languages: the active guides.
    guides = active_guides(r, *year_span(year))
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
        month[f"{key_year}-{a['date'].month:02d}"] += 1  # rows are keyed by the current year's months
        kind[a["kind"]] += 1
        kind_hours[a["kind"]] += hours(a)
        requester[a["requested_by"]["type"]] += 1
        # For refugees: a client R-… or requested by the refugee unit.
        side = ("refugees" if str(a.get("client", "")).startswith("R-")
                or a["requested_by"]["type"] == "refugee_unit" else "other")
        refugee[side] += 1
        refugee_hours[side] += hours(a)
    for m in range(1, 13):
        f["assignments_by_month"][f"{key_year}-{m:02d}"]["count"] = month[f"{key_year}-{m:02d}"]
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
        key = f"{key_year}-{h['allocation']['date'].month:02d}"
        n = h["allocation"]["persons"]
        hh[key] += 1
        pp[key] += n
        size["5+" if n >= 5 else str(n)] += 1
    for m in range(1, 13):
        key = f"{key_year}-{m:02d}"
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
    # ag_meetings.attendance: voting members present over voting members in office on the
    # meeting's day (from ≤ day ≤ to), pooled over the AG's meetings of the period (not an
    # average of the meetings' rates), one decimal.
    present, in_office = Counter(), Counter()
    for m in meetings:
        office = {x["key"] for x in r.ags[m["ag"]]["members"]
                  if x["voting"] and x["from"] <= m["date"] and (x.get("to") is None or x["to"] >= m["date"])}
        for ag in (m["ag"], "total"):
            present[ag] += sum(1 for k in m.get("present", []) if k in office)
            in_office[ag] += len(office)
    for ag in list(r.ags) + ["total"]:
        f["ag_meetings"][ag]["attendance"] = percent(present[ag], in_office[ag])

    # onboarding_steps: for the persons allocated in the period, per step of integra.yaml's
    # checklist: due = it applies (age on the allocation day within the step's bounds, and the
    # residence status among the step's, when it names any) and it was not skipped; done =
    # done by the period's last day; the rate; the median days from allocation to done.
    last = year_span(year)[1]
    all_due, all_done = 0, 0
    for step in r.settings["onboarding"]:
        due, days = 0, []
        for p in persons:
            day = allocation_date(r, p)
            age = age_on(p["birth_date"], day)
            bounds = step.get("age", {})
            if not (bounds.get("from", 0) <= age <= bounds.get("to", 999)):
                continue
            if step.get("residence") and p.get("residence") not in step["residence"]:
                continue
            entry = (p.get("onboarding") or {}).get(step["key"]) or {}
            if "skipped" in entry:
                continue
            due += 1
            if entry.get("done") is not None and entry["done"] <= last:
                days.append((entry["done"] - day).days)
        f["onboarding_steps"][step["key"]].update(
            due=due, done=len(days), open=due - len(days), rate=percent(len(days), due),
            median_days=median(days))
        all_due += due
        all_done += len(days)
    f["onboarding_steps"]["total"].update(due=all_due, done=all_done, open=all_due - all_done,
                                          rate=percent(all_done, all_due),
                                          median_days=None)

    topics = Counter(topic_origin(t, r.ags[m["ag"]]["name"]) for m in meetings for t in m.get("topics", []))
    for origin, n in topics.items():
        f["topics_from_field"][origin]["count"] = n  # keyed by label (the AGs' keys are IDs)
    f["topics_from_field"]["total"]["count"] = sum(topics.values())

    # evaluations: projects whose period ended in the period and the participants they
    # reached (the project's `participants`); evaluations due in the period; evaluations done
    # in the period (whenever due: 2024 has one done that was due in 2023); due in the period
    # but not done by its last day (nor due on it).
    ev = f["evaluations"]
    ended = [p for p in r.projects.values() if p.get("period") and in_year(p["period"]["to"], year)]
    evals = [p["evaluation"] for p in r.projects.values() if p.get("evaluation")]
    ev["ended"]["count"] = len(ended)
    # None ("–") when no project that ended recorded its participants: unknown, not 0.
    recorded = [p["participants"] for p in ended if p.get("participants") is not None]
    ev["participants"]["count"] = sum(recorded) if recorded else None
    ev["due"]["count"] = sum(1 for e in evals if in_year(e["due"], year))
    ev["done"]["count"] = sum(1 for e in evals if in_year(e.get("done"), year))
    ev["overdue"]["count"] = sum(1 for e in evals if in_year(e["due"], year) and e["due"] < last
                                 and (e.get("done") is None or e["done"] > last))

    # language_gaps: the languages (German aside) of the persons in casework on the period's
    # last day (allocated by then, and not closed by then: `closed` absent or later), and how
    # many guides active that day speak each; the gap text where none does.
    casework = [p for p in r.persons.values()
                if allocation_date(r, p) <= last and (p.get("closed") is None or p["closed"] > last)]
    speakers = Counter(l["code"] for p in casework for l in p.get("languages", []) if l["code"] != "de")
    on_duty = Counter(l["code"] for g in active_guides(r, last, last) for l in g.get("languages", []))
    for code, n in speakers.items():
        f["language_gaps"][code].update(persons=n, guides=on_duty[code],
                                        gap="" if on_duty[code] else "keine Lotsin/kein Lotse")

    # budget_use: the year's budgets (integra.yaml) per AG for city money, then the shared
    # pots; approved = what the projects drawing on that year's pot hold (the approved amount
    # while approved, running, completed or evaluated; what was paid to a withdrawn one),
    # paid = the payments to them made by the year's end; used = approved over budget. A project
    # draws on the year of its decision's meeting (else of its period's start, else its ID).
    budgets = r.settings.get("budgets", {}).get(year, {})
    held, paid_to = defaultdict(Decimal), defaultdict(Decimal)
    for p in r.projects.values():
        if p.get("decision") in r.meetings:
            drawn = r.meetings[p["decision"]]["date"].year
        elif p.get("period"):
            drawn = p["period"]["from"].year
        else:
            drawn = int(p["id"].split("-")[1])
        if drawn != year:
            continue
        pot = p["ag"] if p["funding"] == "city" else p["funding"]
        if p["status"] in ("approved", "running", "completed", "evaluated"):
            held[pot] += money(p.get("approved") or 0)
        pays = sum((money(x["amount"]) for x in p.get("payments", [])
                    if x["date"] <= dt.date(year, 12, 31)), Decimal("0.00"))
        if p["status"] == "withdrawn":
            held[pot] += pays
        paid_to[pot] += pays
    pots = {ag: budgets.get("city", {}).get(ag) for ag in r.ags}
    pots.update({k: v for k, v in budgets.items() if k != "city"})
    pots.update({k: None for k in held if k not in pots})
    for pot, budget in pots.items():
        f["budget_use"][pot].update(
            budget=None if budget is None else f"{money(budget):.2f}", approved=f"{held[pot]:.2f}",
            paid=f"{paid_to[pot]:.2f}",
            used=None if not budget else percent(held[pot], money(budget)))

    # housing_occupancy: per shared accommodation, and the flats together, and in total: the
    # beds (capacity), the persons housed on the average day of the period (a household's
    # stay holds the days [from, to), with allocation.persons), and person-days over bed-days.
    f["housing_occupancy"].update(occupancy(r, year))

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


def percent(part, whole):
    """part of whole in percent, one decimal, halves up (None for nothing)."""
    if whole == 0:
        return None
    return float((Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP))


def median(values):
    """The median, one decimal (the mean of the middle two for an even number)."""
    if not values:
        return None
    v = sorted(values)
    mid = len(v) // 2
    return float(v[mid]) if len(v) % 2 else float(Decimal(v[mid - 1] + v[mid]) / 2)


def occupancy(r, year):
    first, last = year_span(year)
    days = (last - first).days + 1
    person_days = Counter()
    housed = defaultdict(set)  # households with a stay on a day of the period, by unit
    for h in r.households.values():
        for stay in h.get("housing") or []:
            start, end = max(stay["from"], first), min(stay.get("to") or dt.date.max, last + dt.timedelta(days=1))
            if end > start:
                person_days[stay["unit"]] += (end - start).days * h["allocation"]["persons"]
                housed[stay["unit"]].add(h["id"])
    rows = defaultdict(lambda: {"beds": 0, "person_days": 0, "households": set()})
    for unit in r.housing.values():
        for key in (unit["id"] if unit["kind"] == "shared" else "flats", "total"):
            rows[key]["beds"] += unit["capacity"]
            rows[key]["person_days"] += person_days[unit["id"]]
            # The flats together and the total count a household once, though it moved.
            rows[key]["households"] |= housed[unit["id"]]
    out = {}
    for key, row in rows.items():
        out[key] = {"beds": row["beds"], "households": len(row["households"]),
                    "avg_persons": float((Decimal(row["person_days"]) / days).quantize(Decimal("0.1"), ROUND_HALF_UP)),
                    "occupancy": percent(row["person_days"], row["beds"] * days)}
    return out


def change(now, before):
    """The key figures' change in percent, one decimal (None without a previous value)."""
    now, before = Decimal(str(now)), Decimal(str(before))
    if before == 0:
        return None
    return float(((now - before) * 100 / before).quantize(Decimal("0.1"), ROUND_HALF_UP))


def compare_figures(report, current, previous, year):
    """Compares the internal report with the recomputed figures of its year (`current`) and
    of the year before (`previous`, in the `_previous` columns), and makes sure that every
    cell of every table was recomputed."""
    tables = {t["name"]: t for s in report["sections"] for t in s["tables"]}
    equal(f"{year} tables recomputed", sorted(current), sorted(tables))
    seen = set()
    for name, rows in current.items():
        table = tables.get(name)
        check(table is not None, f"{name}: table missing from the report")
        if table is None:
            continue
        columns = {c["key"] for c in table["columns"]}
        by_key = {row["key"]: row for row in table["rows"]}
        if name == "topics_from_field":  # the AGs' own topics are keyed by ID, labelled "AG …"
            by_key = {("total" if row["total"] else row["label"]): row for row in table["rows"]}
        if name in ("guide_languages", "persons_by_nationality", "topics_from_field"):  # most first
            counts = [row["count"] for row in table["rows"] if not row["total"] and row["key"] != "other"]
            check(counts == sorted(counts, reverse=True), f"{name}: not most first {counts}")
        if name == "language_gaps":  # languages without a guide first, then by persons
            order = [(row["guides"] > 0, -row["persons"]) for row in table["rows"]]
            check(order == sorted(order), f"language_gaps: rows out of order {order}")
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
                shown = [v for k, v in now.items() if k in columns]
                shown += [v for k, v in before.items() if k + "_previous" in columns]
                nothing = all(v in (0, "0.00", None) for v in shown)
                check(nothing, f"{name}: row {key} missing ({now}, previous {before})")
                continue
            for measure in set(now) | set(before):
                seen.update({(name, key, measure), (name, key, measure + "_previous")})
                if measure in columns:
                    equal(f"{year} {name}[{key}].{measure}", row[measure], now.get(measure, 0))
                if measure + "_previous" in columns:
                    equal(f"{year - 1} {name}[{key}].{measure}", row[measure + "_previous"],
                          before.get(measure, 0))
            if name == "key_figures":
                seen.add((name, key, "change"))
                equal(f"{year} change key_figures[{key}]", row["change"], change(now["value"], before["value"]))
    for name, table in tables.items():
        for row in table["rows"]:
            key = ("total" if row["total"] else row["label"]) if name == "topics_from_field" else row["key"]
            for c in table["columns"]:
                check((name, key, c["key"]) in seen, f"{name}[{key}].{c['key']} not recomputed")


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
    "onboarding_steps": ["due", "done", "open"],
    "intakes_interpreting": ["count"],
    "assignments_for_refugees": ["count"],
    "language_gaps": ["persons", "guides"],
    "housing_occupancy": ["households"],
}
class Marks(str):
    """A hidden cell, whichever its mark: `<3` (a small count) or `x` (hidden so that no small
    count can be worked out, or a rate, median or sum of one). Compares equal to both; the
    formats are compared with the marks themselves."""

    def __eq__(self, other):
        return other in ("<3", "x")

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = str.__hash__


HIDDEN = Marks("<3")


def hidden_range(residual, n, lo, hi):
    """With n hidden cells each in [lo, hi] summing to `residual`, the values one of them can
    take: [max(lo, residual - (n-1)·hi), min(hi, residual - (n-1)·lo)]. For a single linear
    equation with box bounds this interval is exact, so it stands in for a brute-force search."""
    return max(lo, residual - (n - 1) * hi), min(hi, residual - (n - 1) * lo)


def household_sizes(cells, total, persons):
    """Every way to fill the hidden cells of households_by_size (`cells`: sizes 1, 2, 3, 4, 5+
    → a count or HIDDEN) that fits the shown total (None when hidden) and the persons the
    households hold (allocations_by_month's total: both count allocation.persons of the same
    households). A hidden cell holds at least 1, since zeros are shown; a household of 5 and
    more holds at least 5. Yields tuples of the hidden cells' values."""
    hidden = [k for k in cells if cells[k] == HIDDEN]
    size = {"1": 1, "2": 2, "3": 3, "4": 4, "5+": 5}
    shown_count = sum(v for v in cells.values() if v != HIDDEN)
    shown_small = sum(size[k] * v for k, v in cells.items() if v != HIDDEN and k != "5+")

    def fits(values):
        n = dict(cells, **dict(zip(hidden, values)))
        if total is not None and sum(n.values()) != total:
            return False
        rest = persons - sum(size[k] * n[k] for k in n if k != "5+")
        return rest == 0 if n["5+"] == 0 else rest >= 5 * n["5+"]

    def fill(i, values, used):  # `used`: persons taken by the hidden cells so far (at least)
        if i == len(hidden):
            if fits(values):
                yield tuple(values)
            return
        for v in range(1, (persons - shown_small - used) // size[hidden[i]] + 1):
            if total is not None and shown_count + sum(values) + v > total:
                break
            yield from fill(i + 1, values + [v], used + size[hidden[i]] * v)

    yield from fill(0, [], 0)


def check_disclosure(public, internal):
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
                # Zeros are always shown (report/suppress.hpp), so a reader knows that a hidden
                # cell holds at least 1: the same with that bound.
                lo, hi = hidden_range(residual, hidden, 1, total)
                check(lo < hi, f"public {name}.{key}: {hidden} hidden cells, each at least 1, sum to "
                               f"{residual}: each is {lo}")
                # The internal values must agree with the equation (they are the truth).
                # Rows by key (public and internal order differ); `other` holds the rows the
                # public report does not list.
                truth = {row["key"]: row[key] for row in inner[name]["rows"] if not row["total"]}
                listed = {row["key"] for row in table["rows"]}
                rest = sum(v for k, v in truth.items() if k not in listed)
                secret = [truth.get(row["key"], rest) for row in table["rows"]
                          if not row["total"] and row[key] == HIDDEN]
                check(sum(secret) == residual, f"{name}.{key}: hidden cells do not add up to the shown total")
                # A reader who takes "<3" literally (1 or 2) may pin the cells down: a pair
                # summing to 4 "is" 2 and 2. Secondary cells are marked "<3" too, so such a
                # conclusion can be wrong; a note for the lead, not a failure.
                lo, hi = hidden_range(residual, hidden, 1, 2)
                if lo == hi:
                    notes.append(f"{name}.{key}: {hidden} cells '<3' sum to {residual}, read literally each "
                                 f"is {lo}; in truth {secret}")
    # Across tables: households by size against the persons allocated with them.
    sizes, months = tables["households_by_size"], tables["allocations_by_month"]
    for suffix in ("", "_previous"):
        cells = {row["key"]: row["count" + suffix] for row in sizes["rows"] if not row["total"]}
        total = next(row["count" + suffix] for row in sizes["rows"] if row["total"])
        persons = next(row["persons" + suffix] for row in months["rows"] if row["total"])
        if HIDDEN not in cells.values() or persons == HIDDEN:
            continue
        solutions = list(household_sizes(cells, None if total == HIDDEN else total, persons))
        hidden = [k for k in cells if cells[k] == HIDDEN]
        truth = {row["key"]: row["count" + suffix] for row in inner["households_by_size"]["rows"]}
        check(tuple(truth[k] for k in hidden) in solutions, "households_by_size: the truth is no solution")
        for i, key in enumerate(hidden):
            values = {sol[i] for sol in solutions}
            check(len(values) > 1, f"public households_by_size[{key}].count{suffix} is given away by the "
                                   f"persons allocated ({persons}) and the shown cells {cells}: it is {values}")
        if total == HIDDEN:
            totals = {sum(sol) + sum(v for v in cells.values() if v != HIDDEN) for sol in solutions}
            check(len(totals) > 1, f"public households_by_size[total].count{suffix} is given away by the "
                                   f"persons allocated ({persons}): it is {totals}")

    # Every value the public report shows is the true one (the internal report's); only
    # `weitere` (other) groups nationalities, and then holds the sum of those not listed.
    for name, table in tables.items():
        truth = {row["key"]: row for row in inner[name]["rows"]}
        listed = {row["key"] for row in table["rows"]}
        for row in table["rows"]:
            for c in table["columns"]:
                shown = row[c["key"]]
                if shown == HIDDEN:
                    continue
                if shown is None and c["key"].endswith("_previous"):
                    continue  # rows grouped otherwise last year: see check_previous_published
                if shown is None and HIDDEN in row.values():
                    continue  # a key figure's change is left out when its value is hidden
                if name == "persons_by_nationality" and row["key"] == "other":
                    want = sum(t[c["key"]] for k, t in truth.items() if k not in listed)
                else:
                    want = truth[row["key"]][c["key"]]
                equal(f"public {name}[{row['key']}].{c['key']}", shown, want)

    # A key figure repeats a cell of another table: shown or hidden alike, or the key figure
    # would give away what the table hides.
    sources = {"guides": ("guides_by_gender", "total", "count"),
               "assignments": ("assignments_by_month", "total", "count"),
               "hours": ("assignments_by_kind", "total", "hours"),
               "households": ("allocations_by_month", "total", "households"),
               "persons": ("allocations_by_month", "total", "persons"),
               "intakes": ("intakes_interpreting", "total", "count"),
               "intakes_guide": ("intakes_interpreting", "guide", "count"),
               "refugee_assignments": ("assignments_for_refugees", "refugees", "count")}
    for row in tables["key_figures"]["rows"]:
        if row["key"] in sources:
            name, key, column = sources[row["key"]]
            cell = next(x for x in tables[name]["rows"] if x["key"] == key)
            equal(f"public key_figures[{row['key']}].value", row["value"], cell[column])
            equal(f"public key_figures[{row['key']}].value_previous", row["value_previous"], cell[column + "_previous"])

    # A key figure's change would give a hidden value away from the other year's.
    for row in tables["key_figures"]["rows"]:
        if HIDDEN in (row["value"], row["value_previous"]):
            check(row["change"] in (None, HIDDEN), f"public key_figures[{row['key']}].change shown beside a hidden value")

    # Order: a hidden row placed among shown ones by its true value would be bounded by its
    # neighbours. Nationalities (with secondary suppression) are in the order of their names;
    # the guides' languages (no total, so only `<3` hides) may be most first.
    names = [row["label"] for row in tables["persons_by_nationality"]["rows"]
             if not row["total"] and row["key"] != "other"]
    fold = str.maketrans("ÄÖÜäöü", "AOUaou")
    check(names == sorted(names, key=lambda n: n.translate(fold).lower()),
          f"public persons_by_nationality: rows not in the order of their names: {names}")
    rows = [row for row in tables["guide_languages"]["rows"] if not row["total"]]
    for i, row in enumerate(rows):
        below = [x["count"] for x in rows[i + 1:] if x["count"] != HIDDEN]
        check(not (row["count"] == "x" and below and below[0] >= 3),
              f"guide_languages[{row['key']}] hidden as x above a row of {below[0] if below else 0}")

    # Guarded cells: hours go with their count, the onboarding rate and median with the counts
    # of the step; shown next to a hidden count they would give it away (rate × due = done).
    for name, pairs in (("assignments_by_kind", [("hours", "count")]),
                        ("assignments_for_refugees", [("hours", "count")]),
                        ("onboarding_steps", [("rate", "done"), ("rate", "due"), ("rate", "open"),
                                              ("median_days", "done")])):
        for row in tables[name]["rows"]:
            for guarded, count in pairs:
                for suffix in ("", "_previous"):
                    if row[count + suffix] == HIDDEN:
                        others = {k: row[k + suffix] for k in ("due", "done", "count", "hours") if k + suffix in row}
                        check(row[guarded + suffix] in (HIDDEN, None),
                              f"public {name}[{row['key']}].{guarded + suffix} = {row[guarded + suffix]} shown "
                              f"beside a hidden {count + suffix} ({others}): it gives the count away")
    # The steps not done (open = due − done) are persons too: no difference of two shown
    # counts may be 1 or 2.
    small = [f"{row['key']}{suffix} {row['due' + suffix]}−{row['done' + suffix]}"
             for row in tables["onboarding_steps"]["rows"] for suffix in ("", "_previous")
             if isinstance(row["due" + suffix], int) and isinstance(row["done" + suffix], int)
             and 0 < row["due" + suffix] - row["done" + suffix] < 3]
    check(not small, f"onboarding_steps: due − done is 1 or 2 (persons not done, shown by "
                     f"subtraction) in {len(small)} cells: {', '.join(small)}")

    # Nationalities: in public output every one listed (`other` aside) has at least 3 persons
    # in the current period (by the internal figures: a listed one may still be hidden by
    # secondary suppression, shown as "<3" though it holds 3 or more).
    truth = {row["key"]: row["count"] for row in inner["persons_by_nationality"]["rows"]}
    for row in tables["persons_by_nationality"]["rows"]:
        if not row["total"] and row["key"] != "other":
            check(truth.get(row["key"], 0) >= 3, f"public persons_by_nationality lists {row['key']}")
    # Cells hidden by secondary suppression are marked "<3" like the small ones, though they
    # hold 3 or more: a note for the lead (a reader takes "<3" literally).
    marked = []
    for name in PERSONAL:
        truth = {row["key"]: row for row in inner[name]["rows"]}
        for row in tables[name]["rows"]:
            for c in tables[name]["columns"]:
                value = truth.get(row["key"], {}).get(c["key"])
                if row[c["key"]] == "<3" and isinstance(value, int) and value >= 3:
                    marked.append(f"{name}[{row['key']}].{c['key']}={value}")
    if marked:
        notes.append(f"{len(marked)} cells marked '<3' hold 3 or more: {', '.join(marked)}")
    return notes


def check_no_names(text, where, names, ids):
    for name in names:
        check(not re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text), f"{where}: name {name!r} appears")
    for gid in ids:
        check(gid not in text, f"{where}: guide ID {gid} appears")
    # Nor the ID of a person, household or assignment (R-2025-0001, H-…, E-…).
    found = re.findall(r"\b[RHE]-\d{4}-\d{4}\b", text)
    check(not found, f"{where}: record IDs appear: {found[:5]}")


# --- Agreement across formats ----------------------------------------------------------------


def as_csv(value):
    """A JSON value as the CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def written(value, unit, lang="de"):
    """A JSON value as the HTML and Markdown write it: in German 1.234,56 €, 87,5 %, 1,5; in
    English €1,234.56, 87.5%, 1.5; `<3` as it is and – for null in both."""
    if value is None:
        return "–"
    if isinstance(value, str) and not re.fullmatch(r"-?\d+\.\d\d", value):
        return value
    money = isinstance(value, str)  # money travels as a string with cents
    whole, _, frac = (value if money else repr(value)).partition(".")
    if isinstance(value, int):
        whole, frac = str(value), ""
    sign = "-" if whole.startswith("-") else ""
    digits = f"{abs(int(whole)):,}"
    if lang == "de":
        text = sign + digits.replace(",", ".") + ("," + frac if frac else "")
        return text + (" €" if money else " %" if unit == "percent" else "")
    text = sign + ("€" if money else "") + digits + ("." + frac if frac else "")
    return text + ("%" if unit == "percent" and not money else "")


class Tables(HTMLParser):
    """The HTML by the id of each figure: its data table as rows of cell texts, and of its
    chart (if any) the description, the heights of the bars and the number of `<3` marks."""

    def __init__(self):
        super().__init__()
        self.tables, self.charts = {}, {}
        self.figure, self.row, self.cell, self.desc = None, None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "figure" and attrs.get("id"):
            self.figure = attrs["id"]
            self.tables[self.figure] = []
        elif not self.figure:
            return
        elif tag == "svg":
            self.charts[self.figure] = {"desc": "", "bars": [], "suppressed": 0}
        elif tag == "desc":
            self.desc = ""
        elif tag == "rect" and attrs.get("class") == "bar":
            self.charts[self.figure]["bars"].append((float(attrs["width"]), float(attrs["height"])))
        elif tag == "text" and attrs.get("class") == "suppressed":
            self.charts[self.figure]["suppressed"] += 1
        elif tag == "tr":
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
        elif tag == "desc" and self.desc is not None:
            self.charts[self.figure]["desc"] = self.desc
            self.desc = None
        elif tag == "figure":
            self.figure = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data
        if self.desc is not None:
            self.desc += data


def number_in(text, lang):
    """The number in a written value ("1.234,56 €" or "€1,234.56" → 1234.56)."""
    text = re.sub(r"[€% ]", "", text)
    if lang == "de":
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", ""))


def check_chart(name, table, chart, lang):
    """A chart shows the table's values and nothing else: its description lists, row by row,
    the shown (German-written) values of the charted columns, hidden ones as `<3`; there is
    a bar for each shown value and a `<3` mark for each hidden one; and the bars' heights
    are proportional to the values, so no bar gives a hidden value away."""
    desc, columns = chart["desc"], table["columns"]
    rows = [row for row in table["rows"] if not row["total"]]
    starts, at = [], 0
    for row in rows:
        at = desc.find(f" {row['label']}: ", at)
        check(at >= 0, f"chart {name}: row {row['label']} not described")
        if at < 0:
            return
        starts.append(at)
    values = []
    for i, row in enumerate(rows):
        end = starts[i + 1] if i + 1 < len(rows) else len(desc)
        text = desc[starts[i] + len(row["label"]) + 3:end].strip().rstrip(".")
        for piece in text.split(", "):
            column = next((c for c in columns if piece.startswith(c["label"] + " ")), None)
            value = piece[len(column["label"]) + 1:] if column else piece
            column = column or columns[0]
            equal(f"chart {name}[{row['key']}].{column['key']}", value, written(row[column["key"]], column["unit"], lang))
            values.append(value)
    shown = [number_in(v, lang) for v in values if v not in (HIDDEN, "–")]  # no bar for none
    equal(f"chart {name}: bars", len(chart["bars"]), len(shown))
    equal(f"chart {name}: marks", chart["suppressed"], values.count(HIDDEN))
    # Columns grow in height, bars (horizontal) in width: the length is the side that varies.
    widths, heights = zip(*chart["bars"]) if chart["bars"] else ((), ())
    lengths = widths if len(set(heights)) == 1 and len(set(widths)) > 1 else heights
    if shown and max(shown) > 0 and len(lengths) == len(shown):
        scale = max(lengths) / max(shown)
        for length, value in zip(lengths, shown):
            check(abs(length - scale * value) <= 0.11, f"chart {name}: a bar of {length} for {value}")


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


def check_formats(public, csv_dir, html, md, lang="de"):
    parser = Tables()
    parser.feed(html)
    figures = {re.sub(r"^t\d+-", "", k): v for k, v in parser.tables.items()}
    charts = {re.sub(r"^t\d+-", "", k): v for k, v in parser.charts.items()}
    md_tables = markdown_tables(md)
    index = 0
    for section in public["sections"]:
        for table in section["tables"]:
            name, columns = table["name"], table["columns"]
            # CSV: header key,label,<column keys>; then each row's key, label and values.
            # Internal tables are written as NAME-intern.csv (a CSV file has no page to mark).
            suffix = "-intern.csv" if public.get("internal") else ".csv"
            with open(os.path.join(csv_dir, name + suffix), encoding="utf-8", newline="") as f:
                got = list(csv.reader(f))
            want = [["key", "label"] + [c["key"] for c in columns]]
            want += [[row["key"], row["label"]] + [as_csv(row[c["key"]]) for c in columns] for row in table["rows"]]
            equal(f"CSV {name}", got, want)
            # HTML and Markdown: a header of the column labels, then label and written values.
            want = [[""] + [c["label"] for c in columns]]
            want += [[row["label"]] + [written(row[c["key"]], c["unit"], lang) for c in columns] for row in table["rows"]]
            equal(f"HTML {name}", figures.get(name), want)
            if name in charts:
                check_chart(name, table, charts[name], lang)
            md_table = md_tables[index] if index < len(md_tables) else None
            index += 1
            equal(f"Markdown {name}", md_table, want)
    equal("Markdown tables", len(md_tables), index)


# --- Main --------------------------------------------------------------------------------------


def values_of(report):
    """A report's tables without their words (labels, text columns): what both languages share."""
    out = []
    for section in report["sections"]:
        for table in section["tables"]:
            words = {c["key"] for c in table["columns"] if c["unit"] == "text"} | {"label"}
            out.append((table["name"], [{k: v for k, v in row.items() if k not in words} for row in table["rows"]]))
    return out


def run(binary, data, year, *args, lang="de"):
    cmd = [binary, "--data", data, "--today", TODAY, "--lang", lang, "report", "annual", "--year", str(year), *args]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def check_year(binary, data, r, year, names, tmp):
    internal = json.loads(run(binary, data, year, "--internal", "--format", "json"))
    public = json.loads(run(binary, data, year, "--format", "json"))

    # 1. The figures.
    compare_figures(internal, figures(r, year, year), figures(r, year - 1, year), year)

    # 2. Disclosure, and no names or guide IDs in public output.
    notes = check_disclosure(public, internal)
    # --table NAME gives the same table as the whole report, suppression included: checked
    # for the tables whose hiding depends on more than their own cells, in the year with the
    # most hidden cells only, to keep the test fast.
    if year == YEARS[-1]:
        tables = {t["name"]: t for s in public["sections"] for t in s["tables"]}
        for name in ("key_figures", "allocations_by_month", "persons_by_nationality", "households_by_size",
                     "onboarding_steps"):
            alone = json.loads(run(binary, data, year, "--format", "json", "--table", name))
            equal(f"--table {name}", alone["sections"][0]["tables"], [tables[name]])

    # 3. The formats agree, in the public report and in the internal one.
    for kind, flags, report in (("public", [], public), ("internal", ["--internal"], internal)):
        out = os.path.join(tmp, str(year), kind)
        run(binary, data, year, *flags, "--format", "csv", "-o", os.path.join(out, "csv"))
        run(binary, data, year, *flags, "--format", "html", "-o", os.path.join(out, "report.html"))
        run(binary, data, year, *flags, "--format", "md", "-o", os.path.join(out, "report.md"))
        with open(os.path.join(out, "report.html"), encoding="utf-8") as f:
            html = f.read()
        with open(os.path.join(out, "report.md"), encoding="utf-8") as f:
            md = f.read()
        check_formats(report, os.path.join(out, "csv"), html, md)
        if kind == "public" and year == YEARS[0]:
            # In English too: the same values, written the English way.
            english = json.loads(run(binary, data, year, "--format", "json", lang="en"))
            equal("English values", values_of(english), values_of(public))
            out_en = os.path.join(out, "en")
            run(binary, data, year, "--format", "csv", "-o", os.path.join(out_en, "csv"), lang="en")
            run(binary, data, year, "--format", "html", "-o", os.path.join(out_en, "report.html"), lang="en")
            run(binary, data, year, "--format", "md", "-o", os.path.join(out_en, "report.md"), lang="en")
            with open(os.path.join(out_en, "report.html"), encoding="utf-8") as f:
                html_en = f.read()
            with open(os.path.join(out_en, "report.md"), encoding="utf-8") as f:
                md_en = f.read()
            check_formats(english, os.path.join(out_en, "csv"), html_en, md_en, "en")
        if kind == "public":
            # 2 (continued). No family name of a guide or person, no guide ID, in any format.
            text = json.dumps(public, ensure_ascii=False)
            for where, content in (("public JSON", text), ("HTML", html), ("Markdown", md)):
                check_no_names(content, where, names, r.guides.keys())
    return notes


def check_previous_published(binary, data, year):
    """A public report's previous-year columns show what the previous year's public report
    shows in its current columns, hidden cells alike (report/build.cpp, align_previous): row by
    row (matched by label) when both reports have the same rows, else only the total."""
    now = json.loads(run(binary, data, year, "--format", "json"))
    last = json.loads(run(binary, data, year - 1, "--format", "json"))
    before = {t["name"]: t for s in last["sections"] for t in s["tables"]}
    for section in now["sections"]:
        for table in section["tables"]:
            if table["name"] == "key_figures":
                continue
            published = before[table["name"]]
            same_rows = sorted(r["label"] for r in table["rows"]) == sorted(
                r["label"] for r in published["rows"])
            rows = {r["label"]: r for r in published["rows"]}
            for c in table["columns"]:
                if not c["key"].endswith("_previous"):
                    continue
                source = c["key"][: -len("_previous")]
                if source not in {k["key"] for k in published["columns"]}:
                    continue
                for row in table["rows"]:
                    want = rows[row["label"]][source] if (same_rows or row["total"]) else None
                    equal(f"{year} public {table['name']}[{row['key']}].{c['key']} against "
                          f"{year - 1}'s public report", row[c["key"]], want)


def main():
    global CONTEXT
    binary, data = sys.argv[1], sys.argv[2]
    r = Records(data)
    # Family names of guides and persons (restricted ones too), long enough not to be a
    # common word by chance; matched as whole words.
    people = list(r.guides.values()) + list(r.persons.values()) + list(r.restricted.values())
    names = {p["name"]["family"] for p in people if len(p.get("name", {}).get("family", "")) >= 4}
    check(len(names) > 50 and r.restricted, "the example lacks the names or restricted persons to test with")
    notes = []
    with tempfile.TemporaryDirectory() as tmp:
        for year in YEARS:
            CONTEXT = f"[{year}] "
            notes += [CONTEXT + n for n in check_year(binary, data, r, year, names, tmp)]

    CONTEXT = ""
    check_previous_published(binary, data, YEARS[0])
    # The year not over on TODAY has an internal report only.
    running = int(TODAY[:4])
    proc = subprocess.run([binary, "--data", data, "--today", TODAY, "report", "annual", "--year",
                           str(running)], capture_output=True, text=True)
    check(proc.returncode == 2 and "not over yet" in proc.stderr,
          f"a public report of {running} is refused before its end: exit {proc.returncode}")
    for note in notes:
        print("note (not a failure):", note)
    for failure in FAILURES:
        print("FAIL:", failure)
    print("values compared:", dict(COMPARED))
    print(f"{len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
