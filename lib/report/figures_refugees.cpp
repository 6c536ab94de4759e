// The refugee-work figures (section `refugees`): allocations, the persons allocated by
// nationality and age, household sizes, the onboarding checklist and the housing units' use.

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <map>
#include <set>

#include <fmt/format.h>

#include "iso/codes.hpp"
#include "ops/onboarding.hpp"
#include "records/vocabulary.hpp"
#include "refugees/occupancy.hpp"
#include "refugees/onboarding.hpp"
#include "report/figure_parts.hpp"
#include "report/figures.hpp"
#include "report/format.hpp"

namespace integra::report {
namespace {

/// Which of a scope's two periods a column is about.
enum class When { current, previous };

/// A column of one period: key `measure` or `measure_previous`, label `<word> <period>` (just
/// the period when `word` is empty).
Column column(const Scope& scope, When when, const std::string& measure, const char* word,
              Unit unit, bool personal = false) {
    bool previous = when == When::previous;
    return parts::period_column(previous ? measure + "_previous" : measure, word,
                                previous ? scope.previous : scope.current, scope.lang, unit,
                                personal);
}

/// A column counting persons (or households) in one period.
Column persons_column(const Scope& scope, When when, const std::string& measure, const char* word) {
    return column(scope, when, measure, word, Unit::count, true);
}

/// Appends the total row of a table of counts: each column summed over the rows.
void add_total(Table& t, Lang lang) {
    t.rows.push_back(parts::total_row(t.rows, t.columns.size(), lang));
}

/// A person with the day they count from.
struct Allocated {
    const records::Refugee* person;
    Date date;
};

/// The persons allocated in `period`, in the data's order.
std::vector<Allocated> allocated_in(const Data& data, const Period& period) {
    std::vector<Allocated> out;
    for (const records::Refugee& person : data.refugees) {
        auto date = refugees::allocation_date(person, data.household(person.household));
        if (date && parts::within(*date, period)) {
            out.push_back({&person, *date});
        }
    }
    return out;
}

/// Counts per row key, for rows given in order, with a total row: the common shape of the
/// tables by age and by household size.
Table by_bucket(const Scope& scope, const std::vector<std::pair<std::string, std::string>>& rows,
                const std::map<std::string, std::int64_t>& current,
                const std::map<std::string, std::int64_t>& previous) {
    Table t;
    t.columns = parts::count_columns(scope, true);
    auto get = [](const auto& m, const std::string& key) {
        return m.contains(key) ? m.at(key) : std::int64_t{0};
    };
    for (const auto& [key, label] : rows) {
        t.rows.push_back(
            Row{key, label, {Cell::of(get(current, key)), Cell::of(get(previous, key))}, false});
    }
    add_total(t, scope.lang);
    return t;
}

/// The number of whole months from `from`'s month to `day`'s month.
long month_offset(const Date& from, const Date& day) {
    using namespace std::chrono;
    return (static_cast<int>(day.year()) - static_cast<int>(from.year())) * 12L +
           static_cast<long>(unsigned(day.month())) - static_cast<long>(unsigned(from.month()));
}

/// Per month of the current period: households and persons allocated in it, then in the same
/// month of the previous period.
std::vector<std::array<std::int64_t, 4>> month_counts(const Data& data, const Scope& scope) {
    long months = month_offset(scope.current.from, scope.current.to) + 1;
    std::vector<std::array<std::int64_t, 4>> counts(static_cast<std::size_t>(months));
    auto add = [&](const Period& period, std::size_t first, const records::Household& h) {
        long m = month_offset(period.from, h.allocation.date);
        if (parts::within(h.allocation.date, period) && m < months) {
            counts[static_cast<std::size_t>(m)][first] += 1;
            counts[static_cast<std::size_t>(m)][first + 1] += h.allocation.persons;
        }
    };
    for (const records::Household& h : data.households) {
        add(scope.current, 0, h);
        add(scope.previous, 2, h);
    }
    return counts;
}

/// The note of persons_by_nationality, which says how public output groups the small ones.
std::string nationality_note(const Scope& scope) {
    Lang lang = scope.lang;
    std::string note = pick(lang,
                            "Personen, die im Zeitraum zugewiesen wurden, nach "
                            "Staatsangehörigkeit, im Vergleich zum Vorjahr.",
                            "Persons allocated in the period by nationality, against the year "
                            "before.");
    if (!scope.internal) {
        note += fmt::format(
            fmt::runtime(pick(lang,
                              " Staatsangehörigkeiten mit weniger als {} Personen im Zeitraum "
                              "sind unter „weitere“ zusammengefasst.",
                              " Nationalities with fewer than {} persons in the period are "
                              "grouped as “other”.")),
            scope.threshold);
    }
    return note;
}

}  // namespace

Table allocations_by_month(const Data& data, const Scope& scope) {
    Lang lang = scope.lang;
    Table t;
    t.name = "allocations_by_month";
    t.title = pick(lang, "Zuweisungen nach Monat", "Allocations by month");
    t.note = pick(lang,
                  "Haushalte, die im Monat zugewiesen wurden, und die Personen, die mit ihnen "
                  "zugewiesen wurden (laut Zuweisungsbescheid), im Vergleich zum Vorjahr.",
                  "Households allocated in the month and the persons allocated with them (as "
                  "the allocation notice states), against the year before.");
    const char* households = pick(lang, "Haushalte", "Households");
    const char* persons = pick(lang, "Personen", "Persons");
    t.columns = {persons_column(scope, When::current, "households", households),
                 persons_column(scope, When::current, "persons", persons),
                 persons_column(scope, When::previous, "households", households),
                 persons_column(scope, When::previous, "persons", persons)};
    t.chart = Chart::columns;
    t.chart_columns = {1, 3};

    auto counts = month_counts(data, scope);
    bool several_years = scope.current.from.year() != scope.current.to.year();
    std::chrono::year_month first{scope.current.from.year(), scope.current.from.month()};
    for (std::size_t m = 0; m < counts.size(); ++m) {
        auto ym = first + std::chrono::months{static_cast<long>(m)};
        std::string label = month_name(unsigned(ym.month()), lang);
        if (several_years) {
            label += fmt::format(" {}", static_cast<int>(ym.year()));
        }
        Row row{fmt::format("{:04}-{:02}", static_cast<int>(ym.year()), unsigned(ym.month())),
                std::move(label),
                {},
                false};
        for (std::int64_t n : counts[m]) {
            row.cells.push_back(Cell::of(n));
        }
        t.rows.push_back(std::move(row));
    }
    add_total(t, lang);
    return t;
}

namespace {

/// `label` for sorting names as a German reader expects: Ä, Ö, Ü as A, O, U (Äthiopien
/// before Afghanistan's successors, not after Z), otherwise by bytes.
std::string sort_key(std::string_view label) {
    std::string key;
    for (std::size_t i = 0; i < label.size(); ++i) {
        std::string_view rest = label.substr(i);
        if (rest.starts_with("Ä") || rest.starts_with("ä")) {
            key += 'a';
        } else if (rest.starts_with("Ö") || rest.starts_with("ö")) {
            key += 'o';
        } else if (rest.starts_with("Ü") || rest.starts_with("ü")) {
            key += 'u';
        } else {
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(label[i])));
            continue;
        }
        ++i;  // the second byte of the two-byte letter
    }
    return key;
}

}  // namespace

Table persons_by_nationality(const Data& data, const Scope& scope) {
    Lang lang = scope.lang;
    iso::NameLang names = lang == Lang::de ? iso::NameLang::de : iso::NameLang::en;
    std::map<std::string, std::pair<std::int64_t, std::int64_t>>
        counts;  // code → current, previous
    for (const Allocated& a : allocated_in(data, scope.current)) {
        counts[a.person->nationality].first += 1;
    }
    for (const Allocated& a : allocated_in(data, scope.previous)) {
        counts[a.person->nationality].second += 1;
    }

    Table t;
    t.name = "persons_by_nationality";
    t.title = pick(lang, "Zugewiesene Personen nach Staatsangehörigkeit",
                   "Persons allocated by nationality");
    t.note = nationality_note(scope);
    t.columns = parts::count_columns(scope, true);
    t.chart = Chart::bars;
    t.chart_columns = {0};

    std::int64_t other = 0, other_previous = 0;
    bool grouped = false;
    for (const auto& [code, n] : counts) {
        if (!scope.internal && n.first < scope.threshold) {
            other += n.first;
            other_previous += n.second;
            grouped = true;
            continue;
        }
        t.rows.push_back(Row{
            code, iso::country_name(code, names), {Cell::of(n.first), Cell::of(n.second)}, false});
    }
    // Internal: most first. Public: by name, since an order by number would bound a hidden
    // count by its neighbours (a hidden row above a 6 holds at least 6).
    std::sort(t.rows.begin(), t.rows.end(), [&](const Row& a, const Row& b) {
        if (scope.internal && *a.cells[0].value != *b.cells[0].value) {
            return *a.cells[0].value > *b.cells[0].value;
        }
        return sort_key(a.label) < sort_key(b.label);
    });
    if (grouped) {
        t.rows.push_back(Row{"other",
                             pick(lang, "weitere Staatsangehörigkeiten", "other nationalities"),
                             {Cell::of(other), Cell::of(other_previous)},
                             false});
    }
    add_total(t, lang);
    return t;
}

Table persons_by_age(const Data& data, const Scope& scope) {
    Lang lang = scope.lang;
    // The bands' lower bounds, in order.
    static constexpr std::array<std::pair<int, const char*>, 5> bands = {
        {{0, "0-5"}, {6, "6-17"}, {18, "18-26"}, {27, "27-64"}, {65, "65+"}}};
    auto band_of = [](int age) {
        const char* key = bands[0].second;
        for (const auto& [from, k] : bands) {
            if (age >= from) {
                key = k;
            }
        }
        return std::string(key);
    };
    auto count = [&](const Period& period) {
        std::map<std::string, std::int64_t> out;
        for (const Allocated& a : allocated_in(data, period)) {
            out[band_of(refugees::age_on(a.person->birth_date, a.date))] += 1;
        }
        return out;
    };
    std::vector<std::pair<std::string, std::string>> rows = {
        {"0-5", pick(lang, "0 bis 5 Jahre", "0 to 5 years")},
        {"6-17", pick(lang, "6 bis 17 Jahre", "6 to 17 years")},
        {"18-26", pick(lang, "18 bis 26 Jahre", "18 to 26 years")},
        {"27-64", pick(lang, "27 bis 64 Jahre", "27 to 64 years")},
        {"65+", pick(lang, "65 Jahre und älter", "65 years and older")}};
    Table t = by_bucket(scope, rows, count(scope.current), count(scope.previous));
    t.name = "persons_by_age";
    t.title = pick(lang, "Zugewiesene Personen nach Alter", "Persons allocated by age");
    t.note = pick(lang,
                  "Personen, die im Zeitraum zugewiesen wurden, nach ihrem Alter am Tag der "
                  "Zuweisung, im Vergleich zum Vorjahr.",
                  "Persons allocated in the period by their age on the day of allocation, "
                  "against the year before.");
    return t;
}

Table households_by_size(const Data& data, const Scope& scope) {
    Lang lang = scope.lang;
    auto count = [&](const Period& period) {
        std::map<std::string, std::int64_t> out;
        for (const records::Household& h : data.households) {
            if (parts::within(h.allocation.date, period)) {
                auto size = std::clamp<records::Count>(h.allocation.persons, 1, 5);
                out[size == 5 ? "5+" : std::to_string(size)] += 1;
            }
        }
        return out;
    };
    std::vector<std::pair<std::string, std::string>> rows = {
        {"1", pick(lang, "1 Person", "1 person")},
        {"2", pick(lang, "2 Personen", "2 persons")},
        {"3", pick(lang, "3 Personen", "3 persons")},
        {"4", pick(lang, "4 Personen", "4 persons")},
        {"5+", pick(lang, "5 Personen und mehr", "5 persons or more")}};
    Table t = by_bucket(scope, rows, count(scope.current), count(scope.previous));
    t.name = "households_by_size";
    t.title = pick(lang, "Zugewiesene Haushalte nach Größe", "Households allocated by size");
    t.note = pick(lang,
                  "Haushalte, die im Zeitraum zugewiesen wurden, nach der Zahl der Personen, "
                  "die mit ihnen zugewiesen wurden, im Vergleich zum Vorjahr.",
                  "Households allocated in the period by the number of persons allocated with "
                  "them, against the year before.");
    return t;
}

namespace {

/// One checklist step over the persons allocated in a period.
struct StepFigures {
    std::int64_t due = 0;
    std::int64_t done = 0;
    std::vector<long> days;  ///< from allocation to done, of the done ones
};

/// The median in tenths (the mean of the middle two for an even count); none when empty.
Cell median_tenths(std::vector<long> values) {
    if (values.empty()) {
        return Cell::none();
    }
    std::sort(values.begin(), values.end());
    std::size_t n = values.size();
    if (n % 2 == 1) {
        return Cell::of(values[n / 2] * 10L);
    }
    return Cell::of((values[n / 2 - 1] + values[n / 2]) * 5L);
}

std::map<std::string, StepFigures> step_figures(const Data& data, const Period& period,
                                                const std::vector<records::OnboardingStep>& list) {
    std::map<std::string, StepFigures> out;
    for (const Allocated& a : allocated_in(data, period)) {
        for (const refugees::StepProgress& p : refugees::progress(list, *a.person, a.date)) {
            if (!p.step || !p.applies || p.state == refugees::StepState::skipped) {
                continue;
            }
            StepFigures& f = out[p.key];
            f.due += 1;
            if (p.state == refugees::StepState::done && *p.done <= period.to) {
                f.done += 1;
                f.days.push_back(days_between(a.date, *p.done));
            }
        }
    }
    return out;
}

/// due, done, open, rate, median: the five cells of one period.
void append_step_cells(std::vector<Cell>& cells, const StepFigures& f) {
    cells.push_back(Cell::of(f.due));
    cells.push_back(Cell::of(f.done));
    cells.push_back(Cell::of(f.due - f.done));
    cells.push_back(parts::ratio(f.done, f.due, 1000));
    cells.push_back(median_tenths(f.days));
}

}  // namespace

Table onboarding_steps(const Data& data, const Scope& scope) {
    Lang lang = scope.lang;
    Table t;
    t.name = "onboarding_steps";
    t.title = pick(lang, "Erstorientierung: Schritte der Checkliste", "Onboarding checklist steps");
    t.note = pick(lang,
                  "Für die im Zeitraum zugewiesenen Personen je Schritt der Checkliste: auf wie "
                  "viele er zutrifft (nach Alter und Aufenthaltsstatus; übersprungene "
                  "ausgenommen, auch solche, bei denen er am Ende des Zeitraums noch nicht "
                  "fällig war), bei wie vielen er bis zum Ende des Zeitraums erledigt war und "
                  "bei wie vielen nicht (offen), die Quote und der Median der Tage von der "
                  "Zuweisung bis zur Erledigung; im "
                  "Vergleich zum Vorjahr.",
                  "For the persons allocated in the period, per checklist step: to how many it "
                  "applies (by age and residence status; skipped ones aside, including those "
                  "for whom it was not yet due at the period's end), for how many it was done "
                  "by the end of the period and for how many not (open), the rate and the median "
                  "days from allocation to "
                  "done; against the year before.");
    if (!scope.internal) {
        t.note += pick(lang,
                       " Quote und Median sind verborgen, wo die Zahlen, aus denen sie errechnet "
                       "sind, es sind.",
                       " The rate and the median are hidden where the counts they are computed "
                       "from are.");
    }
    for (When when : {When::current, When::previous}) {
        std::size_t base = t.columns.size();
        t.columns.push_back(
            persons_column(scope, when, "due", pick(lang, "Zutreffend", "Applicable")));
        t.columns.push_back(persons_column(scope, when, "done", pick(lang, "Erledigt", "Done")));
        // The persons not done are a count of persons as well: `due` is their row total, so
        // that 63 applicable and 61 done cannot tell of 2 persons by subtraction.
        t.columns.push_back(persons_column(scope, when, "open", pick(lang, "Offen", "Open")));
        t.columns[base].total_of = {base + 1, base + 2};
        t.columns.push_back(
            column(scope, when, "rate", pick(lang, "Quote", "Rate"), Unit::percent));
        t.columns.push_back(column(scope, when, "median_days",
                                   pick(lang, "Median Tage", "Median days"), Unit::tenths));
        // The rate by done and open: of the three counts of a row, none or at least two are
        // hidden, and any two of them give the rate's parts away (95,5 % of 22 is 21). The
        // median by done: a median of few values tells them.
        t.columns[base + 3].guarded_by = {base + 1, base + 2};
        t.columns[base + 4].guarded_by = {base + 1};
    }

    static const std::vector<records::OnboardingStep> none;
    const auto& list = data.settings.onboarding ? *data.settings.onboarding : none;
    auto current = step_figures(data, scope.current, list);
    auto previous = step_figures(data, scope.previous, list);
    StepFigures sum, sum_previous;
    ops::LabelLang label_lang = lang == Lang::de ? ops::LabelLang::de : ops::LabelLang::en;
    for (const records::OnboardingStep& step : list) {
        Row row{step.key, ops::label_in(step.label, label_lang), {}, false};
        append_step_cells(row.cells, current[step.key]);
        append_step_cells(row.cells, previous[step.key]);
        sum.due += current[step.key].due;
        sum.done += current[step.key].done;
        sum_previous.due += previous[step.key].due;
        sum_previous.done += previous[step.key].done;
        t.rows.push_back(std::move(row));
    }
    // The total has no median: the steps' days are not one distribution.
    Row total{"total", pick(lang, "Gesamt", "Total"), {}, true};
    append_step_cells(total.cells, sum);
    append_step_cells(total.cells, sum_previous);
    t.rows.push_back(std::move(total));
    return t;
}

namespace {

/// Some units together over both periods: their beds, the households housed in them on at
/// least one day of each period (each household once, wherever it moved), and person-days.
struct Use {
    std::int64_t beds = 0;
    std::set<std::string> households;
    std::set<std::string> households_previous;
    std::int64_t person_days = 0;
    std::int64_t person_days_previous = 0;

    void add(const Use& other) {
        beds += other.beds;
        households.insert(other.households.begin(), other.households.end());
        households_previous.insert(other.households_previous.begin(),
                                   other.households_previous.end());
        person_days += other.person_days;
        person_days_previous += other.person_days_previous;
    }
};

std::int64_t person_days(const std::vector<refugees::Occupant>& occupants, const Period& period) {
    std::int64_t sum = 0;
    for (Date d = period.from; d <= period.to; d = add_days(d, 1)) {
        sum += refugees::persons_on(occupants, d);
    }
    return sum;
}

/// The households with a stay that holds at least one day of `period`.
std::set<std::string> housed_in(const std::vector<refugees::Occupant>& occupants,
                                const Period& period) {
    refugees::Span days{period.from, add_days(period.to, 1)};
    std::set<std::string> out;
    for (const refugees::Occupant& o : occupants) {
        if (refugees::overlap(o.span, days)) {
            out.insert(o.household);
        }
    }
    return out;
}

Use use_of(const records::HousingUnit& unit, const std::vector<refugees::Occupant>& occupants,
           const Scope& scope) {
    return Use{unit.capacity, housed_in(occupants, scope.current),
               housed_in(occupants, scope.previous), person_days(occupants, scope.current),
               person_days(occupants, scope.previous)};
}

Row use_row(std::string key, std::string label, const Use& use, const Scope& scope) {
    std::int64_t days = days_between(scope.current.from, scope.current.to) + 1;
    std::int64_t days_previous = days_between(scope.previous.from, scope.previous.to) + 1;
    auto count = [](const std::set<std::string>& s) {
        return Cell::of(static_cast<std::int64_t>(s.size()));
    };
    return Row{
        std::move(key),
        std::move(label),
        {Cell::of(use.beds), count(use.households), parts::ratio(use.person_days, days, 10),
         parts::ratio(use.person_days, use.beds * days, 1000), count(use.households_previous),
         parts::ratio(use.person_days_previous, use.beds * days_previous, 1000)},
        false};
}

}  // namespace

Table housing_occupancy(const Data& data, const Scope& scope) {
    Lang lang = scope.lang;
    Table t;
    t.name = "housing_occupancy";
    t.title = pick(lang, "Belegung der Unterkünfte", "Housing occupancy");
    t.note = pick(lang,
                  "Je Gemeinschaftsunterkunft und für alle Wohnungen zusammen: die Plätze, die "
                  "Haushalte, die an mindestens einem Tag des Zeitraums dort wohnten, die "
                  "durchschnittlich untergebrachten Personen über die Tage des Zeitraums und die "
                  "Belegungsquote (Personentage durch Platztage); dazu die Haushalte und die "
                  "Quote des Vorjahres bei den heutigen Plätzen. Ein Haushalt, der umgezogen "
                  "ist, zählt bei jeder Unterkunft, in der er wohnte, bei den Wohnungen und im "
                  "Gesamt aber nur einmal; das Gesamt der Haushalte kann daher kleiner sein als "
                  "ihre Summe.",
                  "Per shared accommodation and for all flats together: the beds, the "
                  "households that lived there on at least one day of the period, the average "
                  "persons housed over the period's days and the occupancy rate (person-days "
                  "over bed-days); and the previous year's households and rate with today's "
                  "beds. A household that moved counts in every unit it lived in, but once in "
                  "the flats and once in the total; the total of households can therefore be "
                  "less than their sum.");
    if (!scope.internal) {
        t.note +=
            pick(lang, " Durchschnitt und Quote sind verborgen, wo die Zahl der Haushalte es ist.",
                 " The average and the rate are hidden where the count of households is.");
    }
    Column beds{"beds", pick(lang, "Plätze", "Beds"), Unit::count, false, {}, {}, {}};
    const char* households = pick(lang, "Haushalte", "Households");
    const char* occupancy = pick(lang, "Belegung", "Occupancy");
    t.columns = {beds,
                 persons_column(scope, When::current, "households", households),
                 column(scope, When::current, "avg_persons",
                        pick(lang, "Personen im Schnitt", "Average persons"), Unit::tenths),
                 column(scope, When::current, "occupancy", occupancy, Unit::percent),
                 persons_column(scope, When::previous, "households", households),
                 column(scope, When::previous, "occupancy", occupancy, Unit::percent)};
    // A unit's average and rate describe the households in it: with one or two, their size.
    t.columns[2].guarded_by = {1};
    t.columns[3].guarded_by = {1};
    t.columns[5].guarded_by = {4};

    Use flats, all;
    bool any_flat = false;
    auto occupants = refugees::occupants_by_unit(data.households);
    for (const records::HousingUnit& unit : data.units) {
        Use use = use_of(unit, occupants[unit.id], scope);
        all.add(use);
        if (unit.kind == records::HousingKind::flat) {
            flats.add(use);
            any_flat = true;
        } else {
            t.rows.push_back(use_row(unit.id, unit.name, use, scope));
        }
    }
    if (any_flat) {
        t.rows.push_back(use_row("flats", pick(lang, "Wohnungen", "Flats"), flats, scope));
    }
    Row total = use_row("total", pick(lang, "Gesamt", "Total"), all, scope);
    total.total = true;
    t.rows.push_back(std::move(total));
    return t;
}

}  // namespace integra::report
