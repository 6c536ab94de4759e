// The reader's fast path (yaml/simple_reader.hpp) against yaml-cpp's: on every example record,
// on hand-made corner cases and on tens of thousands of damaged records, yaml::read gives
// exactly what it gives without the fast path, error or tree, positions and styles included.

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "support.hpp"
#include "yaml/mutate.hpp"
#include "yaml/reader.hpp"
#include "yaml/simple_reader.hpp"

using namespace integra;
namespace fs = std::filesystem;

namespace {

void dump(const yaml::Node& n, std::string& out, int depth) {
    out += fmt::format("{:{}}{}@{}:{} style={} flow={}", "", depth * 2, static_cast<int>(n.kind),
                       n.pos.line, n.pos.column, static_cast<int>(n.style), n.flow);
    if (n.is_scalar()) {
        out += fmt::format(" text={:?}", n.text);
    }
    out += '\n';
    for (const yaml::Entry& e : n.entries) {
        out += fmt::format("{:{}}key {:?}@{}:{} style={}\n", "", depth * 2 + 1, e.key,
                           e.key_pos.line, e.key_pos.column, static_cast<int>(e.key_style));
        dump(e.value, out, depth + 1);
    }
    for (const yaml::Node& item : n.items) {
        dump(item, out, depth + 1);
    }
}

/// Everything read() says about `text`, as text, so that two answers compare in one CHECK.
std::string answer(const Result<yaml::Node>& r) {
    if (!r) {
        return fmt::format("error {}:{} {}", r.error().line, r.error().column, r.error().message);
    }
    std::string out;
    dump(*r, out, 0);
    return out;
}

/// True when the fast path took `text` (read() agreeing with yaml-cpp is checked separately).
bool fast(const std::string& text) {
    return yaml::detail::read_simple(text, yaml::Limits{}).has_value();
}

void same_as_yaml_cpp(const std::string& text) {
    CAPTURE(text);
    CHECK(answer(yaml::read(text)) == answer(yaml::detail::read_with_yaml_cpp(text)));
}

const fs::path k_examples = fs::path(INTEGRA_SOURCE_SHARE).parent_path() / "examples/dietzenbach";

/// Records as integra writes them with multi-line notes (literal blocks), which the example
/// data does not have, so that damaged literal blocks are tried too.
const char* const k_literal_records[] = {
    "id: R-2025-0001\nnotes:\n  - date: 2025-01-02\n    by: kaya\n    text: |-\n      Erstes "
    "Gespräch.\n\n      Unterlagen fehlen noch.\n  - date: 2025-02-03\n    by: brandt\n    "
    "text: |\n      Termin vereinbart.\n      Dolmetscherin: Arabisch.\nstatus: active\n",
    "id: P-0001\nnotes: |-\n  Bevorzugt Termine am Vormittag.\n  Spricht auch Kurdisch.\nstatus: "
    "active\n",
    "id: PR-2025-001\ntitle: Elterncafé\ndescription: |\n  Ein Treffpunkt für Eltern.\n\n  "
    "Zweimal im Monat.\nag: ag1\n",
};

std::vector<std::string> example_texts() {
    std::vector<std::string> out(std::begin(k_literal_records), std::end(k_literal_records));
    for (const auto& dir : fs::directory_iterator(k_examples)) {
        if (!dir.is_directory() || dir.path().filename().string().starts_with('.')) {
            continue;
        }
        for (const auto& file : fs::directory_iterator(dir.path())) {
            out.push_back(test::read_file(file.path()));
        }
    }
    return out;
}

}  // namespace

TEST_CASE("the fast path reads every example record, exactly as yaml-cpp does") {
    const auto texts = example_texts();
    REQUIRE(texts.size() > 1700);  // the examples, and three records with literal blocks
    std::size_t taken = 0;
    for (const std::string& text : texts) {
        same_as_yaml_cpp(text);
        taken += fast(text) ? 1 : 0;
    }
    // integra writes every record; what it writes is the fast path's to read.
    CHECK(taken == texts.size());
}

TEST_CASE("corner cases: the fast path agrees with yaml-cpp or leaves them to it") {
    struct Case {
        const char* text;
        bool fast;  ///< whether the fast path should take it
    };
    const Case cases[] = {
        {"id: P-0001\nname:\n  given: Ayşe\n  family: Yılmaz\n", true},
        {"id: P-0001\n\nstatus: active\n\n\n", true},  // blank lines between and after
        {"\n\nid: P-0001\n", true},
        {"id: P-0001", true},  // no final line break
        {"\"yes\": 6\n\"no\": 1\n", true},
        {"tags: []\nmore: {}\n", true},
        {"list:\n  - a\n  - b c\n  - \"d: e\"\n", true},
        {"list:\n  - code: ar\n    level: native\n  - code: de\n", true},
        {"text: |\n  line one\n  line two\n", true},
        {"text: |-\n  line one\n\n  line three\nnext: x\n", true},
        {"text: |\n  one\n    indented\n  two\n", true},
        {"text: |\n  one\n\n", true},
        {"items:\n  - |-\n    a block\n    in a list\n  - plain\n", true},
        {"q: \"a \\\"quoted\\\" \\\\ word\\nwith\\ttab\"\n", true},
        {"url: https://example.org/a#b\nmail: a@b.de\nc: C#\n", true},
        {"time: \"09:00\"\nhours: 2.5\n", true},
        {"2025: x\n", true},
        {"deep:\n  a:\n    b:\n      c:\n        d: e\n", true},
        // Left to yaml-cpp (and agreeing with it all the same):
        {"id: P-0001 # a comment\n", false},
        {"# comment\nid: P-0001\n", false},
        {"id:\nname: x\n", false},        // a null value
        {"id: ~\n", false},               // a null word
        {"null: x\n", false},             // a null key
        {"id: 'single'\n", false},        // single quotes
        {"id: [a, b]\n", false},          // a flow list
        {"id: {a: b}\n", false},          // a flow map
        {"id: a\n  continued\n", false},  // a folded plain scalar
        {"list:\n- a\n- b\n", false},     // a list at its key's indentation
        {"a:\n    b: c\n", false},        // four spaces in
        {"a: b\na: c\n", false},          // a duplicate key
        {"a: &x b\n", false},             // an anchor
        {"a: !!str b\n", false},          // a tag
        {"a: *x\n", false},               // an alias
        {"---\na: b\n", false},           // a document marker
        {"a: b\n---\nc: d\n", false},     // two documents
        {"a: \"open\n", false},           // an unclosed quote
        {"a: \"\\u00e4\"\n", false},      // an escape other than \\ \" \n \t
        {"a: b \n", false},               // a trailing blank
        {"a:\tb\n", false},               // a tab after the colon
        {"\ta: b\n", false},              // a tab indents
        {"a: |\n\n  late\n", false},      // a block starting with an empty line
        {"a: |+\n  keep\n", false},       // a chomping indicator integra does not write
        {"a: -1\n", false},               // starts with an indicator
        {"- a\n- b\n", false},            // a list at the top
        {"key : v\n", false},             // a blank before the colon
        {"a: b\n word\n", false},
        {"a: b\nword\n", false},  // a bare word (yaml-cpp takes it for a key)
        {"", false},
        {"   \n", false},
        // A literal block that the file ends in, without a final line break.
        {"text: |\n  one", false},
        {"a: |\n  x\n  y", false},
        {"items:\n  - |\n    a", false},
        {"notes:\n  - date: 2025-01-01\n    text: |\n      line", false},
        {"text: |-\n  one", false},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        same_as_yaml_cpp(c.text);
        CHECK(fast(c.text) == c.fast);
    }
}

TEST_CASE("damaged records: the fast path agrees with yaml-cpp, error or tree") {
    const auto texts = example_texts();
    // INTEGRA_MUTATION_ROUNDS and INTEGRA_MUTATION_SEED run it longer or elsewhere.
    const char* rounds_env = std::getenv("INTEGRA_MUTATION_ROUNDS");
    const char* seed_env = std::getenv("INTEGRA_MUTATION_SEED");
    const long rounds = rounds_env ? std::atol(rounds_env) : 30000;
    std::mt19937 rng(seed_env ? static_cast<unsigned>(std::atol(seed_env)) : 20261127u);
    std::size_t taken = 0, total = 0;
    for (long round = 0; round < rounds; ++round) {
        const std::string& original = texts[rng() % texts.size()];
        const std::string text = test::mutate(original, rng);
        same_as_yaml_cpp(text);
        ++total;
        taken += fast(text) ? 1 : 0;
    }
    // Literal blocks, which the examples lack, damaged as often as the rest together.
    for (long round = 0; round < rounds / 3; ++round) {
        const std::string text =
            test::mutate(k_literal_records[rng() % std::size(k_literal_records)], rng);
        same_as_yaml_cpp(text);
        ++total;
        taken += fast(text) ? 1 : 0;
    }
    // Both paths were exercised, so the comparison means something either way.
    CHECK(taken > total / 10);
    CHECK(taken < total * 9 / 10);
}
