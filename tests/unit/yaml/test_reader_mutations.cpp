// Deterministic mutation testing of the reader: thousands of example records, each damaged in a
// few random places (a fixed seed, so every run tests the same files). Whatever the damage, the
// reader returns a value or an error with a sensible position; it never throws, crashes or
// hangs. What it accepts, integra can write canonically, and that form is a fixed point.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "records/kinds.hpp"
#include "schema/validate.hpp"
#include "store/store.hpp"
#include "support.hpp"
#include "yaml/mutate.hpp"
#include "yaml/reader.hpp"

using namespace integra;
namespace fs = std::filesystem;

namespace {

int count_lines(const std::string& text) {
    return 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("damaged records are read or refused with a position, never anything worse") {
    const fs::path examples = fs::path(INTEGRA_SOURCE_SHARE).parent_path() / "examples/dietzenbach";
    const std::pair<const char*, const char*> seeds[] = {
        {"pilots", "pilots/P-0004.yaml"},          {"assignments", "assignments/E-2023-0001.yaml"},
        {"refugees", "refugees/R-2022-0001.yaml"}, {"households", "households/H-2022-0001.yaml"},
        {"projects", "projects/PR-2024-001.yaml"}, {"ags", "ags/ag1.yaml"},
    };
    std::mt19937 rng(20261124);
    int accepted = 0, refused = 0;
    for (const auto& [kind_name, rel] : seeds) {
        const std::string original = test::read_file(examples / rel);
        REQUIRE_MESSAGE(!original.empty(), rel);
        const schema::Spec& spec = *records::find_kind(kind_name)->spec;
        for (int i = 0; i < 1500; ++i) {
            const std::string text = test::mutate(original, rng);
            CAPTURE(text);
            auto root = yaml::read(text);
            if (!root) {
                ++refused;
                CHECK_FALSE(root.error().message.empty());
                CHECK(root.error().line >= 0);
                CHECK(root.error().line <= count_lines(text) + 1);
                continue;
            }
            ++accepted;
            schema::Findings findings;
            schema::validate(*root, spec, schema::Context{}, findings);
            if (schema::normalise(*root, spec).entries.empty()) {
                continue;  // nothing known is left; `fmt` refuses such a file
            }
            const std::string canonical = store::canonical_bytes(*root, spec);
            auto again = yaml::read(canonical);
            REQUIRE(again.ok());
            CHECK(store::canonical_bytes(*again, spec) == canonical);
        }
    }
    // Both paths were exercised, so the test can fail either way.
    CHECK(accepted > 500);
    CHECK(refused > 500);
}
