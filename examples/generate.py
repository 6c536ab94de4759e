#!/usr/bin/python3
"""Generates examples/dietzenbach: a synthetic data directory shaped like the seed's office.

    python3 examples/generate.py OUTPUT_DIR

Deterministic (fixed seed, fixed "as of" date): the same output on every run, so the data
directory in the repository can be regenerated and reviewed as a diff. Every name is made up
from lists of common given and family names; no real person is described.

Shape (from ../shared/seed and SPEC §3): 21 active integration guides (17 women, 4 men) who
besides German speak exactly the seed's 15 languages between them, plus two retired and one
paused; five AGs with members and three or four meetings a year; about 300 refugees in about
110 households allocated 2022–2025, housed in eight units without ever exceeding a unit's
capacity; several hundred guide assignments a year, billed up to last month, with no guide
booked twice on one day; projects decided in AG meetings within each AG's city budget.

The files are written in integra's canonical form as far as this script knows it; `make
examples` runs `integra fmt --write` afterwards, and a test checks that nothing is left to do.
"""
import datetime as dt
import json
import os
import random
import re
import shutil
import sys

AS_OF = dt.date(2026, 11, 15)
rng = random.Random(20251124)
# Draws for what was added later (intake needs, restrictions), so that `rng`'s sequence and
# with it every earlier record stays as it was.
later = random.Random(20261126)
D = dt.date


def days(n):
    return dt.timedelta(days=n)


def rand_date(a, b):
    return a + days(rng.randrange((b - a).days + 1))


def month_key(d):
    return f"{d.year:04}-{d.month:02}"


# --- a small canonical YAML writer ----------------------------------------------------------

PLAIN_OK = re.compile(r"^[^-?:,\[\]{}#&*!|>'\"%@`\s][^\n\t]*$")
NON_STRING = re.compile(
    r"^(y|Y|n|N|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|"
    r"~|null|Null|NULL|<<|=|[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+|"
    r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|[-+]?0x[0-9a-fA-F_]+|[-+]?0o[0-7]+|[0-9:._ +-]*[0-9][0-9:._ +-]*)$")


class Raw(str):
    """A typed value (date, number) written plain."""


class Quoted(str):
    """A value always written in double quotes (times)."""


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (Raw, int)):
        return str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v)
    if isinstance(v, Quoted) or not PLAIN_OK.match(s) or NON_STRING.match(s) or ": " in s \
            or " #" in s or s.endswith(" ") or s.endswith(":"):
        return json.dumps(s, ensure_ascii=False)
    return s


def emit(value, indent=0, out=None):
    out = [] if out is None else out
    pad = " " * indent
    for key, v in value.items():
        if v is None:
            continue
        key = scalar(key)
        if isinstance(v, dict):
            if v:
                out.append(f"{pad}{key}:\n")
                emit(v, indent + 2, out)
            else:
                out.append(f"{pad}{key}: {{}}\n")
        elif isinstance(v, list):
            if not v:
                out.append(f"{pad}{key}: []\n")
                continue
            out.append(f"{pad}{key}:\n")
            for item in v:
                if isinstance(item, dict):
                    inner = emit(item, indent + 4, [])
                    first = inner[0][indent + 4:]
                    out.append(f"{pad}  - {first}")
                    out.extend(inner[1:])
                else:
                    out.append(f"{pad}  - {scalar(item)}\n")
        else:
            out.append(f"{pad}{key}: {scalar(v)}\n")
    return out


def money(cents):
    return Raw(f"{cents // 100}.{cents % 100:02}")


def hours_text(h):
    return Raw(f"{h:g}")


# --- the office's people and places ---------------------------------------------------------

LEVELS = ["C2", "C1", "B2", "B1"]

# (gender, given, family, [(language, level), ...]) — native language first, then German.
PILOTS = [
    ("f", "Ayşe", "Yılmaz", [("tr", "native"), ("de", "C1")]),
    ("f", "Elif", "Kaya", [("tr", "native"), ("de", "C2"), ("en", "B1")]),
    ("f", "Zeynep", "Demir", [("tr", "native"), ("de", "C1")]),
    ("m", "Mehmet", "Şahin", [("tr", "native"), ("de", "B2")]),
    ("f", "Marija", "Stojanovska", [("mk", "native"), ("sh", "C1"), ("de", "C1")]),
    ("f", "Jelena", "Petrović", [("sh", "native"), ("de", "B2")]),
    ("f", "Nadia", "Amrani", [("ber", "native"), ("ar", "C1"), ("fr", "B2"), ("de", "B2")]),
    ("f", "Ayesha", "Qureshi", [("ur", "native"), ("pa", "B2"), ("hi", "C1"), ("en", "C1"),
                                ("de", "B2")]),
    ("f", "Harpreet", "Kaur", [("pa", "native"), ("hi", "B2"), ("de", "B1")]),
    ("f", "Priya", "Sharma", [("hi", "native"), ("en", "C2"), ("de", "B2")]),
    ("m", "Ahmad", "Wardak", [("ps", "native"), ("prs", "C1"), ("fa", "C1"), ("de", "B2")]),
    ("f", "Maryam", "Rahimi", [("fa", "native"), ("prs", "C2"), ("de", "C1")]),
    ("f", "Farzana", "Sultani", [("prs", "native"), ("fa", "C2"), ("de", "B2")]),
    ("f", "Rania", "Haddad", [("ar", "native"), ("fr", "C1"), ("de", "C1")]),
    ("f", "Leila", "Mansour", [("ar", "native"), ("de", "B2")]),
    ("m", "Khaled", "Nasser", [("ar", "native"), ("en", "B2"), ("de", "B2")]),
    ("f", "Giulia", "Esposito", [("it", "native"), ("es", "B2"), ("de", "C1")]),
    ("f", "Lucía", "Martínez", [("es", "native"), ("it", "B1"), ("de", "B2")]),
    ("f", "Aminata", "Diallo", [("fr", "native"), ("en", "B2"), ("de", "C1")]),
    ("m", "Chinedu", "Okeke", [("en", "native"), ("fr", "A2"), ("de", "B1")]),
    ("f", "Hatice", "Öztürk", [("tr", "native"), ("de", "C1")]),
    # not active
    ("f", "Emine", "Arslan", [("tr", "native"), ("de", "C1")]),
    ("m", "Yusuf", "Khalil", [("ar", "native"), ("de", "B2")]),
    ("f", "Shirin", "Karimi", [("fa", "native"), ("de", "B2")]),
]
PILOT_STATUS = ["active"] * 21 + ["retired", "retired", "paused"]
NEAR_ALLOWANCE = "P-0012"  # the guide whose 2026 fees approach the tax-free allowance

SCHOOLS = ["Ernst-Reuter-Schule", "Heinrich-Mann-Schule", "Astrid-Lindgren-Schule",
           "Aueschule", "Regenbogenschule", "Sophie-Scholl-Schule"]
AUTHORITIES = ["Ausländerbehörde Kreis Offenbach", "Bürgerservice Dietzenbach",
               "Jugendamt Kreis Offenbach", "Pro Arbeit Kreis Offenbach", "Familienkasse",
               "Gesundheitsamt Kreis Offenbach"]
ORGANISATIONS = ["AWO Kreisverband Offenbach-Land", "Diakonisches Werk Offenbach-Dreieich-Rodgau",
                 "Caritasverband Offenbach", "Familienzentrum Spessartviertel",
                 "Flüchtlingshilfe Dietzenbach e.V.", "Stadtbibliothek Dietzenbach"]

HOUSING = [
    ("U-01", "Haus der Integration, 1. OG", "Rodgaustraße 10, 63128 Dietzenbach", "shared", 24),
    ("U-02", "Haus der Integration, 2. OG", "Rodgaustraße 10, 63128 Dietzenbach", "shared", 24),
    ("U-03", "Gemeinschaftsunterkunft Offenbacher Straße", "Offenbacher Straße 88, 63128 Dietzenbach",
     "shared", 48),
    ("U-04", "Wohnung Spessartviertel", "Spessartstraße 4, 63128 Dietzenbach", "flat", 6),
    ("U-05", "Wohnung Hexenberg", "Am Hexenberg 17, 63128 Dietzenbach", "flat", 5),
    ("U-06", "Wohnung Steinberg", "Steinbergstraße 31, 63128 Dietzenbach", "flat", 6),
    ("U-07", "Wohnanlage Industriestraße", "Industriestraße 5, 63128 Dietzenbach", "shared", 40),
    ("U-08", "Wohnheim Waldstraße", "Waldstraße 60, 63128 Dietzenbach", "shared", 30),
]

# nationality: (weight, languages (first is the main one), given f, given m, family names)
ORIGINS = {
    "AF": (26, ["fa", "prs", "ps"],
           ["Amina", "Fatima", "Zahra", "Maryam", "Sakina", "Nargis", "Parwana", "Soraya", "Mina"],
           ["Ahmad", "Mohammad", "Ali", "Hamid", "Jawad", "Mustafa", "Rahim", "Wahid", "Nasir"],
           ["Haidari", "Ahmadi", "Rahimi", "Sultani", "Noori", "Hakimi", "Popal", "Sadat",
            "Rezai", "Azizi", "Safi", "Jalali"]),
    "SY": (24, ["ar", "ku"],
           ["Rama", "Lina", "Nour", "Hala", "Rasha", "Yara", "Salma", "Dima", "Aya"],
           ["Mohammed", "Omar", "Khaled", "Ahmad", "Youssef", "Hassan", "Tarek", "Sami", "Bilal"],
           ["Al-Hassan", "Khalil", "Suleiman", "Darwish", "Hamdan", "Ibrahim", "Othman",
            "Al-Ali", "Haddad", "Kassem", "Barakat", "Sabbagh"]),
    "IQ": (8, ["ar", "ku"],
           ["Zainab", "Shaima", "Huda", "Noor"], ["Ali", "Hussein", "Karim", "Haider"],
           ["Al-Jaburi", "Rashid", "Saleh", "Jaf", "Al-Tamimi", "Abbas"]),
    "ER": (10, ["ti"],
           ["Senait", "Helen", "Selam", "Mebrat", "Saba", "Luwam"],
           ["Yonas", "Dawit", "Tesfay", "Samuel", "Filmon", "Robel"],
           ["Tesfamariam", "Gebremedhin", "Haile", "Kidane", "Berhane", "Weldu"]),
    "TR": (10, ["tr", "ku"],
           ["Berfin", "Deniz", "Rojda", "Dilan", "Sevda"], ["Baran", "Serhat", "Rojhat", "Murat"],
           ["Aslan", "Doğan", "Yıldız", "Kılıç", "Tekin", "Ateş"]),
    "SO": (7, ["so", "ar"],
           ["Hodan", "Faduma", "Ayaan", "Sahra"], ["Abdi", "Mahad", "Liban", "Abdirahman"],
           ["Warsame", "Farah", "Jama", "Abdullahi", "Osman"]),
    "UA": (9, ["uk", "ru"],
           ["Olena", "Iryna", "Natalia", "Kateryna", "Oksana"], ["Oleksandr", "Andrii", "Serhii"],
           ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk"]),
    "IR": (4, ["fa"],
           ["Shirin", "Leila", "Nasrin", "Parisa"], ["Reza", "Amir", "Behnam"],
           ["Moradi", "Jafari", "Hosseini", "Ghorbani"]),
    "XX": (2, ["ar"],
           ["Samar", "Reem"], ["Yassin", "Mahmoud"], ["Abu Zaid", "Awad"]),
}
OCCUPATIONS = ["Schneiderin", "Landwirt", "Lehrerin", "Kfz-Mechaniker", "Verkäufer",
               "Krankenpfleger", "Bauarbeiter", "Friseurin", "Fahrer", "Köchin", "Elektriker",
               "Buchhalterin", "Tischler", "Hausmeister"]
SCHOOL_NAMES = ["Grundschule", "Mittelschule", "Gymnasium", "Berufsschule", "Universität",
                "keine Schule besucht"]
STAFF = ["kaya", "brandt", "okafor"]
NEEDS = ["Wohnungssuche", "Kinderbetreuung", "Anerkennung des Berufsabschlusses",
         "Ärztliche Versorgung", "Sprachkurs mit Kinderbetreuung", "Schuldnerberatung",
         "Psychosoziale Beratung"]

NOTE_TEXTS = [
    "Erstgespräch geführt, Unterlagen vollständig.",
    "Termin bei der Ausländerbehörde begleitet.",
    "Wohnungssuche besprochen, Bewerbungsunterlagen erstellt.",
    "Sprachkurs läuft, regelmäßige Teilnahme.",
    "Hausbesuch, keine besonderen Vorkommnisse.",
    "Unterstützung beim Antrag auf Kindergeld.",
    "Gespräch zur beruflichen Orientierung mit Pro Arbeit.",
    "Patenschaft über die Flüchtlingshilfe vermittelt.",
    "Arzttermin vereinbart.",
]

# --- the AGs, their meetings and projects ---------------------------------------------------

AGS = [("ag1", "Begegnung"), ("ag2", "Bildung"), ("ag3", "Arbeit"), ("ag4", "Partizipation"),
       ("ag5", "Sport")]
AG_BUDGET = {"ag1": 300000, "ag2": 300000, "ag3": 300000, "ag4": 200000, "ag5": 200000}
DL_BUDGET = 4500000
MEMBER_GIVEN = ["Petra", "Sabine", "Claudia", "Monika", "Andrea", "Birgit", "Thomas", "Michael",
                "Stefan", "Frank", "Jürgen", "Markus", "Gül", "Derya", "Hakan", "Ioana",
                "Agnieszka", "Dimitrios", "Fatou", "Samir", "Karin", "Uwe", "Heike", "Bernd"]
MEMBER_FAMILY = ["Schmitt", "Becker", "Wagner", "Hoffmann", "Schäfer", "Koch", "Richter",
                 "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Krüger", "Hartmann",
                 "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Herrmann", "Yıldırım",
                 "Popescu", "Nowak", "Papadopoulos", "Ndiaye", "Benali"]
MEMBER_ORGS = {
    "ag1": ["Stadtteilverein Spessartviertel", "Internationaler Frauentreff e.V.",
            "Flüchtlingshilfe Dietzenbach e.V.", "Ausländerbeirat", "Evangelische Christusgemeinde",
            "DITIB-Gemeinde Dietzenbach", "Seniorenbeirat"],
    "ag2": ["Ernst-Reuter-Schule", "Kita Regenbogen", "Stadtbibliothek Dietzenbach",
            "VHS Kreis Offenbach", "Elternbeirat Aueschule", "Türkischer Elternverein"],
    "ag3": ["Pro Arbeit Kreis Offenbach", "Arbeitsmarktbüro", "IHK Offenbach",
            "Kreishandwerkerschaft", "Caritasverband Offenbach", "Agentur für Arbeit"],
    "ag4": ["Ausländerbeirat", "Stadtverordnetenversammlung", "Jugendparlament",
            "Migrantenselbstorganisation Kulturbrücke", "AWO Kreisverband Offenbach-Land"],
    "ag5": ["TV Dietzenbach 1883", "SG Dietzenbach", "Fußballclub Dietzenbach",
            "Sportkreis Offenbach", "Kampfsportschule Dietzenbach"],
}
PROJECT_TITLES = {
    "ag1": ["Frauencafé International", "Interkulturelles Straßenfest", "Angekommen-Fest",
            "Nachbarschaftsgarten Hexenberg", "Kochabende der Kulturen", "Erzählcafé Heimat",
            "Begegnungsnachmittag für Seniorinnen"],
    "ag2": ["Elterncafé an der Grundschule", "Hausaufgabenhilfe Spessartviertel",
            "Lesepaten für Kita-Kinder", "Bildungslotsen für Eltern", "Sommerleseclub",
            "Deutsch-Lerngruppe für Mütter", "MINT-Werkstatt für Mädchen"],
    "ag3": ["Bewerbungstraining für Geflüchtete", "Jobpaten Dietzenbach",
            "Berufsorientierung für Jugendliche", "Praktikumsbörse", "Gründerinnen-Werkstatt"],
    "ag4": ["Demokratiewerkstatt", "Wahl-Informationsabend", "Jugendforum Mitreden",
            "Podiumsgespräch Integration", "Workshop Vereinsgründung"],
    "ag5": ["Schwimmkurs für Frauen", "Mitternachtsfußball", "Fahrradkurs für Frauen",
            "Sportfest der Kulturen", "Boxen gegen Gewalt", "Lauftreff International"],
}
TOPICS = ["Elterncafé an der Grundschule (eingebracht von den Integrationslotsen)",
          "Wohnungssituation Geflüchteter (aus der Flüchtlingsarbeit)",
          "Vorbereitung der Integrationskonferenz", "Auswertung der Integrationsumfrage",
          "Sprachkursangebote in Dietzenbach", "Planung des Angekommen-Festes",
          "Kita-Plätze für neu zugewiesene Familien (aus der Flüchtlingsarbeit)",
          "Bedarf an Dolmetschungen in Tigrinya (eingebracht von den Integrationslotsen)",
          "Bericht aus der Sitzung mit den Migrantenselbstorganisationen",
          "Fortschreibung des Integrationskonzepts", "Projektanträge und Haushaltslage",
          "Ehrenamtliche Patenschaften"]


def write(out_dir, rel, record):
    path = os.path.join(out_dir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(emit(record)))


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# --- generation -----------------------------------------------------------------------------

def make_pilots():
    pilots = []
    for i, ((gender, given, family, langs), status) in enumerate(zip(PILOTS, PILOT_STATUS), 1):
        pid = f"P-{i:04}"
        since = rand_date(D(2010, 3, 1), D(2017, 6, 30)) if i <= 18 else rand_date(
            D(2017, 3, 1), D(2021, 12, 31))
        cohort_year = since.year - 1 if since.month < 6 else since.year
        record = {
            "id": pid,
            "name": {"given": given, "family": family},
            "gender": gender,
            "languages": [{"code": c, "level": lvl} for c, lvl in langs],
            "phone": f"06074 {rng.randrange(100000, 999999)}",
            "email": f"{given[0].lower()}.{ascii_name(family)}@example.org",
            "since": since,
            "training": {"cohort": f"{cohort_year}/{cohort_year + 1}", "hours": 32,
                         "certified": since - days(rng.randrange(10, 40))},
            "status": status,
        }
        retired = None
        if status == "retired":
            retired = rand_date(D(2023, 6, 1), D(2025, 6, 30))
            record["retired"] = retired
        if status == "paused":
            record["notes"] = "Pausiert wegen Elternzeit bis voraussichtlich Sommer 2027."
        elif rng.random() < 0.4:
            record["notes"] = rng.choice(["Dienstags und donnerstags vormittags verfügbar.",
                                          "Nur nachmittags verfügbar.",
                                          "Bevorzugt Elterngespräche an Schulen.",
                                          "Auch für Infoveranstaltungen ansprechbar."])
        pilots.append({"id": pid, "record": record, "since": since, "retired": retired,
                       "status": status, "langs": [c for c, _ in langs if c != "de"]})
    return pilots


def ascii_name(s):
    table = str.maketrans({"ı": "i", "ş": "s", "ç": "c", "ğ": "g", "ö": "oe", "ü": "ue",
                           "ä": "ae", "ß": "ss", "é": "e", "í": "i", "ć": "c", "Ş": "S",
                           "Ö": "Oe"})
    return s.translate(table).lower().replace(" ", "-")


def pilot_available(p, day):
    if p["since"] > day:
        return False
    if p["status"] == "retired" and p["retired"] <= day:
        return False
    if p["status"] == "paused" and day >= D(2026, 3, 1):
        return False
    return True


class Housing:
    def __init__(self):
        self.stays = {u[0]: [] for u in HOUSING}  # unit -> [(from, to or None, persons)]
        self.capacity = {u[0]: u[4] for u in HOUSING}
        self.kind = {u[0]: u[3] for u in HOUSING}

    def occupancy(self, unit, day):
        return sum(n for a, b, n in self.stays[unit] if a <= day and (b is None or day < b))

    def fits(self, unit, start, end, persons):
        points = {start} | {a for a, _, _ in self.stays[unit]
                            if start <= a and (end is None or a < end)}
        return all(self.occupancy(unit, p) + persons <= self.capacity[unit] for p in points)

    def place(self, start, end, persons, kinds):
        units = [u for u in self.stays if self.kind[u] in kinds]
        rng.shuffle(units)
        for unit in units:
            if self.fits(unit, start, end, persons):
                self.stays[unit].append((start, end, persons))
                return unit
        return None


def make_people(pilots, housing):
    households, refugees = [], []
    used_names = set()
    origins = list(ORIGINS.items())
    weights = [o[1][0] for o in origins]
    seq = {}
    year_counts = {2022: 26, 2023: 32, 2024: 32, 2025: 28}
    alloc_dates = []
    for year, n in year_counts.items():
        last = D(year, 12, 31) if year < 2025 else D(2025, 12, 10)
        alloc_dates += [rand_date(D(year, 1, 10), last) for _ in range(n)]
    alloc_dates.sort()
    for alloc in alloc_dates:
        nat, (_, langs, given_f, given_m, families) = rng.choices(origins, weights)[0]
        family = rng.choice(families)
        size = rng.choices([1, 2, 3, 4, 5, 6], [30, 12, 16, 20, 14, 8])[0]
        members = make_members(size, alloc, nat, langs, given_f, given_m, family, used_names)
        # how the case went: still here, independent, moved away
        age_days = (AS_OF - alloc).days
        fate = "active" if age_days < 300 else rng.choices(
            ["active", "independent", "moved_away"], [35, 45, 20])[0]
        end = None
        if fate != "active":
            end = min(alloc + days(rng.randrange(200, max(201, min(age_days - 30, 900)))),
                      AS_OF - days(30))
        kinds = {"flat"} if size >= 4 and rng.random() < 0.3 else {"shared"}
        unit = housing.place(alloc + days(1), end, size, kinds) or housing.place(
            alloc + days(1), end, size, {"shared", "flat"})
        if unit is None:
            continue  # no room at all: the district would allocate elsewhere
        seq[alloc.year] = seq.get(alloc.year, 0) + 1
        hid = f"H-{alloc.year}-{seq[alloc.year]:04}"
        stays = [{"unit": unit, "from": alloc + days(1)}]
        if end is not None:
            stays[0]["to"] = end
        households.append({
            "id": hid, "alloc": alloc, "end": end, "fate": fate, "nat": nat,
            "record": {"id": hid,
                       "allocation": {"date": alloc,
                                      "reference": f"KOF-{alloc.year}-{rng.randrange(100, 999)}",
                                      "persons": size},
                       "housing": stays},
            "members": members})
    return households, refugees_from(households, pilots)


def recent_arrivals(pilots, housing):
    """Three households allocated this autumn, their onboarding under way: what `refugee tasks`
    shows. Drawn from `later`, so the records made before and after stay as they were."""
    global rng
    saved, rng = rng, later
    try:
        return recent_households(pilots, housing)
    finally:
        rng = saved


def recent_households(pilots, housing):
    households = []
    origins = list(ORIGINS.items())
    for n, (alloc, size) in enumerate([(D(2026, 9, 14), 4), (D(2026, 10, 20), 1),
                                       (D(2026, 11, 12), 3)], 1):
        nat, (_, langs, given_f, given_m, families) = origins[n % len(origins)]
        family = rng.choice(families)
        members = make_members(size, alloc, nat, langs, given_f, given_m, family, set())
        if size == 4:  # a family with a child of Kita age
            members[3]["birth"] = alloc - days(4 * 365 + 100)
        unit = housing.place(alloc + days(1), None, size, {"shared"})
        hid = f"H-{alloc.year}-{n:04}"
        households.append({
            "id": hid, "alloc": alloc, "end": None, "fate": "active", "nat": nat,
            "record": {"id": hid,
                       "allocation": {"date": alloc,
                                      "reference": f"KOF-{alloc.year}-{rng.randrange(100, 999)}",
                                      "persons": size},
                       "housing": [{"unit": unit, "from": alloc + days(1)}]},
            "members": members})
    refugees = refugees_from(households, pilots)
    for r in refugees:
        r["record"]["notes"] = [n for n in r["record"]["notes"] if n["date"] >= r["alloc"]]
        if r["record"]["household"] == households[0]["id"]:  # the family is on schedule
            steps = r["record"]["onboarding"] or {}
            for step in steps_for(r, r["alloc"]):
                due = r["alloc"] + days(DUE[step])
                if due <= AS_OF and step not in steps:
                    steps[step] = {"done": due - days(2)}
            r["record"]["onboarding"] = {k: steps[k] for k in ORDER if k in steps}
    return households, refugees


def erase_one(refugees, assignments):
    """One person erased on request (GDPR Art. 17): gone with every reference, a tombstone left."""
    gone = next(r for r in refugees if r["record"]["status"] == "closed")
    refugees.remove(gone)
    for a in assignments:
        if a["record"].get("client") == gone["id"]:
            del a["record"]["client"]
    return {"id": gone["id"], "erased": D(2026, 10, 5), "basis": "GDPR Art. 17",
            "by": gone["record"]["caseworker"], "history_purged": True}


def make_members(size, alloc, nat, langs, given_f, given_m, family, used):
    members = []
    adults = 1 if size <= 2 else 2
    for k in range(size):
        adult = k < adults
        gender = ("m" if k == 0 and adults == 2 else "f") if adult else rng.choice("fm")
        if size == 1:
            gender = rng.choice("mmf")
        birth = rand_date(D(1965, 1, 1), D(2003, 12, 31)) if adult else rand_date(
            D(2008, 1, 1), min(D(2025, 6, 30), alloc - days(30)))
        for _ in range(20):
            given = rng.choice(given_f if gender == "f" else given_m)
            if (given, family, birth) not in used and (given, family) not in {
                    (m["given"], family) for m in members}:
                break
        used.add((given, family, birth))
        members.append({"given": given, "gender": gender, "birth": birth, "adult": adult,
                        "nat": nat, "langs": langs, "family": family})
    return members


def steps_for(person, alloc):
    age = age_on(person["birth"], alloc)
    steps = ["registration", "doctor", "foreigners_authority", "sponsor"]
    if 1 <= age <= 5:
        steps.append("kita")
    if 6 <= age <= 17:
        steps.append("school")
    if age >= 16:
        steps.append("language_course")
    if 18 <= age <= 67 and person.get("residence") in ("aufenthaltserlaubnis",
                                                       "niederlassungserlaubnis"):
        steps.append("pro_arbeit")
    return steps


DUE = {"registration": 14, "kita": 30, "school": 30, "doctor": 30, "foreigners_authority": 30,
       "pro_arbeit": 60, "language_course": 90, "sponsor": 90}
ORDER = ["registration", "kita", "school", "doctor", "foreigners_authority", "pro_arbeit",
         "language_course", "sponsor"]


def refugees_from(households, pilots):
    refugees = []
    seq = {}
    for h in households:
        alloc = h["alloc"]
        caseworker = rng.choice(STAFF)
        for m in h["members"]:
            seq[alloc.year] = seq.get(alloc.year, 0) + 1
            rid = f"R-{alloc.year}-{seq[alloc.year]:04}"
            m["id"] = rid
            m["residence"] = rng.choices(
                ["gestattung", "duldung", "aufenthaltserlaubnis", "niederlassungserlaubnis"],
                [30, 8, 55, 7])[0] if m["nat"] != "UA" else "aufenthaltserlaubnis"
            lang = m["langs"][0] if m["nat"] != "AF" else rng.choice(m["langs"])
            m["lang"] = lang
            languages = [{"code": lang, "level": "native"}]
            if len(m["langs"]) > 1 and rng.random() < 0.3:
                other = rng.choice([c for c in m["langs"] if c != lang])
                languages.append({"code": other, "level": rng.choice(["B2", "B1", "A2"])})
            if m["adult"] and rng.random() < 0.25:
                languages.append({"code": "en", "level": rng.choice(["B2", "B1", "A2"])})
            intake_day = alloc + days(rng.randrange(1, 6))
            speakers = [p for p in pilots if lang in p["langs"] and pilot_available(p, intake_day)]
            interpreter = rng.choice(speakers)["id"] if speakers and rng.random() < 0.85 \
                else "external"
            age = age_on(m["birth"], alloc)
            intake = {"date": intake_day, "interpreter": interpreter}
            if age >= 6:
                years = min(age - 6, rng.randrange(0, 13)) if age >= 18 else age - 6
                intake["schooling"] = {"years": max(0, years),
                                       "last_school": rng.choice(SCHOOL_NAMES[:5]) if years
                                       else SCHOOL_NAMES[5]}
            if age >= 18:
                intake["work"] = [{"occupation": rng.choice(OCCUPATIONS), "country": m["nat"]
                                   if m["nat"] != "XX" else "SY",
                                   "years": rng.randrange(1, 15)}
                                  for _ in range(rng.choice([0, 1, 1, 2]))]
            onboarding = {}
            for step in sorted(steps_for(m, alloc), key=ORDER.index):
                due = alloc + days(DUE[step])
                if step == "sponsor" and rng.random() < 0.3:
                    onboarding[step] = {"skipped": "kein Bedarf"}
                    continue
                done = alloc + days(rng.randrange(2, DUE[step] + 25))
                if done > AS_OF - days(3):
                    continue  # still open
                onboarding[step] = {"done": done}
            end = h["end"]
            status = h["fate"]
            record = {
                "id": rid,
                "household": h["id"],
                "name": {"given": m["given"], "family": m["family"]},
                "birth_date": m["birth"],
                "gender": m["gender"],
                "nationality": m["nat"],
                "languages": languages,
                "german": rng.choice(["A0", "A1", "A1", "A2", "B1"]) if (
                    AS_OF - alloc).days > 200 else rng.choice(["A0", "A0", "A1"]),
                "arrived_de": alloc - days(rng.randrange(20, 400)),
                "allocated": alloc,
                "residence": m["residence"],
                "caseworker": caseworker,
                "intake": intake,
                "onboarding": onboarding or None,
                "sponsor": "Flüchtlingshilfe Dietzenbach e.V." if "done" in onboarding.get(
                    "sponsor", {}) else None,
                "status": status,
            }
            if status == "moved_away" and rng.random() < 0.6:
                record["status"] = "closed"
                record["closed"] = end + days(rng.randrange(5, 40))
                record["closed_reason"] = "Wegzug in eine andere Kommune"
            elif status != "active":
                record["closed"] = end  # became independent or moved away that day
            if age >= 16 and later.random() < 0.5:
                intake["needs"] = later.sample(NEEDS, later.choice([1, 1, 2]))
            record["notes"] = make_notes(alloc, end, caseworker, record.get("closed"))
            m["record"] = record
            m["active_until"] = end or AS_OF
            m["alloc"] = alloc
            refugees.append(m)
    return refugees


def make_notes(alloc, end, caseworker, closed):
    last = min(x for x in [end, closed, AS_OF] if x is not None)
    dates = sorted({rand_date(alloc + days(2), max(alloc + days(2), last))
                    for _ in range(rng.randrange(1, 4))} | {alloc + days(2)})
    if end is None:
        dates.append(AS_OF - days(rng.randrange(3, 60)))
    notes = [{"date": d, "by": caseworker, "text": NOTE_TEXTS[0] if i == 0 else
              rng.choice(NOTE_TEXTS[1:])} for i, d in enumerate(sorted(set(dates)))]
    return notes


def make_assignments(pilots, refugees):
    out = []
    busy = set()  # (pilot, day)
    fees = {}  # (pilot, year) -> cents
    lang_weights = {"tr": 20, "ar": 22, "fa": 10, "prs": 9, "ps": 5, "ur": 3, "pa": 2, "hi": 2,
                    "mk": 3, "sh": 4, "ber": 2, "it": 4, "es": 4, "fr": 4, "en": 6}
    kinds = ["accompaniment", "translation", "parent_talk", "info_event", "mediation", "project"]
    day = D(2023, 1, 2)
    while day <= D(2026, 12, 18):
        if day.weekday() < 5:
            for _ in range(rng.choice([0, 1, 1, 1, 2, 2])):
                a = one_assignment(day, pilots, refugees, busy, fees, lang_weights, kinds)
                if a:
                    out.append(a)
        day += days(1)
    out.sort(key=lambda a: (a["date"], a["time"], a["pilot"]))
    seq = {}
    for a in out:
        y = a["date"].year
        seq[y] = seq.get(y, 0) + 1
        a["id"] = f"E-{y}-{seq[y]:04}"
    return out


def one_assignment(day, pilots, refugees, busy, fees, lang_weights, kinds):
    langs = list(lang_weights)
    lang = rng.choices(langs, [lang_weights[x] for x in langs])[0]
    kind = rng.choices(kinds, [35, 25, 20, 5, 10, 5])[0]
    hours = 2.5 if kind == "info_event" else rng.choice([1, 1.5, 2, 2, 2.5, 3])
    cents = int(hours * 1500) + (1000 if kind == "info_event" else 0)
    candidates = [p for p in pilots if lang in p["langs"] and pilot_available(p, day)
                  and (p["id"], day) not in busy]
    limit = lambda p: 90000 if p["id"] == NEAR_ALLOWANCE and day.year == 2026 else 62000
    candidates = [p for p in candidates if fees.get((p["id"], day.year), 0) + cents <= limit(p)]
    if not candidates:
        return None
    if day.year == 2026 and any(p["id"] == NEAR_ALLOWANCE for p in candidates) and \
            rng.random() < 0.5:
        pilot = next(p for p in candidates if p["id"] == NEAR_ALLOWANCE)
    else:
        pilot = rng.choice(candidates)
    busy.add((pilot["id"], day))
    fees[(pilot["id"], day.year)] = fees.get((pilot["id"], day.year), 0) + cents
    req_type = {"parent_talk": "school", "info_event": "organisation", "project": "ag"}.get(
        kind) or rng.choices(["authority", "migrant", "refugee_unit", "organisation", "school"],
                             [40, 25, 20, 10, 5])[0]
    requested = {"type": req_type}
    if req_type == "school":
        requested["name"] = rng.choice(SCHOOLS)
    elif req_type == "authority":
        requested["name"] = rng.choice(AUTHORITIES)
    elif req_type == "organisation":
        requested["name"] = rng.choice(ORGANISATIONS)
    elif req_type == "refugee_unit":
        requested["name"] = "Projektstelle Flüchtlinge"
    elif req_type == "ag":
        requested["name"] = rng.choice(["AG 1 Begegnung", "AG 2 Bildung", "AG 5 Sport"])
    client = None
    if req_type in ("refugee_unit", "authority") and rng.random() < 0.7:
        clients = [r for r in refugees if r["lang"] == lang and r["alloc"] < day
                   and day <= r["active_until"] and r["record"]["status"] != "closed"]
        if clients:
            client = rng.choice(clients)["id"]
    if day < D(2026, 11, 1):
        status = "cancelled" if rng.random() < 0.03 else "billed"
    elif day <= AS_OF:
        status = "done" if rng.random() < 0.9 else "planned"
    else:
        status = "planned"
    record = {"id": None, "pilot": pilot["id"], "date": day,
              "time": Quoted(f"{rng.choice([8, 9, 10, 11, 13, 14, 15, 16]):02}:"
                             f"{rng.choice(['00', '30']) }"),
              "hours": hours_text(hours), "kind": kind, "language": lang,
              "requested_by": requested, "client": client, "status": status}
    if status == "billed":
        record["billed"] = Raw(month_key(day))
    if status == "cancelled":
        record["reason"] = rng.choice(["Termin von der Schule abgesagt",
                                       "Klientin nicht erschienen", "Behördentermin verschoben"])
    return {"date": day, "time": record["time"], "pilot": pilot["id"], "record": record}


def make_ags():
    ags = []
    used = set()
    pilot_members = {"ag1": ("Ayşe", "Yılmaz"), "ag2": ("Rania", "Haddad"),
                     "ag4": ("Khaled", "Nasser")}
    for ag_id, name in AGS:
        members = []
        n = rng.randrange(8, 12)
        for k in range(1, n + 1):
            while True:
                person = (rng.choice(MEMBER_GIVEN), rng.choice(MEMBER_FAMILY))
                if person not in used:
                    used.add(person)
                    break
            role = "chair" if k == 1 else "deputy" if k == 2 else "advisory" if k == n else \
                "member"
            org = rng.choice(MEMBER_ORGS[ag_id])
            if k == 3 and ag_id in pilot_members:
                person, org = pilot_members[ag_id], "Integrationslotsen"
            if k == 4:
                person, org = ("Jonas", "Brandt"), "Projektstelle Flüchtlinge"
                if ag_id != "ag3":
                    person = (rng.choice(MEMBER_GIVEN), rng.choice(MEMBER_FAMILY))
                    org = rng.choice(MEMBER_ORGS[ag_id])
            member = {"key": f"m{k}", "name": f"{person[0]} {person[1]}", "organisation": org,
                      "role": role, "voting": role != "advisory",
                      "from": rand_date(D(2019, 1, 1), D(2022, 12, 31))}
            if k == n - 1 and rng.random() < 0.6:
                member["to"] = rand_date(D(2024, 1, 1), D(2025, 12, 31))
            members.append(member)
        ags.append({"id": ag_id, "record": {"id": ag_id, "name": name, "members": members}})
    return ags


def voting_members(ag, day):
    return [m for m in ag["record"]["members"] if m["voting"] and m["from"] <= day
            and ("to" not in m or day < m["to"])]


def make_meetings_and_projects(ags):
    meetings, projects = [], []
    m_seq, p_seq, d_seq = {}, {}, {}
    spent = {}  # (ag, year, funding) -> cents approved
    for year in [2023, 2024, 2025, 2026]:
        for ag in ags:
            n = 3 if year == 2026 else rng.choice([3, 4])
            months = sorted(rng.sample([2, 3, 4, 5, 6, 9, 10, 11], n))
            if year == 2026:
                months = sorted(rng.sample([2, 3, 5, 6, 9, 10], n))
            for month in months:
                day = D(year, month, rng.randrange(3, 26))
                meetings.append({"ag": ag, "date": day})
    meetings.sort(key=lambda m: (m["date"], m["ag"]["id"]))
    pending = {ag["id"]: [] for ag in ags}
    for m in meetings:
        ag, day = m["ag"], m["date"]
        # applications since the last meeting
        for _ in range(rng.choice([0, 1, 1, 2])):
            submitted = day - days(rng.randrange(10, 50))
            p_seq[submitted.year] = p_seq.get(submitted.year, 0) + 1
            pid = f"PR-{submitted.year}-{p_seq[submitted.year]:03}"
            funding = rng.choices(["city", "demokratie_leben", "other"], [70, 25, 5])[0]
            requested = rng.randrange(3, 26) * 10000 if funding != "demokratie_leben" else \
                rng.randrange(20, 121) * 10000
            projects.append({"id": pid, "ag": ag["id"], "submitted": submitted,
                             "funding": funding, "requested": requested})
            pending[ag["id"]].append(projects[-1])
        voting = voting_members(ag, day)
        present_voting = rng.sample(voting, k=max(len(voting) // 2 + 1,
                                                  len(voting) - rng.randrange(0, 3)))
        advisory = [x for x in ag["record"]["members"] if not x["voting"]]
        present = sorted([x["key"] for x in present_voting] +
                         [x["key"] for x in advisory if rng.random() < 0.5],
                         key=lambda k: int(k[1:]))
        m_seq[day.year] = m_seq.get(day.year, 0) + 1
        mid = f"M-{day.year}-{m_seq[day.year]:04}"
        decisions = []
        for p in pending[ag["id"]]:
            if p["submitted"] >= day or "decision" in p:
                continue
            if day > AS_OF:
                continue
            if rng.random() < 0.06:
                p["withdrawn"] = True
                continue
            key = (ag["id"], day.year, p["funding"])
            budget = AG_BUDGET[ag["id"]] if p["funding"] == "city" else DL_BUDGET \
                if p["funding"] == "demokratie_leben" else 10 ** 9
            left = budget - spent.get(key, 0)
            n_voting = len(present_voting)
            approve = rng.random() < 0.8 and left >= 20000
            amount = None
            if approve:
                amount = min(p["requested"], left, p["requested"] - rng.choice([0, 0, 10000, 20000]))
                amount = max(amount, 10000) // 1000 * 1000
                spent[key] = spent.get(key, 0) + amount
                yes = rng.randrange(n_voting // 2 + 1, n_voting + 1)
                no = rng.randrange(0, min(yes, n_voting - yes + 1))
            else:
                no = rng.randrange(n_voting // 2 + 1, n_voting + 1)
                yes = rng.randrange(0, min(no, n_voting - no + 1))
            abstain = n_voting - yes - no
            d_seq[day.year] = d_seq.get(day.year, 0) + 1
            decision = {"number": f"{day.year}/{d_seq[day.year]:02}", "project": p["id"],
                        "yes": yes, "no": no, "abstain": abstain,
                        "result": "approved" if approve else "rejected"}
            if approve:
                decision["amount"] = money(amount)
            decisions.append(decision)
            p["decision"] = mid
            p["decided"] = day
            p["approved"] = amount
        pending[ag["id"]] = [p for p in pending[ag["id"]] if "decision" not in p and
                             "withdrawn" not in p]
        m["record"] = {"id": mid, "ag": ag["id"], "date": day, "present": present,
                       "guests": rng.randrange(0, 6),
                       "topics": rng.sample(TOPICS, rng.randrange(1, 4)),
                       "decisions": decisions or None}
        m["id"] = mid
    return meetings, projects


def project_record(p, titles_used):
    ag = p["ag"]
    pool = PROJECT_TITLES[ag]
    title = next((t for t in pool if (t, p["submitted"].year) not in titles_used), pool[0])
    titles_used.add((title, p["submitted"].year))
    record = {"id": p["id"], "title": title,
              "applicant": {"organisation": rng.choice(MEMBER_ORGS[ag]),
                            "contact": f"Frau {rng.choice(MEMBER_FAMILY)}" if rng.random() < 0.6
                            else f"Herr {rng.choice(MEMBER_FAMILY)}"},
              "ag": ag, "funding": p["funding"]}
    if p["funding"] == "other":
        record["programme"] = "WIR-Programm des Landes Hessen"
    record["requested"] = money(p["requested"])
    groups = rng.sample(["women", "men", "all", "children", "youth", "seniors"],
                        rng.randrange(1, 3))
    if p.get("withdrawn"):
        record.update({"target_groups": groups, "status": "withdrawn"})
        return record
    if "decision" not in p:
        record.update({"target_groups": groups, "status": "submitted"})
        return record
    if p["approved"] is None:
        record.update({"decision": p["decision"], "target_groups": groups, "status": "rejected"})
        return record
    start = p["decided"] + days(rng.randrange(10, 40))
    end = start + days(rng.randrange(60, 300))
    record["approved"] = money(p["approved"])
    record["decision"] = p["decision"]
    record["target_groups"] = groups
    record["period"] = {"from": start, "to": end}
    payments = []
    if start <= AS_OF:
        first = p["approved"] // 2 // 100 * 100
        payments.append({"date": start, "amount": money(first)})
        if end + days(42) <= AS_OF:
            payments.append({"date": end, "amount": money(p["approved"] - first)})
    evaluation_due = end + days(90)
    if start > AS_OF:
        status = "approved"
    elif end > AS_OF:
        status = "running"
    elif evaluation_due <= AS_OF or rng.random() < 0.5:
        status = "evaluated"
    else:
        status = "completed"
    record["status"] = status
    record["payments"] = payments or None
    if status in ("completed", "evaluated"):
        record["proof_of_use"] = {"due": end + days(42), "received": min(
            AS_OF, end + days(rng.randrange(5, 40)))}
    record["evaluation"] = {"due": evaluation_due}
    if status == "evaluated":
        record["evaluation"]["done"] = min(AS_OF, end + days(rng.randrange(20, 85)))
        record["evaluation"]["summary"] = rng.choice([
            "Ziele erreicht, gute Beteiligung.", "Teilweise erreicht; Zielgruppe schwer "
            "erreichbar.", "Sehr gute Resonanz, Fortsetzung empfohlen."])
    return record


def recent_applications(projects):
    """Applications that arrived after their AG's last meeting of 2026 and wait for the next
    one (`integra status` names them, `ag decide` decides them). Drawn from `later`, so the
    records made before stay as they were."""
    seq = max(int(p["id"][-3:]) for p in projects if p["id"].startswith("PR-2026-"))
    out = []
    for ag, funding, cents, group in [("ag2", "city", 80000, "children"),
                                      ("ag3", "demokratie_leben", 450000, "all"),
                                      ("ag4", "city", 60000, "youth")]:
        seq += 1
        start = dt.date(2027, later.randrange(2, 5), later.randrange(1, 28))
        record = {"id": f"PR-2026-{seq:03}", "title": later.choice(PROJECT_TITLES[ag]),
                  "applicant": {"organisation": later.choice(MEMBER_ORGS[ag]),
                                "contact": f"Frau {later.choice(MEMBER_FAMILY)}"},
                  "ag": ag, "funding": funding, "requested": money(cents),
                  "target_groups": [group],
                  "period": {"from": start, "to": start + days(later.randrange(90, 240))},
                  "status": "submitted"}
        out.append({"id": record["id"], "record": record})
    return out


def settings(out_dir, source):
    with open(source, encoding="utf-8") as f:
        text = f.read()
    budgets = "budgets:\n" + "".join(
        f"  {year}:\n    city:\n" + "".join(
            f"      {ag}: {money(c)}\n" for ag, c in AG_BUDGET.items()) +
        f"    demokratie_leben: {money(DL_BUDGET)}\n" for year in (2023, 2024, 2025, 2026))
    text = re.sub(r"budgets:\n(  .*\n)+", budgets, text)
    with open(os.path.join(out_dir, "integra.yaml"), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    out_dir = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    preset = os.path.join(here, "..", "data", "presets", "dietzenbach", "integra.yaml")
    for sub in ["pilots", "assignments", "households", "refugees", "housing", "projects", "ags",
                "meetings", "erased"]:
        shutil.rmtree(os.path.join(out_dir, sub), ignore_errors=True)
    os.makedirs(out_dir, exist_ok=True)
    settings(out_dir, preset)
    with open(os.path.join(out_dir, ".gitignore"), "w", encoding="utf-8") as f:
        f.write("# integra's own working files (lock, journal, temporary files, edit copies)\n"
                ".integra/\n")

    pilots = make_pilots()
    housing = Housing()
    households, refugees = make_people(pilots, housing)
    assignments = make_assignments(pilots, refugees)
    ags = make_ags()
    meetings, projects = make_meetings_and_projects(ags)
    # Two persons asked for their processing to be restricted (GDPR Art. 18).
    for r in later.sample([r for r in refugees if r["record"]["status"] == "active"], 2):
        r["record"]["restricted"] = AS_OF - days(later.randrange(10, 200))
    recent_households, recent_refugees = recent_arrivals(pilots, housing)
    households += recent_households
    refugees += recent_refugees
    tombstone = erase_one(refugees, assignments)

    for p in pilots:
        write(out_dir, f"pilots/{p['id']}.yaml", p["record"])
    for uid, name, address, kind, capacity in HOUSING:
        write(out_dir, f"housing/{uid}.yaml",
              {"id": uid, "name": name, "address": address, "kind": kind, "capacity": capacity})
    for h in households:
        write(out_dir, f"households/{h['id']}.yaml", h["record"])
    for r in refugees:
        write(out_dir, f"refugees/{r['id']}.yaml", r["record"])
    write(out_dir, f"erased/{tombstone['id']}.yaml", tombstone)
    for a in assignments:
        a["record"]["id"] = a["id"]
        write(out_dir, f"assignments/{a['id']}.yaml", a["record"])
    for ag in ags:
        write(out_dir, f"ags/{ag['id']}.yaml", ag["record"])
    for m in meetings:
        if "record" in m and m["date"] <= AS_OF + days(60):
            write(out_dir, f"meetings/{m['id']}.yaml", m["record"])
    titles = set()
    for p in projects:
        write(out_dir, f"projects/{p['id']}.yaml", project_record(p, titles))
    for p in recent_applications(projects):
        write(out_dir, f"projects/{p['id']}.yaml", p["record"])
    print(f"{out_dir}: {len(pilots)} guides, {len(households)} households, {len(refugees)} "
          f"refugees, {len(assignments)} assignments, {len(meetings)} meetings, "
          f"{len(projects)} projects")


if __name__ == "__main__":
    main()
