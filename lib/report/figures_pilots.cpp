// The guides' figures (section `pilots`): guides by gender and language, assignments by month,
// kind and requester, and the fees paid. Rules in report/figures.hpp.

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "iso/codes.hpp"
#include "pilots/fees.hpp"
#include "pilots/hours.hpp"
#include "report/figure_parts.hpp"
#include "report/figures.hpp"

namespace integra::report {

namespace {

using parts::within;
constexpr std::string_view k_german = "de";

iso::NameLang name_lang(Lang lang) {
    return lang == Lang::de ? iso::NameLang::de : iso::NameLang::en;
}

const char* gender_label(records::Gender g, Lang lang) {
    switch (g) {
        case records::Gender::f:
            return pick(lang, "weiblich", "female");
        case records::Gender::m:
            return pick(lang, "männlich", "male");
        case records::Gender::d:
            return pick(lang, "divers", "diverse");
        case records::Gender::x:
            return pick(lang, "ohne Angabe", "not stated");
    }
    return "";
}

const char* kind_label(records::AssignmentKind k, Lang lang) {
    using enum records::AssignmentKind;
    switch (k) {
        case accompaniment:
            return pick(lang, "Begleitung", "Accompaniment");
        case translation:
            return pick(lang, "Übersetzung", "Translation");
        case parent_talk:
            return pick(lang, "Elterngespräch", "Parent talk");
        case info_event:
            return pick(lang, "Informationsveranstaltung", "Information event");
        case mediation:
            return pick(lang, "Vermittlung in Konflikten", "Mediation");
        case project:
            return pick(lang, "Projektarbeit", "Project work");
    }
    return "";
}

const char* requester_label(records::Requester r, Lang lang) {
    using enum records::Requester;
    switch (r) {
        case school:
            return pick(lang, "Schule", "School");
        case authority:
            return pick(lang, "Behörde", "Authority");
        case migrant:
            return pick(lang, "Zugewanderte selbst", "Migrants themselves");
        case organisation:
            return pick(lang, "Träger und Vereine", "Organisation");
        case refugee_unit:
            return pick(lang, "Flüchtlingsarbeit der Stadt", "Refugee unit");
        case ag:
            return pick(lang, "Arbeitsgruppe (AG)", "Working group (AG)");
    }
    return "";
}

/// Assignments that took place in `period` for which `in_row` holds: their number and hours.
std::pair<std::int64_t, std::int64_t> tally(
    const std::vector<records::Assignment>& assignments, const Period& period,
    const std::function<bool(const records::Assignment&)>& in_row) {
    std::int64_t count = 0, hours = 0;
    for (const records::Assignment& a : assignments) {
        if (pilots::took_place(a) && within(a.date, period) && in_row(a)) {
            ++count;
            hours += a.hours.hundredths;
        }
    }
    return {count, hours};
}

/// A row of count, count_previous, hours, hours_previous (the hours only `with_hours`).
Row assignment_row(const Data& data, const Scope& scope, std::string key, std::string label,
                   const std::function<bool(const records::Assignment&)>& in_row, bool with_hours) {
    auto [now, now_hours] = tally(data.assignments, scope.current, in_row);
    auto [before, before_hours] = tally(data.assignments, scope.previous, in_row);
    if (with_hours) {
        return parts::row_of(std::move(key), std::move(label),
                             {now, before, now_hours, before_hours});
    }
    return parts::row_of(std::move(key), std::move(label), {now, before});
}

/// The assignments by one of their words (kind, requester), one row per word, and the total.
template <class E>
Table assignments_by(const Data& data, const Scope& scope, E (*of)(const records::Assignment&),
                     const char* (*label)(E, Lang), bool with_hours) {
    Table t;
    t.columns = parts::count_columns(scope, true);
    if (with_hours) {
        for (Column& c : parts::hours_columns(scope)) {
            t.columns.push_back(std::move(c));
        }
    }
    for (const auto& w : words(E{})) {
        auto in_row = [&](const records::Assignment& a) { return of(a) == w.value; };
        t.rows.push_back(assignment_row(data, scope, std::string(w.text),
                                        label(w.value, scope.lang), in_row, with_hours));
    }
    t.rows.push_back(parts::total_row(t.rows, t.columns.size(), scope.lang));
    t.chart = Chart::bars;
    t.chart_columns = {0};
    return t;
}

/// The months a period touches, as their first days.
std::vector<Date> months_of(const Period& period) {
    std::vector<Date> months;
    for (auto ym = period.from.year() / period.from.month(); Date{ym / 1} <= period.to;
         ym += std::chrono::months{1}) {
        months.push_back(Date{ym / 1});
    }
    return months;
}

/// The part of the month starting `first` that lies in `period` (may be empty: from > to).
Period month_within(const Date& first, const Period& period) {
    return Period{std::max(first, period.from), std::min(pilots::last_of_month(first), period.to)};
}

}  // namespace

Table guides_by_gender(const Data& data, const Scope& scope) {
    Table t;
    t.name = "guides_by_gender";
    t.title =
        pick(scope.lang, "Aktive Lotsinnen und Lotsen nach Geschlecht", "Active guides by gender");
    t.note = pick(scope.lang,
                  "Gezählt sind die Lotsinnen und Lotsen, die im Zeitraum aktiv waren "
                  "(eingetreten bis zu seinem letzten Tag und nicht vor seinem ersten "
                  "ausgeschieden), nach Geschlecht.",
                  "Counted are the guides active in the period (joined by its last day and not "
                  "retired before its first), by gender.");
    t.columns = parts::count_columns(scope, true);
    for (const auto& w : words(records::Gender{})) {
        std::vector<std::int64_t> counts;
        for (const Period& p : parts::both(scope)) {
            counts.push_back(std::ranges::count_if(data.pilots, [&](const records::Pilot& g) {
                return g.gender == w.value && parts::active_in(g, p);
            }));
        }
        t.rows.push_back(
            parts::row_of(std::string(w.text), gender_label(w.value, scope.lang), counts));
    }
    t.rows.push_back(parts::total_row(t.rows, t.columns.size(), scope.lang));
    return t;
}

Table guide_languages(const Data& data, const Scope& scope) {
    Table t;
    t.name = "guide_languages";
    t.title = pick(scope.lang, "Sprachen der Lotsinnen und Lotsen", "The guides' languages");
    t.note = pick(scope.lang,
                  "Gezählt ist für jede Sprache (außer Deutsch), wie viele der im Zeitraum "
                  "aktiven Lotsinnen und Lotsen sie sprechen; wer mehrere spricht, zählt bei "
                  "jeder, daher keine Summe.",
                  "Counted is, for every language (German aside), how many of the guides active "
                  "in the period speak it; a guide who speaks several counts for each, hence no "
                  "total.");
    t.columns = parts::count_columns(scope, true);
    std::map<std::string, std::vector<std::int64_t>> speakers;
    const std::vector<Period> periods = parts::both(scope);
    for (std::size_t i = 0; i < periods.size(); ++i) {
        for (const records::Pilot& g : data.pilots) {
            if (!parts::active_in(g, periods[i])) {
                continue;
            }
            std::set<std::string> codes;
            for (const records::LanguageSkill& s : g.languages) {
                if (s.code != k_german) {
                    codes.insert(s.code);
                }
            }
            for (const std::string& code : codes) {
                auto& counts = speakers.try_emplace(code, periods.size(), 0).first->second;
                ++counts[i];
            }
        }
    }
    for (const auto& [code, counts] : speakers) {
        t.rows.push_back(
            parts::row_of(code, iso::language_name(code, name_lang(scope.lang)), counts));
    }
    std::ranges::stable_sort(t.rows, [](const Row& a, const Row& b) {
        return std::make_tuple(-*a.cells[0].value, -*a.cells[1].value, a.key) <
               std::make_tuple(-*b.cells[0].value, -*b.cells[1].value, b.key);
    });
    return t;
}

Table assignments_by_month(const Data& data, const Scope& scope) {
    Table t;
    t.name = "assignments_by_month";
    t.title = pick(scope.lang, "Einsätze nach Monat", "Assignments by month");
    t.note = pick(scope.lang,
                  "Gezählt sind die Einsätze, die stattgefunden haben (erledigt oder "
                  "abgerechnet), nach dem Monat ihres Datums, verglichen mit demselben Monat "
                  "des Vorjahres.",
                  "Counted are the assignments that took place (done or billed), by the month "
                  "of their date, against the same month a year earlier.");
    t.columns = parts::count_columns(scope, true);
    const bool one_year = scope.current.from.year() == scope.current.to.year();
    for (const Date& first : months_of(scope.current)) {
        const Date earlier{(first.year() - std::chrono::years{1}) / first.month() / 1};
        std::vector<std::int64_t> counts;
        for (const Period& p :
             {month_within(first, scope.current), month_within(earlier, scope.previous)}) {
            counts.push_back(
                tally(data.assignments, p, [](const records::Assignment&) { return true; }).first);
        }
        const unsigned m = static_cast<unsigned>(first.month());
        std::string label = month_name(m, scope.lang);
        if (!one_year) {
            label += fmt::format(" {}", static_cast<int>(first.year()));
        }
        t.rows.push_back(parts::row_of(
            fmt::format("{:04}-{:02}", static_cast<int>(first.year()), m), label, counts));
    }
    t.rows.push_back(parts::total_row(t.rows, t.columns.size(), scope.lang));
    t.chart = Chart::columns;
    t.chart_columns = {0, 1};
    return t;
}

Table assignments_by_kind(const Data& data, const Scope& scope) {
    Table t = assignments_by<records::AssignmentKind>(
        data, scope, [](const records::Assignment& a) { return a.kind; }, kind_label, true);
    t.name = "assignments_by_kind";
    t.title = pick(scope.lang, "Einsätze nach Art", "Assignments by kind");
    t.note = pick(scope.lang,
                  "Gezählt sind die Einsätze, die stattgefunden haben (erledigt oder "
                  "abgerechnet), und ihre Stunden, nach der Art des Einsatzes.",
                  "Counted are the assignments that took place (done or billed) and their "
                  "hours, by kind of assignment.");
    return t;
}

Table assignments_by_requester(const Data& data, const Scope& scope) {
    Table t = assignments_by<records::Requester>(
        data, scope, [](const records::Assignment& a) { return a.requested_by.type; },
        requester_label, false);
    t.name = "assignments_by_requester";
    t.title = pick(scope.lang, "Einsätze nach Auftraggebenden", "Assignments by requester");
    t.note = pick(scope.lang,
                  "Gezählt sind die Einsätze, die stattgefunden haben (erledigt oder "
                  "abgerechnet), nach der Stelle oder Person, die sie angefragt hat.",
                  "Counted are the assignments that took place (done or billed), by who "
                  "requested them.");
    return t;
}

Table guide_fees(const Data& data, const Scope& scope) {
    Table t;
    t.name = "guide_fees";
    t.title = pick(scope.lang, "Honorare der Lotsinnen und Lotsen", "The guides' fees");
    t.note = pick(scope.lang,
                  "Summe der Honorare (Stundensatz, Pauschalen und Fahrtkosten nach "
                  "integra.yaml) für die Einsätze, die im Zeitraum stattgefunden haben, und die "
                  "Zahl der Lotsinnen und Lotsen, an die sie gingen.",
                  "The sum of the fees (hourly rate, flat amounts and travel as set in "
                  "integra.yaml) for the assignments that took place in the period, and the "
                  "number of guides they went to.");
    const char* guides = pick(scope.lang, "Lotsinnen und Lotsen", "Guides");
    const char* fees = pick(scope.lang, "Honorare", "Fees");
    using parts::period_column;
    t.columns = {
        period_column("guides", guides, scope.current, scope.lang, Unit::count, true),
        period_column("fees", fees, scope.current, scope.lang, Unit::money, false),
        period_column("guides_previous", guides, scope.previous, scope.lang, Unit::count, true),
        period_column("fees_previous", fees, scope.previous, scope.lang, Unit::money, false)};
    // The fees of one or two guides are theirs: hidden with their number.
    t.columns[1].guarded_by = {0};
    t.columns[3].guarded_by = {2};
    const pilots::FeeRates rates = pilots::rates_of(data.settings);
    std::vector<std::int64_t> values;
    for (const Period& p : parts::both(scope)) {
        std::set<std::string> paid;
        std::int64_t cents = 0;
        for (const records::Assignment& a : data.assignments) {
            if (pilots::took_place(a) && within(a.date, p)) {
                paid.insert(a.pilot);
                cents += pilots::fee_of(a, rates).total.cents;
            }
        }
        values.push_back(static_cast<std::int64_t>(paid.size()));
        values.push_back(cents);
    }
    Row total = parts::row_of("total", pick(scope.lang, "Gesamt", "Total"), values);
    total.total = true;
    t.rows.push_back(std::move(total));
    return t;
}

}  // namespace integra::report
