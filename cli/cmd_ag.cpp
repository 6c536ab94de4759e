// `integra ag ...`: the five working groups (AGs), their members, meetings and decisions
// under the rules of procedure (SPEC §4).

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "app.hpp"
#include "ops/ag.hpp"
#include "projects/procedure.hpp"
#include "util/text.hpp"

namespace integra::cli {

namespace {

std::string money_or_dash(const std::optional<Money>& m) {
    return m ? format_money(*m) : "-";
}

void print_ag_list(const ops::AgList& list, const std::string& f) {
    if (f == "csv") {
        fmt::print("{}", csv_line({"id", "name", "voting", "members", "meetings", "open"}));
        for (const auto& r : list.rows) {
            fmt::print("{}", csv_line({r.ag.id, r.ag.name, std::to_string(r.voting),
                                       std::to_string(r.members), std::to_string(r.meetings),
                                       std::to_string(r.open)}));
        }
        return;
    }
    if (f == "json") {
        print_json(ops::ag_list_json(list));
        return;
    }
    constexpr auto row = "{:<5}{:<32}{:>7}{:>9}{:>10}{:>6}\n";
    fmt::print(row, "ID", "Name", "Voting", "Members", fmt::format("Mtg {}", list.year), "Open");
    for (const auto& r : list.rows) {
        fmt::print(row, r.ag.id, r.ag.name, r.voting, r.members,
                   fmt::format("{}/{}", r.meetings, list.meetings_per_year), r.open);
    }
}

void print_ag_report(const ops::AgReport& r, const Date& today) {
    fmt::print("{}  {}\n\nMembers in office on {}:\n", r.ag.id, r.ag.name, format_date(today));
    const auto members = r.ag.members.value_or(std::vector<records::Member>{});
    for (const auto& m : members) {
        if (!ops::former(m, today)) {
            fmt::print("  {:<5}{:<28}{:<40}{:<9}{:<11}from {}\n", m.key, m.name,
                       m.organisation.value_or("-"), records::word(m.role),
                       m.voting ? "voting" : "no vote", format_date(m.from));
        }
    }
    bool any_former = false;
    for (const auto& m : members) {
        if (ops::former(m, today)) {
            if (!any_former) {
                fmt::print("\nFormer members:\n");
                any_former = true;
            }
            fmt::print("  {:<5}{:<28}{:<9}{} to {}\n", m.key, m.name, records::word(m.role),
                       format_date(m.from), format_date(*m.to));
        }
    }
    fmt::print("\nMeetings in {}: {} of {}\n", r.year, r.meetings.size(), r.meetings_per_year);
    for (const auto& m : r.meetings) {
        fmt::print("  {}  {}  {} present\n", format_date(m.date), m.id,
                   m.present ? m.present->size() : 0);
        for (const auto& d : m.decisions.value_or(std::vector<records::Decision>{})) {
            fmt::print("    {}  {:<12}{:<9}{:>3} yes {:>3} no {:>3} abstain{}\n", d.number,
                       d.project.value_or("-"), records::word(d.result), d.yes, d.no, d.abstain,
                       d.amount ? fmt::format("  {}", format_money(*d.amount)) : "");
        }
    }
    fmt::print("\nBudget {}:\n", r.year);
    constexpr auto row = "  {:<6}{:<18}{:>11}{:>11}{:>11}{:>11}\n";
    fmt::print(row, "AG", "Funding", "Budget", "Approved", "Paid", "Remaining");
    for (const auto& b : r.budget) {
        fmt::print(row, b.ag.empty() ? "all" : b.ag, records::word(b.funding),
                   money_or_dash(b.budget), format_money(b.approved), format_money(b.paid),
                   money_or_dash(b.remaining));
    }
    fmt::print("\nOpen applications: {}\n", r.open.size());
    for (const auto& p : r.open) {
        fmt::print("  {}  {:<40}{:<18}{:>11}\n", p.id, p.title, records::word(p.funding),
                   format_money(p.requested));
    }
}

void print_topics(const ops::TopicList& list, const std::string& f) {
    if (f == "csv") {
        fmt::print("{}", csv_line({"date", "ag", "meeting", "topic", "origin"}));
        for (const auto& t : list.rows) {
            fmt::print("{}", csv_line({format_date(t.date), t.ag, t.meeting, t.topic, t.origin}));
        }
        return;
    }
    if (f == "json") {
        print_json(ops::topics_json(list));
        return;
    }
    for (const auto& t : list.rows) {
        fmt::print("{}  {:<4} {}  {}  [{}]\n", format_date(t.date), t.ag, t.meeting, t.topic,
                   t.origin);
    }
    fmt::print("\nTopics by origin:\n");
    for (const auto& c : list.counts) {
        fmt::print("  {:>4}  {}\n", c.topics, c.origin);
    }
}

void setup_members(CLI::App& ag, Globals& g) {
    auto* member = ag.add_subcommand("member", "Members of an AG: add, end a term");
    member->require_subcommand(1);

    struct AddOptions {
        std::string ag, name, organisation, role, from;
        bool voting = false;
    };
    auto add = std::make_shared<AddOptions>();
    auto* sub = member->add_subcommand("add", "Add a member to an AG; prints the new key");
    sub->add_option("AG", add->ag, "The AG (ag1..ag5)")->required();
    sub->add_option("--name", add->name, "The member's name")->required();
    sub->add_option("--organisation", add->organisation, "The organisation they represent");
    sub->add_option("--role", add->role, "chair, deputy, member or advisory")
        ->required()
        ->check(one_of_words<records::Role>());
    sub->add_flag("--voting", add->voting, "The member holds a vote (seat) of their own");
    sub->add_option("--from", add->from, "First day in office (default today)");
    sub->callback([add, &g] {
        if (!optional_text(trim(add->name))) {
            throw Failure(Exit::usage, "--name is empty; give the member's name");
        }
        auto& store = open_store(g, Access::change);
        records::Member m;
        m.name = std::string(trim(add->name));
        m.organisation = optional_text(add->organisation);
        m.role = *records::parse_word<records::Role>(add->role);
        m.voting = add->voting;
        m.from = date_option("--from", add->from).value_or(today(g));
        apply_new(store, ops::plan_add_member(store, add->ag, std::move(m), today(g)), g);
    });

    struct EndOptions {
        std::string ag, key, on;
    };
    auto end = std::make_shared<EndOptions>();
    sub = member->add_subcommand("end", "End a member's term");
    sub->add_option("AG", end->ag, "The AG (ag1..ag5)")->required();
    sub->add_option("KEY", end->key, "The member's key (m1, m2, ...)")->required();
    sub->add_option("--on", end->on, "The first day no longer in office")->required();
    sub->callback([end, &g] {
        auto& store = open_store(g, Access::change);
        apply_plan(
            store,
            ops::plan_end_member(store, end->ag, end->key, *date_option("--on", end->on), today(g)),
            g);
    });
}

void setup_meetings(CLI::App& ag, Globals& g) {
    auto* meeting = ag.add_subcommand("meeting", "Meetings of an AG");
    meeting->require_subcommand(1);
    struct AddOptions {
        std::string ag, date;
        std::vector<std::string> present, topics;
        records::Count guests = -1;
    };
    auto add = std::make_shared<AddOptions>();
    auto* sub = meeting->add_subcommand("add", "Record a meeting; prints the new ID");
    sub->add_option("AG", add->ag, "The AG (ag1..ag5)")->required();
    sub->add_option("--date", add->date, "The day of the meeting")->required();
    sub->add_option("--present", add->present, "Keys of the members present: m1,m3,...")
        ->required()
        ->delimiter(',');
    sub->add_option("--guests", add->guests, "Guests present")->check(CLI::Range(0, 9999));
    sub->add_option("--topic", add->topics, "A topic (repeat for several)");
    sub->callback([add, &g] {
        auto& store = open_store(g, Access::change);
        records::Meeting m;
        m.ag = add->ag;
        m.date = *date_option("--date", add->date);
        m.present = add->present;
        if (add->guests >= 0) {
            m.guests = add->guests;
        }
        if (!add->topics.empty()) {
            m.topics = add->topics;
        }
        auto plan = ops::plan_add_meeting(store, std::move(m), today(g));
        apply_new(store, plan.plan, g);
        if (plan.note) {
            std::cerr << fmt::format("integra: note: {}\n", *plan.note);
        }
    });
}

void setup_decide(CLI::App& ag, Globals& g) {
    struct Options {
        std::string meeting, project, amount, over_budget;
        records::Count yes = 0, no = 0, abstain = 0;
    };
    auto o = std::make_shared<Options>();
    auto* sub = ag.add_subcommand("decide", "Record an AG's decision on an application");
    sub->add_option("MEETING", o->meeting, "The meeting (M-YYYY-NNNN)")->required();
    sub->add_option("--project", o->project, "The application (PR-YYYY-NNN)")->required();
    sub->add_option("--yes", o->yes, "Yes votes")->required()->check(CLI::Range(0, 999));
    sub->add_option("--no", o->no, "No votes")->required()->check(CLI::Range(0, 999));
    sub->add_option("--abstain", o->abstain, "Abstentions")->required()->check(CLI::Range(0, 999));
    sub->add_option("--amount", o->amount, "The amount approved (default the amount requested)");
    sub->add_option("--over-budget", o->over_budget,
                    "Why the AG approves beyond the remaining budget (recorded in the decision)");
    sub->callback([o, &g] {
        ops::Vote vote{o->yes, o->no, o->abstain, std::nullopt, optional_text(o->over_budget)};
        vote.amount = money_option("--amount", o->amount);
        auto& store = open_store(g, Access::change);
        auto plan = ops::plan_decide(store, o->meeting, o->project, vote, today(g));
        apply_plan(store, plan.plan, g);
        fmt::print("{} {}{}\n", plan.number, records::word(plan.result),
                   plan.amount ? fmt::format(" {}", format_money(*plan.amount)) : "");
    });
}

}  // namespace

void setup_ag(CLI::App& app, Globals& g) {
    auto* ag = app.add_subcommand("ag", "Working groups: members, meetings, decisions, topics");
    ag->require_subcommand(1);

    auto* sub = ag->add_subcommand("list", "Every AG: members in office, meetings, applications");
    sub->callback([&g] {
        std::string f = format(g, {"table", "csv", "json"});
        auto& store = open_store(g);
        print_ag_list(ops::list_ags(store, today(g)), f);
    });

    auto show_id = std::make_shared<std::string>();
    sub = ag->add_subcommand("show", "One AG: members, meetings and budget this year");
    sub->add_option("AG", *show_id, "The AG (ag1..ag5)")->required();
    sub->callback([show_id, &g] {
        std::string f = format(g, {"table", "json"});
        auto& store = open_store(g);
        Date day = today(g);
        auto report = ops::show_ag(store, *show_id, day);
        if (f == "json") {
            print_json(ops::ag_report_json(report, day));
        } else {
            print_ag_report(report, day);
        }
    });

    setup_members(*ag, g);
    setup_meetings(*ag, g);
    setup_decide(*ag, g);

    auto year = std::make_shared<int>(0);
    sub = ag->add_subcommand("topics", "Every meeting's topics with their origin");
    sub->add_option("--year", *year, "Only this year's meetings")->check(CLI::Range(1900, 2199));
    sub->callback([year, &g] {
        std::string f = format(g, {"table", "csv", "json"});
        auto& store = open_store(g);
        print_topics(ops::list_topics(store, *year ? std::optional<int>(*year) : std::nullopt), f);
    });
}

}  // namespace integra::cli
