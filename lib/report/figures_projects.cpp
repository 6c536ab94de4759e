// The project-funding figures (section `projects`): applications and approvals per AG, money
// per funding source, the year's budget use, and the projects' evaluations. Public funding
// decisions are public: no column here is personal.

#include <array>
#include <charconv>
#include <map>
#include <string_view>

#include "projects/ledger.hpp"
#include "report/ag_rows.hpp"
#include "report/figures.hpp"

namespace integra::report {

namespace {

using detail::column;
using detail::within;

using ProjectIndex = std::map<std::string, const records::Project*, std::less<>>;

ProjectIndex index_of(const std::vector<records::Project>& projects) {
    ProjectIndex out;
    for (const records::Project& p : projects) {
        out.emplace(p.id, &p);
    }
    return out;
}

/// The project a decision is about, or nullptr (a decision without a project, or an unknown).
const records::Project* project_of(const ProjectIndex& index, const records::Decision& d) {
    if (!d.project) {
        return nullptr;
    }
    auto it = index.find(*d.project);
    return it == index.end() ? nullptr : it->second;
}

/// The year in a project ID `PR-2025-014`, or 0.
int year_in_id(std::string_view id) {
    int year = 0;
    if (id.size() >= 7 && id.substr(0, 3) == "PR-") {
        std::from_chars(id.data() + 3, id.data() + 7, year);
    }
    return year;
}

int year_of(const Date& day) {
    return static_cast<int>(day.year());
}

/// Approved decisions at the period's meetings: count and amount, per key of their project.
template <class KeyOf>
void add_approvals(const Data& data, const ProjectIndex& index, const Period& period, KeyOf key_of,
                   auto add) {
    for (const detail::DatedDecision& dd : detail::decisions_in(data.meetings, period)) {
        const records::Project* p = project_of(index, *dd.decision);
        if (p == nullptr || dd.decision->result != records::DecisionResult::approved) {
            continue;
        }
        add(key_of(*p), dd.decision->amount.value_or(Money{0}).cents);
    }
}

/// Rows of `cells` per key, then their total.
template <std::size_t N>
void add_rows_and_total(Table& table,
                        const std::vector<std::pair<std::string, std::string>>& keys_labels,
                        std::map<std::string, std::array<std::int64_t, N>>& values, Lang lang) {
    std::array<std::int64_t, N> total{};
    for (const auto& [key, label] : keys_labels) {
        const std::array<std::int64_t, N>& v = values[key];
        Row row{key, label, {}, false};
        for (std::size_t i = 0; i < N; ++i) {
            row.cells.push_back(Cell::of(v[i]));
            total[i] += v[i];
        }
        table.rows.push_back(std::move(row));
    }
    Row row{"total", pick(lang, "Insgesamt", "Total"), {}, true};
    for (std::int64_t t : total) {
        row.cells.push_back(Cell::of(t));
    }
    table.rows.push_back(std::move(row));
}

const char* source_label(records::Funding f, Lang lang) {
    switch (f) {
        case records::Funding::city:
            return pick(lang, "Städtische Mittel", "City funds");
        case records::Funding::demokratie_leben:
            return "Demokratie leben!";
        case records::Funding::other:
            return pick(lang, "andere Programme", "Other programmes");
    }
    return "";
}

std::vector<std::pair<std::string, std::string>> ag_keys(const Data& data) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const records::Ag* ag : detail::ags_in_order(data.ags)) {
        out.emplace_back(ag->id, detail::ag_label(*ag));
    }
    return out;
}

}  // namespace

Table applications_by_ag(const Data& data, const Scope& scope) {
    const Lang lang = scope.lang;
    const Period& now = scope.current;
    const Period& before = scope.previous;
    Table t;
    t.name = "applications_by_ag";
    t.title = pick(lang, "Anträge und Bewilligungen nach AG", "Applications and approvals by AG");
    t.note = pick(lang,
                  "Anträge zählen im Jahr ihrer Nummer (PR-Jahr-Nr.), mit dem beantragten "
                  "Betrag; Bewilligungen und bewilligte Beträge zählen im Zeitraum der "
                  "beschließenden Sitzung.",
                  "Applications count in the year of their number (PR-year-no.), with the "
                  "amount requested; approvals and amounts approved count in the period of the "
                  "meeting that decided them.");
    t.columns = {
        column("applications", pick(lang, "Anträge", "Applications"), now, lang, Unit::count),
        column("requested", pick(lang, "Beantragt", "Requested"), now, lang, Unit::money),
        column("approved", pick(lang, "Bewilligt", "Approved"), now, lang, Unit::count),
        column("amount", pick(lang, "Betrag", "Amount"), now, lang, Unit::money),
        column("applications_previous", pick(lang, "Anträge", "Applications"), before, lang,
               Unit::count),
        column("approved_previous", pick(lang, "Bewilligt", "Approved"), before, lang, Unit::count),
        column("amount_previous", pick(lang, "Betrag", "Amount"), before, lang, Unit::money)};

    std::map<std::string, std::array<std::int64_t, 7>> values;
    for (const records::Project& p : data.projects) {
        int year = year_in_id(p.id);
        if (year_of(now.from) <= year && year <= year_of(now.to)) {
            values[p.ag][0] += 1;
            values[p.ag][1] += p.requested.cents;
        }
        if (year_of(before.from) <= year && year <= year_of(before.to)) {
            values[p.ag][4] += 1;
        }
    }
    const ProjectIndex index = index_of(data.projects);
    auto ag_of = [](const records::Project& p) { return p.ag; };
    add_approvals(data, index, now, ag_of, [&](const std::string& ag, std::int64_t cents) {
        values[ag][2] += 1;
        values[ag][3] += cents;
    });
    add_approvals(data, index, before, ag_of, [&](const std::string& ag, std::int64_t cents) {
        values[ag][5] += 1;
        values[ag][6] += cents;
    });
    add_rows_and_total(t, ag_keys(data), values, lang);
    return t;
}

Table funding_by_source(const Data& data, const Scope& scope) {
    const Lang lang = scope.lang;
    const Period& now = scope.current;
    const Period& before = scope.previous;
    Table t;
    t.name = "funding_by_source";
    t.title = pick(lang, "Fördermittel nach Quelle", "Funding by source");
    t.note = pick(lang,
                  "Bewilligungen und bewilligte Beträge der Sitzungen im Zeitraum nach der "
                  "Förderquelle des Projekts; Auszahlungen mit Datum im Zeitraum.",
                  "Approvals and amounts approved at the period's meetings by the project's "
                  "funding source; payments dated in the period.");
    t.columns = {
        column("approved", pick(lang, "Bewilligt", "Approved"), now, lang, Unit::count),
        column("amount", pick(lang, "Betrag", "Amount"), now, lang, Unit::money),
        column("paid", pick(lang, "Auszahlungen", "Payments"), now, lang, Unit::money),
        column("amount_previous", pick(lang, "Betrag", "Amount"), before, lang, Unit::money),
        column("paid_previous", pick(lang, "Auszahlungen", "Payments"), before, lang, Unit::money)};

    std::map<std::string, std::array<std::int64_t, 5>> values;
    auto source_of = [](const records::Project& p) {
        return std::string(records::word(p.funding));
    };
    const ProjectIndex index = index_of(data.projects);
    add_approvals(data, index, now, source_of, [&](const std::string& s, std::int64_t cents) {
        values[s][0] += 1;
        values[s][1] += cents;
    });
    add_approvals(data, index, before, source_of,
                  [&](const std::string& s, std::int64_t cents) { values[s][3] += cents; });
    for (const records::Project& p : data.projects) {
        for (const records::Payment& pay : p.payments.value_or(std::vector<records::Payment>{})) {
            if (within(pay.date, now)) {
                values[source_of(p)][2] += pay.amount.cents;
            }
            if (within(pay.date, before)) {
                values[source_of(p)][4] += pay.amount.cents;
            }
        }
    }
    std::vector<std::pair<std::string, std::string>> keys;
    for (records::Funding f :
         {records::Funding::city, records::Funding::demokratie_leben, records::Funding::other}) {
        keys.emplace_back(std::string(records::word(f)), source_label(f, lang));
    }
    add_rows_and_total(t, keys, values, lang);
    return t;
}

Table budget_use(const Data& data, const Scope& scope) {
    const Lang lang = scope.lang;
    const int year = year_of(scope.current.to);
    const Period whole_year{std::chrono::year{year} / 1 / 1, std::chrono::year{year} / 12 / 31};
    Table t;
    t.name = "budget_use";
    t.title = pick(lang, "Budget und Mittelabruf", "Budget and its use");
    t.note = pick(lang,
                  "Städtische Mittel je AG und die gemeinsamen Töpfe des Jahres: Budget laut "
                  "Haushalt, bewilligt (zurückgezogene Projekte mit dem Ausgezahlten), davon "
                  "bis zum Ende des Zeitraums ausgezahlt (auch an Projekte aus Vorjahren "
                  "Ausgezahltes zählt bei deren Jahr), und der bewilligte Anteil am Budget. "
                  "Ohne Summe: die Töpfe stammen aus verschiedenen Quellen.",
                  "City money per AG and the year's shared pots: the budget, the amount "
                  "approved (withdrawn projects with what was paid), of which paid by the end "
                  "of the period, and the share of the budget approved. No total: the pots "
                  "come from different sources.");
    t.columns = {
        column("budget", pick(lang, "Budget", "Budget"), whole_year, lang, Unit::money),
        column("approved", pick(lang, "Bewilligt", "Approved"), whole_year, lang, Unit::money),
        column("paid", pick(lang, "davon ausgezahlt", "of which paid"), whole_year, lang,
               Unit::money),
        column("used", pick(lang, "Anteil bewilligt", "Share approved"), whole_year, lang,
               Unit::percent)};
    t.chart = Chart::bars;
    t.chart_columns = {0, 1};

    std::vector<std::string> ids;
    std::map<std::string, std::string> labels;
    for (const records::Ag* ag : detail::ags_in_order(data.ags)) {
        ids.push_back(ag->id);
        labels[ag->id] = detail::ag_label(*ag);
    }
    const projects::MeetingDates dates = projects::meeting_dates(data.meetings);
    // As it stood at the period's end: a payment made later is not yet paid, so that the
    // report of a year says the same whenever it is made.
    std::vector<records::Project> as_of = data.projects;
    for (records::Project& p : as_of) {
        if (p.payments) {
            std::erase_if(*p.payments,
                          [&](const records::Payment& pay) { return pay.date > scope.current.to; });
        }
    }
    for (const projects::BudgetLine& line :
         projects::budget_lines(data.settings, as_of, dates, ids, year)) {
        const bool ag_city_line = !line.ag.empty() && line.funding == records::Funding::city;
        if (!ag_city_line && !line.ag.empty()) {
            continue;  // an AG's share of a shared pot: the pot's own row has it
        }
        Row row;
        row.key = ag_city_line ? line.ag : std::string(records::word(line.funding));
        row.label = ag_city_line ? labels[line.ag] : source_label(line.funding, lang);
        std::optional<std::int64_t> budget;
        if (line.budget) {
            budget = line.budget->cents;
        }
        row.cells = {budget ? Cell::of(*budget) : Cell::none(), Cell::of(line.approved.cents),
                     Cell::of(line.paid.cents),
                     budget ? parts::ratio(line.approved.cents, *budget, 1000) : Cell::none()};
        t.rows.push_back(std::move(row));
    }
    return t;
}

namespace {

/// The evaluation figures of one period: ended, participants, due, done, overdue; and
/// (last) how many of the projects that ended recorded their participants.
std::array<std::int64_t, 6> evaluation_counts(const std::vector<records::Project>& projects,
                                              const Period& period) {
    std::array<std::int64_t, 6> c{};
    for (const records::Project& p : projects) {
        if (p.status == records::ProjectStatus::withdrawn ||
            p.status == records::ProjectStatus::rejected) {
            continue;
        }
        if (p.period && within(p.period->to, period)) {
            c[0] += 1;
            c[1] += p.participants.value_or(0);
            c[5] += p.participants ? 1 : 0;
        }
        if (!p.evaluation) {
            continue;
        }
        const records::Evaluation& e = *p.evaluation;
        if (e.due && within(*e.due, period)) {
            c[2] += 1;
        }
        if (e.done && within(*e.done, period)) {
            c[3] += 1;
        }
        if (e.due && *e.due <= period.to && !(e.done && *e.done <= period.to)) {
            c[4] += 1;
        }
    }
    return c;
}

}  // namespace

Table evaluations(const Data& data, const Scope& scope) {
    const Lang lang = scope.lang;
    Table t;
    t.name = "evaluations";
    t.title = pick(lang, "Projektabschluss und Auswertung", "Project completion and evaluation");
    t.note = pick(lang,
                  "Projekte, deren Laufzeit im Zeitraum endete, und die erreichten "
                  "Teilnehmenden; Auswertungen, die im Zeitraum fällig waren oder erledigt "
                  "wurden, und die am letzten Tag des Zeitraums überfälligen. Zurückgezogene "
                  "und abgelehnte Anträge zählen nicht; Teilnehmende nur, soweit beim "
                  "Abschluss erfasst („–“: bei keinem Projekt).",
                  "Projects whose period ended in the period, and the participants they "
                  "reached; evaluations due or done in the period, and those overdue on its "
                  "last day. Withdrawn and rejected applications do not count; participants as "
                  "far as recorded on completion (\"–\": by no project).");
    t.columns = {column("count", "", scope.current, lang, Unit::count),
                 column("count_previous", "", scope.previous, lang, Unit::count)};
    const std::array<std::int64_t, 6> now = evaluation_counts(data.projects, scope.current);
    const std::array<std::int64_t, 6> before = evaluation_counts(data.projects, scope.previous);
    const std::array<std::pair<const char*, std::string>, 5> rows = {{
        {"ended", pick(lang, "Projekte beendet", "Projects ended")},
        {"participants", pick(lang, "Teilnehmende erreicht", "Participants reached")},
        {"due", pick(lang, "Auswertungen fällig", "Evaluations due")},
        {"done", pick(lang, "Auswertungen erledigt", "Evaluations done")},
        {"overdue", pick(lang, "Auswertungen überfällig", "Evaluations overdue")},
    }};
    // Participants are recorded by `project complete`: where no project that ended recorded
    // them, the sum is not 0 but unknown.
    auto cell = [](const std::array<std::int64_t, 6>& c, std::size_t i) {
        return i == 1 && c[5] == 0 ? Cell::none() : Cell::of(c[i]);
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        t.rows.push_back(
            Row{rows[i].first, rows[i].second, {cell(now, i), cell(before, i)}, false});
    }
    return t;
}

}  // namespace integra::report
