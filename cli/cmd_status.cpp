#include <fmt/format.h>

#include "app.hpp"
#include "check/render.hpp"
#include "ops/json.hpp"
#include "ops/status.hpp"
#include "sys/process.hpp"

namespace integra::cli {

namespace {

void print_table(const ops::Status& s) {
    fmt::print("{} — {}\n\nRecords\n", s.settings.office, s.settings.municipality);
    for (const auto& [kind, n] : s.counts) {
        fmt::print("  {:<12} {:>6}\n", kind->plural, n);
    }
    fmt::print("\nCheck\n  {}", check::summary(s.check));
    fmt::print("{}", s.check.diagnostics.empty() ? "\n" : " — details: integra check\n");
    if (!s.attention.empty()) {
        fmt::print("\nNeeds attention\n");
        for (const std::string& line : s.attention) {
            fmt::print("  {}\n", line);
        }
    }
    fmt::print("\nGit\n");
    if (!s.git && !sys::find_program("git")) {
        fmt::print(
            "  git is not installed (or not on PATH): changes cannot be recorded or "
            "committed (apt-get install git)\n");
    } else if (!s.git) {
        fmt::print("  not a git repository: changes are not recorded (integra init makes one)\n");
    } else if (s.uncommitted.empty()) {
        fmt::print("  no uncommitted changes\n");
    } else {
        fmt::print("  {} uncommitted change{}:\n", s.uncommitted.size(),
                   s.uncommitted.size() == 1 ? "" : "s");
        constexpr std::size_t k_shown = 10;
        for (std::size_t i = 0; i < s.uncommitted.size() && i < k_shown; ++i) {
            fmt::print("    {}\n", s.uncommitted[i]);
        }
        if (s.uncommitted.size() > k_shown) {
            fmt::print("    … and {} more (git status)\n", s.uncommitted.size() - k_shown);
        }
    }
}

}  // namespace

void setup_status(CLI::App& app, Globals& g) {
    auto* sub = app.add_subcommand("status",
                                   "What the data directory holds and what needs "
                                   "attention");
    sub->callback([&g] {
        std::string f = format(g, {"table", "json"});
        auto& store = open_store(g);
        auto s = ops::status(store, today(g));
        if (f == "json") {
            print_json(ops::status_json(s));
        } else {
            print_table(s);
        }
    });
}

}  // namespace integra::cli
