#pragma once
// The inline SVG charts of the HTML format (render_html.cpp): vertical grouped bars for
// Chart::columns, horizontal bars for Chart::bars. Each chart has a <title> and a <desc> (the
// table's note and its values in words) and a fixed viewBox that scales to the page's width.

#include <string>
#include <string_view>

#include "report/model.hpp"

namespace integra::report {

/// `text` safe inside HTML and SVG text and attribute values: & < > " escaped.
std::string escape_html(std::string_view text);

/// The chart of `table` as an inline <svg>, its element ids starting with `id`; empty when the
/// table has no chart or no row to draw. The total row is not drawn; a suppressed cell gets
/// its mark (`<3` or `x`) instead of a bar, a cell without value nothing.
std::string svg_chart(const Table& table, const std::string& id, const Scope& scope);

}  // namespace integra::report
