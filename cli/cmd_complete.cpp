// `integra __complete WORD...`: what the shell may complete the last WORD of a command line to,
// one candidate a line; dist/integra.bash calls it. The commands, options and choices come
// from the CLI11 tree itself, so completion cannot drift from the program; record IDs are the
// file names in the data directory's kind folders. Hidden from --help. Fast and silent: no
// git, no record read, nothing on standard error.

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app.hpp"
#include "iso/codes.hpp"
#include "records/kinds.hpp"
#include "records/vocabulary.hpp"
#include "store/store.hpp"
#include "util/error.hpp"

namespace integra::cli {

namespace {

namespace fs = std::filesystem;

/// What a value of an option or a positional may be.
struct Values {
    enum class From {
        nothing,
        ids,
        kinds,
        kinds_and_files,  ///< KIND FILE KIND FILE ...
        targets,
        languages,
        countries,
        words,
        files,
        dirs
    };
    From from = From::nothing;
    std::vector<std::string> items;  ///< the kinds of `ids` (empty: all), or the `words`
};

/// The values of the option or positional `name` under the commands `command` ("pilot done"
/// and below; "" is every command). Options with CLI11 choices (`->check(IsMember)`) need no
/// rule: their choices are read from the option.
struct Rule {
    std::string_view command;
    std::string_view name;
    Values values;
};

Values ids(std::vector<std::string> kinds) {
    return {Values::From::ids, std::move(kinds)};
}

Values words(const std::vector<std::string_view>& list) {
    return {Values::From::words, {list.begin(), list.end()}};
}

template <records::Vocabulary E>
Values words() {
    return words(records::all_words<E>());
}

Values from(Values::From source) {
    return {source, {}};
}

/// The global --format's words (main.cpp); each command checks which of them it offers.
const std::vector<std::string_view> k_formats{"table", "csv", "json", "yaml", "md", "html"};

/// The first rule that matches wins: the specific before the general.
const std::vector<Rule>& rules() {
    using From = Values::From;
    static const std::vector<Rule> table{
        {"pilot done", "ID", ids({"assignments"})},
        {"pilot cancel", "ID", ids({"assignments"})},
        {"pilot", "ID", ids({"pilots"})},
        {"refugee household", "ID", ids({"households"})},
        {"refugee", "ID", ids({"refugees"})},
        {"project", "ID", ids({"projects"})},
        {"", "ID", ids({})},
        {"", "AG", ids({"ags"})},
        {"", "MEETING", ids({"meetings"})},
        {"", "TARGET", from(From::targets)},
        {"", "KIND", from(From::kinds)},
        {"", "KIND FILE", from(From::kinds_and_files)},
        {"", "DIR", from(From::dirs)},
        {"", "FILE", from(From::files)},
        {"refugee intake", "--from", from(From::files)},
        {"", "--data", from(From::dirs)},
        {"", "--output", from(From::files)},
        {"", "--pilot", ids({"pilots"})},
        {"", "--client", ids({"refugees"})},
        {"", "--household", ids({"households"})},
        {"", "--unit", ids({"housing"})},
        {"", "--project", ids({"projects"})},
        {"", "--ag", ids({"ags"})},
        {"pilot add", "--lang", from(From::nothing)},  // languages with levels: tr:native,de:C1
        {"refugee add", "--lang", from(From::nothing)},
        {"", "--lang", from(From::languages)},
        {"", "--nationality", from(From::countries)},
        {"", "--gender", words<records::Gender>()},
        {"refugee housing", "--kind", words<records::HousingKind>()},
        {"pilot", "--kind", words<records::AssignmentKind>()},
        {"", "--requested-by", words<records::Requester>()},  // TYPE[:NAME]
        {"", "--german", words<records::GermanLevel>()},
        {"", "--residence", words<records::Residence>()},
        {"", "--target", words<records::TargetGroup>()},
        {"", "--format", words(k_formats)},
    };
    return table;
}

/// True when `path` is `command` or a command below it, word by word.
bool under(std::string_view path, std::string_view command) {
    return command.empty() || path == command ||
           (path.starts_with(command) && path[command.size()] == ' ');
}

/// `pilot done` for the app of `integra pilot done`.
std::string command_path(const CLI::App* app) {
    std::string path;
    for (; app && app->get_parent(); app = app->get_parent()) {
        path = path.empty() ? app->get_name() : app->get_name() + " " + path;
    }
    return path;
}

/// The choices CLI11 lists in an option's type: `TEXT:{de,en}` → de, en.
std::vector<std::string> choices(const CLI::Option& option) {
    std::string type = option.get_type_name();
    auto open = type.find(":{");
    auto close = type.rfind('}');
    std::vector<std::string> out;
    if (open == std::string::npos || close == std::string::npos || close < open) {
        return out;
    }
    std::string_view list = std::string_view(type).substr(open + 2, close - open - 2);
    while (!list.empty()) {
        auto comma = list.find(',');
        out.emplace_back(list.substr(0, comma));
        list.remove_prefix(comma == std::string_view::npos ? list.size() : comma + 1);
    }
    return out;
}

bool takes_value(const CLI::Option& option) {
    return option.get_expected_max() > 0;  // 0 for a flag
}

std::vector<CLI::App*> visible_subcommands(CLI::App& app) {
    return app.get_subcommands(
        [](CLI::App* sub) { return !sub->get_name().empty() && !sub->get_group().empty(); });
}

CLI::App* visible_subcommand(CLI::App& app, const std::string& name) {
    for (CLI::App* sub : visible_subcommands(app)) {
        if (sub->get_name() == name) {
            return sub;
        }
    }
    return nullptr;
}

/// The option `name` of `app` or of a command above it (they fall through, as for CLI11).
const CLI::Option* find_option(const CLI::App* app, const std::string& name) {
    for (; app; app = app->get_parent()) {
        for (const CLI::Option* o : app->get_options()) {
            if (o->nonpositional() && o->check_name(name)) {
                return o;
            }
        }
    }
    return nullptr;
}

/// The words of a command line as the shell split them, with `=` and `:` joined to their
/// neighbours again (bash splits `--data=DIR` and `10:30` there).
struct Line {
    std::vector<std::string> words;  ///< the last is the word being completed
    std::string hidden;              ///< the start of the last word that the shell does not replace
};

Line join(const std::vector<std::string>& raw) {
    Line line;
    bool glue = false;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const std::string& w = raw[i];
        bool separator = w == "=" || w == ":";
        bool last = i + 1 == raw.size();
        if ((glue || separator) && !line.words.empty()) {
            if (last) {
                line.hidden = line.words.back() + (separator ? w : "");
            }
            line.words.back() += w;
        } else {
            line.words.push_back(w);
        }
        glue = separator;
    }
    if (line.words.empty()) {
        line.words.emplace_back();
    }
    return line;
}

/// Where the command line stands before its last word.
struct Position {
    CLI::App* command = nullptr;
    const CLI::Option* awaiting = nullptr;  ///< the option whose value the last word is
    std::size_t positionals = 0;            ///< given to `command` so far
    std::string data;                       ///< --data on the line
};

Position walk(CLI::App& root, const std::vector<std::string>& words) {
    Position p;
    p.command = &root;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const std::string& w = words[i];
        if (p.awaiting) {
            if (p.awaiting->check_name("--data")) {
                p.data = w;
            }
            p.awaiting = nullptr;
        } else if (w.starts_with('-') && w != "-" && w != "--") {
            auto eq = w.find('=');
            const CLI::Option* o = find_option(p.command, w.substr(0, eq));
            if (o && o->check_name("--data") && eq != std::string::npos) {
                p.data = w.substr(eq + 1);
            } else if (o && takes_value(*o) && eq == std::string::npos) {
                p.awaiting = o;
            }
        } else if (CLI::App* sub = visible_subcommand(*p.command, w)) {
            p.command = sub;
            p.positionals = 0;
        } else if (w != "--") {
            ++p.positionals;
        }
    }
    return p;
}

/// The positional that the next plain word goes to, or nullptr.
const CLI::Option* next_positional(const CLI::App& command, std::size_t given) {
    for (const CLI::Option* o : command.get_options()) {
        if (!o->get_positional()) {
            continue;
        }
        int max = o->get_items_expected_max();
        if (max >= CLI::detail::expected_max_vector_size || given < static_cast<std::size_t>(max)) {
            return o;
        }
        given -= static_cast<std::size_t>(max);
    }
    return nullptr;
}

Values values_of(const CLI::App& command, const CLI::Option& option) {
    if (auto listed = choices(option); !listed.empty()) {
        return {Values::From::words, std::move(listed)};
    }
    std::string path = command_path(&command);
    for (const Rule& r : rules()) {
        if (under(path, r.command) && option.check_name(std::string(r.name))) {
            return r.values;
        }
    }
    return {};
}

/// False for the tombstones of erased/: `check` takes the word, but there is nothing to show,
/// set, import or export.
bool is_record_kind(const records::Kind& kind) {
    return kind.plural != "erased";
}

/// `~/x` as the shell would expand it when the command runs.
std::string expand_home(const std::string& path) {
    const char* home = std::getenv("HOME");
    if (home && (path == "~" || path.starts_with("~/"))) {
        return home + path.substr(1);
    }
    return path;
}

/// The IDs of `kinds` (every kind of record when empty): the names of the `.yaml` files in their
/// folders; none without a data directory.
std::vector<std::string> record_ids(const std::string& data,
                                    const std::vector<std::string>& kinds) {
    std::vector<std::string> out;
    std::error_code ec;
    fs::path root;
    try {
        root = store::find_data_dir(expand_home(data), fs::current_path(ec));
    } catch (const Failure&) {
        return out;  // no data directory: no IDs, the other candidates stand
    }
    for (const records::Kind& kind : records::all_kinds()) {
        if (kinds.empty() ? !is_record_kind(kind)
                          : std::find(kinds.begin(), kinds.end(), kind.plural) == kinds.end()) {
            continue;
        }
        for (fs::directory_iterator it(root / kind.plural, ec), end; !ec && it != end;
             it.increment(ec)) {
            const fs::path& file = it->path();
            if (file.extension() == ".yaml" && records::is_safe_id(file.stem().string())) {
                out.push_back(file.stem().string());
            }
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());  // a tombstone's ID, once
    return out;
}

std::vector<std::string> candidates(const Values& v, const std::string& data) {
    using From = Values::From;
    std::vector<std::string> out;
    auto add = [&out](const auto& list) { out.insert(out.end(), list.begin(), list.end()); };
    switch (v.from) {
        case From::words:
            add(v.items);
            break;
        case From::languages:
            add(iso::preferred_language_codes());
            break;
        case From::countries:
            add(iso::country_codes());
            break;
        case From::kinds:
        case From::kinds_and_files:
        case From::targets:
            for (const records::Kind& kind : records::all_kinds()) {
                if (is_record_kind(kind) || v.from == From::targets) {
                    out.emplace_back(kind.plural);
                }
            }
            if (v.from == From::targets) {
                out.emplace_back("settings");
                add(record_ids(data, {}));
            }
            break;
        case From::ids:
            add(record_ids(data, v.items));
            break;
        case From::files:
            out.emplace_back(":files");
            break;
        case From::dirs:
            out.emplace_back(":dirs");
            break;
        case From::nothing:
            break;
    }
    return out;
}

std::vector<std::string> option_names(const CLI::App* command) {
    std::vector<std::string> out;
    for (const CLI::App* app = command; app; app = app->get_parent()) {
        for (const CLI::Option* o : app->get_options()) {
            if (!o->nonpositional() || o->get_group().empty()) {
                continue;
            }
            auto add = [&out](std::string name) {
                if (std::find(out.begin(), out.end(), name) == out.end()) {
                    out.push_back(std::move(name));  // a command's own shadows its parent's
                }
            };
            for (const std::string& n : o->get_lnames()) {
                add("--" + n);
            }
            if (o->get_lnames().empty()) {
                for (const std::string& n : o->get_snames()) {
                    add("-" + n);
                }
            }
        }
    }
    return out;
}

/// What the last word of `line` may become, in full; `:files` or `:dirs` for the shell's
/// completion of file names.
std::vector<std::string> complete(CLI::App& root, const Line& line) {
    const std::string& word = line.words.back();
    Position p = walk(root, line.words);
    if (p.awaiting) {
        return candidates(values_of(*p.command, *p.awaiting), p.data);
    }
    if (word.starts_with('-')) {
        auto eq = word.find('=');
        if (eq != std::string::npos) {
            const CLI::Option* o = find_option(p.command, word.substr(0, eq));
            std::vector<std::string> out;
            for (const std::string& c :
                 o ? candidates(values_of(*p.command, *o), p.data) : std::vector<std::string>{}) {
                out.push_back(c.starts_with(':') ? c : word.substr(0, eq + 1) + c);
            }
            return out;
        }
        return option_names(p.command);
    }
    std::vector<std::string> out;
    for (const CLI::App* sub : visible_subcommands(*p.command)) {
        out.push_back(sub->get_name());
    }
    if (const CLI::Option* positional = next_positional(*p.command, p.positionals)) {
        Values v = values_of(*p.command, *positional);
        if (v.from == Values::From::kinds_and_files && p.positionals % 2 == 1) {
            v.from = Values::From::files;
        }
        auto more = candidates(v, p.data);
        out.insert(out.end(), more.begin(), more.end());
    }
    return out;
}

/// Prints the candidates that start with the last word, without the part the shell keeps; or
/// only `:files` or `:dirs`.
void print_matches(CLI::App& root, const std::vector<std::string>& raw) {
    Line line = join(raw);
    const std::string& word = line.words.back();
    std::string out;
    for (const std::string& c : complete(root, line)) {
        if (c.starts_with(':')) {
            out = c + "\n";
            break;
        }
        if (c.starts_with(word) && c.starts_with(line.hidden)) {
            out += c.substr(line.hidden.size());
            out += '\n';
        }
    }
    fmt::print("{}", out);
}

}  // namespace

void setup_complete(CLI::App& app, Globals&) {
    auto words = std::make_shared<std::vector<std::string>>();
    auto* sub = app.add_subcommand("__complete", "Shell completion (dist/integra.bash)");
    sub->group("");  // hidden from --help
    sub->add_option("WORD", *words, "The words after `integra`, the last being completed");
    sub->callback([&app, words] {
        try {
            print_matches(app, words->empty() ? std::vector<std::string>{""} : *words);
        } catch (...) {
            // A completion that fails offers nothing; the terminal is the user's.
        }
    });
}

}  // namespace integra::cli
