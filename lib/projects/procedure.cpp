#include "projects/procedure.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace integra::projects {

using records::Count;

bool in_office(const records::Member& member, const Date& day) {
    return member.from <= day && (!member.to || day < *member.to);
}

Attendance attendance_of(const records::Ag& ag, const std::vector<std::string>& present,
                         const Date& day) {
    Attendance a;
    Count deputies = 0;
    const auto& members = ag.members ? *ag.members : std::vector<records::Member>{};
    for (const records::Member& m : members) {
        if (m.voting && in_office(m, day)) {
            ++a.seats;
        }
    }
    for (const std::string& key : present) {
        auto m = std::find_if(members.begin(), members.end(),
                              [&](const records::Member& x) { return x.key == key; });
        if (m == members.end()) {
            a.unknown.push_back(key);
        } else if (!in_office(*m, day)) {
            a.out_of_office.push_back(key);
        } else if (m->voting) {
            ++a.present;
        } else if (m->role == records::Role::deputy) {
            ++deputies;
        }
    }
    a.standing_in = std::min(deputies, a.seats - a.present);
    return a;
}

Procedure procedure_of(const records::SettingsFile& settings) {
    Procedure p;
    if (settings.rules) {
        p.quorum = settings.rules->quorum.value_or(p.quorum);
        p.majority = settings.rules->majority.value_or(p.majority);
        p.meetings_per_year = settings.rules->meetings_per_year.value_or(p.meetings_per_year);
    }
    return p;
}

Count quorum_needed(Count seats, const Procedure& rules) {
    switch (rules.quorum) {
        case records::Quorum::more_than_half_of_voting_members:
            return seats / 2 + 1;
    }
    return seats / 2 + 1;
}

bool has_quorum(const Attendance& a, const Procedure& rules) {
    return a.seats > 0 && a.represented() >= quorum_needed(a.seats, rules);
}

std::string quorum_shortfall(const Attendance& a, const Procedure& rules) {
    std::string who = a.standing_in > 0
                          ? fmt::format("{} voting members and {} deputies standing in present",
                                        a.present, a.standing_in)
                          : fmt::format("{} of {} voting members present", a.present, a.seats);
    return fmt::format("{}, {} needed (more than half of {})", who, quorum_needed(a.seats, rules),
                       a.seats);
}

bool votes_possible(Count yes, Count no, Count abstain, const Attendance& a) {
    return yes >= 0 && no >= 0 && abstain >= 0 && yes + no + abstain <= a.represented();
}

records::DecisionResult outcome(Count yes, Count no, const Procedure& rules) {
    switch (rules.majority) {
        case records::Majority::more_yes_than_no:
            return yes > no ? records::DecisionResult::approved : records::DecisionResult::rejected;
    }
    return records::DecisionResult::rejected;
}

std::optional<DecisionNumber> parse_decision_number(std::string_view number) {
    auto slash = number.find('/');
    if (slash != 4 || number.size() < 6) {
        return std::nullopt;
    }
    DecisionNumber n;
    auto digits = [](std::string_view s, int& out) {
        if (s.empty() ||
            !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return false;
        }
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc{} && end == s.data() + s.size();
    };
    if (!digits(number.substr(0, 4), n.year) || !digits(number.substr(5), n.sequence) ||
        n.sequence < 1) {
        return std::nullopt;
    }
    return n;
}

std::string format_decision_number(DecisionNumber n) {
    return fmt::format("{:04}/{:02}", n.year, n.sequence);
}

std::string next_decision_number(const std::vector<records::Meeting>& meetings, int year) {
    int last = 0;
    for (const records::Meeting& m : meetings) {
        for (const records::Decision& d : m.decisions.value_or(std::vector<records::Decision>{})) {
            if (auto n = parse_decision_number(d.number); n && n->year == year) {
                last = std::max(last, n->sequence);
            }
        }
    }
    return format_decision_number({year, last + 1});
}

}  // namespace integra::projects
