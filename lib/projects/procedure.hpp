#pragma once
// The AGs' rules of procedure (Geschäftsordnung) as integra.yaml's `rules:` states them: who is
// in office on a day, whether a meeting had a quorum, whether votes are possible, what they
// decide, and how decisions are numbered. `ag decide` refuses by these rules and `check`
// reports records that break them; both call the functions here.
//
// A member's term is the half-open span [from, to): `to` is the first day no longer in office
// (`ag member end --on D` ends the term on D), as a housing stay's `to` is the move-out day.
//
// Quorum (`more_than_half_of_voting_members`, the default): the voting members in office that
// day are the seats; more than half of them must be present. A present deputy without a vote
// of their own (role deputy, `voting: false`) stands in for one absent voting member, so counts
// and may vote in that member's place; a deputy with `voting: true` holds a seat of their own.
// There are no proxy votes: at most as many votes as seats represented by persons present.
//
// Majority (`more_yes_than_no`, the default): approved when there are more yes than no votes;
// abstentions count for neither side.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "records/settings_file.hpp"
#include "records/types.hpp"

namespace integra::projects {

/// Whether `member` is in office on `day`.
bool in_office(const records::Member& member, const Date& day);

/// Who of an AG was at a meeting, as the rules of procedure count them.
struct Attendance {
    records::Count seats = 0;          ///< voting members in office that day
    records::Count present = 0;        ///< of them present
    records::Count standing_in = 0;    ///< present non-voting deputies standing in for absentees
    std::vector<std::string> unknown;  ///< present keys that are no member of the AG
    std::vector<std::string> out_of_office;  ///< present keys of members not in office that day
    /// Seats represented: present voting members and the deputies standing in.
    records::Count represented() const { return present + standing_in; }
};

/// The attendance of `present` (member keys) at a meeting of `ag` on `day`.
Attendance attendance_of(const records::Ag& ag, const std::vector<std::string>& present,
                         const Date& day);

/// The rules in force: integra.yaml's `rules:` with the defaults filled in.
struct Procedure {
    records::Quorum quorum = records::Quorum::more_than_half_of_voting_members;
    records::Majority majority = records::Majority::more_yes_than_no;
    records::Count meetings_per_year = 3;
};
Procedure procedure_of(const records::SettingsFile& settings);

/// Whether the meeting had a quorum.
bool has_quorum(const Attendance& a, const Procedure& rules);

/// Why the meeting had no quorum, for a message: `4 of 9 voting members present, 5 needed`.
std::string quorum_shortfall(const Attendance& a, const Procedure& rules);

/// The least number of seats represented that makes a quorum.
records::Count quorum_needed(records::Count seats, const Procedure& rules);

/// Whether yes + no + abstain can have been cast by the persons present (no proxy votes).
bool votes_possible(records::Count yes, records::Count no, records::Count abstain,
                    const Attendance& a);

/// What the votes decide: approved or rejected.
records::DecisionResult outcome(records::Count yes, records::Count no, const Procedure& rules);

/// A decision number `2025/07`: the year and the sequence within it; nullopt when `number`
/// does not have that shape.
struct DecisionNumber {
    int year = 0;
    int sequence = 0;
};
std::optional<DecisionNumber> parse_decision_number(std::string_view number);
std::string format_decision_number(DecisionNumber n);

/// The next number in `year` after every decision of every meeting (numbering is per year,
/// across all AGs).
std::string next_decision_number(const std::vector<records::Meeting>& meetings, int year);

}  // namespace integra::projects
