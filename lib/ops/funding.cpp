#include "ops/funding.hpp"

#include <fmt/format.h>

#include <map>

#include "ops/plan.hpp"
#include "ops/record.hpp"
#include "projects/ledger.hpp"
#include "projects/lifecycle.hpp"
#include "projects/procedure.hpp"
#include "util/text.hpp"

namespace integra::ops {

namespace {

using records::ProjectStatus;

constexpr long k_proof_horizon_days = 30;

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

/// Meetings held by `today` in its year, against the share of the year's meetings due by then.
std::vector<std::string> ags_behind(const std::vector<records::Ag>& ags,
                                    const std::vector<records::Meeting>& meetings,
                                    const projects::Procedure& rules, const Date& today) {
    const int year = year_of(today);
    const Date jan1{std::chrono::year{year}, std::chrono::January, std::chrono::day{1}};
    const Date next{std::chrono::year{year + 1}, std::chrono::January, std::chrono::day{1}};
    const long elapsed = days_between(jan1, today) + 1;
    const long length = days_between(jan1, next);
    const records::Count due = rules.meetings_per_year * elapsed / length;
    std::map<std::string, records::Count> held;
    for (const records::Meeting& m : meetings) {
        if (year_of(m.date) == year && m.date <= today) {
            ++held[m.ag];
        }
    }
    std::vector<std::string> out;
    for (const records::Ag& ag : ags) {
        records::Count n = held[ag.id];
        if (n < due) {
            out.push_back(fmt::format("{} ({}) has met {} in {}; {} a year are asked, {} by now",
                                      ag.id, ag.name, n == 1 ? "once" : plural(n, "time", "times"),
                                      year, rules.meetings_per_year, due));
        }
    }
    return out;
}

}  // namespace

std::vector<std::string> funding_attention(const store::Store& store, const Date& today) {
    auto projects = store::load_all<records::Project>(store, kind("projects"));
    auto meetings = store::load_all<records::Meeting>(store, kind("meetings"));
    auto ags = store::load_all<records::Ag>(store, kind("ags"));
    records::SettingsFile settings = settings_file(store);
    projects::Deadlines deadlines = projects::deadlines_of(settings);

    std::vector<std::string> waiting, pay, proofs;
    for (const records::Project& p : projects) {
        if (p.status == ProjectStatus::submitted) {
            waiting.push_back(p.id);
        }
        bool can_pay = projects::allows(p.status, projects::Action::pay);
        if (can_pay && p.period && projects::unpaid(p).cents > 0) {
            bool began_unpaid = p.period->from <= today && projects::paid(p).cents == 0;
            bool ended = p.period->to < today;
            if (began_unpaid || ended) {
                pay.push_back(p.id);
            }
        }
        bool proof_open =
            (p.status == ProjectStatus::running || p.status == ProjectStatus::completed) &&
            !(p.proof_of_use && p.proof_of_use->received);
        auto due = projects::proof_due(p, deadlines);
        if (proof_open && p.period && p.period->to < today && due &&
            days_between(today, *due) <= k_proof_horizon_days) {
            proofs.push_back(fmt::format("{} ({})", p.id, format_date(*due)));
        }
    }
    std::vector<std::string> out;
    if (!waiting.empty()) {
        out.push_back(fmt::format("{} wait{} for an AG decision (`integra ag decide`): {}",
                                  plural(waiting.size(), "application", "applications"),
                                  waiting.size() == 1 ? "s" : "", some_of(waiting)));
    }
    if (!pay.empty()) {
        out.push_back(fmt::format("{} approved money still to pay (`integra project pay`): {}",
                                  plural(pay.size(), "project has", "projects have"),
                                  some_of(pay)));
    }
    if (!proofs.empty()) {
        out.push_back(fmt::format("{} due within {} days or overdue: {}",
                                  plural(proofs.size(), "proof of use", "proofs of use"),
                                  k_proof_horizon_days, some_of(proofs)));
    }
    for (std::string& line : ags_behind(ags, meetings, projects::procedure_of(settings), today)) {
        out.push_back(std::move(line));
    }
    return out;
}

}  // namespace integra::ops
