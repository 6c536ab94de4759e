// `integra pilot coverage [--year Y]`: language needs against the guides' languages.

#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "iso/codes.hpp"
#include "ops/json.hpp"
#include "ops/pilot.hpp"

namespace integra::cli {

namespace {

void print_coverage(const pilots::Coverage& c) {
    fmt::print("Languages of active refugees and of the requests in {}, against active guides\n\n",
               c.year);
    fmt::print("  {:<5}{:<28}{:>7}{:>10}{:>8}\n", "", "Language", "People", "Requests", "Guides");
    for (const auto& n : c.languages) {
        fmt::print("  {:<5}{:<28}{:>7}{:>10}{:>8}{}\n", n.code, iso::language_name(n.code),
                   n.people, n.requests, n.guides, n.gap() ? "   gap" : "");
    }
    if (c.unreached.empty()) {
        fmt::print("\nEvery active refugee speaks a language an active guide speaks.\n");
    } else {
        fmt::print("\n{} active refugee{} speak{} no language an active guide speaks: {}\n",
                   c.unreached.size(), c.unreached.size() == 1 ? "" : "s",
                   c.unreached.size() == 1 ? "s" : "", fmt::join(c.unreached, ", "));
    }
}

void print_csv(const pilots::Coverage& c) {
    fmt::print("{}", csv_line({"code", "language", "people", "requests", "guides", "gap"}));
    for (const auto& n : c.languages) {
        fmt::print("{}", csv_line({n.code, iso::language_name(n.code), std::to_string(n.people),
                                   std::to_string(n.requests), std::to_string(n.guides),
                                   n.gap() ? "yes" : "no"}));
    }
}

}  // namespace

void setup_pilot_coverage(CLI::App& pilot, Globals& g) {
    auto year = std::make_shared<int>(0);
    auto* sub = pilot.add_subcommand(
        "coverage", "Languages needed (active refugees, this year's requests) against guides");
    sub->add_option("--year", *year, "The year of the requests (default this year)")
        ->check(CLI::Range(1900, 2199));
    sub->callback([year, &g] {
        std::string f = format(g, {"table", "csv", "json"});
        auto& store = open_store(g);
        int y = *year ? *year : static_cast<int>(today(g).year());
        auto c = ops::language_coverage(store, y);
        if (f == "json") {
            print_json(ops::coverage_json(c));
        } else if (f == "csv") {
            print_csv(c);
        } else {
            print_coverage(c);
        }
    });
}

}  // namespace integra::cli
