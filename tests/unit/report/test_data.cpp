// What a report reads (report/data.cpp): persons whose processing is restricted are left out,
// and so is their number in their household's allocation.

#include <doctest/doctest.h>

#include "report/data.hpp"
#include "store/store.hpp"
#include "support.hpp"

using namespace integra;

namespace {

std::string household(const std::string& id, int persons) {
    return "id: " + id +
           "\nallocation:\n  date: 2025-03-01\n  persons: " + std::to_string(persons) + "\n";
}

std::string person(const std::string& id, const std::string& household, bool restricted) {
    return "id: " + id + "\nhousehold: " + household +
           "\nname:\n  given: A\n  family: B\nbirth_date: 1990-01-01\ngender: f\n"
           "nationality: SY\nstatus: active\n" +
           (restricted ? "restricted: 2025-06-01\n" : "");
}

}  // namespace

TEST_CASE("load_data leaves restricted persons out, and their number from their household") {
    test::DataDir dir;
    dir.write("households/H-2025-0001.yaml", household("H-2025-0001", 3));
    dir.write("households/H-2025-0002.yaml", household("H-2025-0002", 1));
    dir.write("refugees/R-2025-0001.yaml", person("R-2025-0001", "H-2025-0001", false));
    dir.write("refugees/R-2025-0002.yaml", person("R-2025-0002", "H-2025-0001", true));
    dir.write("refugees/R-2025-0003.yaml", person("R-2025-0003", "H-2025-0002", true));
    report::Data data = report::load_data(store::Store(dir.root()));
    CHECK(data.restricted == 2);
    REQUIRE(data.refugees.size() == 1);
    CHECK(data.refugees[0].id == "R-2025-0001");
    // H-2025-0001: 3 allocated, one restricted → 2; H-2025-0002 held only a restricted person.
    REQUIRE(data.households.size() == 1);
    CHECK(data.households[0].id == "H-2025-0001");
    CHECK(data.households[0].allocation.persons == 2);
}
