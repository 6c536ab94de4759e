#pragma once
// The columns and cells of a kind's records in a spreadsheet (`integra import`, `integra
// export`): which key path a column header names, and a cell's text as the format's value.
//
// A column is a key path of the format (`name.given`, `notes.0.text`, `onboarding.arrival.done`;
// `languages[0].code` is read as `languages.0.code`). Lists that never hold free text fit in one
// cell: language skills as `--lang` takes them (`fa:native,de:B1`), codes, IDs and words
// comma-separated (`women,children`). A cell of `[]` is an empty list.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "records/kinds.hpp"
#include "schema/spec.hpp"
#include "util/error.hpp"
#include "yaml/node.hpp"

namespace integra::ops::sheet {

/// `languages[0].code` → `languages.0.code`.
std::string dotted(std::string_view path);

/// True when a list of `list`'s items is written in one cell (see above).
bool one_cell(const schema::Spec& list);

/// What a column at key path `path` of `root` fills: a single value, or a list written in one
/// cell; nullptr when the path names neither (a mapping, a list of free text or records, or
/// nothing of the format).
const schema::Spec* column_spec(const schema::Spec& root, std::string_view path);

/// The key path a column header names for `kind`: a key path of the format (column_spec), else
/// a German or English label (`Vorname`, `Geburtsdatum`, `E-Mail`, `Date of birth`), compared
/// without case, spaces, `-`, `_` and with ä/ö/ü/ß as ae/oe/ue/ss; nullopt for neither.
std::optional<std::string> key_for_header(const records::Kind& kind, std::string_view header);

/// Every kind and key path the labels name (`*` for every kind that has the path), so that a
/// test keeps them from going stale.
std::vector<std::pair<std::string_view, std::string_view>> labelled_paths();

/// A cell's text as the format's value of `spec` (a single value's spec): trimmed (and
/// Excel's `="0607"` unwrapped); dates also as TT.MM.JJJJ (`1.3.2025`), amounts and hours with
/// a decimal comma (`1.234,56 €`), times as `9:30`, yes/no as ja/nein/wahr/falsch, the words
/// of a vocabulary also in German (`weiblich`, `aktiv`). An Error that says what to write for
/// text that is none of these; a value this does not know (a word of no vocabulary) is
/// returned as written, for validation to name.
Result<std::string> cell_value(const schema::Spec& spec, std::string_view cell);

/// A one-cell list's node from its cell (`fa:native, de:B1`); items as cell_value reads them.
Result<yaml::Node> cell_list(const schema::Spec& list, std::string_view cell);

/// The cell export writes for a one-cell list's node: cell_list's input form.
std::string list_cell(const yaml::Node& list);

}  // namespace integra::ops::sheet
