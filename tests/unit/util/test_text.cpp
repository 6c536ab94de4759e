#include <doctest/doctest.h>

#include "util/text.hpp"

using namespace integra;

TEST_CASE("split keeps empty pieces") {
    using V = std::vector<std::string>;
    CHECK(split("", ',') == V{""});
    CHECK(split("a,b", ',') == V{"a", "b"});
    CHECK(split("a\nb\n", '\n') == V{"a", "b", ""});
    CHECK(split(",", ',') == V{"", ""});
}

TEST_CASE("trim removes blanks at either end only") {
    CHECK(trim("  kaya \t\r\n") == "kaya");
    CHECK(trim("de: B1") == "de: B1");
    CHECK(trim(" a b ") == "a b");
    CHECK(trim(" \t\r\n") == "");
    CHECK(trim("") == "");
}

TEST_CASE("some_of names five, then an ellipsis") {
    CHECK(some_of({}) == "");
    CHECK(some_of({"R-1"}) == "R-1");
    CHECK(some_of({"A", "B", "C", "D", "E"}) == "A, B, C, D, E");
    CHECK(some_of({"A", "B", "C", "D", "E", "F"}) == "A, B, C, D, E, …");
    CHECK(some_of({"A", "B", "C"}, 2) == "A, B, …");
}
