#include <doctest/doctest.h>

#include "records/flatten.hpp"
#include "yaml/reader.hpp"

using namespace integra;
using namespace integra::records;

namespace {
std::vector<Leaf> leaves(const std::string& text) {
    auto root = yaml::read(text);
    REQUIRE(root.ok());
    return flatten(*root);
}
}  // namespace

TEST_CASE("flatten names every scalar by its path, in document order") {
    auto l = leaves(
        "id: P-1\nname:\n  given: A\nlanguages:\n  - code: tr\n  - code: de\n"
        "members: []\n");
    REQUIRE(l.size() == 5);
    CHECK(l[0].path == "id");
    CHECK(l[1].path == "name.given");
    CHECK(l[1].value == "A");
    CHECK(l[3].path == "languages[1].code");
    CHECK(l[3].value == "de");
    CHECK(l[4].path == "members");
    CHECK(l[4].value == "[]");
}

TEST_CASE("diff tells changed, added and removed leaves") {
    auto before = leaves("a: 1\nb: 2\nc: 3\n");
    auto after = leaves("a: 1\nb: 20\nd: 4\n");
    auto d = diff(before, after);
    REQUIRE(d.size() == 3);
    CHECK(d[0].path == "b");
    CHECK(d[0].before == "2");
    CHECK(d[0].after == "20");
    CHECK(d[1].path == "d");
    CHECK_FALSE(d[1].before.has_value());
    CHECK(d[2].path == "c");
    CHECK_FALSE(d[2].after.has_value());
    CHECK(diff(before, before).empty());
}

TEST_CASE("top_level_keys names each changed field once") {
    auto d = diff(leaves("languages:\n  - code: tr\n    level: B1\nphone: 1\n"),
                  leaves("languages:\n  - code: fa\n    level: B2\nphone: 2\n"));
    CHECK(top_level_keys(d) == std::vector<std::string>{"languages", "phone"});
}
