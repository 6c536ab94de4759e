// `integra report annual|pilots|refugees|projects|ags`: the annual integration report and the
// section reports (SPEC §6), in Markdown, HTML, CSV or JSON, public (small counts hidden) or
// --internal.

#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "app.hpp"
#include "check/check.hpp"
#include "report/build.hpp"
#include "report/render.hpp"
#include "store/cache.hpp"
#include "sys/files.hpp"

namespace integra::cli {

namespace {

struct ReportOptions {
    int year = 0;
    std::string from;
    std::string to;
    std::string output;
    std::string table;
    bool internal = false;
};

/// The period the options name: --from/--to together, else --year, else last year.
report::Period period_of(const ReportOptions& o, const Date& today, bool allow_range) {
    auto from = date_option("--from", o.from);
    auto to = date_option("--to", o.to);
    if (from || to) {
        if (!allow_range) {
            throw Failure(Exit::usage,
                          "the annual report covers a calendar year: give --year, not "
                          "--from/--to (the section reports take a period)");
        }
        if (!from || !to) {
            throw Failure(Exit::usage, "--from and --to go together: give both, or --year");
        }
        if (o.year) {
            throw Failure(Exit::usage, "give either --year or --from/--to, not both");
        }
        if (*to < *from) {
            throw Failure(Exit::usage, fmt::format("--to {} lies before --from {}", o.to, o.from));
        }
        return {*from, *to};
    }
    return report::year_period(o.year ? o.year : static_cast<int>(today.year()) - 1);
}

report::Lang lang_of(const CLI::App& root, const Globals& g,
                     const records::SettingsFile& settings) {
    if (root.get_option("--lang")->count() == 0 && settings.report && settings.report->lang) {
        return *settings.report->lang == records::ReportLang::en ? report::Lang::en
                                                                 : report::Lang::de;
    }
    return g.lang == "en" ? report::Lang::en : report::Lang::de;
}

/// Refuses a report on records with errors: a figure over broken records could be wrong.
void require_valid(const store::Store& store, const Date& today) {
    check::Report checked = check::run(store, today);
    std::size_t errors = checked.errors();
    if (errors > 0) {
        auto first = std::find_if(
            checked.diagnostics.begin(), checked.diagnostics.end(),
            [](const check::Diagnostic& d) { return d.severity == check::Severity::error; });
        throw Failure(Exit::invalid,
                      fmt::format("the records have {} error{}; a report made from them could be "
                                  "wrong. The first: {}:{}:{}: {}\nSee `integra check`, fix them, "
                                  "and run the report again.",
                                  errors, errors == 1 ? "" : "s", first->file.string(),
                                  first->pos.line, first->pos.column, first->message));
    }
}

const report::Table& table_named(const report::Report& r, const std::string& name) {
    if (const report::Table* t = report::find_table(r, name)) {
        return *t;
    }
    throw Failure(Exit::usage, fmt::format("this report has no table `{}`; its tables: {}", name,
                                           fmt::join(report::table_names(r), ", ")));
}

/// The report's files: one (path, bytes) each; an empty path is standard output.
std::vector<std::pair<std::filesystem::path, std::string>> outputs(const report::Report& r,
                                                                   const std::string& f,
                                                                   const ReportOptions& o,
                                                                   const CsvDialect& dialect) {
    namespace fs = std::filesystem;
    if (!o.table.empty() && f != "csv" && f != "json") {
        throw Failure(Exit::usage, "--table selects one table of CSV or JSON output");
    }
    if (f == "md") {
        return {{o.output, report::render_markdown(r)}};
    }
    if (f == "html") {
        return {{o.output, report::render_html(r)}};
    }
    if (f == "json") {
        if (!o.table.empty()) {
            report::Report one = r;
            const report::Table& t = table_named(r, o.table);
            one.sections = {report::Section{"table", t.title, {t}}};
            return {{o.output, dump_json(report::report_json(one))}};
        }
        return {{o.output, dump_json(report::report_json(r))}};
    }
    // CSV: one table per file.
    if (!o.table.empty()) {
        return {{o.output, report::render_csv(table_named(r, o.table), r.scope, dialect)}};
    }
    if (o.output.empty()) {
        throw Failure(Exit::usage,
                      fmt::format("CSV holds one table per file: give --table NAME, or -o DIR for "
                                  "a file per table. The tables: {}",
                                  fmt::join(report::table_names(r), ", ")));
    }
    std::vector<std::pair<fs::path, std::string>> files;
    for (const report::Section& s : r.sections) {
        for (const report::Table& t : s.tables) {
            // Internal tables say so in their name, since a CSV file has no page to mark.
            files.emplace_back(
                fs::path(o.output) / (t.name + (r.scope.internal ? "-intern.csv" : ".csv")),
                report::render_csv(t, r.scope, dialect));
        }
    }
    return files;
}

/// What a report command writes, and what the line saying so needs; kept in the result cache.
struct Rendered {
    std::vector<std::pair<std::filesystem::path, std::string>> files;
    std::string title;
    bool internal = false;
    int threshold = 0;
};

std::string encode(const Rendered& r) {
    store::BinaryWriter w;
    w.u64(r.files.size());
    for (const auto& [path, bytes] : r.files) {
        w.str(path.string());
        w.str(bytes);
    }
    w.str(r.title);
    w.u64(r.internal ? 1 : 0);
    w.u64(static_cast<std::uint64_t>(r.threshold));
    return w.take();
}

std::optional<Rendered> decode(std::string_view bytes) {
    try {
        store::BinaryReader r(bytes);
        Rendered out;
        for (std::uint64_t i = 0, n = r.u64(); i < n; ++i) {
            std::filesystem::path path(r.str());
            out.files.emplace_back(std::move(path), std::string(r.str()));
        }
        out.title = r.str();
        out.internal = r.u64() == 1;
        out.threshold = static_cast<int>(r.u64());
        return r.done() ? std::optional(std::move(out)) : std::nullopt;
    } catch (const Failure&) {
        return std::nullopt;
    }
}

void write_outputs(const Rendered& rendered, const Globals& g) {
    namespace fs = std::filesystem;
    const auto& files = rendered.files;
    for (const auto& [path, bytes] : files) {
        if (path.empty()) {
            fmt::print("{}", bytes);
            continue;
        }
        fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
        std::error_code ec;
        fs::create_directories(dir, ec);
        if (ec) {
            throw Failure(Exit::environment,
                          fmt::format("cannot make the folder {}: {}", dir.string(),
                                      sys::system_reason(ec.value())));
        }
        sys::write_output(path, bytes);
    }
    if (!g.quiet && !files.empty() && !files.front().first.empty()) {
        std::string where = files.size() == 1 ? files.front().first.string()
                                              : files.front().first.parent_path().string() + "/";
        fmt::print(
            stderr, "wrote {} ({}{}, {})\n", where,
            files.size() == 1 ? "" : fmt::format("{} tables, ", files.size()), rendered.title,
            rendered.internal ? "internal: exact figures"
                              : fmt::format("public: counts below {} hidden", rendered.threshold));
    }
}

void run_report(const CLI::App& root, const Globals& g, const ReportOptions& o,
                const std::string& kind) {
    std::string f = format(g, {"md", "html", "csv", "json"});
    auto& store = open_store(g);
    Date now = today(g);
    // Taken before any record is read: a change while the report is made makes it unusable.
    store::ResultCache cache(store);
    store::BinaryWriter key_parts;  // length-prefixed: no two sets of options share a key
    for (const std::string& part :
         {kind, f, std::to_string(o.year), o.from, o.to, o.output, o.table,
          std::string(o.internal ? "internal" : "public"), g.lang,
          std::string(g.excel ? "excel" : "plain"),
          std::to_string(root.get_option("--lang")->count()), format_date(now)}) {
        key_parts.str(part);
    }
    const std::string key = key_parts.take();
    std::optional<Rendered> saved;
    if (auto bytes = cache.get("report", key)) {
        saved = decode(*bytes);
    }
    if (saved) {
        write_outputs(*saved, g);
        return;
    }
    require_valid(store, now);  // also leaves the records decoded in `store` for load_data
    report::Data data = report::load_data(store);
    report::Scope scope;
    scope.current = period_of(o, now, kind != "annual");
    scope.previous = report::year_before(scope.current);
    scope.today = now;
    scope.lang = lang_of(root, g, data.settings);
    scope.internal = o.internal;
    if (data.settings.report && data.settings.report->suppress_below) {
        auto below = *data.settings.report->suppress_below;
        if (below < 2) {
            throw Failure(Exit::invalid,
                          fmt::format("integra.yaml: report.suppress_below is {}, which hides no "
                                      "count of one person; it must be 2 or more (3 when not "
                                      "set). Set it and run the report again.",
                                      below));
        }
        scope.threshold = static_cast<int>(std::min<records::Count>(below, 1000));
    }
    report::Report r = kind == "annual" ? report::annual_report(data, scope)
                                        : report::section_report(data, scope, kind);
    Rendered rendered{outputs(r, f, o, csv_dialect(g)), r.title, r.scope.internal,
                      r.scope.threshold};
    cache.put("report", key, encode(rendered));
    write_outputs(rendered, g);
}

void add_report(CLI::App& parent, const CLI::App& root, Globals& g, const std::string& kind,
                const std::string& help) {
    auto o = std::make_shared<ReportOptions>();
    auto* sub = parent.add_subcommand(kind, help);
    sub->add_option("--year", o->year, "The calendar year (default: last year)")
        ->check(CLI::Range(1900, 2199));
    if (kind != "annual") {
        sub->add_option("--from", o->from, "First day of the period (YYYY-MM-DD), with --to");
        sub->add_option("--to", o->to, "Last day of the period (YYYY-MM-DD), with --from");
    } else {
        // Taken only to be refused with a clear message.
        sub->add_option("--from", o->from)->group("");
        sub->add_option("--to", o->to)->group("");
    }
    sub->add_option("-o,--output", o->output,
                    "Write to this file (CSV without --table: into this folder, one file per "
                    "table) instead of standard output");
    sub->add_option("--table", o->table, "Only this table (CSV and JSON)");
    sub->add_flag("--internal", o->internal,
                  "Exact figures for the office, every page marked internal (no suppression)");
    sub->callback([&root, &g, o, kind] { run_report(root, g, *o, kind); });
}

}  // namespace

void setup_report(CLI::App& app, Globals& g) {
    auto* report = app.add_subcommand(
        "report", "The annual integration report and the section reports (md, html, csv, json)");
    report->require_subcommand(1);
    add_report(*report, app, g, "annual",
               "The annual integration report: every area, the year against the year before");
    add_report(*report, app, g, "pilots", "The integration guides' section as a report");
    add_report(*report, app, g, "refugees", "The refugee work's section as a report");
    add_report(*report, app, g, "projects", "The project funding's section as a report");
    add_report(*report, app, g, "ags", "The working groups' section as a report");
}

}  // namespace integra::cli
