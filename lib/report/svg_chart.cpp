// The inline SVG charts of the HTML format; see svg_chart.hpp.

#include "report/svg_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "report/format.hpp"

namespace integra::report {

namespace {

/// At most `max` characters (code points) of `text`, with `…` when cut.
std::string shorten(const std::string& text, std::size_t max) {
    std::vector<std::size_t> starts;  // where each code point begins
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            starts.push_back(i);
        }
    }
    return starts.size() <= max ? text : text.substr(0, starts[max - 1]) + "…";
}

constexpr double k_width = 720;
/// Dark and light colours in turn: the current year dark, the previous one light. The pairs
/// differ in lightness, so they stay apart in greyscale print.
constexpr std::array<const char*, 4> k_palette{"#1f4e79", "#9dc3e6", "#843c0c", "#f4b183"};

struct Series {
    std::size_t column;
    const char* colour;
};

/// The chart's columns with their colours: by year, newest darkest, when every column has a
/// different year; else in order.
std::vector<Series> series_of(const Table& table) {
    std::vector<std::size_t> order = table.chart_columns;
    bool by_year = std::all_of(order.begin(), order.end(),
                               [&](std::size_t c) { return table.columns[c].year.has_value(); });
    if (by_year) {
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return *table.columns[a].year > *table.columns[b].year;
        });
    }
    std::vector<Series> out;
    for (std::size_t c : table.chart_columns) {
        auto rank =
            static_cast<std::size_t>(std::find(order.begin(), order.end(), c) - order.begin());
        out.push_back({c, k_palette[rank % k_palette.size()]});
    }
    return out;
}

std::vector<const Row*> chart_rows(const Table& table) {
    std::vector<const Row*> rows;
    for (const Row& row : table.rows) {
        if (!row.total) {
            rows.push_back(&row);
        }
    }
    return rows;
}

Unit chart_unit(const Table& table) {
    return table.columns[table.chart_columns.front()].unit;
}

/// The value a bar is drawn for, or nullopt for no bar (suppressed or no value).
std::optional<std::int64_t> bar_value(const Row& row, std::size_t column) {
    const Cell& cell = row.cells[column];
    if (cell.suppressed || !cell.value) {
        return std::nullopt;
    }
    return std::max<std::int64_t>(*cell.value, 0);
}

/// The largest drawn value, at least 1.
std::int64_t max_value(const std::vector<const Row*>& rows, const std::vector<Series>& series) {
    std::int64_t max = 1;
    for (const Row* row : rows) {
        for (const Series& s : series) {
            max = std::max(max, bar_value(*row, s.column).value_or(0));
        }
    }
    return max;
}

/// A round step (1, 2 or 5 times a power of ten) giving at most about five ticks up to
/// `max`; never finer than one whole unit (one euro, a tenth of an hour, one percent).
std::int64_t nice_step(std::int64_t max, Unit unit) {
    std::int64_t least = unit == Unit::money     ? 100
                         : unit == Unit::percent ? 10
                         : unit == Unit::hours   ? 10
                                                 : 1;
    double rough = static_cast<double>(max) / 5.0;
    auto power =
        static_cast<std::int64_t>(std::pow(10.0, std::floor(std::log10(std::max(rough, 1.0)))));
    for (std::int64_t factor : {1, 2, 5, 10}) {
        if (static_cast<double>(power * factor) >= rough) {
            return std::max(power * factor, least);
        }
    }
    return std::max(power * 10, least);
}

/// A tick's label: money in whole euros, everything else as its cells are written.
std::string tick_label(std::int64_t value, Unit unit, Lang lang, int threshold) {
    if (unit == Unit::money && value % 100 == 0) {
        std::string euros = format_count(value / 100, lang);
        return lang == Lang::de ? euros + " €" : "€" + euros;
    }
    return format_cell(Cell::of(value), unit, lang, threshold);
}

/// The chart's text alternative: the note, then every row's values in words.
std::string chart_description(const Table& table, const std::vector<const Row*>& rows,
                              const std::vector<Series>& series, const Scope& scope) {
    std::string text = table.note;
    for (const Row* row : rows) {
        // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict, a false alarm) on a literal
        // added to a temporary string.
        text += text.empty() ? "" : " ";
        text += row->label;
        text += ":";
        for (std::size_t i = 0; i < series.size(); ++i) {
            const Column& column = table.columns[series[i].column];
            text += i == 0 ? " " : ", ";
            if (series.size() > 1) {
                text += column.label;
                text += " ";
            }
            text +=
                format_cell(row->cells[series[i].column], column.unit, scope.lang, scope.threshold);
        }
        text += ".";
    }
    return text;
}

std::string svg_open(const Table& table, const std::string& id, double height,
                     const std::string& description) {
    return fmt::format(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{0}-title {0}-desc\" "
        "viewBox=\"0 0 {1} {2}\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\">\n"
        "<title id=\"{0}-title\">{3}</title>\n"
        "<desc id=\"{0}-desc\">{4}</desc>\n",
        id, k_width, height, escape_html(table.title), escape_html(description));
}

std::string legend(const Table& table, const std::vector<Series>& series, double x, double y) {
    std::string out;
    for (const Series& s : series) {
        const std::string& label = table.columns[s.column].label;
        out += fmt::format(
            "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\" stroke=\"#1a1a1a\" "
            "stroke-width=\"0.5\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>\n",
            x, y, s.colour, x + 16, y + 10.5, escape_html(label));
        x += 16 + 8.0 * static_cast<double>(label.size()) + 22;
    }
    return out;
}

std::string bar_rect(double x, double y, double w, double h, const char* colour) {
    return fmt::format(
        "<rect class=\"bar\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
        "fill=\"{}\" stroke=\"#1a1a1a\" stroke-width=\"0.4\"/>\n",
        x, y, w, h, colour);
}

/// A hidden cell's mark (`<3` or `x`, hidden_mark) where its bar would be.
std::string suppressed_marker(double x, double y, const char* anchor, const Cell& cell,
                              int threshold) {
    return fmt::format(
        "<text class=\"suppressed\" x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"10\" "
        "text-anchor=\"{}\" fill=\"#1a1a1a\">{}</text>\n",
        x, y, anchor, escape_html(hidden_mark(cell, threshold)));
}

/// Vertical bars, one group per row (months), one bar per chart column; y ticks at round
/// numbers.
std::string column_chart(const Table& table, const std::string& id, const Scope& scope) {
    auto rows = chart_rows(table);
    auto series = series_of(table);
    Unit unit = chart_unit(table);
    bool slanted = rows.size() > 8;
    const double left = 78, right = 12, top = 34, bottom = slanted ? 78 : 34, plot_h = 220;
    const double height = top + plot_h + bottom, plot_w = k_width - left - right;
    std::int64_t max = max_value(rows, series);
    std::int64_t step = nice_step(max, unit);
    std::int64_t axis_max = (max + step - 1) / step * step;
    auto y_of = [&](std::int64_t v) {
        return top + plot_h - plot_h * static_cast<double>(v) / static_cast<double>(axis_max);
    };

    std::string out = svg_open(table, id, height, chart_description(table, rows, series, scope));
    out += legend(table, series, left, 8);
    for (std::int64_t tick = 0; tick <= axis_max; tick += step) {
        out += fmt::format(
            "<line x1=\"{}\" x2=\"{}\" y1=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#bbb\" "
            "stroke-width=\"{}\"/><text x=\"{}\" y=\"{:.1f}\" font-size=\"11\" "
            "text-anchor=\"end\">{}</text>\n",
            left, k_width - right, y_of(tick), y_of(tick), tick == 0 ? 1.2 : 0.5, left - 6,
            y_of(tick) + 4, escape_html(tick_label(tick, unit, scope.lang, scope.threshold)));
    }
    double group_w = plot_w / static_cast<double>(std::max<std::size_t>(rows.size(), 1));
    double bar_w = group_w * 0.8 / static_cast<double>(series.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double group_x = left + group_w * static_cast<double>(r) + group_w * 0.1;
        for (std::size_t i = 0; i < series.size(); ++i) {
            double x = group_x + bar_w * static_cast<double>(i);
            const Cell& cell = rows[r]->cells[series[i].column];
            if (auto v = bar_value(*rows[r], series[i].column)) {
                out += bar_rect(x, y_of(*v), bar_w, y_of(0) - y_of(*v), series[i].colour);
            } else if (cell.suppressed) {
                out +=
                    suppressed_marker(x + bar_w / 2, y_of(0) - 4, "middle", cell, scope.threshold);
            }
        }
        double label_x = group_x + group_w * 0.4, label_y = top + plot_h + 16;
        out += slanted
                   ? fmt::format(
                         "<text x=\"{0:.1f}\" y=\"{1:.1f}\" font-size=\"11\" text-anchor=\"end\" "
                         "transform=\"rotate(-40 {0:.1f} {1:.1f})\">{2}</text>\n",
                         label_x + 4, label_y - 4, escape_html(shorten(rows[r]->label, 16)))
                   : fmt::format(
                         "<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\" "
                         "text-anchor=\"middle\">{}</text>\n",
                         label_x, label_y, escape_html(shorten(rows[r]->label, 16)));
    }
    return out + "</svg>\n";
}

/// Horizontal bars, one per row and chart column, the row's label before and the value
/// after each bar.
std::string bar_chart(const Table& table, const std::string& id, const Scope& scope) {
    auto rows = chart_rows(table);
    auto series = series_of(table);
    const double left = 230, right = 110, top = series.size() > 1 ? 30 : 8, bar_h = 14, gap = 10;
    const double row_h = bar_h * static_cast<double>(series.size()) + gap;
    const double height = top + row_h * static_cast<double>(rows.size()) + 4;
    const double plot_w = k_width - left - right;
    std::int64_t max = max_value(rows, series);

    std::string out = svg_open(table, id, height, chart_description(table, rows, series, scope));
    if (series.size() > 1) {
        out += legend(table, series, left, 8);
    }
    out +=
        fmt::format("<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2:.1f}\" stroke=\"#1a1a1a\"/>\n",
                    left, top - 2, height - 4);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double row_y = top + row_h * static_cast<double>(r);
        out += fmt::format(
            "<text x=\"{}\" y=\"{:.1f}\" font-size=\"12\" text-anchor=\"end\">{}</text>\n",
            left - 8, row_y + bar_h * static_cast<double>(series.size()) / 2 + 4,
            escape_html(shorten(rows[r]->label, 34)));
        for (std::size_t i = 0; i < series.size(); ++i) {
            double y = row_y + bar_h * static_cast<double>(i);
            const Column& column = table.columns[series[i].column];
            const Cell& cell = rows[r]->cells[series[i].column];
            if (auto v = bar_value(*rows[r], series[i].column)) {
                double w = plot_w * static_cast<double>(*v) / static_cast<double>(max);
                out += bar_rect(left, y + 1, w, bar_h - 2, series[i].colour);
                out += fmt::format(
                    "<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\">{}</text>\n", left + w + 5,
                    y + bar_h - 3,
                    escape_html(format_cell(cell, column.unit, scope.lang, scope.threshold)));
            } else if (cell.suppressed) {
                out += suppressed_marker(left + 5, y + bar_h - 3, "start", cell, scope.threshold);
            }
        }
    }
    return out + "</svg>\n";
}

/// Whether every chart column exists and every row has a cell for it.
bool drawable(const Table& table) {
    auto rows = chart_rows(table);
    bool columns_exist = std::all_of(table.chart_columns.begin(), table.chart_columns.end(),
                                     [&](std::size_t c) { return c < table.columns.size(); });
    return table.chart != Chart::none && !table.chart_columns.empty() && !rows.empty() &&
           columns_exist && std::all_of(rows.begin(), rows.end(), [&](const Row* row) {
               return row->cells.size() >= table.columns.size();
           });
}

}  // namespace

/// `text` safe inside HTML or SVG text and attribute values.
std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string svg_chart(const Table& table, const std::string& id, const Scope& scope) {
    if (!drawable(table)) {
        return "";
    }
    return table.chart == Chart::columns ? column_chart(table, id, scope)
                                         : bar_chart(table, id, scope);
}

}  // namespace integra::report
