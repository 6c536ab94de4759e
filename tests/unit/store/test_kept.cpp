#include <doctest/doctest.h>

#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <vector>

#include "check/check.hpp"
#include "records/kinds.hpp"
#include "store/typed.hpp"
#include "support.hpp"

using namespace integra;
using namespace integra::store;

namespace {

std::vector<std::string> ids(const std::vector<records::Pilot>& pilots) {
    std::vector<std::string> out;
    for (const auto& p : pilots) {
        out.push_back(p.id);
    }
    return out;
}

}  // namespace

TEST_CASE("load_all reads a kind once per command, and again after a change is applied") {
    test::DataDir d;
    for (int i = 1; i <= 40; ++i) {  // more than one thread's share
        d.write(fmt::format("pilots/P-{:04}.yaml", i), test::pilot_yaml(fmt::format("P-{:04}", i)));
    }
    Store s(d.root());
    auto first = load_all<records::Pilot>(s, kind_of<records::Pilot>());
    REQUIRE(first.size() == 40);
    CHECK(first.front().id == "P-0001");
    CHECK(first.back().id == "P-0040");

    // Changed behind the command's back: it keeps what it read, as one consistent view.
    d.write("pilots/P-0041.yaml", test::pilot_yaml("P-0041"));
    CHECK(ids(load_all<records::Pilot>(s, kind_of<records::Pilot>())) == ids(first));

    // Its own change is seen: apply forgets what was read.
    s.apply({Change{"pilots/P-0042.yaml", std::nullopt, test::pilot_yaml("P-0042")}}, "add",
            CommitMode::no_commit);
    auto after = load_all<records::Pilot>(s, kind_of<records::Pilot>());
    CHECK(after.size() == 42);
    CHECK(after.back().id == "P-0042");
}

TEST_CASE("load_all throws for the first broken file in ID order, whatever the threads") {
    test::DataDir d;
    for (int i = 1; i <= 200; ++i) {
        d.write(fmt::format("pilots/P-{:04}.yaml", i), test::pilot_yaml(fmt::format("P-{:04}", i)));
    }
    d.write("pilots/P-0150.yaml", "id: P-0150\nname: [\n");
    d.write("pilots/P-0077.yaml", "id: P-0077\n");
    for (int round = 0; round < 5; ++round) {
        Store s(d.root());
        try {
            load_all<records::Pilot>(s, kind_of<records::Pilot>());
            FAIL("no error");
        } catch (const Failure& e) {
            CHECK(std::string(e.what()).starts_with("pilots/P-0077.yaml:"));
        }
    }
}

TEST_CASE("check hands its decoded records to the command, only when it found no error") {
    test::DataDir d;
    d.write("pilots/P-0001.yaml", test::pilot_yaml("P-0001"));
    d.write("pilots/P-0002.yaml", test::pilot_yaml("P-0002"));
    const Date today{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};
    {
        Store s(d.root());
        REQUIRE(check::run(s, today).errors() == 0);
        CHECK(s.kept(kind_of<records::Pilot>(), typeid(records::Pilot)) != nullptr);
        CHECK(ids(load_all<records::Pilot>(s, kind_of<records::Pilot>())) ==
              std::vector<std::string>{"P-0001", "P-0002"});
    }
    d.write("pilots/P-0003.yaml", "id: P-0003\n");  // missing fields: an error
    {
        Store s(d.root());
        REQUIRE(check::run(s, today).errors() > 0);
        CHECK(s.kept(kind_of<records::Pilot>(), typeid(records::Pilot)) == nullptr);
    }
}
