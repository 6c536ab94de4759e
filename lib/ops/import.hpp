#pragma once
// `integra import KIND FILE.csv`: new records from a spreadsheet, all in one commit or none.
//
// The file is read as offices save it (util/csv_read.hpp); its columns are mapped to key paths
// by their headers (ops/spreadsheet.hpp) or by `--map COLUMN=key.path`; every cell is read as
// its field's value (German dates and amounts too). The new records are then checked with
// every check of `integra check`, together with the records already there: each row that would
// break one is listed with its line, and nothing is written.

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ops/plan.hpp"
#include "store/store.hpp"
#include "util/values.hpp"

namespace integra::ops {

/// A spreadsheet file and the kind of record each of its rows becomes.
struct ImportSource {
    std::string kind;  ///< `pilots`, `pilot` …
    std::string file;  ///< the CSV file
};

struct ImportOptions {
    /// One or more files, of different kinds, imported in one commit: records that refer to
    /// each other (a project's decision and the meeting's decision on the project) come in
    /// together.
    std::vector<ImportSource> sources;
    std::vector<std::string> maps;  ///< `COLUMN=key.path`; `COLUMN=` leaves a column out
};

/// A column of a file and the key path it fills (empty: left out).
struct ImportColumn {
    std::string header;
    std::string path;
    std::string why;  ///< for a column left out: why
};

struct ImportedFile {
    std::string file;
    const records::Kind* kind = nullptr;
    std::string_view encoding;
    char separator = ',';
    std::vector<ImportColumn> columns;
};

struct ImportedRecord {
    std::size_t file = 0;  ///< in ImportPlan::files
    int line = 0;          ///< the row's line in the file
    std::string id;
    std::filesystem::path rel;
    std::string bytes;  ///< the new file
};

struct ImportPlan {
    WritePlan plan;  ///< every new file; one commit
    std::vector<ImportedFile> files;
    std::vector<ImportedRecord> records;
    std::vector<std::string> warnings;  ///< `FILE:LINE: warning: …` for the new records
};

/// The plan to create a record for every row of every file of `o`. Call under the lock
/// (Store::hold_for_change): the new IDs and the checks across records hold only then.
/// Throws Failure(usage) for an unknown kind, an unreadable file or a malformed `--map`, and
/// Failure(invalid) for a file that is not CSV or columns that map to nothing, and, listing
/// every bad row as `FILE:LINE: …`, when any row would be invalid. Writes nothing but a scratch
/// copy under .integra/tmp/, removed before it returns.
ImportPlan plan_import(const store::Store& store, const ImportOptions& o, const Date& today);

}  // namespace integra::ops
