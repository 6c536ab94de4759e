#include "pilots/coverage.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace integra::pilots {

namespace {
constexpr std::string_view k_german = "de";
}  // namespace

Coverage coverage(const std::vector<records::Pilot>& pilots,
                  const std::vector<records::Refugee>& refugees,
                  const std::vector<records::Assignment>& assignments, int year) {
    std::map<std::string, LanguageNeed> needs;
    auto need = [&](const std::string& code) -> LanguageNeed& {
        LanguageNeed& n = needs[code];
        n.code = code;
        return n;
    };
    std::set<std::string> spoken;
    for (const records::Pilot& p : pilots) {
        if (p.status != records::PilotStatus::active) {
            continue;
        }
        for (const auto& s : p.languages) {
            if (s.code != k_german) {
                spoken.insert(s.code);
            }
        }
    }
    Coverage c;
    c.year = year;
    for (const records::Refugee& r : refugees) {
        // A restricted person (GDPR Art. 18) is kept out of every statistic.
        if (r.status != records::RefugeeStatus::active || !r.languages || r.restricted) {
            continue;
        }
        bool reached = false, any = false;
        for (const auto& s : *r.languages) {
            if (s.code == k_german) {
                continue;
            }
            any = true;
            ++need(s.code).people;
            reached = reached || spoken.count(s.code) > 0;
        }
        if (any && !reached) {
            c.unreached.push_back(r.id);
        }
    }
    for (const records::Assignment& a : assignments) {
        if (a.status != records::AssignmentStatus::cancelled &&
            static_cast<int>(a.date.year()) == year && a.language != k_german) {
            ++need(a.language).requests;
        }
    }
    for (const records::Pilot& p : pilots) {
        if (p.status != records::PilotStatus::active) {
            continue;
        }
        for (const auto& s : p.languages) {
            if (s.code != k_german && needs.count(s.code)) {
                ++needs[s.code].guides;
            }
        }
    }
    for (auto& [code, n] : needs) {
        c.languages.push_back(n);
    }
    std::stable_sort(c.languages.begin(), c.languages.end(), [](const auto& a, const auto& b) {
        return std::make_tuple(!a.gap(), -a.people, -a.requests, a.code) <
               std::make_tuple(!b.gap(), -b.people, -b.requests, b.code);
    });
    return c;
}

}  // namespace integra::pilots
