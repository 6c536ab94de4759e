// integra: the command-line toolkit of a municipal integration office. main() only declares the
// global options, lets each cmd_*.cpp add its subcommand, and maps failures to exit codes.

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <new>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "app.hpp"
#include "sys/files.hpp"
#include "util/error.hpp"

namespace {

using integra::Exit;
using integra::cli::say;

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1] ? 1 : 0)});
            diag = up;
        }
    }
    return row[b.size()];
}

/// The nearest of `candidates` to `word`, if any is within two edits.
std::string nearest(const std::string& word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = 3;
    for (const std::string& c : candidates) {
        std::size_t d = edit_distance(word, c);
        if (d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

/// "did you mean" for a mistyped command or global option: walks the words before the
/// subcommand; once a real subcommand is seen, CLI11's own message about its options stands.
std::string suggestion(CLI::App& app, int argc, char** argv) {
    std::vector<std::string> commands, options;
    for (const CLI::App* sub : app.get_subcommands({})) {
        commands.push_back(sub->get_name());
    }
    for (const CLI::Option* opt : app.get_options()) {
        for (const std::string& name : opt->get_lnames()) {
            options.push_back("--" + name);
        }
        for (const std::string& name : opt->get_snames()) {
            options.push_back("-" + name);
        }
    }
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (std::find(commands.begin(), commands.end(), arg) != commands.end()) {
            return {};
        }
        if (arg.starts_with('-')) {
            std::string name = arg.substr(0, arg.find('='));
            const CLI::Option* opt = app.get_option_no_throw(name);
            if (!opt) {
                std::string best = nearest(name, options);
                return best.empty() ? fmt::format(
                                          "`{}` is not an integra option; see "
                                          "`integra --help`",
                                          name)
                                    : fmt::format(
                                          "`{}` is not an integra option; did you mean "
                                          "`{}`?",
                                          name, best);
            }
            if (opt->get_expected_max() > 0 && name == arg) {
                ++i;  // its value
            }
            continue;
        }
        std::string best = nearest(arg, commands);
        return best.empty()
                   ? fmt::format("`{}` is not an integra command; see `integra --help`", arg)
                   : fmt::format("`{}` is not an integra command; did you mean `{}`?", arg, best);
    }
    return {};
}

/// A file system failure as a sentence: what integra tried, on which path, why, and what to do
/// where the user can do something; never the library's "filesystem error: ..." wording.
std::string filesystem_failure(const std::filesystem::filesystem_error& e) {
    std::string what = e.what();
    constexpr std::string_view k_prefix = "filesystem error: ";
    if (what.starts_with(k_prefix)) {
        what.erase(0, k_prefix.size());
    }
    // libstdc++: "OPERATION: MESSAGE [PATH1] [PATH2]"
    if (auto end = what.find(": " + e.code().message()); end != std::string::npos) {
        what.erase(end);
    }
    std::string paths = e.path1().empty() ? "" : " " + e.path1().string();
    if (!e.path2().empty()) {
        paths += " and " + e.path2().string();
    }
    return fmt::format("{}{}: {}", what, paths, integra::sys::system_reason(e.code().value()));
}

}  // namespace

int main(int argc, char** argv) {
    // Past a file size limit (`ulimit -f`), a write fails with EFBIG, which integra reports
    // and undoes, instead of the signal ending integra in the middle of a change.
    std::signal(SIGXFSZ, SIG_IGN);
    CLI::App app{"integra: records, checks and reports of a municipal integration office",
                 "integra"};
    app.set_version_flag("--version", INTEGRA_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    integra::cli::Globals g;
    app.add_option("--data", g.data,
                   "The data directory (else $INTEGRA_DATA, else the nearest directory upwards "
                   "holding integra.yaml)");
    app.add_option("--format", g.format,
                   "Output format: table, csv, json, yaml, md, html "
                   "(what the command offers)");
    app.add_option("--lang", g.lang, "Language of reports: de or en")
        ->check(CLI::IsMember({"de", "en"}));
    app.add_option("--color", g.color, "Colour: auto, always or never (NO_COLOR is honoured)")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_option("--today", g.today, "Take this date (YYYY-MM-DD) as today");
    app.add_flag("--no-commit", g.no_commit, "Write files but do not commit them");
    app.add_flag("-q,--quiet", g.quiet, "Print only what was asked for, no confirmations");
    app.add_flag("--excel", g.excel,
                 "CSV as German Excel opens it by double-click: `;`, byte order mark, CRLF, "
                 "decimal comma (implies --format csv)");
    app.add_flag("--no-cache", g.no_cache,
                 "Compute from the records, neither using nor saving results kept in "
                 ".integra/cache/");

    integra::cli::setup_complete(app, g);  // hidden: `integra __complete` for the shell
    integra::cli::setup_init(app, g);
    integra::cli::setup_status(app, g);
    integra::cli::setup_check(app, g);
    integra::cli::setup_show(app, g);
    integra::cli::setup_set(app, g);
    integra::cli::setup_edit(app, g);
    integra::cli::setup_log(app, g);
    integra::cli::setup_fmt(app, g);
    integra::cli::setup_pilot(app, g);
    integra::cli::setup_refugee(app, g);
    integra::cli::setup_retention(app, g);
    integra::cli::setup_project(app, g);
    integra::cli::setup_ag(app, g);
    integra::cli::setup_report(app, g);
    integra::cli::setup_import(app, g);
    integra::cli::setup_export(app, g);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::string hint = suggestion(app, argc, argv);
        if (hint.empty()) {
            say(fmt::format("{}\nRun `integra --help` or `integra COMMAND --help` for usage.",
                            e.what()));
        } else {
            say(hint);
        }
        return static_cast<int>(Exit::usage);
    } catch (const integra::Failure& f) {
        // An empty message: the command has already said what is wrong.
        if (*f.what() != '\0') {
            say(f.what());
        }
        return static_cast<int>(f.code());
    } catch (const std::filesystem::filesystem_error& e) {
        say(filesystem_failure(e));
        return static_cast<int>(Exit::environment);
    } catch (const std::system_error& e) {
        // fmt's when standard output cannot be written (a full disk, a closed file); others
        // (a thread that cannot be started) say what failed
        if (std::string_view(e.what()).starts_with("cannot write")) {
            integra::cli::say_output_failed(e.code().value());
        } else {
            say(fmt::format("the system refused a request: {}",
                            integra::sys::system_reason(e.code().value())));
        }
        return static_cast<int>(Exit::environment);
    } catch (const std::bad_alloc&) {
        say("out of memory; close other programs, or run the command on a machine with more");
        return static_cast<int>(Exit::environment);
    } catch (const std::exception& e) {
        say(fmt::format("internal error: {}\nPlease report this with the command you ran.",
                        e.what()));
        return static_cast<int>(Exit::environment);
    }
    return integra::cli::end_process(0);
}
