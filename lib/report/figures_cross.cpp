// The figures across the areas (section `cross`): who interpreted at intakes, assignments for
// refugees, languages without a guide, and where the AGs' topics came from. Rules in
// report/figures.hpp.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

#include "iso/codes.hpp"
#include "ops/ag.hpp"
#include "pilots/hours.hpp"
#include "refugees/onboarding.hpp"
#include "report/figure_parts.hpp"
#include "report/figures.hpp"

namespace integra::report {

namespace {

using parts::within;
constexpr std::string_view k_german = "de";

/// Who interpreted at an intake: `guide`, `external` or `none`.
std::string interpreting_of(const records::Intake& intake) {
    if (!intake.interpreter) {
        return "none";
    }
    return intake.interpreter->starts_with("P-") ? "guide" : "external";
}

/// Whether an assignment was for a refugee client.
bool for_refugees(const records::Assignment& a) {
    return (a.client && a.client->starts_with("R-")) ||
           a.requested_by.type == records::Requester::refugee_unit;
}

/// Whether `person` is in casework on `day`: allocated on or before it and not closed on or
/// before it. The status is today's and says nothing about `day`.
bool in_casework_on(const records::Refugee& person, const Data& data, const Date& day) {
    auto allocated = refugees::allocation_date(person, data.household(person.household));
    return allocated && *allocated <= day && !(person.closed && *person.closed <= day);
}

/// The languages of `skills` but German, each once.
std::set<std::string> languages_of(const std::vector<records::LanguageSkill>& skills) {
    std::set<std::string> codes;
    for (const records::LanguageSkill& s : skills) {
        if (s.code != k_german) {
            codes.insert(s.code);
        }
    }
    return codes;
}

/// A topic's origin: ops::topic_origin, or "AG <name>"; and the row key: the origin, or the
/// AG's ID for its own topics.
std::pair<std::string, std::string> origin_of(const std::string& topic,
                                              const records::Meeting& meeting, const Data& data) {
    if (auto named = ops::topic_origin(topic)) {
        return {*named, *named};
    }
    auto ag = std::ranges::find(data.ags, meeting.ag, &records::Ag::id);
    return {meeting.ag, fmt::format("AG {}", ag == data.ags.end() ? meeting.ag : ag->name)};
}

}  // namespace

Table intakes_interpreting(const Data& data, const Scope& scope) {
    Table t;
    t.name = "intakes_interpreting";
    t.title = pick(scope.lang, "Dolmetschung bei Erstgesprächen", "Interpreting at intakes");
    t.note = pick(scope.lang,
                  "Gezählt sind die Erstgespräche mit Datum im Zeitraum, danach, wer "
                  "gedolmetscht hat: eine Lotsin oder ein Lotse des Pools, eine externe "
                  "Dolmetschung oder niemand (keine Angabe).",
                  "Counted are the intakes dated in the period, by who interpreted: a guide of "
                  "the pool, an external interpreter, or nobody recorded.");
    t.columns = parts::count_columns(scope, true);
    const std::vector<std::pair<std::string, const char*>> rows = {
        {"guide", pick(scope.lang, "Lotsin oder Lotse", "Guide")},
        {"external", pick(scope.lang, "externe Dolmetschung", "External interpreter")},
        {"none", pick(scope.lang, "keine Angabe", "None recorded")}};
    for (const auto& [key, label] : rows) {
        std::vector<std::int64_t> counts;
        for (const Period& p : parts::both(scope)) {
            // `k`: clang 14 cannot capture a structured binding.
            counts.push_back(
                std::ranges::count_if(data.refugees, [&, &k = key](const records::Refugee& r) {
                    return r.intake && within(r.intake->date, p) && interpreting_of(*r.intake) == k;
                }));
        }
        t.rows.push_back(parts::row_of(key, label, counts));
    }
    t.rows.push_back(parts::total_row(t.rows, t.columns.size(), scope.lang));
    return t;
}

Table assignments_for_refugees(const Data& data, const Scope& scope) {
    Table t;
    t.name = "assignments_for_refugees";
    t.title = pick(scope.lang, "Einsätze für Geflüchtete", "Assignments for refugees");
    t.note = pick(scope.lang,
                  "Gezählt sind die Einsätze, die stattgefunden haben (erledigt oder "
                  "abgerechnet), und ihre Stunden: für geflüchtete Klientinnen und Klienten "
                  "oder von der Flüchtlingsarbeit angefragt, und alle übrigen.",
                  "Counted are the assignments that took place (done or billed) and their "
                  "hours: for refugee clients or requested by the refugee unit, and all others.");
    t.columns = parts::count_columns(scope, true);
    for (Column& c : parts::hours_columns(scope)) {
        t.columns.push_back(std::move(c));
    }
    const std::vector<std::pair<bool, std::pair<const char*, const char*>>> rows = {
        {true, {"refugees", pick(scope.lang, "für Geflüchtete", "For refugees")}},
        {false, {"other", pick(scope.lang, "übrige Einsätze", "Other assignments")}}};
    for (const auto& [refugee, key_label] : rows) {
        std::vector<std::int64_t> counts(2, 0), hours(2, 0);
        const std::vector<Period> periods = parts::both(scope);
        for (std::size_t i = 0; i < periods.size(); ++i) {
            for (const records::Assignment& a : data.assignments) {
                if (pilots::took_place(a) && within(a.date, periods[i]) &&
                    for_refugees(a) == refugee) {
                    ++counts[i];
                    hours[i] += a.hours.hundredths;
                }
            }
        }
        t.rows.push_back(parts::row_of(key_label.first, key_label.second,
                                       {counts[0], counts[1], hours[0], hours[1]}));
    }
    t.rows.push_back(parts::total_row(t.rows, t.columns.size(), scope.lang));
    return t;
}

Table language_gaps(const Data& data, const Scope& scope) {
    Table t;
    t.name = "language_gaps";
    t.title = pick(scope.lang, "Sprachen der Betreuten und der Lotsinnen und Lotsen",
                   "Languages of the persons in casework and of the guides");
    const std::array<Date, 2> days = {scope.current.to, scope.previous.to};
    t.note = fmt::format(
        fmt::runtime(pick(
            scope.lang,
            "Gezählt sind für jede Sprache (außer Deutsch) die Personen, die am {} in Betreuung "
            "waren (zugewiesen und nicht abgeschlossen), die sie sprechen, und die an diesem Tag "
            "aktiven Lotsinnen und Lotsen, die sie sprechen, verglichen mit dem {}; Sprachen ohne "
            "Lotsin oder Lotsen zuerst.{}",
            "Counted are, for every language (German aside), the persons in casework on {} "
            "(allocated and not closed) who speak it, and the guides active that day who speak "
            "it, against {}; languages without a guide first.{}")),
        format_date(days[0], scope.lang), format_date(days[1], scope.lang), "");
    // The columns are about one day each, and labelled with it; `year` is the period's.
    auto column = [&](std::string key, const char* what, std::size_t i, Unit unit, bool personal) {
        const Period& period = i == 0 ? scope.current : scope.previous;
        Column c = parts::period_column(std::move(key), what, period, scope.lang, unit, personal);
        c.label = unit == Unit::text
                      ? std::string(what)
                      : fmt::format(fmt::runtime(pick(scope.lang, "{} am {}", "{} on {}")), what,
                                    format_date(days[i], scope.lang));
        return c;
    };
    const char* persons = pick(scope.lang, "Personen", "Persons");
    const char* guides = pick(scope.lang, "Lotsinnen und Lotsen", "Guides");
    t.columns = {column("persons", persons, 0, Unit::count, true),
                 column("guides", guides, 0, Unit::count, true),
                 column("gap", pick(scope.lang, "Lücke", "Gap"), 0, Unit::text, false),
                 column("persons_previous", persons, 1, Unit::count, true),
                 column("guides_previous", guides, 1, Unit::count, true)};
    // Per language: persons and guides on each of the two days.
    std::map<std::string, std::array<std::int64_t, 4>> languages;
    for (std::size_t i = 0; i < days.size(); ++i) {
        for (const records::Refugee& r : data.refugees) {
            if (r.languages && in_casework_on(r, data, days[i])) {
                for (const std::string& code : languages_of(*r.languages)) {
                    ++languages[code][2 * i];
                }
            }
        }
    }
    for (std::size_t i = 0; i < days.size(); ++i) {
        for (const records::Pilot& g : data.pilots) {
            if (!parts::active_in(g, Period{days[i], days[i]})) {
                continue;
            }
            for (const std::string& code : languages_of(g.languages)) {
                if (auto found = languages.find(code); found != languages.end()) {
                    ++found->second[2 * i + 1];
                }
            }
        }
    }
    // In public output a language few persons speak would point at them, as a rare
    // nationality would: such languages are one row, without their guides.
    const iso::NameLang names = scope.lang == Lang::de ? iso::NameLang::de : iso::NameLang::en;
    auto gap_text = [&](std::int64_t n) {
        return Cell::words(n == 0 ? pick(scope.lang, "keine Lotsin/kein Lotse", "no guide") : "");
    };
    std::array<std::int64_t, 2> other{};
    bool grouped = false;
    for (const auto& [code, n] : languages) {
        if (!scope.internal && n[0] < scope.threshold) {
            other[0] += n[0];
            other[1] += n[2];
            grouped = true;
            continue;
        }
        Row r = parts::row_of(code, iso::language_name(code, names), {n[0], n[1], 0, n[2], n[3]});
        r.cells[2] = gap_text(n[1]);
        t.rows.push_back(std::move(r));
    }
    std::ranges::stable_sort(t.rows, [](const Row& a, const Row& b) {
        return std::make_tuple(*a.cells[1].value != 0, -*a.cells[0].value, a.key) <
               std::make_tuple(*b.cells[1].value != 0, -*b.cells[0].value, b.key);
    });
    if (grouped) {
        t.note += fmt::format(fmt::runtime(pick(scope.lang,
                                                " Sprachen mit weniger als {} Personen sind unter "
                                                "„weitere Sprachen“ zusammengefasst.",
                                                " Languages of fewer than {} persons are grouped "
                                                "as \"other languages\".")),
                              scope.threshold);
        Row r{"other",
              pick(scope.lang, "weitere Sprachen (Nennungen)", "other languages (mentions)"),
              {Cell::of(other[0]), Cell::none(), Cell::words(""), Cell::of(other[1]), Cell::none()},
              false};
        t.rows.push_back(std::move(r));
    }
    return t;
}

Table topics_from_field(const Data& data, const Scope& scope) {
    Table t;
    t.name = "topics_from_field";
    t.title = pick(scope.lang, "Themen der AGs nach Herkunft", "The AGs' topics by origin");
    t.note = pick(scope.lang,
                  "Gezählt sind die Themen der AG-Sitzungen im Zeitraum, nach dem, der sie "
                  "eingebracht hat; Themen ohne Angabe zählen für die AG selbst.",
                  "Counted are the topics of the AG meetings in the period, by who brought them "
                  "in; topics naming nobody count for the AG itself.");
    t.columns = parts::count_columns(scope, false);
    std::map<std::string, Row> rows;
    const std::vector<Period> periods = parts::both(scope);
    for (std::size_t i = 0; i < periods.size(); ++i) {
        for (const records::Meeting& m : data.meetings) {
            if (!within(m.date, periods[i]) || !m.topics) {
                continue;
            }
            for (const std::string& topic : *m.topics) {
                auto [key, label] = origin_of(topic, m, data);
                Row& r = rows.try_emplace(key, parts::row_of(key, label, {0, 0})).first->second;
                ++*r.cells[i].value;
            }
        }
    }
    for (auto& [key, r] : rows) {
        t.rows.push_back(std::move(r));
    }
    std::ranges::stable_sort(t.rows, [](const Row& a, const Row& b) {
        return std::make_tuple(-*a.cells[0].value, -*a.cells[1].value, a.label) <
               std::make_tuple(-*b.cells[0].value, -*b.cells[1].value, b.label);
    });
    t.rows.push_back(parts::total_row(t.rows, t.columns.size(), scope.lang));
    return t;
}

}  // namespace integra::report
