// The HTML format: one self-contained page with inline CSS and inline SVG charts. Nothing is
// fetched from anywhere (town networks are offline): no scripts, fonts, images or links
// outside the page. Every number is written by report/format.hpp.

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "report/format.hpp"
#include "report/render.hpp"
#include "report/svg_chart.hpp"

namespace integra::report {

namespace {

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
thead th:first-child, thead th.text { text-align: left; }
th[scope=row] { text-align: left; font-weight: normal; }
td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.text { text-align: left; white-space: normal; }
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

// ---- tables ----------------------------------------------------------------------------

std::string data_cell(const Cell& cell, const Column& column, const Scope& scope) {
    Unit unit = cell.unit.value_or(column.unit);
    std::string text = escape_html(format_cell(cell, column.unit, scope.lang, scope.threshold));
    if (cell.suppressed) {
        return fmt::format("<td class=\"suppressed\" title=\"{}\">{}</td>",
                           escape_html(mark_meaning(cell, scope.lang, scope.threshold)), text);
    }
    return unit == Unit::text ? "<td class=\"text\">" + text + "</td>" : "<td>" + text + "</td>";
}

std::string data_table(const Table& table, const Scope& scope) {
    if (table.rows.empty()) {
        return fmt::format("<p class=\"no-data\">{}</p>\n",
                           pick(scope.lang, "Keine Angaben.", "No data."));
    }
    std::string out = "<table>\n<caption>" + escape_html(table.title) + "</caption>\n<thead><tr>";
    out += "<th scope=\"col\"></th>";
    for (const Column& column : table.columns) {
        out +=
            column.unit == Unit::text ? "<th scope=\"col\" class=\"text\">" : "<th scope=\"col\">";
        out += escape_html(column.label) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const Row& row : table.rows) {
        out += row.total ? "<tr class=\"total\">" : "<tr>";
        out += "<th scope=\"row\">" + escape_html(row.label) + "</th>";
        for (std::size_t c = 0; c < table.columns.size() && c < row.cells.size(); ++c) {
            out += data_cell(row.cells[c], table.columns[c], scope);
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

std::string figure(const Table& table, std::size_t index, const Scope& scope) {
    std::string id = make_id(fmt::format("t{}-", index), table.name);
    std::string out = "<figure id=\"" + id + "\">\n<h3>" + escape_html(table.title) + "</h3>\n";
    if (!table.note.empty()) {
        out += "<p class=\"note\">" + escape_html(table.note) + "</p>\n";
    }
    return out + svg_chart(table, id + "-chart", scope) + data_table(table, scope) + "</figure>\n";
}

// ---- the page --------------------------------------------------------------------------

std::string title_block(const Report& report) {
    const Scope& scope = report.scope;
    Lang lang = scope.lang;
    std::string out =
        "<header class=\"title-block\">\n<h1>" + escape_html(report.title) + "</h1>\n";
    std::string org = report.municipality;
    if (!report.office.empty()) {
        org += (org.empty() ? "" : " · ") + report.office;
    }
    out += "<p class=\"org\">" + escape_html(org) + "</p>\n";
    out += fmt::format("<p>{} {} ({} {})</p>\n", pick(lang, "Berichtszeitraum:", "Period:"),
                       escape_html(period_label(scope.current, lang)),
                       pick(lang, "Vergleich:", "compared with"),
                       escape_html(period_label(scope.previous, lang)));
    out += fmt::format("<p>{} {}</p>\n", pick(lang, "Stand:", "As of:"),
                       escape_html(format_date(scope.today, lang)));
    return out + "</header>\n";
}

std::string contents(const Report& report) {
    std::string out =
        fmt::format("<nav class=\"toc\" aria-label=\"{0}\">\n<p><strong>{0}</strong></p>\n<ol>\n",
                    pick(report.scope.lang, "Inhalt", "Contents"));
    for (const Section& section : report.sections) {
        out += "<li><a href=\"#" + make_id("s-", section.key) + "\">" + escape_html(section.title) +
               "</a></li>\n";
    }
    return out + "</ol>\n</nav>\n";
}

std::string disclosure_note(const Scope& scope) {
    return escape_html(disclosure_text(scope.lang, scope.threshold));
}

}  // namespace

std::string render_html(const Report& report) {
    const Scope& scope = report.scope;
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n",
        scope.lang == Lang::de ? "de" : "en", escape_html(report.title), k_style,
        page_margins(report));
    if (scope.internal) {
        out += "<div class=\"intern\" role=\"note\">" + escape_html(internal_mark(scope.lang)) +
               "</div>\n";
    }
    out += title_block(report) + contents(report) + "<main>\n";
    std::size_t index = 0;
    for (const Section& section : report.sections) {
        out += "<section class=\"report-section\" id=\"" + make_id("s-", section.key) +
               "\">\n<h2>" + escape_html(section.title) + "</h2>\n";
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
