#pragma once
// The intent journal of a change (`.integra/journal`): written and synced before any record
// file is touched, removed after the commit. A journal found by the next command means a
// change was interrupted (the process was killed); it holds what is needed to finish the
// change or to undo it: every path with its bytes before and after, the commit message and
// whether to commit.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.hpp"

namespace integra::store {

/// One file's change: `before` is its content now (nullopt: new), `after` what it becomes
/// (nullopt: removed).
struct Change {
    std::filesystem::path rel;
    std::optional<std::string> before;
    std::optional<std::string> after;
};

enum class CommitMode { commit, no_commit };

/// What recovery must do: finish the change, or (once the change had failed and its undo had
/// begun, which the marker `.integra/undo` says) restore the old bytes.
enum class Intent { forward, undo };

struct Journal {
    CommitMode mode = CommitMode::commit;
    std::string message;
    std::vector<Change> changes;
};

/// The journal as bytes: a header line, length-prefixed fields (any bytes are safe), and a
/// closing checksum line.
std::string encode(const Journal& journal);

/// The journal `bytes` hold; an Error when they are cut short, damaged (checksum) or name a
/// path that is not a plain relative path inside the data directory.
Result<Journal> decode_journal(std::string_view bytes);

}  // namespace integra::store
