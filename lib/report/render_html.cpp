// The HTML format: one self-contained page with inline CSS and inline SVG charts. Nothing is
// fetched from anywhere (town networks are offline): no scripts, fonts, images or links
// outside the page. Every number is written by report/format.hpp.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <vector>

#include "report/format.hpp"
#include "report/render.hpp"

namespace integra::report {

namespace {

/// `text` safe inside HTML or SVG text and attribute values.
std::string escape(std::string_view text) {
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

/// `text` as a CSS string literal for a margin box's `content`; `<` is escaped too, so the
/// text cannot close the <style> element.
std::string css_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '<':
                out += "\\3C ";
                break;
            case '\n':
                out += "\\A ";
                break;
            default:
                out += c;
        }
    }
    return out + "\"";
}

/// An id made of `prefix` and the letters, digits, `-` and `_` of `name`.
std::string make_id(std::string_view prefix, std::string_view name) {
    std::string out(prefix);
    for (char c : name) {
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     c == '-' || c == '_';
        out += plain ? c : '_';
    }
    return out;
}

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

std::string internal_mark(Lang lang) {
    return pick(lang, "INTERN – nicht zur Veröffentlichung", "INTERNAL – not for publication");
}

const char* k_style = R"css(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; background: #fff;
       line-height: 1.45; max-width: 60rem; margin: 0 auto; padding: 1.5rem; font-size: 11pt; }
h1 { font-size: 1.9rem; margin: 0 0 .4rem; }
h2 { font-size: 1.45rem; border-bottom: 2px solid #1f4e79; padding-bottom: .2rem; margin-top: 2.2rem; }
h2, h3 { break-after: avoid; }
h3 { font-size: 1.1rem; margin: 0 0 .3rem; }
.title-block { border-bottom: 3px solid #1f4e79; padding-bottom: .8rem; margin-bottom: 1rem; }
.title-block p { margin: .15rem 0; }
.title-block .org { font-size: 1.15rem; }
nav.toc ol { padding-left: 1.4rem; }
nav.toc a { color: #1f4e79; }
.intern { background: #8b0000; color: #fff; font-weight: bold; text-align: center;
          padding: .4rem; margin-bottom: 1rem; letter-spacing: .03em;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
figure { margin: 1.6rem 0; break-inside: avoid; }
figure .note { margin: 0 0 .6rem; color: #333; }
svg.chart { display: block; width: 100%; height: auto; margin: 0 0 .6rem;
            font-family: "DejaVu Sans", Arial, sans-serif;
            -webkit-print-color-adjust: exact; print-color-adjust: exact; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
/* The caption repeats the figure's heading for screen readers; hidden on the page. */
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
th, td { padding: .22rem .5rem; border-bottom: 1px solid #bbb; vertical-align: top; }
thead th { border-bottom: 2px solid #1a1a1a; text-align: right; }
thead th:first-child { text-align: left; }
th[scope=row] { text-align: left; font-weight: normal; }
td { text-align: right; font-variant-numeric: tabular-nums; }
td.text { text-align: left; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #1a1a1a; }
td.suppressed { font-style: italic; }
.disclosure { margin-top: 2rem; border-top: 1px solid #888; padding-top: .6rem; font-size: .9rem; }
@page { size: A4; margin: 18mm 16mm;
        font-family: "DejaVu Sans", Arial, sans-serif; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .intern { display: none; }
  .report-section + .report-section { break-before: page; }
  h2 { margin-top: 0; }
  nav.toc a { color: inherit; text-decoration: none; }
}
)css";

/// The @page rules that need the report: its title and page numbers at the bottom, and the
/// internal mark at the top of every printed page.
std::string page_margins(const Report& report) {
    Lang lang = report.scope.lang;
    std::string css = "@page {\n";
    css += fmt::format("  @bottom-left {{ content: {}; font-size: 8pt; color: #444; }}\n",
                       css_string(report.title));
    css += fmt::format(
        "  @bottom-right {{ content: {} counter(page) {} counter(pages); font-size: 8pt; "
        "color: #444; }}\n",
        css_string(pick(lang, "Seite ", "Page ")), css_string(pick(lang, " von ", " of ")));
    if (report.scope.internal) {
        css += fmt::format(
            "  @top-center {{ content: {}; font-weight: bold; color: #8b0000; font-size: 10pt; "
            "}}\n",
            css_string(internal_mark(lang)));
    }
    return css + "}\n";
}

// ---- charts ----------------------------------------------------------------------------

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
        text += (text.empty() ? "" : " ") + row->label + ":";
        for (std::size_t i = 0; i < series.size(); ++i) {
            const Column& column = table.columns[series[i].column];
            text +=
                (i == 0 ? " " : ", ") + (series.size() > 1 ? column.label + " " : "") +
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
        id, k_width, height, escape(table.title), escape(description));
}

std::string legend(const Table& table, const std::vector<Series>& series, double x, double y) {
    std::string out;
    for (const Series& s : series) {
        const std::string& label = table.columns[s.column].label;
        out += fmt::format(
            "<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\" stroke=\"#1a1a1a\" "
            "stroke-width=\"0.5\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>\n",
            x, y, s.colour, x + 16, y + 10.5, escape(label));
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

std::string suppressed_marker(double x, double y, const char* anchor, int threshold) {
    return fmt::format(
        "<text class=\"suppressed\" x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"10\" "
        "text-anchor=\"{}\" fill=\"#1a1a1a\">&lt;{}</text>\n",
        x, y, anchor, threshold);
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
    std::int64_t step = nice_step(max_value(rows, series), unit);
    std::int64_t axis_max = (max_value(rows, series) + step - 1) / step * step;
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
            y_of(tick) + 4, escape(tick_label(tick, unit, scope.lang, scope.threshold)));
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
                out += suppressed_marker(x + bar_w / 2, y_of(0) - 4, "middle", scope.threshold);
            }
        }
        double label_x = group_x + group_w * 0.4, label_y = top + plot_h + 16;
        out += slanted
                   ? fmt::format(
                         "<text x=\"{0:.1f}\" y=\"{1:.1f}\" font-size=\"11\" text-anchor=\"end\" "
                         "transform=\"rotate(-40 {0:.1f} {1:.1f})\">{2}</text>\n",
                         label_x + 4, label_y - 4, escape(shorten(rows[r]->label, 16)))
                   : fmt::format(
                         "<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\" "
                         "text-anchor=\"middle\">{}</text>\n",
                         label_x, label_y, escape(shorten(rows[r]->label, 16)));
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
            escape(shorten(rows[r]->label, 34)));
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
                    escape(format_cell(cell, column.unit, scope.lang, scope.threshold)));
            } else if (cell.suppressed) {
                out += suppressed_marker(left + 5, y + bar_h - 3, "start", scope.threshold);
            }
        }
    }
    return out + "</svg>\n";
}

std::string chart(const Table& table, const std::string& id, const Scope& scope) {
    if (table.chart == Chart::none || table.chart_columns.empty() || chart_rows(table).empty()) {
        return "";
    }
    return table.chart == Chart::columns ? column_chart(table, id, scope)
                                         : bar_chart(table, id, scope);
}

// ---- tables ----------------------------------------------------------------------------

std::string data_cell(const Cell& cell, const Column& column, const Scope& scope) {
    Unit unit = cell.unit.value_or(column.unit);
    std::string text = escape(format_cell(cell, column.unit, scope.lang, scope.threshold));
    if (cell.suppressed) {
        std::string why = fmt::format(
            fmt::runtime(pick(
                scope.lang,
                "Zum Schutz der Betroffenen ausgeblendet: Wert unter {0} oder aus Summen "
                "rückrechenbar",
                "Hidden to protect the persons concerned: below {0}, or derivable from totals")),
            scope.threshold);
        return fmt::format("<td class=\"suppressed\" title=\"{}\">{}</td>", escape(why), text);
    }
    return unit == Unit::text ? "<td class=\"text\">" + text + "</td>" : "<td>" + text + "</td>";
}

std::string data_table(const Table& table, const Scope& scope) {
    std::string out = "<table>\n<caption>" + escape(table.title) + "</caption>\n<thead><tr>";
    out += "<th scope=\"col\"></th>";
    for (const Column& column : table.columns) {
        out += "<th scope=\"col\">" + escape(column.label) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const Row& row : table.rows) {
        out += row.total ? "<tr class=\"total\">" : "<tr>";
        out += "<th scope=\"row\">" + escape(row.label) + "</th>";
        for (std::size_t c = 0; c < table.columns.size() && c < row.cells.size(); ++c) {
            out += data_cell(row.cells[c], table.columns[c], scope);
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

std::string figure(const Table& table, std::size_t index, const Scope& scope) {
    std::string id = make_id(fmt::format("t{}-", index), table.name);
    std::string out = "<figure id=\"" + id + "\">\n<h3>" + escape(table.title) + "</h3>\n";
    if (!table.note.empty()) {
        out += "<p class=\"note\">" + escape(table.note) + "</p>\n";
    }
    return out + chart(table, id + "-chart", scope) + data_table(table, scope) + "</figure>\n";
}

// ---- the page --------------------------------------------------------------------------

std::string title_block(const Report& report) {
    const Scope& scope = report.scope;
    Lang lang = scope.lang;
    std::string out = "<header class=\"title-block\">\n<h1>" + escape(report.title) + "</h1>\n";
    std::string org = report.municipality;
    if (!report.office.empty()) {
        org += (org.empty() ? "" : " · ") + report.office;
    }
    out += "<p class=\"org\">" + escape(org) + "</p>\n";
    out += fmt::format("<p>{} {} ({} {})</p>\n", pick(lang, "Berichtszeitraum:", "Period:"),
                       escape(period_label(scope.current, lang)),
                       pick(lang, "Vergleich:", "compared with"),
                       escape(period_label(scope.previous, lang)));
    out += fmt::format("<p>{} {}</p>\n", pick(lang, "Stand:", "As of:"),
                       escape(format_date(scope.today, lang)));
    return out + "</header>\n";
}

std::string contents(const Report& report) {
    std::string out =
        fmt::format("<nav class=\"toc\" aria-label=\"{0}\">\n<p><strong>{0}</strong></p>\n<ol>\n",
                    pick(report.scope.lang, "Inhalt", "Contents"));
    for (const Section& section : report.sections) {
        out += "<li><a href=\"#" + make_id("s-", section.key) + "\">" + escape(section.title) +
               "</a></li>\n";
    }
    return out + "</ol>\n</nav>\n";
}

std::string disclosure_note(const Scope& scope) {
    return fmt::format(
        fmt::runtime(pick(
            scope.lang,
            "Werte unter {0} sind zum Schutz der Betroffenen als „&lt;{0}“ dargestellt; weitere "
            "Werte sind ausgeblendet, wo sie sonst rückrechenbar wären.",
            "Values below {0} are shown as “&lt;{0}” to protect the persons concerned; further "
            "values are hidden where they could otherwise be worked out.")),
        scope.threshold);
}

}  // namespace

std::string render_html(const Report& report) {
    const Scope& scope = report.scope;
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n",
        scope.lang == Lang::de ? "de" : "en", escape(report.title), k_style, page_margins(report));
    if (scope.internal) {
        out +=
            "<div class=\"intern\" role=\"note\">" + escape(internal_mark(scope.lang)) + "</div>\n";
    }
    out += title_block(report) + contents(report) + "<main>\n";
    std::size_t index = 0;
    for (const Section& section : report.sections) {
        out += "<section class=\"report-section\" id=\"" + make_id("s-", section.key) +
               "\">\n<h2>" + escape(section.title) + "</h2>\n";
        for (const Table& table : section.tables) {
            out += figure(table, ++index, scope);
        }
        out += "</section>\n";
    }
    out += "</main>\n";
    if (!scope.internal) {
        out += "<footer class=\"disclosure\"><p>" + disclosure_note(scope) + "</p></footer>\n";
    }
    return out + "</body>\n</html>\n";
}

}  // namespace integra::report
