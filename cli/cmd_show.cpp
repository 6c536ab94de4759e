#include <fmt/format.h>

#include <memory>

#include "app.hpp"
#include "records/json.hpp"

namespace integra::cli {

void setup_show(CLI::App& app, Globals& g) {
    auto id = std::make_shared<std::string>();
    auto* sub = app.add_subcommand("show", "Show one record");
    sub->add_option("ID", *id, "The record's ID, such as P-0004 or R-2025-0077")->required();
    sub->callback([id, &g] {
        std::string f = format(g, {"yaml", "json", "table"});
        auto& store = open_store(g);
        auto file = store.locate(*id);
        if (!file) {
            throw Failure(Exit::invalid, file.error().message);
        }
        auto doc = store.load(*file);
        if (!doc) {
            throw Failure(Exit::invalid, fmt::format("{}:{}:{}: {}\nSee `integra check {}`.",
                                                     file->rel.string(), doc.error().line,
                                                     doc.error().column, doc.error().message, *id));
        }
        if (f == "json") {
            print_json(records::record_json(doc->root, *file->kind->spec));
            return;
        }
        // The canonical rendering: the file itself when canonical, and never raw control
        // characters from a hand-edited file on the terminal.
        std::string text = store::canonical_bytes(doc->root, *file->kind->spec);
        fmt::print("{}", text);
        if (text != doc->bytes && !g.quiet) {
            fmt::print(stderr,
                       "(the file differs from this canonical form; see `integra fmt {}`)\n", *id);
        }
    });
}

}  // namespace integra::cli
