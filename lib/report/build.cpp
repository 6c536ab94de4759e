#include "report/build.hpp"

#include <fmt/format.h>

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

Section make_section(const SectionSpec& spec, const Data& data, const Scope& scope) {
    Section s{spec.key, pick(scope.lang, spec.de, spec.en), {}};
    for (Figure figure : spec.figures) {
        Table t = figure(data, scope);
        if (!scope.internal) {
            suppress(t, scope.threshold);
        }
        s.tables.push_back(std::move(t));
    }
    return s;
}

std::optional<std::size_t> column_index(const Table& t, std::string_view key) {
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i].key == key) {
            return i;
        }
    }
    return std::nullopt;
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
        {"fees", "Aufwandsentschädigungen", "Fees paid", "guide_fees", "total", "fees"},
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

/// Refuses a public report of counts of persons over a period that is not a calendar year:
/// two such reports over overlapping periods (January to June, January to July) could be set
/// against each other to work out the counts that each of them hides. Calendar years do not
/// overlap, and the annual report covers them. Internal reports, and reports without counts of
/// persons (project funding, AGs), may cover any period.
void refuse_differencing(const Report& r) {
    if (r.scope.internal || parts::calendar_year(r.scope.current)) {
        return;
    }
    for (const Section& s : r.sections) {
        for (const Table& t : s.tables) {
            for (const Column& c : t.columns) {
                if (c.personal) {
                    throw Failure(
                        Exit::usage,
                        fmt::format("a public `report {}` covers a calendar year (--year): "
                                    "reports over other periods could be set against each other "
                                    "to work out the small counts each one hides. Use --year, or "
                                    "--internal for the office's own use.",
                                    r.kind));
                }
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
    auto back = [](const Date& d) {
        Date earlier = d - std::chrono::years{1};
        return earlier.ok() ? earlier : Date{earlier.year() / earlier.month() / std::chrono::last};
    };
    return {back(period.from), back(period.to)};
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
