#include <fmt/format.h>

#include <cstdlib>
#include <memory>
#include <sstream>

#include <unistd.h>

#include "app.hpp"
#include "ops/edit.hpp"
#include "sys/process.hpp"

namespace integra::cli {

namespace {

/// $EDITOR (else $VISUAL, else Debian's `editor` when on a terminal), split on blanks: it is
/// run without a shell.
std::vector<std::string> editor_command() {
    const char* env = std::getenv("EDITOR");
    if (!env || !*env) {
        env = std::getenv("VISUAL");
    }
    if ((!env || !*env) && !::isatty(STDIN_FILENO)) {
        // Debian's `editor` would wait for a terminal that is not there.
        throw Failure(Exit::usage,
                      "edit opens an editor: run it in a terminal, or set EDITOR to a program");
    }
    std::istringstream words(env && *env ? env : "editor");
    std::vector<std::string> argv;
    for (std::string w; words >> w;) {
        argv.push_back(w);
    }
    return argv;
}

}  // namespace

void setup_edit(CLI::App& app, Globals& g) {
    auto id = std::make_shared<std::string>();
    auto* sub = app.add_subcommand("edit",
                                   "Edit one record in $EDITOR; it is checked before it "
                                   "is saved, in one commit");
    sub->add_option("ID", *id, "The record's ID")->required();
    sub->callback([id, &g] {
        auto& store = open_store(g);
        auto command = editor_command();
        ops::Editor editor = [&](const std::filesystem::path& file) {
            auto argv = command;
            argv.push_back(file.string());
            int status = sys::run_interactive(argv, store.root());
            if (status < 0) {
                throw Failure(Exit::environment,
                              fmt::format("the editor `{}` could not be started; set EDITOR",
                                          command.front()));
            }
            return status;
        };
        auto outcome = ops::edit_record(store, *id, today(g), editor, commit_mode(g));
        if (!g.quiet) {
            fmt::print("{}\n", outcome.result == ops::EditResult::saved
                                   ? outcome.message
                                   : fmt::format("{}: no changes", *id));
        }
    });
}

}  // namespace integra::cli
