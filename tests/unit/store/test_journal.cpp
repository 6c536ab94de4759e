#include <doctest/doctest.h>

#include <string>

#include "store/journal.hpp"

using namespace integra;
using namespace integra::store;

namespace {
Journal sample() {
    Journal j;
    j.message = "fees: bill 2026-10 (2 assignments)";
    j.changes.push_back(Change{"assignments/E-2026-0001.yaml", "a: 1\nend 00\n", "a: 2\n"});
    j.changes.push_back(Change{"assignments/E-2026-0002.yaml", std::nullopt, "b\n\n"});
    j.changes.push_back(Change{"pilots/P-0001.yaml", "", std::nullopt});
    return j;
}
}  // namespace

TEST_CASE("decode_journal gives back what encode wrote, whatever the bytes") {
    Journal j = sample();
    j.mode = CommitMode::no_commit;
    auto back = decode_journal(encode(j));
    REQUIRE(back.ok());
    CHECK(back->mode == CommitMode::no_commit);
    CHECK(back->message == j.message);
    REQUIRE(back->changes.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(back->changes[i].rel == j.changes[i].rel);
        CHECK(back->changes[i].before == j.changes[i].before);
        CHECK(back->changes[i].after == j.changes[i].after);
    }
}

TEST_CASE("decode_journal refuses a journal cut short at any length or with a byte changed") {
    const std::string bytes = encode(sample());
    for (std::size_t n = 0; n < bytes.size(); ++n) {
        CAPTURE(n);
        CHECK_FALSE(decode_journal(bytes.substr(0, n)).ok());
        std::string flipped = bytes;
        flipped[n] = static_cast<char>(flipped[n] ^ 0x20);
        CHECK_FALSE(decode_journal(flipped).ok());
    }
}

TEST_CASE("decode_journal refuses paths that leave the data directory") {
    for (const char* path : {"../x.yaml", "/etc/passwd", "pilots/../../x", ".git/config", ""}) {
        Journal j;
        j.message = "m";
        j.changes.push_back(Change{path, std::nullopt, "x"});
        CAPTURE(path);
        CHECK_FALSE(decode_journal(encode(j)).ok());
    }
}
