#pragma once
// The working groups (`integra ag ...`): members, meetings, decisions and topics. The rules of
// procedure (quorum, deputies, majority, numbering) are projects/procedure.hpp's, the budget
// rule projects/ledger.hpp's and the project's lifecycle projects/lifecycle.hpp's; this file
// only loads records, applies those rules and builds write plans.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ops/plan.hpp"
#include "projects/ledger.hpp"
#include "projects/procedure.hpp"
#include "records/types.hpp"
#include "store/store.hpp"
#include "util/json.hpp"

namespace integra::ops {

/// One AG in `ag list`.
struct AgRow {
    records::Ag ag;
    records::Count voting = 0;    ///< voting members in office today
    records::Count members = 0;   ///< members in office today
    records::Count meetings = 0;  ///< meetings this year
    records::Count open = 0;      ///< projects of the AG with status submitted
};

/// `ag list`: every AG in ID order, with the year's meetings against the rules' number.
struct AgList {
    int year = 0;
    records::Count meetings_per_year = 0;
    std::vector<AgRow> rows;
};
AgList list_ags(const store::Store& store, const Date& today);

/// `ag show`: the AG, its meetings this year (by date), its budget position this year
/// (projects::budget_lines for this AG and the shared pots) and its open applications.
struct AgReport {
    records::Ag ag;
    int year = 0;
    records::Count meetings_per_year = 0;
    std::vector<records::Meeting> meetings;
    std::vector<projects::BudgetLine> budget;
    std::vector<records::Project> open;
};
AgReport show_ag(const store::Store& store, const std::string& id, const Date& today);

/// Whether a member's term has ended by `day` (`to` on or before it).
bool former(const records::Member& member, const Date& day);

/// A new member of `ag_id` with the next key (m<N+1> after the highest key ever given), from
/// `member.from`. The plan's id is the key. Refuses a second chair in office.
WritePlan plan_add_member(const store::Store& store, const std::string& ag_id,
                          records::Member member, const Date& today);

/// Ends the term of member `key` of `ag_id` on `on` (the first day no longer in office).
WritePlan plan_end_member(const store::Store& store, const std::string& ag_id,
                          const std::string& key, const Date& on, const Date& today);

/// A new meeting (ID M-YEAR-NNNN of its date's year); `note` says when it had no quorum.
struct MeetingPlan {
    WritePlan plan;
    std::optional<std::string> note;
};
MeetingPlan plan_add_meeting(const store::Store& store, records::Meeting meeting,
                             const Date& today);

/// What `ag decide` was told.
struct Vote {
    records::Count yes = 0, no = 0, abstain = 0;
    std::optional<Money> amount;
    std::optional<std::string> over_budget;
};

/// A decision on a project at a meeting: meeting and project change in one plan.
struct DecidePlan {
    WritePlan plan;
    std::string number;
    records::DecisionResult result = records::DecisionResult::deferred;
    std::optional<Money> amount;
};
DecidePlan plan_decide(const store::Store& store, const std::string& meeting_id,
                       const std::string& project_id, const Vote& vote, const Date& today);

/// The origin a topic names in a trailing parenthetical, from its first capitalised word:
/// "... (eingebracht von den Integrationslotsen)" → "Integrationslotsen"; nullopt without one.
std::optional<std::string> topic_origin(std::string_view topic);

/// One topic of a meeting in `ag topics`; `origin` is "AG <name>" when the topic names none.
struct TopicRow {
    Date date;
    std::string ag;
    std::string meeting;
    std::string topic;
    std::string origin;
};
struct TopicCount {
    std::string origin;
    records::Count topics = 0;
};
struct TopicList {
    std::vector<TopicRow> rows;      ///< by date, then meeting ID, in the meeting's order
    std::vector<TopicCount> counts;  ///< by number of topics, most first, then origin
};
TopicList list_topics(const store::Store& store, std::optional<int> year);

/// `ag list`: {year, meetings_per_year, ags: [{id, name, voting, members, meetings, open}]}.
Json ag_list_json(const AgList& list);

/// `ag show`: {id, name, year, meetings_per_year, members: [{key, name, organisation, role,
/// voting, from}], former: [{key, name, role, from, to}], meetings: [{id, date, present,
/// guests, topics, decisions: [{number, project, yes, no, abstain, result, amount}]}], budget:
/// [{ag, funding, budget, approved, paid, remaining}], open: [{id, title, funding,
/// requested}]}; money as decimal strings, absent values null.
Json ag_report_json(const AgReport& report, const Date& today);

/// `ag topics`: {topics: [{date, ag, meeting, topic, origin}], origins: [{origin, topics}]}.
Json topics_json(const TopicList& list);

}  // namespace integra::ops
