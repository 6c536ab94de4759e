#pragma once
// `integra log [ID]`: the git history of records as field-level changes.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "records/flatten.hpp"
#include "store/store.hpp"

namespace integra::ops {

struct FileChange {
    std::filesystem::path rel;
    char status = 'M';  ///< A added, M modified, D deleted
    std::vector<records::FieldChange> fields;
};

struct HistoryEntry {
    std::string commit;  ///< abbreviated hash
    std::string author;
    std::string date;  ///< `2025-03-05 14:22`
    std::string subject;
    std::vector<FileChange> files;
};

/// The commits that touched the record file `rel` (or, when empty, any file of the data
/// directory), newest first, at most `limit`. Throws Failure(environment) when the data
/// directory is not in a git repository.
std::vector<HistoryEntry> history(const store::Store& store, const std::filesystem::path& rel,
                                  std::size_t limit);

}  // namespace integra::ops
