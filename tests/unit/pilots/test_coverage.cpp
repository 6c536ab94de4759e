#include <doctest/doctest.h>

#include "pilots/coverage.hpp"

using namespace integra;
using namespace integra::records;
using namespace integra::pilots;

namespace {

Pilot guide(std::string id, std::vector<std::string> codes,
            PilotStatus status = PilotStatus::active) {
    Pilot p;
    p.id = std::move(id);
    for (auto& c : codes) {
        p.languages.push_back({c, Level::native});
    }
    p.status = status;
    return p;
}

Refugee person(std::string id, std::vector<std::string> codes,
               RefugeeStatus status = RefugeeStatus::active) {
    Refugee r;
    r.id = std::move(id);
    r.languages = std::vector<LanguageSkill>{};
    for (auto& c : codes) {
        r.languages->push_back({c, Level::native});
    }
    r.status = status;
    return r;
}

}  // namespace

TEST_CASE("coverage counts people, requests and guides per language, gaps first") {
    std::vector<Pilot> pilots = {guide("P-1", {"ar", "de"}),
                                 guide("P-2", {"ti"}, PilotStatus::paused)};
    std::vector<Refugee> people = {person("R-1", {"ar", "de"}), person("R-2", {"ti", "ar"}),
                                   person("R-3", {"ti"}),
                                   person("R-4", {"so"}, RefugeeStatus::closed)};
    Assignment a;
    a.language = "ar";
    a.status = AssignmentStatus::done;
    a.date = Date{std::chrono::year{2026}, std::chrono::month{2}, std::chrono::day{1}};
    auto c = coverage(pilots, people, {a, a}, 2026);
    REQUIRE(c.languages.size() == 2);  // German left out, the closed case too
    CHECK(c.languages[0].code == "ti");
    CHECK(c.languages[0].gap());
    CHECK(c.languages[0].people == 2);
    CHECK(c.languages[1].code == "ar");
    CHECK(c.languages[1].people == 2);
    CHECK(c.languages[1].requests == 2);
    CHECK(c.languages[1].guides == 1);
    CHECK(c.unreached == std::vector<std::string>{"R-3"});
    CHECK(coverage(pilots, people, {a}, 2025).languages[1].requests == 0);
}

TEST_CASE("coverage leaves out persons whose processing is restricted") {
    std::vector<Pilot> pilots = {guide("P-1", {"ar"})};
    std::vector<Refugee> people = {person("R-1", {"ar"}), person("R-2", {"ti"}),
                                   person("R-3", {"ti"})};
    people[2].restricted =
        Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{1}};
    auto c = coverage(pilots, people, {}, 2026);
    REQUIRE(c.languages.size() == 2);
    CHECK(c.languages[0].code == "ti");
    CHECK(c.languages[0].people == 1);
    CHECK(c.unreached == std::vector<std::string>{"R-2"});
}
