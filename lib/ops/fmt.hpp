#pragma once
// `integra fmt`: what normalising records to the canonical form would change.

#include <filesystem>
#include <string>
#include <vector>

#include "check/check.hpp"
#include "store/store.hpp"

namespace integra::ops {

struct FmtItem {
    std::filesystem::path rel;
    std::string id;      ///< the record ID, or `integra.yaml`
    std::string before;  ///< the file's bytes
    std::string after;   ///< its canonical form
};

struct FmtPlan {
    std::vector<FmtItem> changes;       ///< files whose bytes are not canonical
    std::vector<std::string> failures;  ///< `FILE:LINE:COL: message` for unreadable files
};

/// The files selected (all when the selection is empty, integra.yaml included) that are not in
/// canonical form, and those that cannot be read at all.
FmtPlan plan_fmt(const store::Store& store, const check::Selection& selection);

/// A unified diff from the file `work_dir/rel` as it is now to `after`, labelled a/REL and b/REL
/// (Debian's `diff -u`).
std::string unified_diff(const std::filesystem::path& rel, const std::string& after,
                         const std::filesystem::path& work_dir);

/// The commit message for normalising `items`: IDs, never names.
std::string fmt_message(const std::vector<FmtItem>& items);

}  // namespace integra::ops
