#pragma once
// `integra edit ID`: the kubectl-style edit loop of SPEC §4.

#include <filesystem>
#include <functional>
#include <string>

#include "store/store.hpp"
#include "util/values.hpp"

namespace integra::ops {

/// Opens the editor on a file and returns its exit status.
using Editor = std::function<int(const std::filesystem::path& file)>;

enum class EditResult { saved, unchanged };

struct EditOutcome {
    EditResult result = EditResult::unchanged;
    std::string message;  ///< the commit message when saved
};

/// Copies record `id` to `.integra/edit/ID.yaml` and opens `editor` on it. On save: an
/// unchanged copy is a no-op; an invalid one is reopened with the errors as a `#` block at the
/// top, the user's edits kept; a valid one replaces the record in one commit. Throws
/// Failure(invalid) when the editor fails, the copy is emptied, the same errors come back
/// unchanged, or the record changed on disk meanwhile (then the copy is kept and named).
EditOutcome edit_record(const store::Store& store, const std::string& id, const Date& today,
                        const Editor& editor, store::CommitMode mode);

/// The path of the working copy `edit` uses for `id`.
std::filesystem::path edit_copy_path(const store::Store& store, const std::string& id);

}  // namespace integra::ops
