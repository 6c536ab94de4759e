#include <doctest/doctest.h>

#include "util/csv.hpp"

using namespace integra;

TEST_CASE("csv_row quotes what needs quoting and defuses formulas") {
    CHECK(csv_row({"P-0004", "Şahin", "6.5"}) == "P-0004,Şahin,6.5\n");
    CHECK(csv_row({"a,b", "say \"hi\"", "two\nlines"}) ==
          "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
    CHECK(csv_row({"=HYPERLINK(\"x\")", "-5", "+49 6074", "@x", ""}) ==
          "\"'=HYPERLINK(\"\"x\"\")\",-5,'+49 6074,'@x,\n");
}
