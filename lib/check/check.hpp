#pragma once
// `integra check`: every check over the data directory, all problems in one run.
//
// Check names (stable; scripts and --strict rely on them):
//   file           the file cannot be read safely (symlink, FIFO, size, permissions)
//   yaml-syntax    not valid YAML, or YAML a record never uses (anchors, tags, two documents)
//   schema         a required field missing, a wrong type, enum value, code or date
//   future-date    a date that cannot lie after today does
//   unknown-field  a key the format does not have (warning)
//   language-code  a three-letter code where ISO 639-1 has a two-letter one (warning)
//   id-filename    the file name is not an ID of its kind, or `id:` differs from it
//   duplicate-id   two files whose IDs differ only in case
//   reference      a reference to a record that does not exist
//   stray-file     a data file where no records live, or a kind's folder that is a link
// and the rules of the guides' work (check/pilot_rules.hpp), of the refugee casework
// (check/casework_rules.hpp) and of project funding and the AGs (check/funding_rules.hpp).

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "records/kinds.hpp"
#include "schema/validate.hpp"
#include "store/store.hpp"
#include "util/values.hpp"

namespace integra::check {

using schema::Severity;

struct Diagnostic {
    std::filesystem::path file;  ///< relative to the data directory
    yaml::Pos pos;
    Severity severity = Severity::error;
    std::string message;
    std::string_view check;
};

/// Which records' problems to report; empty means all. All records are still read, since
/// references and duplicates need them.
struct Selection {
    std::vector<std::string> ids;
    std::vector<const records::Kind*> kinds;
    bool settings = false;  ///< `integra.yaml` selected by the word `settings`
    bool empty() const { return ids.empty() && kinds.empty() && !settings; }
};

struct Report {
    std::vector<Diagnostic> diagnostics;  ///< sorted by file, line, column
    std::size_t files = 0;                ///< files read
    std::size_t errors() const;
    std::size_t warnings() const;
};

/// Runs every check. `today` bounds dates that cannot lie ahead.
Report run(const store::Store& store, const Date& today, const Selection& selection = {});

/// Parses `integra check` arguments (IDs and kind names, or `settings`) into a Selection;
/// an argument that is neither is Failure(usage).
Selection select(const std::vector<std::string>& args);

}  // namespace integra::check
