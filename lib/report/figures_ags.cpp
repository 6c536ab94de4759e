// The AG figures (section `ags`): meetings, attendance, guests and decisions per AG, and the
// decisions by result. AG meetings are public: no column here is personal.

#include <array>
#include <map>

#include "projects/procedure.hpp"
#include "report/ag_rows.hpp"
#include "report/figures.hpp"

namespace integra::report {

namespace {

using detail::column;
using detail::within;

/// One AG's (or all AGs') meetings in the two periods. Attendance adds up over the meetings:
/// voting members present over voting members in office, so a large meeting weighs more.
struct MeetingTally {
    std::int64_t meetings = 0;
    std::int64_t present = 0;
    std::int64_t seats = 0;
    std::int64_t guests = 0;
    std::int64_t decisions = 0;
    std::int64_t meetings_previous = 0;
    std::int64_t decisions_previous = 0;

    void add(const MeetingTally& o) {
        meetings += o.meetings;
        present += o.present;
        seats += o.seats;
        guests += o.guests;
        decisions += o.decisions;
        meetings_previous += o.meetings_previous;
        decisions_previous += o.decisions_previous;
    }

    std::vector<Cell> cells() const {
        return {
            Cell::of(meetings),  parts::ratio(present, seats, 1000), Cell::of(guests),
            Cell::of(decisions), Cell::of(meetings_previous),        Cell::of(decisions_previous)};
    }
};

std::int64_t decision_count(const records::Meeting& m) {
    return m.decisions ? static_cast<std::int64_t>(m.decisions->size()) : 0;
}

MeetingTally tally_of(const records::Ag& ag, const std::vector<records::Meeting>& meetings,
                      const Scope& scope) {
    MeetingTally t;
    for (const records::Meeting& m : meetings) {
        if (m.ag != ag.id) {
            continue;
        }
        if (within(m.date, scope.current)) {
            projects::Attendance a =
                projects::attendance_of(ag, m.present.value_or(std::vector<std::string>{}), m.date);
            t.meetings += 1;
            t.present += a.present;
            t.seats += a.seats;
            t.guests += m.guests.value_or(0);
            t.decisions += decision_count(m);
        }
        if (within(m.date, scope.previous)) {
            t.meetings_previous += 1;
            t.decisions_previous += decision_count(m);
        }
    }
    return t;
}

}  // namespace

Table ag_meetings(const Data& data, const Scope& scope) {
    const Lang lang = scope.lang;
    const Period& now = scope.current;
    const Period& before = scope.previous;
    Table t;
    t.name = "ag_meetings";
    t.title = pick(lang, "Sitzungen der AGs", "AG meetings");
    t.note = pick(lang,
                  "Sitzungen im Zeitraum; Anwesenheit: anwesende stimmberechtigte Mitglieder "
                  "über die am Sitzungstag stimmberechtigten Mitglieder, über alle Sitzungen "
                  "zusammengezählt; Gäste und Beschlüsse der Sitzungen.",
                  "Meetings in the period; attendance: voting members present over the voting "
                  "members in office on the meeting's day, added up over all meetings; the "
                  "meetings' guests and decisions.");
    t.columns = {
        column("meetings", pick(lang, "Sitzungen", "Meetings"), now, lang, Unit::count),
        column("attendance", pick(lang, "Anwesenheit", "Attendance"), now, lang, Unit::percent),
        column("guests", pick(lang, "Gäste", "Guests"), now, lang, Unit::count),
        column("decisions", pick(lang, "Beschlüsse", "Decisions"), now, lang, Unit::count),
        column("meetings_previous", pick(lang, "Sitzungen", "Meetings"), before, lang, Unit::count),
        column("decisions_previous", pick(lang, "Beschlüsse", "Decisions"), before, lang,
               Unit::count)};
    MeetingTally total;
    for (const records::Ag* ag : detail::ags_in_order(data.ags)) {
        MeetingTally tally = tally_of(*ag, data.meetings, scope);
        total.add(tally);
        t.rows.push_back(Row{ag->id, detail::ag_label(*ag), tally.cells(), false});
    }
    t.rows.push_back(Row{"total", pick(lang, "Insgesamt", "Total"), total.cells(), true});
    return t;
}

Table ag_decisions(const Data& data, const Scope& scope) {
    const Lang lang = scope.lang;
    Table t;
    t.name = "ag_decisions";
    t.title = pick(lang, "Beschlüsse der AGs", "AG decisions");
    t.note = pick(lang, "Beschlüsse der Sitzungen im Zeitraum nach Ergebnis.",
                  "Decisions of the period's meetings by result.");
    t.columns = {column("count", "", scope.current, lang, Unit::count),
                 column("count_previous", "", scope.previous, lang, Unit::count)};
    using records::DecisionResult;
    std::map<DecisionResult, std::array<std::int64_t, 2>> counts;
    for (const detail::DatedDecision& d : detail::decisions_in(data.meetings, scope.current)) {
        counts[d.decision->result][0] += 1;
    }
    for (const detail::DatedDecision& d : detail::decisions_in(data.meetings, scope.previous)) {
        counts[d.decision->result][1] += 1;
    }
    const std::array<std::pair<DecisionResult, const char*>, 3> results = {{
        {DecisionResult::approved, pick(lang, "bewilligt", "approved")},
        {DecisionResult::rejected, pick(lang, "abgelehnt", "rejected")},
        {DecisionResult::deferred, pick(lang, "vertagt", "deferred")},
    }};
    std::array<std::int64_t, 2> total{};
    for (const auto& [result, label] : results) {
        const std::array<std::int64_t, 2>& c = counts[result];
        t.rows.push_back(Row{
            std::string(records::word(result)), label, {Cell::of(c[0]), Cell::of(c[1])}, false});
        total[0] += c[0];
        total[1] += c[1];
    }
    t.rows.push_back(Row{
        "total", pick(lang, "Insgesamt", "Total"), {Cell::of(total[0]), Cell::of(total[1])}, true});
    return t;
}

}  // namespace integra::report
