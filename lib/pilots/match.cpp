#include "pilots/match.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <tuple>

#include "pilots/bookings.hpp"
#include "pilots/hours.hpp"

namespace integra::pilots {

namespace {

int level_rank(records::Level level) {
    return static_cast<int>(records::rank(level));
}

/// 0 fluent (native, C2, C1), 1 working (B2, B1), 2 basic (A2, A1).
int band(records::Level level) {
    int r = level_rank(level);
    return r <= 2 ? 0 : r <= 4 ? 1 : 2;
}

constexpr std::array<std::string_view, 3> k_band_names = {"fluent", "working", "basic"};

/// Groups of languages whose speakers usually understand each other well enough for everyday
/// interpreting. Deliberately small: a suggestion to ask, never an automatic match.
const std::vector<std::vector<std::string_view>> k_nearby = {
    {"fa", "prs", "tg"},              // Persian: Farsi, Dari, Tajik
    {"sh", "hbs", "sr", "hr", "bs"},  // Serbo-Croatian and its standards
    {"ku", "kmr", "ckb", "sdh"},      // Kurdish varieties
    {"ur", "hi"},                     // Hindustani
    {"ms", "id"},                     // Malay and Indonesian
    {"no", "nb", "nn", "da", "sv"},   // Scandinavian
    {"ru", "uk", "be"},               // East Slavic
    {"ps", "prs"},                    // Pashto speakers in Afghanistan often speak Dari
};

}  // namespace

std::vector<std::string> nearby_languages(std::string_view code) {
    std::vector<std::string> out;
    for (const auto& group : k_nearby) {
        if (std::find(group.begin(), group.end(), code) == group.end()) {
            continue;
        }
        for (std::string_view other : group) {
            if (other != code && std::find(out.begin(), out.end(), other) == out.end()) {
                out.emplace_back(other);
            }
        }
    }
    return out;
}

MatchResult match(const std::vector<records::Pilot>& pilots,
                  const std::vector<records::Assignment>& assignments, const MatchRequest& request,
                  const Date& today) {
    Date when = request.date.value_or(today);
    MatchResult r;
    r.month = month_of(when);
    records::Assignment probe;
    probe.id = "(new)";
    probe.status = records::AssignmentStatus::planned;
    if (request.date) {
        probe.date = *request.date;
        probe.time = request.time;
        probe.hours = request.hours;
    }
    for (const records::Pilot& p : pilots) {
        const records::LanguageSkill* skill = skill_in(p, request.language);
        if (!skill || p.status == records::PilotStatus::retired) {
            continue;
        }
        if (p.status != records::PilotStatus::active) {
            r.unavailable.push_back({p, std::string(records::word(p.status))});
            continue;
        }
        if (request.date) {
            probe.pilot = p.id;
            if (const records::Assignment* busy = first_overlap(probe, assignments)) {
                r.unavailable.push_back(
                    {p, fmt::format("booked {} ({})", describe_span(*busy), busy->id)});
                continue;
            }
        }
        records::Hours month =
            hours_between(assignments, p.id, first_of_month(when), last_of_month(when));
        std::string reason =
            fmt::format("{} ({}); {} h in {}", k_band_names[band(skill->level)], skill->level,
                        records::format_hours(month), format_month(r.month));
        if (request.kind) {
            auto done = std::count_if(assignments.begin(), assignments.end(), [&](const auto& a) {
                return a.pilot == p.id && a.kind == *request.kind && took_place(a);
            });
            reason += fmt::format("; {} {} before", done, *request.kind);
        }
        r.ranked.push_back({p, skill->level, month, std::move(reason)});
    }
    std::stable_sort(r.ranked.begin(), r.ranked.end(), [](const auto& a, const auto& b) {
        return std::make_tuple(band(a.level), a.hours_month.hundredths, level_rank(a.level),
                               a.pilot.id) < std::make_tuple(band(b.level),
                                                             b.hours_month.hundredths,
                                                             level_rank(b.level), b.pilot.id);
    });
    if (r.ranked.empty()) {
        for (const std::string& code : nearby_languages(request.language)) {
            std::vector<std::string> who;
            for (const records::Pilot& p : pilots) {
                if (p.status == records::PilotStatus::active && skill_in(p, code)) {
                    who.push_back(p.id);
                }
            }
            if (!who.empty()) {
                r.nearby.emplace_back(code, std::move(who));
            }
        }
    }
    return r;
}

}  // namespace integra::pilots
