#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "ops/history.hpp"
#include "ops/json.hpp"

namespace integra::cli {

namespace {

struct LogOptions {
    std::string id;
    std::size_t limit = 50;
};

std::string shown(const std::optional<std::string>& v) {
    if (!v) {
        return "(none)";
    }
    std::string s = *v;
    for (std::size_t p = 0; (p = s.find('\n', p)) != std::string::npos;) {
        s.replace(p, 1, "\\n");
    }
    return s.empty() ? "\"\"" : s;
}

void print_table(const std::vector<ops::HistoryEntry>& entries, bool one_file) {
    for (const auto& e : entries) {
        fmt::print("{}  {}  {}  {}\n", e.date, e.author, e.commit, e.subject);
        for (const auto& f : e.files) {
            std::string indent = "  ";
            if (!one_file) {
                fmt::print("  {}{}\n", f.rel.string(),
                           f.status == 'A'   ? " (new)"
                           : f.status == 'D' ? " (removed)"
                                             : "");
                indent = "    ";
            }
            for (const auto& c : f.fields) {
                if (!c.before) {
                    fmt::print("{}+ {}: {}\n", indent, c.path, shown(c.after));
                } else if (!c.after) {
                    fmt::print("{}- {}: {}\n", indent, c.path, shown(c.before));
                } else {
                    fmt::print("{}{}: {} → {}\n", indent, c.path, shown(c.before), shown(c.after));
                }
            }
        }
    }
}

}  // namespace

void setup_log(CLI::App& app, Globals& g) {
    auto o = std::make_shared<LogOptions>();
    auto* sub = app.add_subcommand("log",
                                   "History of a record (or of all) as field-level "
                                   "changes: who, when, old → new");
    sub->add_option("ID", o->id, "The record's ID; default every record");
    sub->add_option("-n,--max", o->limit, "At most this many commits")->capture_default_str();
    sub->callback([o, &g] {
        std::string f = format(g, {"table", "json"});
        auto& store = open_store(g);
        std::filesystem::path rel;
        if (!o->id.empty()) {
            auto file = store.locate(o->id);
            if (!file) {
                throw Failure(Exit::invalid, file.error().message);
            }
            rel = file->rel;
        }
        auto entries = ops::history(store, rel, o->limit);
        if (f == "json") {
            print_json(ops::history_json(entries));
        } else {
            print_table(entries, !rel.empty());
        }
    });
}

}  // namespace integra::cli
