#pragma once
// The formats of a report. All of them write the same tables, cells and labels; numbers come
// from report/format.hpp (German by default). Nothing here computes a figure.

#include <string>

#include "report/model.hpp"
#include "util/csv.hpp"
#include "util/json.hpp"

namespace integra::report {

/// Markdown (CommonMark with GitHub's pipe tables): a heading per section and table, the
/// table's note, the table; the internal mark at the top and under every section heading.
std::string render_markdown(const Report& report);

/// One self-contained HTML page: inline CSS (screen and print, A4 pages), an inline SVG chart
/// for each table with a chart (with <title>/<desc> and the data table behind it), no network
/// access of any kind. Internal reports carry a mark on every printed page.
std::string render_html(const Report& report);

/// {report, title, municipality, office, period: {from, to}, previous: {from, to}, lang,
/// internal, threshold, generated, sections: [{key, title, tables: [{name, title, note,
/// columns: [{key, label, unit}], rows: [{key, label, total, <column key>: value …}]}]}]}.
/// Values are numbers (money as a decimal string, as everywhere in integra's JSON), `"<3"`
/// or `"x"` when suppressed (hidden_mark), null when there is none.
Json report_json(const Report& report);

/// One table as CSV (RFC 4180, `,`, `\n`): a header `key,label,<column keys>`, then one line
/// per row; numbers as plain_number writes them, `<3` or `x` when suppressed.
std::string render_csv(const Table& table, const Scope& scope, const CsvDialect& dialect = {});

}  // namespace integra::report
