#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

#include "sys/parallel.hpp"

using integra::sys::parallel_for;
using integra::sys::worker_count;

TEST_CASE("parallel_for calls the function once for every index") {
    for (std::size_t n : {0u, 1u, 31u, 32u, 33u, 1000u, 10007u}) {
        std::vector<std::atomic<int>> calls(n);
        parallel_for(n, [&](std::size_t i) { ++calls[i]; });
        for (std::size_t i = 0; i < n; ++i) {
            REQUIRE(calls[i] == 1);
        }
    }
}

TEST_CASE("parallel_for rethrows the failure of the lowest index, after every call ended") {
    std::atomic<int> done{0};
    try {
        parallel_for(5000, [&](std::size_t i) {
            ++done;
            if (i % 700 == 699) {
                throw std::runtime_error("index " + std::to_string(i));
            }
        });
        FAIL("no exception");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()) == "index 699");
    }
    CHECK(done == 5000);
}

TEST_CASE("INTEGRA_THREADS sets the number of threads; a bad value is ignored") {
    const unsigned cores = [] {
        ::unsetenv("INTEGRA_THREADS");
        return worker_count();
    }();
    CHECK(cores >= 1);
    ::setenv("INTEGRA_THREADS", "3", 1);
    CHECK(worker_count() == 3);
    for (const char* bad : {"0", "-1", "many", "3x", "100000"}) {
        ::setenv("INTEGRA_THREADS", bad, 1);
        CHECK(worker_count() == cores);
    }
    ::unsetenv("INTEGRA_THREADS");
}
