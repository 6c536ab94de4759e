#include <doctest/doctest.h>

#include "refugees/retention.hpp"

using namespace integra;
using namespace integra::refugees;

namespace {
Date day(int y, unsigned m, unsigned d) {
    return std::chrono::year{y} / m / d;
}
}  // namespace

TEST_CASE("retention_end, whole years from the closing day") {
    CHECK(retention_end(day(2021, 3, 15), 5) == day(2026, 3, 15));
    CHECK(retention_end(day(2021, 12, 31), 1) == day(2022, 12, 31));
}

TEST_CASE("retention_end, 29 February") {
    CHECK(retention_end(day(2024, 2, 29), 1) == day(2025, 2, 28));
    CHECK(retention_end(day(2024, 2, 29), 4) == day(2028, 2, 29));
}

TEST_CASE("past_retention, the period runs to the end of its last day") {
    CHECK_FALSE(past_retention(day(2021, 3, 15), 5, day(2026, 3, 14)));
    CHECK_FALSE(past_retention(day(2021, 3, 15), 5, day(2026, 3, 15)));
    CHECK(past_retention(day(2021, 3, 15), 5, day(2026, 3, 16)));
    CHECK(past_retention(day(2021, 3, 15), 5, day(2027, 1, 1)));
    CHECK_FALSE(past_retention(day(2021, 3, 15), 0, day(2021, 3, 14)));
}
