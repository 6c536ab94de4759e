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
#include "yaml/reader.hpp"

using namespace integra;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Characters that mean something to YAML, and some that should never be in a record.
constexpr char k_alphabet_bytes[] = ":-?[]{},#&*!|>'\"%@` \t\n\r\\\x00\x07\x7F\xC3\xA4\xEF\xBB\xBF";
constexpr std::string_view k_alphabet(k_alphabet_bytes, sizeof k_alphabet_bytes - 1);

std::string mutate(std::string text, std::mt19937& rng) {
    auto pick = [&](std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(rng() % n); };
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < edits; ++i) {
        std::size_t at = pick(text.size() + 1);
        switch (rng() % 6) {
            case 0:  // insert a YAML-significant character
                text.insert(at, 1, k_alphabet[pick(k_alphabet.size())]);
                break;
            case 1:  // delete a run of bytes
                text.erase(at, 1 + pick(8));
                break;
            case 2:  // replace a byte with a random one
                if (at < text.size()) {
                    text[at] = static_cast<char>(rng() % 256);
                }
                break;
            case 3: {  // duplicate a line
                std::size_t start = text.rfind('\n', at == 0 ? 0 : at - 1);
                start = start == std::string::npos ? 0 : start + 1;
                std::size_t end = text.find('\n', start);
                std::string line = text.substr(start, end == std::string::npos ? end : end - start);
                text.insert(start, line + "\n");
                break;
            }
            case 4:  // truncate
                text.resize(at);
                break;
            default:  // change indentation
                text.insert(at, std::string(1 + pick(3), ' '));
                break;
        }
    }
    return text;
}

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
        const std::string original = slurp(examples / rel);
        REQUIRE_MESSAGE(!original.empty(), rel);
        const schema::Spec& spec = *records::find_kind(kind_name)->spec;
        for (int i = 0; i < 1500; ++i) {
            const std::string text = mutate(original, rng);
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
