#include "report/ag_rows.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "report/format.hpp"

namespace integra::report::detail {

namespace {

/// The number in an ID `agN`, or nullopt.
std::optional<int> ag_number(const std::string& id) {
    if (id.size() < 3 || id.rfind("ag", 0) != 0) {
        return std::nullopt;
    }
    int n = 0;
    for (char c : id.substr(2)) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return std::nullopt;
        }
        n = n * 10 + (c - '0');
    }
    return n;
}

}  // namespace

std::vector<const records::Ag*> ags_in_order(const std::vector<records::Ag>& ags) {
    std::vector<const records::Ag*> out;
    for (const records::Ag& ag : ags) {
        out.push_back(&ag);
    }
    auto order = [](const records::Ag* ag) {
        return std::tuple(ag_number(ag->id).value_or(0), ag->id.size(), ag->id);
    };
    std::ranges::sort(out, {}, order);
    return out;
}

std::string ag_label(const records::Ag& ag) {
    std::optional<int> n = ag_number(ag.id);
    return n ? "AG " + std::to_string(*n) + " " + ag.name : ag.name;
}

std::vector<DatedDecision> decisions_in(const std::vector<records::Meeting>& meetings,
                                        const Period& period) {
    std::vector<DatedDecision> out;
    for (const records::Meeting& m : meetings) {
        if (!within(m.date, period) || !m.decisions) {
            continue;
        }
        for (const records::Decision& d : *m.decisions) {
            out.push_back({&m, &d});
        }
    }
    return out;
}

}  // namespace integra::report::detail
