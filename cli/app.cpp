#include "app.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <stdexcept>

namespace integra::cli {

namespace fs = std::filesystem;

namespace {
/// The data directory of this process, once open_store() opened it.
std::unique_ptr<store::Store> opened;
}  // namespace

void say(std::string_view line) {
    std::string text = fmt::format("integra: {}\n", line);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

void say_output_failed(int error) {
    std::string reason = sys::system_reason(error);
    if (opened && !opened->saved().empty()) {
        say(fmt::format("the change is saved ({}), but what it printed could not be written: {}",
                        opened->saved(), reason));
    } else {
        say(fmt::format("cannot write the output: {}", reason));
    }
}

store::Store& open_store(const Globals& g, Access access) {
    store::Options options;
    if (const char* wait = std::getenv("INTEGRA_LOCK_TIMEOUT"); wait && *wait) {
        auto seconds = parse_money(wait);
        if (!seconds) {
            throw Failure(Exit::usage,
                          fmt::format("INTEGRA_LOCK_TIMEOUT={} is not a number of seconds", wait));
        }
        options.lock_wait_seconds = static_cast<double>(seconds->cents) / 100;
    }
    options.notify = [](const std::string& line) { say(line); };
    options.cache = !g.no_cache;
    if (opened) {
        throw std::logic_error("open_store called twice");
    }
    opened = std::make_unique<store::Store>(store::find_data_dir(g.data, fs::current_path()),
                                            std::move(options));
    if (access == Access::change) {
        opened->hold_for_change();
    } else {
        opened->recover();
    }
    return *opened;
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define INTEGRA_CLANG_ASAN 1  // what GCC calls __SANITIZE_ADDRESS__
#endif
#endif

int end_process(int code) {
    // What is still buffered is written now: failing that (a full disk), the command failed.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        say_output_failed(errno);
        code = static_cast<int>(Exit::environment);
    }
#if defined(__SANITIZE_ADDRESS__) || defined(INTEGRA_CLANG_ASAN)
    return code;
#else
    std::fflush(stderr);
    std::_Exit(code);
#endif
}

Date today(const Globals& g) {
    if (!g.today.empty()) {
        auto d = parse_date(g.today);
        if (!d) {
            throw Failure(Exit::usage,
                          fmt::format("--today {} is not a date; write YYYY-MM-DD", g.today));
        }
        return *d;
    }
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{std::chrono::year{local.tm_year + 1900},
                std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
                std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}

namespace {
CsvDialect g_csv_dialect;
bool g_csv_started = false;
}  // namespace

std::string format(const Globals& g, std::initializer_list<std::string_view> allowed) {
    std::string_view chosen = g.format.empty() ? *allowed.begin() : std::string_view(g.format);
    if (g.excel && g.format.empty() &&
        std::find(allowed.begin(), allowed.end(), "csv") != allowed.end()) {
        chosen = "csv";  // --excel alone asks for CSV
    }
    if (std::find(allowed.begin(), allowed.end(), chosen) == allowed.end()) {
        throw Failure(Exit::usage, fmt::format("this command has no --format {}; it offers {}",
                                               g.format, fmt::join(allowed, ", ")));
    }
    if (g.excel && chosen != "csv") {
        throw Failure(Exit::usage,
                      std::find(allowed.begin(), allowed.end(), "csv") == allowed.end()
                          ? std::string("--excel is a form of CSV, which this command does not "
                                        "write")
                          : fmt::format("--excel is a form of CSV; it goes with --format csv, "
                                        "not --format {}",
                                        chosen));
    }
    g_csv_dialect = csv_dialect(g);
    return std::string(chosen);
}

CsvDialect csv_dialect(const Globals& g) {
    return g.excel ? CsvDialect::german_excel() : CsvDialect{};
}

std::string csv_line(const std::vector<CsvField>& fields) {
    if (!g_csv_started) {
        g_csv_started = true;
        return csv_header(fields, g_csv_dialect);
    }
    return csv_row(fields, g_csv_dialect);
}

void print_json(const Json& value) {
    fmt::print("{}", dump_json(value));
}

bool use_color(const Globals& g) {
    if (g.color == "always") {
        return true;
    }
    if (g.color == "never") {
        return false;
    }
    const char* no_color = std::getenv("NO_COLOR");
    return !(no_color && *no_color) && isatty(STDOUT_FILENO);
}

fs::path display_prefix(const store::Store& store) {
    std::error_code ec;
    fs::path root = fs::weakly_canonical(fs::absolute(store.root()), ec);
    fs::path cwd = fs::weakly_canonical(fs::current_path(), ec);
    fs::path rel = root.lexically_relative(cwd);
    return rel.empty() ? store.root() : rel;
}

store::CommitMode commit_mode(const Globals& g) {
    return g.no_commit ? store::CommitMode::no_commit : store::CommitMode::commit;
}

std::optional<Date> date_option(std::string_view name, const std::string& value) {
    if (value.empty()) {
        return std::nullopt;
    }
    auto d = parse_date(value);
    if (!d) {
        throw Failure(Exit::usage,
                      fmt::format("{} {} is not a date; write YYYY-MM-DD", name, value));
    }
    return d;
}

std::optional<TimeOfDay> time_option(std::string_view name, const std::string& value) {
    if (value.empty()) {
        return std::nullopt;
    }
    auto t = parse_time(value);
    if (!t) {
        throw Failure(Exit::usage, fmt::format("{} {} is not a time; write HH:MM", name, value));
    }
    return t;
}

std::optional<records::Hours> hours_option(std::string_view name, const std::string& value) {
    if (value.empty()) {
        return std::nullopt;
    }
    auto h = parse_money(value);
    if (!h || h->cents == 0) {
        throw Failure(Exit::usage,
                      fmt::format("{} {} is not a number of hours such as 1.5", name, value));
    }
    return records::Hours{h->cents};
}

std::optional<Money> money_option(std::string_view name, const std::string& value) {
    if (value.empty()) {
        return std::nullopt;
    }
    auto m = parse_money(value);
    if (!m) {
        throw Failure(Exit::usage,
                      fmt::format("{} {} is not an amount such as 1500 or 1500.50", name, value));
    }
    if (m->cents == 0) {
        throw Failure(Exit::usage, fmt::format("{} is 0; give an amount of more than 0.00", name));
    }
    return m;
}

Money required_money(std::string_view name, const std::string& value) {
    auto m = money_option(name, value);
    if (!m) {
        throw Failure(Exit::usage, fmt::format("{} is empty; give an amount such as 1500", name));
    }
    return *m;
}

std::optional<std::string> optional_text(const std::string& value) {
    return value.empty() ? std::nullopt : std::optional<std::string>(value);
}

void apply_plan(const store::Store& store, const ops::WritePlan& plan, const Globals& g) {
    // A change to the same bytes (a questionnaire answered with what was recorded) is none:
    // git would refuse an empty commit.
    bool changes = std::any_of(plan.changes.begin(), plan.changes.end(),
                               [](const store::Change& c) { return c.before != c.after; });
    if (!changes) {
        if (!g.quiet) {
            fmt::print("{}: nothing changed\n", plan.id.empty() ? "the data" : plan.id);
        }
        return;
    }
    store.apply(plan.changes, plan.message, commit_mode(g));
    if (!g.quiet) {
        fmt::print("{}\n", plan.message);
    }
}

void apply_new(const store::Store& store, const ops::WritePlan& plan, const Globals& g) {
    store.apply(plan.changes, plan.message, commit_mode(g));
    fmt::print("{}\n", plan.id);
}

}  // namespace integra::cli
