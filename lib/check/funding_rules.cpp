// The rules of project funding and the AGs, by lib/projects/ (the same functions `ag decide`
// and `project ...` apply before they write).

#include "check/funding_rules.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <map>
#include <set>

#include "check/positions.hpp"
#include "projects/ledger.hpp"
#include "projects/lifecycle.hpp"
#include "projects/procedure.hpp"

namespace integra::check {

namespace {

using records::DecisionResult;
using records::ProjectStatus;

template <class T>
using ById = std::map<std::string, const Checked<T>*, std::less<>>;

template <class T>
ById<T> by_id(const std::vector<Checked<T>>& all) {
    ById<T> out;
    for (const Checked<T>& c : all) {
        out.emplace(c.record.id, &c);
    }
    return out;
}

template <class T>
const Checked<T>* find(const ById<T>& map, std::string_view id) {
    auto it = map.find(id);
    return it == map.end() ? nullptr : it->second;
}

class FundingChecker {
  public:
    FundingChecker(const FundingRecords& r, const Date& today, std::vector<Diagnostic>& out)
        : m_r(r),
          m_today(today),
          m_out(out),
          m_settings(r.settings ? *r.settings : records::SettingsFile{}),
          m_rules(projects::procedure_of(m_settings)),
          m_deadlines(projects::deadlines_of(m_settings)),
          m_projects(by_id(r.projects)),
          m_ags(by_id(r.ags)),
          m_meetings(by_id(r.meetings)) {}

    void run() {
        for (const auto& ag : m_r.ags) {
            check_members(ag);
        }
        std::map<std::string, std::string> numbers;  // number -> meeting that gave it first
        for (const auto& m : m_r.meetings) {
            check_meeting(m, numbers);
        }
        for (const auto& p : m_r.projects) {
            check_project(p);
        }
        if (m_r.settings) {
            check_budgets();
        }
        check_meeting_counts();
    }

  private:
    void add(const std::filesystem::path& file, yaml::Pos pos, Severity sev, std::string message,
             std::string_view check) {
        m_out.push_back(Diagnostic{file, pos, sev, std::move(message), check});
    }

    void check_members(const Checked<records::Ag>& c) {
        if (!c.record.members) {
            return;
        }
        const auto& members = *c.record.members;
        std::set<std::string> keys;
        for (std::size_t i = 0; i < members.size(); ++i) {
            const records::Member& m = members[i];
            if (!keys.insert(m.key).second) {
                add(c.file, item_pos(c.root, "members", i, "key"), Severity::error,
                    fmt::format("{} has two members with the key {}; a key names one member for "
                                "good (a new member gets a new key)",
                                c.record.id, m.key),
                    "member-term");
            }
            if (m.to && *m.to <= m.from) {
                add(c.file, item_pos(c.root, "members", i, "to"), Severity::error,
                    fmt::format("{}'s member {} leaves office on {}, {} the term begins ({}); "
                                "`to` is the first day no longer in office, after `from`",
                                c.record.id, m.key, format_date(*m.to),
                                *m.to == m.from ? "the day" : "before", format_date(m.from)),
                    "member-term");
            }
        }
    }

    void check_meeting(const Checked<records::Meeting>& c,
                       std::map<std::string, std::string>& numbers) {
        const records::Meeting& m = c.record;
        const Checked<records::Ag>* ag = find(m_ags, m.ag);
        std::optional<projects::Attendance> a;
        if (ag) {
            a = projects::attendance_of(ag->record, m.present.value_or(std::vector<std::string>{}),
                                        m.date);
            check_attendance(c, ag->record, *a);
        }
        if (!m.decisions || m.decisions->empty()) {
            return;
        }
        if (a && !projects::has_quorum(*a, m_rules)) {
            add(c.file, pos_of(c.root, "decisions"), Severity::error,
                fmt::format("{} decided without a quorum: {}; a decision needs a quorum", m.id,
                            projects::quorum_shortfall(*a, m_rules)),
                "quorum");
        }
        for (std::size_t i = 0; i < m.decisions->size(); ++i) {
            const records::Decision& d = (*m.decisions)[i];
            if (a && !projects::votes_possible(d.yes, d.no, d.abstain, *a)) {
                add(c.file, item_pos(c.root, "decisions", i, "yes"), Severity::error,
                    fmt::format("decision {} counts {} votes ({} yes, {} no, {} abstaining), but "
                                "only {} voting members were represented at {}; there are no "
                                "proxy votes",
                                d.number, d.yes + d.no + d.abstain, d.yes, d.no, d.abstain,
                                a->represented(), m.id),
                    "vote-count");
            }
            if (d.result != DecisionResult::deferred &&
                projects::outcome(d.yes, d.no, m_rules) != d.result) {
                add(c.file, item_pos(c.root, "decisions", i, "result"), Severity::error,
                    fmt::format("decision {} is `{}`, but {} yes against {} no {}", d.number,
                                d.result, d.yes, d.no,
                                d.yes > d.no ? "approve"
                                             : "do not approve (more yes than no are "
                                               "needed)"),
                    "majority");
            }
            check_number(c, i, numbers);
            check_decided_project(c, i);
        }
    }

    void check_attendance(const Checked<records::Meeting>& c, const records::Ag& ag,
                          const projects::Attendance& a) {
        auto at = [&](const std::string& key) {
            const auto& present = *c.record.present;
            for (std::size_t i = 0; i < present.size(); ++i) {
                if (present[i] == key) {
                    const yaml::Node* list = c.root.find("present");
                    return list && i < list->items.size() ? list->items[i].pos
                                                          : pos_of(c.root, "present");
                }
            }
            return pos_of(c.root, "present");
        };
        for (const std::string& key : a.unknown) {
            add(c.file, at(key), Severity::error,
                fmt::format("{} lists {} as present, but {} has no member {} (`integra ag show "
                            "{}` lists them)",
                            c.record.id, key, ag.id, key, ag.id),
                "attendance");
        }
        for (const std::string& key : a.out_of_office) {
            add(c.file, at(key), Severity::error,
                fmt::format("{} lists {} as present, but {}'s member {} was not in office on {}",
                            c.record.id, key, ag.id, key, format_date(c.record.date)),
                "attendance");
        }
    }

    void check_number(const Checked<records::Meeting>& c, std::size_t i,
                      std::map<std::string, std::string>& numbers) {
        const records::Decision& d = (*c.record.decisions)[i];
        yaml::Pos pos = item_pos(c.root, "decisions", i, "number");
        auto n = projects::parse_decision_number(d.number);
        int year = static_cast<int>(c.record.date.year());
        if (!n) {
            add(c.file, pos, Severity::error,
                fmt::format("decision number `{}` is not of the form YYYY/NN (such as {}/01)",
                            d.number, year),
                "decision-number");
            return;
        }
        if (n->year != year) {
            add(c.file, pos, Severity::error,
                fmt::format("decision {} is numbered in {}, but {} met in {}; decisions are "
                            "numbered per year of the meeting",
                            d.number, n->year, c.record.id, year),
                "decision-number");
        }
        std::string canonical = projects::format_decision_number(*n);
        auto [it, first] = numbers.emplace(canonical, c.record.id);
        if (!first) {
            add(c.file, pos, Severity::error,
                fmt::format("decision number {} is given twice ({} gave it before); number "
                            "this one {}",
                            canonical, it->second, "anew (`integra ag decide` numbers for you)"),
                "decision-number");
        }
    }

    void check_decided_project(const Checked<records::Meeting>& c, std::size_t i) {
        const records::Meeting& m = c.record;
        const records::Decision& d = (*m.decisions)[i];
        const Checked<records::Project>* cp = d.project ? find(m_projects, *d.project) : nullptr;
        if (!cp) {
            return;  // no project, or the reference check reports it
        }
        const records::Project& p = cp->record;
        yaml::Pos pos = item_pos(c.root, "decisions", i, "project");
        auto disagree = [&](std::string message) {
            add(c.file, pos, Severity::error, std::move(message), "decision-project");
        };
        if (p.ag != m.ag) {
            disagree(fmt::format("decision {} of {} ({}) is on {}, an application to {}", d.number,
                                 m.id, m.ag, p.id, p.ag));
        }
        if (d.result == DecisionResult::deferred) {
            return;
        }
        if (p.decision != m.id) {
            disagree(fmt::format("decision {} of {} is on {}, but the project's `decision` is {}",
                                 d.number, m.id, p.id, p.decision.value_or("not set")));
            return;
        }
        bool approved_status = p.status != ProjectStatus::submitted &&
                               p.status != ProjectStatus::rejected &&
                               !(p.status == ProjectStatus::withdrawn && !p.approved);
        if (d.result == DecisionResult::approved && !approved_status) {
            disagree(fmt::format("decision {} approved {}, but the project is {}", d.number, p.id,
                                 p.status));
        } else if (d.result == DecisionResult::rejected && p.status != ProjectStatus::rejected) {
            disagree(fmt::format("decision {} rejected {}, but the project is {}", d.number, p.id,
                                 p.status));
        } else if (d.result == DecisionResult::approved && d.amount && p.approved &&
                   *d.amount != *p.approved) {
            disagree(
                fmt::format("decision {} approved {} for {}, but the project's `approved` "
                            "is {}",
                            d.number, p.id, format_money(*d.amount), format_money(*p.approved)));
        }
    }

    void check_project(const Checked<records::Project>& c) {
        const records::Project& p = c.record;
        bool funded = p.status == ProjectStatus::approved || p.status == ProjectStatus::running ||
                      p.status == ProjectStatus::completed || p.status == ProjectStatus::evaluated;
        if ((funded || p.status == ProjectStatus::rejected) && !p.decision) {
            add(c.file, pos_of(c.root, "status"), Severity::error,
                fmt::format("{} is {} without a `decision`; only an AG decides on an "
                            "application (`integra ag decide`)",
                            p.id, p.status),
                "decision-project");
        }
        if (funded && !p.approved) {
            add(c.file, pos_of(c.root, "status"), Severity::error,
                fmt::format("{} is {} without an `approved` amount", p.id, p.status),
                "decision-project");
        }
        if (p.decision) {
            check_decision_exists(c);
        }
        check_payments(c, funded);
        check_deadlines(c);
    }

    void check_decision_exists(const Checked<records::Project>& c) {
        const records::Project& p = c.record;
        const Checked<records::Meeting>* m = find(m_meetings, *p.decision);
        if (!m) {
            return;  // the reference check reports it
        }
        const auto& ds = m->record.decisions;
        bool decided = ds && std::any_of(ds->begin(), ds->end(), [&](const records::Decision& d) {
                           return d.project == p.id && d.result != DecisionResult::deferred;
                       });
        if (!decided) {
            add(c.file, pos_of(c.root, "decision"), Severity::error,
                fmt::format("{}'s `decision` is {}, but that meeting decided nothing on {}", p.id,
                            m->record.id, p.id),
                "decision-project");
        }
    }

    void check_payments(const Checked<records::Project>& c, bool funded) {
        const records::Project& p = c.record;
        if (!p.payments || p.payments->empty()) {
            return;
        }
        Money paid = projects::paid(p);
        if (!funded && p.status != ProjectStatus::withdrawn) {
            add(c.file, pos_of(c.root, "payments"), Severity::error,
                fmt::format("{} is {}, but {} was paid to it; money is paid only on an approval",
                            p.id, p.status, format_money(paid)),
                "payment");
            return;
        }
        Money approved = p.approved.value_or(Money{0});
        if (paid > approved) {
            add(c.file, pos_of(c.root, "payments"), Severity::error,
                fmt::format("{} was paid {} in all, {} more than the {} approved", p.id,
                            format_money(paid), format_money(Money{paid.cents - approved.cents}),
                            format_money(approved)),
                "payment");
        }
        if (!p.period) {
            return;
        }
        for (std::size_t i = 0; i < p.payments->size(); ++i) {
            const records::Payment& pay = (*p.payments)[i];
            long early = days_between(pay.date, p.period->from);
            if (early > m_deadlines.spend_within_days) {
                add(c.file, item_pos(c.root, "payments", i, "date"), Severity::warning,
                    fmt::format("{} was paid {} on {}, {} days before the project began ({}); "
                                "paid money must be spent within {} days",
                                p.id, format_money(pay.amount), format_date(pay.date), early,
                                format_date(p.period->from), m_deadlines.spend_within_days),
                    "project-deadline");
            }
        }
    }

    void check_deadlines(const Checked<records::Project>& c) {
        const records::Project& p = c.record;
        bool after_period = p.status == ProjectStatus::running ||
                            p.status == ProjectStatus::completed ||
                            p.status == ProjectStatus::evaluated;
        if (!after_period || !p.period || m_today <= p.period->to) {
            return;
        }
        auto proof = projects::proof_due(p, m_deadlines);
        bool received = p.proof_of_use && p.proof_of_use->received;
        if (!received && proof && *proof < m_today) {
            const yaml::Node* period = c.root.find("period");
            yaml::Pos pos = p.proof_of_use ? pos_of(c.root, "proof_of_use")
                            : period       ? pos_of(*period, "to")
                                           : pos_of(c.root, "status");
            add(c.file, pos, Severity::warning,
                fmt::format("{}'s proof of use (Verwendungsnachweis) was due on {}, {} days ago, "
                            "and has not been received",
                            p.id, format_date(*proof), days_between(*proof, m_today)),
                "project-deadline");
        }
        auto evaluation = projects::evaluation_due(p, m_deadlines);
        bool evaluated = p.evaluation && p.evaluation->done;
        if (p.status == ProjectStatus::completed && !evaluated && evaluation &&
            *evaluation < m_today) {
            add(c.file, pos_of(c.root, p.evaluation ? "evaluation" : "status"), Severity::warning,
                fmt::format("{} was completed, and its evaluation was due on {}, {} days ago "
                            "(`integra project evaluate {}`)",
                            p.id, format_date(*evaluation), days_between(*evaluation, m_today),
                            p.id),
                "evaluation-due");
        }
    }

    void check_budgets() {
        std::vector<records::Project> projects;
        for (const auto& p : m_r.projects) {
            projects.push_back(p.record);
        }
        std::vector<records::Meeting> meetings;
        for (const auto& m : m_r.meetings) {
            meetings.push_back(m.record);
        }
        for (const projects::Overrun& o : projects::overruns(m_settings, projects, meetings)) {
            if (o.reason) {
                continue;
            }
            const Checked<records::Meeting>* m = find(m_meetings, o.meeting);
            std::size_t i = 0;
            while (i < m->record.decisions->size() &&
                   (*m->record.decisions)[i].number != o.number) {
                ++i;
            }
            std::string pot = o.pot.ag.empty()
                                  ? fmt::format("{} {} (all AGs)", o.pot.funding, o.pot.year)
                                  : fmt::format("{} {} of {}", o.pot.funding, o.pot.year, o.pot.ag);
            add(m->file, item_pos(m->root, "decisions", i, "result"), Severity::error,
                fmt::format("decision {} approved {} beyond the budget: {} then stood at {} "
                            "approved against a budget of {}; record why in the decision's "
                            "`over_budget`",
                            o.number, o.project, pot, format_money(o.total),
                            format_money(o.budget)),
                "budget");
        }
    }

    void check_meeting_counts() {
        if (m_r.meetings.empty()) {
            return;
        }
        int first = static_cast<int>(m_r.meetings.front().record.date.year());
        std::map<std::pair<std::string, int>, records::Count> held;
        for (const auto& m : m_r.meetings) {
            int year = static_cast<int>(m.record.date.year());
            first = std::min(first, year);
            ++held[{m.record.ag, year}];
        }
        int last = static_cast<int>(m_today.year()) - 1;
        for (const auto& ag : m_r.ags) {
            for (int year = first; year <= last; ++year) {
                records::Count n = held[{ag.record.id, year}];
                if (n < m_rules.meetings_per_year) {
                    add(ag.file, pos_of(ag.root, "id"), Severity::warning,
                        fmt::format("{} met {} time{} in {}; the rules of procedure ask for {} "
                                    "meetings a year",
                                    ag.record.id, n, n == 1 ? "" : "s", year,
                                    m_rules.meetings_per_year),
                        "ag-meetings");
                }
            }
        }
    }

    const FundingRecords& m_r;
    Date m_today;
    std::vector<Diagnostic>& m_out;
    records::SettingsFile m_settings;
    projects::Procedure m_rules;
    projects::Deadlines m_deadlines;
    ById<records::Project> m_projects;
    ById<records::Ag> m_ags;
    ById<records::Meeting> m_meetings;
};

}  // namespace

void check_funding(const FundingRecords& records, const Date& today, std::vector<Diagnostic>& out) {
    FundingChecker(records, today, out).run();
}

}  // namespace integra::check
