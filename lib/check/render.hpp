#pragma once
// How check results are shown: `FILE:LINE:COL: error|warning: message [check]`, the offending
// line and a caret (like a compiler), or a JSON array of objects.

#include <filesystem>
#include <string>

#include "check/check.hpp"
#include "store/store.hpp"
#include "util/json.hpp"

namespace integra::check {

struct RenderOptions {
    std::filesystem::path prefix;  ///< prepended to the data-relative path (cwd → data dir)
    bool color = false;
};

/// The diagnostics as text, each followed by its source line and a caret where it has one.
/// Columns are counted in characters (UTF-8 code points), as editors count them; a tab is one.
std::string render_text(const Report& report, const store::Store& store, const RenderOptions& o);

/// The diagnostics as a JSON array of {file, line, column (in characters), severity, check,
/// message}.
Json report_json(const Report& report, const RenderOptions& o);

/// `2 errors, 1 warning in 612 files`.
std::string summary(const Report& report);

}  // namespace integra::check
