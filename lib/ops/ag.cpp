#include "ops/ag.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "ops/record.hpp"
#include "projects/lifecycle.hpp"
#include "store/typed.hpp"

namespace integra::ops {

namespace {

using records::Count;

store::Loaded<records::Ag> load_ag(const store::Store& store, const std::string& id,
                                   bool for_change) {
    store::require_id_of<records::Ag>(id);
    if (!store.exists(kind("ags"), id)) {
        throw Failure(Exit::invalid,
                      fmt::format("there is no AG {}; `integra ag list` shows the AGs", id));
    }
    return for_change ? load_for_change<records::Ag>(store, id)
                      : store::load_typed<records::Ag>(store, id);
}

std::vector<records::Member>& members_of(records::Ag& ag) {
    if (!ag.members) {
        ag.members.emplace();
    }
    return *ag.members;
}

int key_number(std::string_view key) {
    if (key.size() < 2 || key[0] != 'm') {
        return 0;
    }
    auto n = parse_count(key.substr(1));
    return n ? static_cast<int>(*n) : 0;
}

/// Whether [from, to) of `m` overlaps [from, ∞).
bool overlaps_from(const records::Member& m, const Date& from) {
    return !m.to || *m.to > from;
}

}  // namespace

bool former(const records::Member& member, const Date& day) {
    return member.to && *member.to <= day;
}

AgList list_ags(const store::Store& store, const Date& today) {
    auto rules = projects::procedure_of(settings_file(store));
    int year = year_of(today);
    auto meetings = store::load_all<records::Meeting>(store, kind("meetings"));
    auto projects = store::load_all<records::Project>(store, kind("projects"));
    AgList list{year, rules.meetings_per_year, {}};
    for (auto& ag : store::load_all<records::Ag>(store, kind("ags"))) {
        AgRow row{std::move(ag), 0, 0, 0, 0};
        for (const records::Member& m : row.ag.members.value_or(std::vector<records::Member>{})) {
            if (projects::in_office(m, today)) {
                ++row.members;
                row.voting += m.voting ? 1 : 0;
            }
        }
        row.meetings = std::count_if(meetings.begin(), meetings.end(), [&](const auto& m) {
            return m.ag == row.ag.id && year_of(m.date) == year;
        });
        row.open = std::count_if(projects.begin(), projects.end(), [&](const auto& p) {
            return p.ag == row.ag.id && p.status == records::ProjectStatus::submitted;
        });
        list.rows.push_back(std::move(row));
    }
    return list;
}

AgReport show_ag(const store::Store& store, const std::string& id, const Date& today) {
    AgReport r{load_ag(store, id, false).record, year_of(today), 0, {}, {}, {}};
    auto settings = settings_file(store);
    r.meetings_per_year = projects::procedure_of(settings).meetings_per_year;
    auto meetings = store::load_all<records::Meeting>(store, kind("meetings"));
    auto projects = store::load_all<records::Project>(store, kind("projects"));
    for (const auto& m : meetings) {
        if (m.ag == id && year_of(m.date) == r.year) {
            r.meetings.push_back(m);
        }
    }
    std::stable_sort(r.meetings.begin(), r.meetings.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    r.budget =
        projects::budget_lines(settings, projects, projects::meeting_dates(meetings), {id}, r.year);
    for (const auto& p : projects) {
        if (p.ag == id && p.status == records::ProjectStatus::submitted) {
            r.open.push_back(p);
        }
    }
    return r;
}

WritePlan plan_add_member(const store::Store& store, const std::string& ag_id,
                          records::Member member, const Date& today) {
    auto before = load_ag(store, ag_id, true);
    records::Ag ag = before.record;
    auto& members = members_of(ag);
    int highest = 0;
    for (const records::Member& m : members) {
        highest = std::max(highest, key_number(m.key));
        if (member.role == records::Role::chair && m.role == records::Role::chair &&
            overlaps_from(m, member.from)) {
            throw Failure(Exit::invalid,
                          fmt::format("{} already has a chair in office from {} on: {}; end that "
                                      "term first (`integra ag member end {} {} --on DATE`)",
                                      ag_id, format_date(member.from), m.key, ag_id, m.key));
        }
    }
    member.key = fmt::format("m{}", highest + 1);
    members.push_back(member);
    WritePlan plan = change_plan(
        store, before, ag,
        fmt::format("ag member add: {} {} {}", ag_id, member.key, records::word(member.role)),
        today);
    plan.id = member.key;
    return plan;
}

WritePlan plan_end_member(const store::Store& store, const std::string& ag_id,
                          const std::string& key, const Date& on, const Date& today) {
    auto before = load_ag(store, ag_id, true);
    records::Ag ag = before.record;
    auto& members = members_of(ag);
    auto it =
        std::find_if(members.begin(), members.end(), [&](const auto& m) { return m.key == key; });
    if (it == members.end()) {
        throw Failure(Exit::invalid,
                      fmt::format("{} has no member {}; `integra ag show {}` lists the members",
                                  ag_id, key, ag_id));
    }
    if (it->to) {
        throw Failure(Exit::invalid,
                      fmt::format("the term of {} in {} already ended on {}; to change it, "
                                  "`integra edit {}`",
                                  key, ag_id, format_date(*it->to), ag_id));
    }
    if (on <= it->from) {
        throw Failure(Exit::invalid,
                      fmt::format("{} of {} is in office from {}; the end must come after that "
                                  "day (the end day is the first day no longer in office)",
                                  key, ag_id, format_date(it->from)));
    }
    // The last meeting the member attended: the term cannot end on or before it.
    std::optional<records::Meeting> last;
    for (auto& m : store::load_all<records::Meeting>(store, kind("meetings"))) {
        const auto& present = m.present.value_or(std::vector<std::string>{});
        if (m.ag == ag_id && std::find(present.begin(), present.end(), key) != present.end() &&
            (!last || last->date < m.date)) {
            last = std::move(m);
        }
    }
    if (last && on <= last->date) {
        throw Failure(Exit::invalid,
                      fmt::format("{} of {} was present at {} on {}, so the term cannot end on "
                                  "{}; end it on {} or later (the end day is the first day no "
                                  "longer in office)",
                                  key, ag_id, last->id, format_date(last->date), format_date(on),
                                  format_date(add_days(last->date, 1))));
    }
    it->to = on;
    return change_plan(store, before, ag, fmt::format("ag member end: {} {} to", ag_id, key),
                       today);
}

MeetingPlan plan_add_meeting(const store::Store& store, records::Meeting meeting,
                             const Date& today) {
    records::Ag ag = load_ag(store, meeting.ag, false).record;
    const auto& present = meeting.present.value();
    auto a = projects::attendance_of(ag, present, meeting.date);
    if (!a.unknown.empty()) {
        throw Failure(Exit::invalid,
                      fmt::format("{} has no member {}; `integra ag show {}` lists the members",
                                  ag.id, fmt::join(a.unknown, ", "), ag.id));
    }
    if (!a.out_of_office.empty()) {
        throw Failure(
            Exit::invalid,
            fmt::format("not in office in {} on {}: {}; `integra ag show {}` lists the "
                        "members and their terms",
                        ag.id, format_date(meeting.date), fmt::join(a.out_of_office, ", "), ag.id));
    }
    for (std::size_t i = 0; i < present.size(); ++i) {
        if (std::find(present.begin(), present.begin() + static_cast<long>(i), present[i]) !=
            present.begin() + static_cast<long>(i)) {
            throw Failure(Exit::usage, fmt::format("--present names {} twice", present[i]));
        }
    }
    auto rules = projects::procedure_of(settings_file(store));
    MeetingPlan out;
    if (!projects::has_quorum(a, rules)) {
        out.note = fmt::format("no quorum ({}); this meeting cannot decide",
                               projects::quorum_shortfall(a, rules));
    }
    meeting.id = store.next_id(kind("meetings"), year_of(meeting.date));
    out.plan = new_record_plan(store, kind("meetings"), meeting, UnknownWords{},
                               fmt::format("ag meeting add: {} {}", meeting.id, ag.id), today);
    return out;
}

DecidePlan plan_decide(const store::Store& store, const std::string& meeting_id,
                       const std::string& project_id, const Vote& vote, const Date& today) {
    store::require_id_of<records::Meeting>(meeting_id);
    store::require_id_of<records::Project>(project_id);
    auto meeting_before = load_for_change<records::Meeting>(store, meeting_id);
    auto project_before = load_for_change<records::Project>(store, project_id);
    records::Meeting meeting = meeting_before.record;
    records::Project project = project_before.record;
    auto refuse = [](std::string why) { throw Failure(Exit::invalid, why); };
    if (meeting.date > today) {
        refuse(
            fmt::format("{} is dated {}, after today; a decision is recorded once the "
                        "meeting has taken place",
                        meeting.id, format_date(meeting.date)));
    }
    if (project.ag != meeting.ag) {
        refuse(
            fmt::format("{} is an application to {}, but {} is a meeting of {}; decide it at "
                        "a meeting of {}",
                        project.id, project.ag, meeting.id, meeting.ag, project.ag));
    }
    if (auto why = projects::refusal(project, projects::Action::decide)) {
        refuse(*why);
    }
    records::Ag ag = load_ag(store, meeting.ag, false).record;
    auto settings = settings_file(store);
    auto rules = projects::procedure_of(settings);
    auto a = projects::attendance_of(ag, meeting.present.value_or(std::vector<std::string>{}),
                                     meeting.date);
    if (!projects::has_quorum(a, rules)) {
        refuse(fmt::format("{} had no quorum ({}), so it cannot decide", meeting.id,
                           projects::quorum_shortfall(a, rules)));
    }
    if (!projects::votes_possible(vote.yes, vote.no, vote.abstain, a)) {
        refuse(
            fmt::format("{} votes given ({} yes, {} no, {} abstain), but only {} seats were "
                        "represented at {} (no proxy votes); check the minutes",
                        vote.yes + vote.no + vote.abstain, vote.yes, vote.no, vote.abstain,
                        a.represented(), meeting.id));
    }
    auto result = projects::outcome(vote.yes, vote.no, rules);
    bool approved = result == records::DecisionResult::approved;
    if (!approved && vote.amount) {
        refuse(fmt::format("the votes reject {} ({} yes, {} no); leave out --amount", project.id,
                           vote.yes, vote.no));
    }
    if (!approved && vote.over_budget) {
        refuse(fmt::format("the votes reject {} ({} yes, {} no); leave out --over-budget",
                           project.id, vote.yes, vote.no));
    }
    Money amount = vote.amount.value_or(project.requested);
    if (amount > project.requested) {
        refuse(fmt::format("{} requested {}; an approval of {} would be more than that", project.id,
                           format_money(project.requested), format_money(amount)));
    }
    auto meetings = store::load_all<records::Meeting>(store, kind("meetings"));
    int year = year_of(meeting.date);
    std::optional<std::string> over_budget;
    if (approved) {
        auto pot = projects::pot_of(year, project.funding, project.ag);
        auto budget = projects::budget_of(settings, pot);
        if (!budget && projects::must_be_budgeted(pot)) {
            budget = Money{0};
        }
        if (budget) {
            auto all = store::load_all<records::Project>(store, kind("projects"));
            auto ledger = projects::ledger_of(all, projects::meeting_dates(meetings));
            Money drawn = ledger.approved.contains(pot) ? ledger.approved[pot] : Money{0};
            Money left{budget->cents - drawn.cents};
            std::string pot_name =
                pot.ag.empty() ? fmt::format("{} {}", records::word(pot.funding), year)
                               : fmt::format("{} {} {}", records::word(pot.funding), pot.ag, year);
            if (amount > left && !vote.over_budget) {
                refuse(
                    fmt::format("approving {} for {} exceeds the budget {}: budget {}, already "
                                "approved {}, remaining {}; approve less with --amount, or "
                                "record why with --over-budget REASON",
                                format_money(amount), project.id, pot_name, format_money(*budget),
                                format_money(drawn), format_money(left)));
            }
            if (amount <= left && vote.over_budget) {
                refuse(
                    fmt::format("approving {} for {} stays within the budget {} (remaining "
                                "{}); leave out --over-budget",
                                format_money(amount), project.id, pot_name, format_money(left)));
            }
        } else if (vote.over_budget) {
            refuse(
                fmt::format("integra.yaml sets no budget for {} in {}, so nothing is over "
                            "it; leave out --over-budget",
                            records::word(project.funding), year));
        }
        over_budget = vote.over_budget;
    }
    records::Decision d;
    d.number = projects::next_decision_number(meetings, year);
    d.project = project.id;
    d.yes = vote.yes;
    d.no = vote.no;
    d.abstain = vote.abstain;
    d.result = result;
    if (approved) {
        d.amount = amount;
    }
    d.over_budget = over_budget;
    if (!meeting.decisions) {
        meeting.decisions.emplace();
    }
    meeting.decisions->push_back(d);

    project.decision = meeting.id;
    if (approved) {
        project.status = records::ProjectStatus::approved;
        project.approved = amount;
        auto due = projects::evaluation_due(project, projects::deadlines_of(settings));
        if (due && !(project.evaluation && project.evaluation->due)) {
            if (!project.evaluation) {
                project.evaluation.emplace();
            }
            project.evaluation->due = due;
        }
    } else {
        project.status = records::ProjectStatus::rejected;
    }
    std::string message = fmt::format("ag decide: {} {} {} {}", meeting.id, d.number, project.id,
                                      records::word(result));
    WritePlan plan = change_plan(store, meeting_before, meeting, message, today);
    merge_into(plan, change_plan(store, project_before, project, message, today));
    plan.id = meeting.id;
    return DecidePlan{std::move(plan), d.number, result, d.amount};
}

std::optional<std::string> topic_origin(std::string_view topic) {
    while (!topic.empty() && topic.back() == ' ') {
        topic.remove_suffix(1);
    }
    if (topic.empty() || topic.back() != ')') {
        return std::nullopt;
    }
    auto open = topic.rfind('(');
    if (open == std::string_view::npos) {
        return std::nullopt;
    }
    std::string_view inner = topic.substr(open + 1, topic.size() - open - 2);
    // From the first word that begins with a capital (A-Z, or Ä Ö Ü in UTF-8).
    for (std::size_t i = 0; i < inner.size(); ++i) {
        if (i > 0 && inner[i - 1] != ' ') {
            continue;
        }
        auto c = static_cast<unsigned char>(inner[i]);
        bool capital =
            (c >= 'A' && c <= 'Z') || (c == 0xC3 && i + 1 < inner.size() &&
                                       (static_cast<unsigned char>(inner[i + 1]) == 0x84 ||
                                        static_cast<unsigned char>(inner[i + 1]) == 0x96 ||
                                        static_cast<unsigned char>(inner[i + 1]) == 0x9C));
        if (capital) {
            return std::string(inner.substr(i));
        }
    }
    return inner.empty() ? std::nullopt : std::optional<std::string>(std::string(inner));
}

TopicList list_topics(const store::Store& store, std::optional<int> year) {
    std::map<std::string, std::string, std::less<>> names;
    for (const auto& ag : store::load_all<records::Ag>(store, kind("ags"))) {
        names[ag.id] = ag.name;
    }
    auto meetings = store::load_all<records::Meeting>(store, kind("meetings"));
    std::stable_sort(meetings.begin(), meetings.end(), [](const auto& a, const auto& b) {
        return std::tie(a.date, a.id) < std::tie(b.date, b.id);
    });
    TopicList list;
    std::map<std::string, Count> counts;
    for (const auto& m : meetings) {
        if ((year && year_of(m.date) != *year) || !m.topics) {
            continue;
        }
        for (const std::string& t : *m.topics) {
            auto named = names.find(m.ag);
            std::string origin = topic_origin(t).value_or(
                fmt::format("AG {}", named == names.end() ? m.ag : named->second));
            ++counts[origin];
            list.rows.push_back(TopicRow{m.date, m.ag, m.id, t, std::move(origin)});
        }
    }
    for (auto& [origin, n] : counts) {
        list.counts.push_back(TopicCount{origin, n});
    }
    std::stable_sort(list.counts.begin(), list.counts.end(),
                     [](const auto& a, const auto& b) { return a.topics > b.topics; });
    return list;
}

Json ag_list_json(const AgList& list) {
    Json ags = Json::array();
    for (const AgRow& r : list.rows) {
        ags.push_back({{"id", r.ag.id},
                       {"name", r.ag.name},
                       {"voting", r.voting},
                       {"members", r.members},
                       {"meetings", r.meetings},
                       {"open", r.open}});
    }
    return {{"year", list.year},
            {"meetings_per_year", list.meetings_per_year},
            {"ags", std::move(ags)}};
}

Json ag_report_json(const AgReport& r, const Date& today) {
    Json members = Json::array();
    Json formers = Json::array();
    for (const records::Member& m : r.ag.members.value_or(std::vector<records::Member>{})) {
        if (former(m, today)) {
            formers.push_back({{"key", m.key},
                               {"name", m.name},
                               {"role", records::word(m.role)},
                               {"from", format_date(m.from)},
                               {"to", format_date(*m.to)}});
        } else {
            members.push_back({{"key", m.key},
                               {"name", m.name},
                               {"organisation", optional_json(m.organisation)},
                               {"role", records::word(m.role)},
                               {"voting", m.voting},
                               {"from", format_date(m.from)}});
        }
    }
    Json meetings = Json::array();
    for (const records::Meeting& m : r.meetings) {
        Json decisions = Json::array();
        for (const records::Decision& d : m.decisions.value_or(std::vector<records::Decision>{})) {
            decisions.push_back({{"number", d.number},
                                 {"project", optional_json(d.project)},
                                 {"yes", d.yes},
                                 {"no", d.no},
                                 {"abstain", d.abstain},
                                 {"result", records::word(d.result)},
                                 {"amount", d.amount ? money_json(*d.amount) : Json(nullptr)}});
        }
        meetings.push_back({{"id", m.id},
                            {"date", format_date(m.date)},
                            {"present", m.present ? m.present->size() : 0},
                            {"guests", m.guests ? Json(*m.guests) : Json(nullptr)},
                            {"topics", m.topics ? m.topics->size() : 0},
                            {"decisions", std::move(decisions)}});
    }
    auto money = [](const std::optional<Money>& m) { return m ? money_json(*m) : Json(nullptr); };
    Json budget = Json::array();
    for (const projects::BudgetLine& b : r.budget) {
        budget.push_back({{"ag", b.ag.empty() ? Json(nullptr) : Json(b.ag)},
                          {"funding", records::word(b.funding)},
                          {"budget", money(b.budget)},
                          {"approved", money_json(b.approved)},
                          {"paid", money_json(b.paid)},
                          {"remaining", money(b.remaining)}});
    }
    Json open = Json::array();
    for (const records::Project& p : r.open) {
        open.push_back({{"id", p.id},
                        {"title", p.title},
                        {"funding", records::word(p.funding)},
                        {"requested", money_json(p.requested)}});
    }
    return {{"id", r.ag.id},
            {"name", r.ag.name},
            {"year", r.year},
            {"meetings_per_year", r.meetings_per_year},
            {"members", std::move(members)},
            {"former", std::move(formers)},
            {"meetings", std::move(meetings)},
            {"budget", std::move(budget)},
            {"open", std::move(open)}};
}

Json topics_json(const TopicList& list) {
    Json topics = Json::array();
    for (const TopicRow& t : list.rows) {
        topics.push_back({{"date", format_date(t.date)},
                          {"ag", t.ag},
                          {"meeting", t.meeting},
                          {"topic", t.topic},
                          {"origin", t.origin}});
    }
    Json origins = Json::array();
    for (const TopicCount& c : list.counts) {
        origins.push_back({{"origin", c.origin}, {"topics", c.topics}});
    }
    return {{"topics", std::move(topics)}, {"origins", std::move(origins)}};
}

}  // namespace integra::ops
