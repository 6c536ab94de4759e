#pragma once
// What every subcommand shares: the global options and the few helpers that turn them into
// library inputs. Each command lives in its own cmd_*.cpp with a setup_*() that binds its
// options and a callback that makes one library call and prints the result.

#include <CLI/CLI.hpp>

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "ops/pilot.hpp"
#include "store/store.hpp"
#include "util/csv.hpp"
#include "util/json.hpp"
#include "util/values.hpp"

namespace integra::cli {

struct Globals {
    std::string data;
    std::string format;  ///< empty: the command's default
    std::string lang = "de";
    std::string color = "auto";
    std::string today;
    bool no_commit = false;
    bool quiet = false;
    bool no_cache = false;
    bool excel = false;  ///< CSV as German Excel opens it (util/csv.hpp)
};

/// Writes "integra: LINE" to stderr and never throws: when even that fails (stderr on a full
/// disk), the exit code is all that is left to tell it.
void say(std::string_view line);

/// Says that standard output could not be written (errno `error`), and, when the command had
/// saved a change already, that the change stands: a script must not make it again.
void say_output_failed(int error);

/// What a command does with the records: only read them, or change them.
enum class Access { read, change };

/// The data directory the options point to (see store::find_data_dir), with an interrupted
/// change finished or undone (store::Store::recover), which it says on stderr. A command that
/// changes records holds the data directory's lock from here to its end
/// (store::Store::hold_for_change), so that concurrent commands take turns: each plans on what
/// the one before it wrote. Once per process: it lives until the process ends, and main() ends
/// a command that succeeded without freeing it (end_process).
store::Store& open_store(const Globals& g, Access access = Access::read);

/// Ends the process with `code` once standard output is flushed, without freeing what the
/// command read: freeing 100,000 records costs a tenth of a second and gains nothing. Builds
/// with AddressSanitizer return instead, so that its leak check still runs.
int end_process(int code);

/// --today, else the system's local date.
Date today(const Globals& g);

/// The format chosen, checked against what the command offers (the first is the default).
std::string format(const Globals& g, std::initializer_list<std::string_view> allowed);

/// One row of the CSV a command prints on stdout, in the dialect `--excel` chose (format()
/// records it); the first row of the process comes after Excel's byte order mark.
std::string csv_line(const std::vector<CsvField>& fields);

/// The CSV dialect `--excel` chose, for CSV written to files.
CsvDialect csv_dialect(const Globals& g);

/// Prints a JSON value on stdout (util/json.hpp's layout); every `--format json` goes through
/// here.
void print_json(const Json& value);

/// Whether to colour output on stdout (--color, NO_COLOR, a terminal).
bool use_color(const Globals& g);

/// The path from the working directory to the data directory, for `file:line:col` output.
std::filesystem::path display_prefix(const store::Store& store);

store::CommitMode commit_mode(const Globals& g);

/// The date an option gives, or nullopt when it was not given; Failure(usage) when it is not
/// a date.
std::optional<Date> date_option(std::string_view name, const std::string& value);

/// The time of day an option gives (HH:MM), or nullopt; Failure(usage) when malformed.
std::optional<TimeOfDay> time_option(std::string_view name, const std::string& value);

/// A positive number of hours an option gives (`1.5`), or nullopt; Failure(usage) otherwise.
std::optional<records::Hours> hours_option(std::string_view name, const std::string& value);

/// An amount an option gives (1500, 1500.50), more than 0, or nullopt when empty;
/// Failure(usage) when malformed or 0.
std::optional<Money> money_option(std::string_view name, const std::string& value);

/// As money_option, for an option that must be given: empty is Failure(usage) too.
Money required_money(std::string_view name, const std::string& value);

/// The text an option gives, or nullopt when it was not given or empty.
std::optional<std::string> optional_text(const std::string& value);

/// Applies a write plan (one commit unless --no-commit) and prints its commit message unless
/// -q.
void apply_plan(const store::Store& store, const ops::WritePlan& plan, const Globals& g);

/// Applies a plan that creates a record and prints the new ID (also with -q: it is the
/// answer).
void apply_new(const store::Store& store, const ops::WritePlan& plan, const Globals& g);

/// A check that an option's value is one of E's words (records/vocabulary.hpp).
template <records::Vocabulary E>
CLI::IsMember one_of_words() {
    std::vector<std::string> words;
    for (std::string_view w : records::all_words<E>()) {
        words.emplace_back(w);
    }
    return CLI::IsMember(words);
}

void setup_complete(CLI::App& app, Globals& g);  ///< hidden: dist/integra.bash asks it
void setup_init(CLI::App& app, Globals& g);
void setup_check(CLI::App& app, Globals& g);
void setup_status(CLI::App& app, Globals& g);
void setup_show(CLI::App& app, Globals& g);
void setup_set(CLI::App& app, Globals& g);
void setup_edit(CLI::App& app, Globals& g);
void setup_log(CLI::App& app, Globals& g);
void setup_fmt(CLI::App& app, Globals& g);
void setup_import(CLI::App& app, Globals& g);
void setup_export(CLI::App& app, Globals& g);
void setup_pilot(CLI::App& app, Globals& g);
void setup_pilot_assign(CLI::App& pilot, Globals& g);
void setup_pilot_fees(CLI::App& pilot, Globals& g);
void setup_pilot_match(CLI::App& pilot, Globals& g);
void setup_pilot_coverage(CLI::App& pilot, Globals& g);
void setup_refugee(CLI::App& app, Globals& g);
void setup_refugee_housing(CLI::App& refugee, Globals& g);     ///< housing, household
void setup_refugee_persons(CLI::App& refugee, Globals& g);     ///< add, intake, list, show
void setup_refugee_onboarding(CLI::App& refugee, Globals& g);  ///< done, skip, tasks, note, close
void setup_refugee_rights(CLI::App& refugee, Globals& g);  ///< export, erase, restrict, unrestrict
void setup_retention(CLI::App& app, Globals& g);
void setup_project(CLI::App& app, Globals& g);
void setup_ag(CLI::App& app, Globals& g);
void setup_report(CLI::App& app, Globals& g);

}  // namespace integra::cli
