#include <doctest/doctest.h>

#include "pilots/match.hpp"

using namespace integra;
using namespace integra::records;
using namespace integra::pilots;

namespace {

const Date k_today{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{20}};

Pilot guide(std::string id, Level level, PilotStatus status = PilotStatus::active) {
    Pilot p;
    p.id = std::move(id);
    p.languages = {{"fa", level}, {"de", Level::B2}};
    p.status = status;
    return p;
}

Assignment worked(std::string pilot, std::int64_t hundredths, unsigned day) {
    Assignment a;
    a.id = "E-" + pilot + std::to_string(day);
    a.pilot = std::move(pilot);
    a.date = Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{day}};
    a.time = TimeOfDay{9, 0};
    a.hours = Hours{hundredths};
    a.status = AssignmentStatus::done;
    return a;
}

std::vector<std::string> order(const MatchResult& r) {
    std::vector<std::string> ids;
    for (const auto& c : r.ranked) {
        ids.push_back(c.pilot.id);
    }
    return ids;
}

}  // namespace

TEST_CASE("match ranks by level band, then fewest hours this month, then level") {
    std::vector<Pilot> pilots = {guide("P-1", Level::native), guide("P-2", Level::C1),
                                 guide("P-3", Level::B2), guide("P-4", Level::A2),
                                 guide("P-5", Level::C2)};
    std::vector<Assignment> work = {worked("P-1", 400, 2), worked("P-2", 100, 3),
                                    worked("P-5", 100, 4)};
    auto r = match(pilots, work, MatchRequest{"fa", {}, {}, Hours{100}, std::nullopt}, k_today);
    // Fluent: P-5 (C2, 1 h) and P-2 (C1, 1 h) before P-1 (native, 4 h); then B2, then A2.
    CHECK(order(r) == std::vector<std::string>{"P-5", "P-2", "P-1", "P-3", "P-4"});
    CHECK(r.ranked[2].reason == "fluent (native); 4 h in 2026-03");
}

TEST_CASE("match leaves out the busy and the paused, and says why") {
    std::vector<Pilot> pilots = {
        guide("P-1", Level::native), guide("P-2", Level::C1, PilotStatus::paused),
        guide("P-3", Level::C1, PilotStatus::retired), guide("P-4", Level::B1)};
    std::vector<Assignment> work = {worked("P-1", 200, 21)};  // 09:00–11:00 on the 21st
    MatchRequest q{"fa", Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{21}},
                   TimeOfDay{10, 0}, Hours{100}, std::nullopt};
    auto r = match(pilots, work, q, k_today);
    CHECK(order(r) == std::vector<std::string>{"P-4"});
    REQUIRE(r.unavailable.size() == 2);
    CHECK(r.unavailable[0].why == "booked 09:00–11:00 (E-P-121)");
    CHECK(r.unavailable[1].why == "paused");
    q.time = TimeOfDay{11, 0};
    CHECK(order(match(pilots, work, q, k_today)) == std::vector<std::string>{"P-1", "P-4"});
}

TEST_CASE("with nobody available, nearby languages and who speaks them") {
    std::vector<Pilot> pilots = {guide("P-1", Level::native)};
    auto r = match(pilots, {}, MatchRequest{"prs", {}, {}, Hours{100}, std::nullopt}, k_today);
    CHECK(r.ranked.empty());
    REQUIRE(r.nearby.size() == 1);
    CHECK(r.nearby[0].first == "fa");
    CHECK(r.nearby[0].second == std::vector<std::string>{"P-1"});
    CHECK(nearby_languages("sh") == std::vector<std::string>{"hbs", "sr", "hr", "bs"});
    CHECK(nearby_languages("sq").empty());
}
