// The spreadsheet reader of `integra import` (util/csv_read.hpp): decode_spreadsheet on the raw
// bytes, parse_csv on its text, then every cell through ops::sheet::cell_value as a value of
// each type a column may have, and as a one-cell list of language skills and of words.
//
// Properties: decoding gives valid UTF-8 or an Error with a readable message at a line of the
// input; parsing gives a header and rows of exactly the header's width, each starting on a
// later line than the one before and within the text, or an Error at a line of the text; a
// cell's value is an Error with a readable message, or one that its type's own parser accepts
// (a date, an amount, a time …); every field written by csv_row, in either dialect, reads back
// through parse_csv and cell_value as itself; and nothing throws.

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "fuzz.hpp"
#include "ops/spreadsheet.hpp"
#include "records/kinds.hpp"
#include "schema/validate.hpp"
#include "util/csv.hpp"
#include "util/csv_read.hpp"

using namespace integra;

namespace {

/// Line ends as parse_csv counts them: LF, CRLF and a lone CR.
int lines_of(std::string_view text) {
    int lines = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            ++lines;
        }
    }
    return lines;
}

struct Column {
    const char* kind;
    const char* path;
};

/// A column of each type a cell may be read as.
constexpr Column k_columns[] = {
    {"refugees", "birth_date"},    // date
    {"assignments", "billed"},     // month
    {"assignments", "time"},       // time
    {"assignments", "hours"},      // decimal
    {"projects", "requested"},     // money
    {"ags", "members.0.voting"},   // boolean
    {"pilots", "gender"},          // choice
    {"refugees", "nationality"},   // country
    {"assignments", "language"},   // language
    {"pilots", "notes"},           // text
    {"pilots", "training.hours"},  // count
};

void require_typed(const schema::Spec& spec, const std::string& value, std::string_view cell) {
    bool ok = true;
    switch (spec.type) {
        case schema::Type::date:
            ok = parse_date(value).has_value();
            break;
        case schema::Type::month:
            ok = parse_month(value).has_value();
            break;
        case schema::Type::time:
            ok = parse_time(value).has_value();
            break;
        case schema::Type::money:
        case schema::Type::decimal:
            ok = parse_money(value).has_value();
            break;
        case schema::Type::boolean:
            ok = value == "true" || value == "false";
            break;
        default:
            break;
    }
    fuzz::require(ok,
                  fmt::format("cell_value({:?}) gave {:?}, which its type refuses", cell, value));
}

void cells(std::string_view cell) {
    for (const Column& c : k_columns) {
        const schema::Spec* spec =
            ops::sheet::column_spec(*records::find_kind(c.kind)->spec, c.path);
        fuzz::require(spec != nullptr, fmt::format("no column {}", c.path));
        auto value = ops::sheet::cell_value(*spec, cell);
        if (!value) {
            fuzz::require_readable(value.error().message, cell, "cell_value");
            continue;
        }
        require_typed(*spec, *value, cell);
    }
    for (const Column& c : {Column{"pilots", "languages"}, Column{"projects", "target_groups"}}) {
        const schema::Spec* spec =
            ops::sheet::column_spec(*records::find_kind(c.kind)->spec, c.path);
        auto list = ops::sheet::cell_list(*spec, cell);
        if (!list) {
            fuzz::require_readable(list.error().message, cell, "cell_list");
            continue;
        }
        fuzz::require(list->is_seq(), "cell_list gave no list");
        // What export writes reads back as the same list.
        auto again = ops::sheet::cell_list(*spec, ops::sheet::list_cell(*list));
        fuzz::require(again && fuzz::content(*again) == fuzz::content(*list),
                      fmt::format("cell_list(list_cell(cell_list({:?}))) differs", cell));
    }
}

/// A field as import reads it back after export wrote it, in `dialect`; nullopt when the
/// written text does not parse (a property broken).
std::optional<std::string> written_and_read(const std::string& field, const CsvDialect& dialect) {
    // Two columns: with one, a header has no separator to tell `;` from `,`.
    std::string text = csv_header({"h", "x"}, dialect) + csv_row({field, "x"}, dialect);
    auto decoded = decode_spreadsheet(text);
    auto table = decoded ? parse_csv(decoded->utf8) : Result<CsvTable>(decoded.error());
    if (!table || table->rows.size() != 1) {
        return std::nullopt;
    }
    auto value = ops::sheet::cell_value(
        *ops::sheet::column_spec(*records::find_kind("pilots")->spec, "notes"),
        table->rows[0].fields[0]);
    return value ? std::optional(*value) : std::nullopt;
}

/// Text import keeps as it is: not empty, no blank or line break at either end, no carriage
/// return, valid UTF-8.
bool kept_as_is(const std::string& f) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    return !f.empty() && !blank(f.front()) && !blank(f.back()) &&
           f.find('\r') == std::string::npos && !f.starts_with("\xC2\xA0") &&
           !f.ends_with("\xC2\xA0") && !f.starts_with("\xE2\x80\xAF") &&
           !f.ends_with("\xE2\x80\xAF") && is_valid_utf8(f);
}

void round_trip(const std::string& field) {
    if (!kept_as_is(field)) {
        return;
    }
    for (const CsvDialect& dialect : {CsvDialect{}, CsvDialect::german_excel()}) {
        auto back = written_and_read(field, dialect);
        fuzz::require(back && *back == field,
                      fmt::format("{:?} written as CSV{} reads back as {:?}", field,
                                  dialect.excel ? " for Excel" : "",
                                  back ? *back : std::string("(nothing)")));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = fuzz::text_of(data, size);
    auto text = decode_spreadsheet(bytes);
    if (!text) {
        fuzz::require_sound(text.error(), bytes, "decode_spreadsheet");
        return 0;
    }
    fuzz::require(is_valid_utf8(text->utf8), "decode_spreadsheet gave text that is not UTF-8");
    auto table = parse_csv(text->utf8);
    const int lines = lines_of(text->utf8);
    if (!table) {
        fuzz::require_readable(table.error().message, text->utf8, "parse_csv");
        fuzz::require(table.error().line >= 1 && table.error().line <= lines,
                      fmt::format("parse_csv: error at line {} of {}", table.error().line, lines));
        return 0;
    }
    fuzz::require(!table->header.empty(), "parse_csv: no header");
    int previous = table->header_line;
    for (const CsvRow& row : table->rows) {
        fuzz::require(row.fields.size() == table->header.size(), "parse_csv: a ragged row");
        fuzz::require(row.line > previous && row.line <= lines,
                      fmt::format("parse_csv: a row on line {} after line {}, of {} lines",
                                  row.line, previous, lines));
        previous = row.line;
    }
    std::size_t n = 0;
    for (const std::string& h : table->header) {
        cells(h);
        ++n;
    }
    for (const CsvRow& row : table->rows) {
        for (const std::string& f : row.fields) {
            if (++n > 64) {
                return 0;  // enough cells for one input
            }
            cells(f);
            round_trip(f);
        }
    }
    return 0;
}
