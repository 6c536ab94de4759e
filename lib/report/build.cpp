#include "report/build.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "report/figure_parts.hpp"
#include "report/figures.hpp"
#include "report/format.hpp"
#include "report/suppress.hpp"
#include "util/error.hpp"

namespace integra::report {

namespace {

using Figure = Table (*)(const Data&, const Scope&);

struct SectionSpec {
    const char* key;
    const char* de;
    const char* en;
    std::vector<Figure> figures;
};

const std::vector<SectionSpec>& sections() {
    static const std::vector<SectionSpec> all = {
        {"pilots",
         "Integrationslotsinnen und -lotsen",
         "Integration guides",
         {guides_by_gender, guide_languages, assignments_by_month, assignments_by_kind,
          assignments_by_requester, guide_fees}},
        {"refugees",
         "Flüchtlingsarbeit",
         "Refugee work",
         {allocations_by_month, persons_by_nationality, persons_by_age, households_by_size,
          onboarding_steps, housing_occupancy}},
        {"projects",
         "Projektförderung",
         "Project funding",
         {applications_by_ag, funding_by_source, budget_use, evaluations}},
        {"ags", "Arbeitsgemeinschaften", "Working groups", {ag_meetings, ag_decisions}},
        {"cross",
         "Bereichsübergreifend",
         "Across the areas",
         {intakes_interpreting, assignments_for_refugees, language_gaps, topics_from_field}},
    };
    return all;
}

std::optional<std::size_t> column_index(const Table& t, std::string_view key) {
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i].key == key) {
            return i;
        }
    }
    return std::nullopt;
}

/// The scope of the report a year earlier: its period is this one's previous period.
Scope year_earlier(const Scope& scope) {
    Scope before = scope;
    before.current = scope.previous;
    before.previous = year_before(scope.previous);
    return before;
}

/// Makes `t`'s previous-period columns (`X_previous`) show what the previous period's own
/// public report shows in its column `X`: the same cells hidden, nothing more. Suppressed on
/// its own, the previous column would hide other cells than last year's report did, and the
/// two reports side by side would give both sets away. Where the rows differ from last year's
/// (a nationality listed this year was grouped last year), the previous cells of the rows are
/// left empty and only the total is shown: a row's previous value would take a part out of
/// last year's group.
void align_previous(Table& t, const Table& published, Lang lang) {
    // Rows are matched by what they say: a month's key holds its year, its label does not.
    std::vector<std::string> keys, published_keys;
    for (const Row& r : t.rows) {
        keys.push_back(r.label);
    }
    for (const Row& r : published.rows) {
        published_keys.push_back(r.label);
    }
    std::ranges::sort(keys);
    std::ranges::sort(published_keys);
    const bool same_rows = keys == published_keys;
    bool emptied = false;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        const std::string& key = t.columns[c].key;
        constexpr std::string_view suffix = "_previous";
        if (!key.ends_with(suffix)) {
            continue;
        }
        auto source = column_index(published, key.substr(0, key.size() - suffix.size()));
        for (Row& r : t.rows) {
            const Row* match = nullptr;
            for (const Row& p : published.rows) {
                match = p.label == r.label ? &p : match;
            }
            if (source && match && (same_rows || r.total)) {
                r.cells[c] = match->cells[*source];
            } else {
                r.cells[c] = Cell::none();
                emptied = true;
            }
        }
    }
    if (emptied) {
        t.note += pick(lang,
                       " Für das Vorjahr steht hier nur die Summe: seine Zeilen waren anders "
                       "zusammengefasst; sie stehen im Bericht des Vorjahres.",
                       " For the year before only the total is shown: its rows were grouped "
                       "differently; they are in the previous year's report.");
    }
}

/// A figure's table for `scope`; in public output suppressed, with its previous-period columns
/// as last year's public report shows them (align_previous).
Table figure_table(Figure figure, const Data& data, const Scope& scope) {
    Table t = figure(data, scope);
    if (scope.internal) {
        return t;
    }
    suppress(t, scope.threshold);
    Table published = figure(data, year_earlier(scope));
    suppress(published, scope.threshold);
    align_previous(t, published, scope.lang);
    return t;
}

Section make_section(const SectionSpec& spec, const Data& data, const Scope& scope) {
    Section s{spec.key, pick(scope.lang, spec.de, spec.en), {}};
    for (Figure figure : spec.figures) {
        s.tables.push_back(figure_table(figure, data, scope));
    }
    return s;
}

/// One line of the key figures: a cell of another table, for both periods.
struct KeyFigure {
    const char* key;
    const char* de;
    const char* en;
    const char* table;
    const char* row;
    const char* measure;  ///< the column key of the current period; `_previous` is appended
};

/// The change from `previous` to `current` in tenths of a percent, when both are shown and
/// the previous one is not 0.
Cell change(const Cell& current, const Cell& previous) {
    if (current.suppressed || previous.suppressed || !current.value || !previous.value ||
        *previous.value == 0) {
        return Cell::none();
    }
    // Rounded half away from zero.
    std::int64_t diff = (*current.value - *previous.value) * 2000;
    std::int64_t q = diff / *previous.value;
    q = q >= 0 ? (q + 1) / 2 : (q - 1) / 2;
    return Cell::of(q);
}

Table key_figures(const Report& report, const Scope& scope) {
    static const std::vector<KeyFigure> lines = {
        {"guides", "Aktive Lotsinnen und Lotsen", "Active guides", "guides_by_gender", "total",
         "count"},
        {"assignments", "Einsätze", "Assignments", "assignments_by_month", "total", "count"},
        {"hours", "Einsatzstunden", "Hours of assignments", "assignments_by_kind", "total",
         "hours"},
        {"fees", "Honorare der Lotsinnen und Lotsen", "Guides' fees", "guide_fees", "total",
         "fees"},
        {"households", "Zugewiesene Haushalte", "Households allocated", "allocations_by_month",
         "total", "households"},
        {"persons", "Zugewiesene Personen", "Persons allocated", "allocations_by_month", "total",
         "persons"},
        {"intakes", "Erstgespräche", "Intakes", "intakes_interpreting", "total", "count"},
        {"intakes_guide", "davon gedolmetscht von Lotsinnen und Lotsen",
         "of which interpreted by a guide", "intakes_interpreting", "guide", "count"},
        {"refugee_assignments", "Einsätze für Geflüchtete", "Assignments for refugees",
         "assignments_for_refugees", "refugees", "count"},
        {"applications", "Förderanträge", "Applications for funding", "applications_by_ag", "total",
         "applications"},
        {"approvals", "Bewilligungen", "Approvals", "applications_by_ag", "total", "approved"},
        {"approved_amount", "Bewilligte Mittel", "Amount approved", "applications_by_ag", "total",
         "amount"},
        {"meetings", "Sitzungen der AGs", "AG meetings", "ag_meetings", "total", "meetings"},
        {"topics", "Themen in den AGs", "Topics taken up by the AGs", "topics_from_field", "total",
         "count"},
    };
    Table t;
    t.name = "key_figures";
    t.title = pick(scope.lang, "Auf einen Blick", "At a glance");
    t.note = pick(scope.lang,
                  "Die wichtigsten Zahlen des Berichts im Vergleich zum Vorjahr; jede steht mit "
                  "ihrer Herleitung in einem der folgenden Abschnitte.",
                  "The report's main figures against the year before; each is explained in one "
                  "of the sections that follow.");
    t.columns = {
        Column{"value", period_label(scope.current, scope.lang), Unit::count, false, {}, {}, {}},
        Column{"value_previous",
               period_label(scope.previous, scope.lang),
               Unit::count,
               false,
               {},
               {},
               {}},
        Column{
            "change", pick(scope.lang, "Veränderung", "Change"), Unit::percent, false, {}, {}, {}},
    };
    for (const KeyFigure& k : lines) {
        const Table* source = find_table(report, k.table);
        if (!source) {
            continue;
        }
        auto cur = column_index(*source, k.measure);
        auto prev = column_index(*source, std::string(k.measure) + "_previous");
        const Row* row = nullptr;
        for (const Row& r : source->rows) {
            if (r.key == k.row) {
                row = &r;
            }
        }
        if (!cur || !prev || !row) {
            throw std::logic_error(
                fmt::format("key figure {}: no {}/{} in {}", k.key, k.row, k.measure, k.table));
        }
        Cell a = row->cells[*cur];
        Cell b = row->cells[*prev];
        a.unit = b.unit = source->columns[*cur].unit;
        t.rows.push_back(Row{k.key, pick(scope.lang, k.de, k.en), {a, b, change(a, b)}, false});
    }
    return t;
}

/// Refuses a public report of counts of persons over a period that is not a calendar year, or
/// that is not over yet: two such reports over overlapping periods (January to June, January
/// to July; the year so far and the whole year) could be set against each other to work out
/// the counts that each of them hides. Complete calendar years do not overlap, and the annual
/// report covers them. Internal reports, and reports without counts of persons (project
/// funding, AGs), may cover any period.
void refuse_differencing(const Report& r) {
    if (r.scope.internal) {
        return;
    }
    const bool year = parts::calendar_year(r.scope.current).has_value();
    const bool over = r.scope.current.to < r.scope.today;
    if (year && over) {
        return;
    }
    for (const Section& s : r.sections) {
        for (const Table& t : s.tables) {
            for (const Column& c : t.columns) {
                if (!c.personal) {
                    continue;
                }
                if (!year) {
                    throw Failure(Exit::usage,
                                  fmt::format("a public `report {}` covers a calendar year "
                                              "(--year): reports over other periods could be "
                                              "set against each other to work out the small "
                                              "counts each one hides. Use --year, or "
                                              "--internal for the office's own use.",
                                              r.kind));
                }
                throw Failure(Exit::usage,
                              fmt::format("{} is not over yet (today is {}): a public report of "
                                          "it now and another at its end could be set against "
                                          "each other to work out the small counts each one "
                                          "hides. Make the public report after {}, or use "
                                          "--internal for the office's own use.",
                                          period_label(r.scope.current, Lang::en),
                                          format_date(r.scope.today, Lang::en),
                                          format_date(r.scope.current.to, Lang::en)));
            }
        }
    }
}

}  // namespace

Period year_period(int y) {
    using namespace std::chrono;
    return {year{y} / January / 1, year{y} / December / 31};
}

Period year_before(const Period& period) {
    using namespace std::chrono;
    auto back = [](const Date& d) {
        Date earlier = d - years{1};
        return earlier.ok() ? earlier : Date{earlier.year() / earlier.month() / last};
    };
    // A period ending on a month's last day ends on that month's last day a year earlier too:
    // February 2025 compares with all of February 2024, 29 February included.
    Date to = back(period.to);
    if (period.to == Date{period.to.year() / period.to.month() / last}) {
        to = to.year() / to.month() / last;
    }
    return {back(period.from), to};
}

const std::vector<std::string>& section_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> k;
        for (const SectionSpec& s : sections()) {
            k.emplace_back(s.key);
        }
        return k;
    }();
    return keys;
}

Report annual_report(const Data& data, const Scope& scope) {
    Report r;
    r.kind = "annual";
    r.title = fmt::format("{} {}", pick(scope.lang, "Integrationsbericht", "Integration report"),
                          period_label(scope.current, scope.lang));
    r.municipality = data.settings.municipality;
    r.office = data.settings.office;
    r.scope = scope;
    for (const SectionSpec& spec : sections()) {
        r.sections.push_back(make_section(spec, data, scope));
    }
    refuse_differencing(r);
    Section summary{"summary", pick(scope.lang, "Zusammenfassung", "Summary"), {}};
    summary.tables.push_back(key_figures(r, scope));
    r.sections.insert(r.sections.begin(), std::move(summary));
    return r;
}

Report section_report(const Data& data, const Scope& scope, std::string_view section) {
    for (const SectionSpec& spec : sections()) {
        if (spec.key == section && section != "cross") {
            Report r;
            r.kind = spec.key;
            r.title = fmt::format("{} {}", pick(scope.lang, spec.de, spec.en),
                                  period_label(scope.current, scope.lang));
            r.municipality = data.settings.municipality;
            r.office = data.settings.office;
            r.scope = scope;
            r.sections.push_back(make_section(spec, data, scope));
            refuse_differencing(r);
            return r;
        }
    }
    throw Failure(Exit::usage, fmt::format("there is no section report `{}`: pilots, refugees, "
                                           "projects or ags",
                                           section));
}

const Table* find_table(const Report& report, std::string_view name) {
    for (const Section& s : report.sections) {
        for (const Table& t : s.tables) {
            if (t.name == name) {
                return &t;
            }
        }
    }
    return nullptr;
}

std::vector<std::string> table_names(const Report& report) {
    std::vector<std::string> names;
    for (const Section& s : report.sections) {
        for (const Table& t : s.tables) {
            names.push_back(t.name);
        }
    }
    return names;
}

}  // namespace integra::report
