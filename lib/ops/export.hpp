#pragma once
// `integra export KIND`: every record of a kind, for a spreadsheet (one row a record, one
// column a value, see ops/spreadsheet.hpp) or a script (JSON, as `show --format json` gives
// each record). Persons whose processing is restricted (GDPR Art. 18) are left out, and so are
// the references to them in other records.

#include <cstddef>
#include <string>
#include <vector>

#include "records/kinds.hpp"
#include "store/store.hpp"
#include "util/csv.hpp"
#include "util/json.hpp"

namespace integra::ops {

/// What export leaves out under GDPR Art. 18: the persons whose processing is restricted, and
/// the references to them in other records (an assignment's client).
struct Withheld {
    std::size_t persons = 0;
    std::size_t references = 0;
};

struct ExportTable {
    std::vector<std::string> columns;         ///< key paths, in the format's order
    std::vector<std::vector<CsvField>> rows;  ///< one a record, in ID order; amounts and
                                              ///< hours as numbers (csv_number)
    Withheld withheld;
};

/// The records of `kind` as a table: a column for every value any record has, named by its
/// key path (`name.given`, `notes.0.text`); `integra import` reads it back. Throws
/// Failure(invalid) for a record file that cannot be read, naming it.
ExportTable export_table(const store::Store& store, const records::Kind& kind);

struct ExportJson {
    Json records = Json::array();
    Withheld withheld;
};

/// The records of `kind` as JSON objects, typed as records::record_json types them.
ExportJson export_json(const store::Store& store, const records::Kind& kind);

/// The kind `integra import` and `export` take: one of the format's kinds of record, by its
/// name or plural (`pilot`, `pilots`); Failure(usage) otherwise.
const records::Kind& exchange_kind(std::string_view name);

/// The kinds exchange_kind takes, by their plurals: `pilots, assignments, …, meetings`.
std::string exchange_kind_names();

}  // namespace integra::ops
