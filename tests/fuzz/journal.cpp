// The intent journal `.integra/journal` (store/journal.hpp), which the next command reads after
// a killed change and then writes files and commits from: store::decode_journal. Each input is
// decoded as it is and, so that the fuzzer gets past the checksum, once more with the checksum
// line a journal ends in computed and appended.
//
// Properties: a refusal says the journal is damaged or names the path it refuses; a journal
// accepted names only plain relative paths (names of letters, digits, `.`, `_` and `-`, none
// hidden, no `..`), so that recovery never writes outside the data directory or into `.git`;
// and encoding it decodes to the same journal.

#include <fmt/format.h>

#include "fuzz.hpp"
#include "store/journal.hpp"

using namespace integra;

namespace {

/// The journal's checksum (FNV-1a, 64 bits), written here again from its definition.
std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : bytes) {
        h = (h ^ c) * 0x100000001b3ULL;
    }
    return h;
}

bool plain_name(std::string_view part) {
    return !part.empty() && part[0] != '.' &&
           part.find_first_not_of(
               "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
               "0123456789._-") == std::string_view::npos;
}

bool same(const store::Journal& a, const store::Journal& b) {
    if (a.mode != b.mode || a.message != b.message || a.changes.size() != b.changes.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.changes.size(); ++i) {
        const store::Change &x = a.changes[i], &y = b.changes[i];
        if (x.rel != y.rel || x.before != y.before || x.after != y.after) {
            return false;
        }
    }
    return true;
}

void decode(std::string_view bytes) {
    auto journal = store::decode_journal(bytes);
    if (!journal) {
        const std::string& m = journal.error().message;
        fuzz::require_readable(m, bytes, "decode_journal");
        fuzz::require(m == "is damaged or cut short" || m.starts_with("names the path"),
                      fmt::format("decode_journal says `{}`", m));
        return;
    }
    for (const store::Change& c : journal->changes) {
        fuzz::require(c.rel.is_relative() && !c.rel.empty(),
                      fmt::format("the journal names `{}`", c.rel.string()));
        for (const auto& part : c.rel) {
            fuzz::require(plain_name(part.string()),
                          fmt::format("the journal names `{}`", c.rel.string()));
        }
    }
    auto again = store::decode_journal(store::encode(*journal));
    fuzz::require(again && same(*again, *journal), "encode does not give the journal back");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = fuzz::text_of(data, size);
    decode(bytes);
    decode(fmt::format("{}end {:016x}\n", bytes, fnv1a(bytes)));
    return 0;
}
