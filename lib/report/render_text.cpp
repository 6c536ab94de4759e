// The plain formats of a report: JSON for scripts, CSV per table, Markdown for reading.

#include <fmt/format.h>

#include "report/format.hpp"
#include "report/render.hpp"
#include "util/csv.hpp"

namespace integra::report {

namespace {

const char* unit_word(Unit unit) {
    switch (unit) {
        case Unit::count:
            return "count";
        case Unit::money:
            return "money";
        case Unit::hours:
            return "hours";
        case Unit::tenths:
            return "tenths";
        case Unit::percent:
            return "percent";
        case Unit::text:
            break;
    }
    return "text";
}

// ---- JSON ----

/// A cell as JSON: money as a decimal string, other numbers as numbers written as
/// plain_number writes them (`1.5`, `87.5`), text as a string, `"<3"` or `"x"` (hidden_mark),
/// or null.
Json cell_json(const Cell& cell, Unit column_unit, const Scope& scope) {
    if (cell.suppressed) {
        return hidden_mark(cell, scope.threshold);
    }
    Unit unit = cell.unit.value_or(column_unit);
    if (unit == Unit::text) {
        return cell.text;
    }
    if (!cell.value) {
        return nullptr;
    }
    std::string number = plain_number(cell, column_unit);
    return unit == Unit::money ? Json(number) : Json::parse(number);
}

Json period_json(const Period& period) {
    return {{"from", integra::format_date(period.from)}, {"to", integra::format_date(period.to)}};
}

Json table_json(const Table& table, const Scope& scope) {
    Json columns = Json::array();
    for (const Column& column : table.columns) {
        columns.push_back(
            {{"key", column.key}, {"label", column.label}, {"unit", unit_word(column.unit)}});
    }
    Json rows = Json::array();
    for (const Row& row : table.rows) {
        Json out = {{"key", row.key}, {"label", row.label}, {"total", row.total}};
        for (std::size_t c = 0; c < table.columns.size() && c < row.cells.size(); ++c) {
            out[table.columns[c].key] = cell_json(row.cells[c], table.columns[c].unit, scope);
        }
        rows.push_back(std::move(out));
    }
    return {{"name", table.name},
            {"title", table.title},
            {"note", table.note},
            {"columns", std::move(columns)},
            {"rows", std::move(rows)}};
}

// ---- CSV ----

/// A CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break.
CsvField csv_cell(const Cell& cell, Unit column_unit, const Scope& scope) {
    if (cell.suppressed) {
        return hidden_mark(cell, scope.threshold);
    }
    std::string text = plain_number(cell, column_unit);
    bool number = cell.unit.value_or(column_unit) != Unit::text && cell.value.has_value();
    return number ? csv_number(std::move(text)) : CsvField(std::move(text));
}

// ---- Markdown ----

/// Text for a pipe table cell: `|` escaped, line breaks as spaces.
std::string md_cell(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '|') {
            out += "\\|";
        } else if (c == '\n' || c == '\r') {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

std::string bold_if(bool bold, const std::string& text) {
    return bold && !text.empty() ? "**" + text + "**" : text;
}

std::string internal_mark(Lang lang) {
    return pick(lang, "**INTERN – nicht zur Veröffentlichung. Exakte Zahlen.**",
                "**INTERNAL – not for publication. Exact figures.**");
}

std::string md_table(const Table& table, const Scope& scope) {
    if (table.rows.empty()) {
        return std::string(pick(scope.lang, "Keine Angaben.", "No data.")) + "\n";
    }
    std::string header = "| ";
    std::string rule = "| --- |";
    for (const Column& column : table.columns) {
        header += " | ";
        header += md_cell(column.label);
        rule += column.unit == Unit::text ? " --- |" : " ---: |";
    }
    std::string out = header + " |\n" + rule + "\n";
    for (const Row& row : table.rows) {
        out += "| ";
        out += bold_if(row.total, md_cell(row.label));
        for (std::size_t c = 0; c < table.columns.size() && c < row.cells.size(); ++c) {
            std::string text =
                format_cell(row.cells[c], table.columns[c].unit, scope.lang, scope.threshold);
            out += " | ";
            out += bold_if(row.total, md_cell(text));
        }
        out += " |\n";
    }
    return out;
}

std::string md_heading_block(const Report& report) {
    const Scope& scope = report.scope;
    std::string out = "# " + report.title + "\n\n";
    if (scope.internal) {
        out += internal_mark(scope.lang) + "\n\n";
    }
    out += fmt::format("{} · {} · {}: {} · {}: {}\n", report.municipality, report.office,
                       pick(scope.lang, "Berichtszeitraum", "Period"),
                       period_label(scope.current, scope.lang), pick(scope.lang, "Stand", "As of"),
                       report::format_date(scope.today, scope.lang));
    return out;
}

std::string md_suppression_note(const Scope& scope) {
    return disclosure_text(scope.lang, scope.threshold) + "\n";
}

}  // namespace

Json report_json(const Report& report) {
    const Scope& scope = report.scope;
    Json sections = Json::array();
    for (const Section& section : report.sections) {
        Json tables = Json::array();
        for (const Table& table : section.tables) {
            tables.push_back(table_json(table, scope));
        }
        sections.push_back(
            {{"key", section.key}, {"title", section.title}, {"tables", std::move(tables)}});
    }
    Json out;
    out["report"] = report.kind;
    out["title"] = report.title;
    out["municipality"] = report.municipality;
    out["office"] = report.office;
    out["period"] = period_json(scope.current);
    out["previous"] = period_json(scope.previous);
    out["lang"] = scope.lang == Lang::de ? "de" : "en";
    out["internal"] = scope.internal;
    out["threshold"] = scope.threshold;
    out["generated"] = integra::format_date(scope.today);
    out["sections"] = std::move(sections);
    return out;
}

std::string render_csv(const Table& table, const Scope& scope, const CsvDialect& dialect) {
    std::vector<CsvField> fields{"key", "label"};
    for (const Column& column : table.columns) {
        fields.push_back(column.key);
    }
    std::string out = csv_header(fields, dialect);
    for (const Row& row : table.rows) {
        fields = {row.key, row.label};
        for (std::size_t c = 0; c < table.columns.size() && c < row.cells.size(); ++c) {
            fields.push_back(csv_cell(row.cells[c], table.columns[c].unit, scope));
        }
        out += csv_row(fields, dialect);
    }
    return out;
}

std::string render_markdown(const Report& report) {
    const Scope& scope = report.scope;
    std::string out = md_heading_block(report);
    for (const Section& section : report.sections) {
        out += fmt::format("\n## {}\n", section.title);
        if (scope.internal) {
            out += fmt::format("\n{}\n", internal_mark(scope.lang));
        }
        for (const Table& table : section.tables) {
            out += fmt::format("\n### {}\n", table.title);
            if (!table.note.empty()) {
                out += fmt::format("\n{}\n", table.note);
            }
            out += "\n";
            out += md_table(table, scope);
        }
    }
    if (!scope.internal) {
        out += "\n";
        out += md_suppression_note(scope);
    }
    return out;
}

}  // namespace integra::report
