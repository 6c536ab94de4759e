#include "ops/import.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "check/check.hpp"
#include "ops/export.hpp"
#include "ops/set.hpp"
#include "ops/spreadsheet.hpp"
#include "schema/validate.hpp"
#include "sys/files.hpp"
#include "util/csv_read.hpp"
#include "util/text.hpp"
#include "yaml/reader.hpp"
#include "yaml/writer.hpp"

namespace integra::ops {

namespace {

namespace fs = std::filesystem;
using schema::Spec;
using schema::Type;

constexpr std::size_t k_max_file_bytes = 64 * 1024 * 1024;

/// The date whose year a yearly kind's new ID carries (as the kind's `add` command gives it).
std::string_view id_year_path(const records::Kind& kind) {
    if (kind.plural == "assignments" || kind.plural == "meetings") {
        return "date";
    }
    if (kind.plural == "households") {
        return "allocation.date";
    }
    return {};
}

/// `a pilot`, `an assignment`: the kind's name with its article.
std::string a_kind(const records::Kind& kind) {
    bool vowel = std::string_view("aeiou").find(kind.name.front()) != std::string_view::npos;
    return fmt::format("{} {}", vowel ? "an" : "a", kind.name);
}

bool is_container(const Spec& spec) {
    return spec.type == Type::list || spec.type == Type::dict || spec.type == Type::map;
}

/// The order the columns' values are set in: list items by number (item 2 after item 1, which
/// must exist first), everything else as the file orders its columns (a dictionary such as
/// `onboarding` keeps the file's order of keys). Each part of a path ranks by its number, or
/// by the first column whose path starts the same.
std::vector<std::vector<long>> set_order(const std::vector<ImportColumn>& columns) {
    std::map<std::string, long> first;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        std::string prefix;
        for (const std::string& part : split(columns[c].path, '.')) {
            prefix += prefix.empty() ? "" : ".";
            prefix += part;
            first.emplace(prefix, static_cast<long>(c));
        }
    }
    std::vector<std::vector<long>> ranks;
    for (const ImportColumn& column : columns) {
        std::vector<long> rank;
        std::string prefix;
        for (const std::string& part : split(column.path, '.')) {
            prefix += prefix.empty() ? "" : ".";
            prefix += part;
            bool number = !part.empty() && part.size() < 6 &&
                          part.find_first_not_of("0123456789") == std::string::npos;
            rank.push_back(number ? std::stol(part) : first[prefix]);
        }
        ranks.push_back(std::move(rank));
    }
    return ranks;
}

/// Puts `value` at `path` of `root` (mappings made on the way); false when the path runs
/// through a list.
bool put_node(yaml::Node& root, const std::string& path, yaml::Node value) {
    yaml::Node* node = &root;
    auto parts = split(path, '.');
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (!node->is_map()) {
            if (!node->is_null()) {
                return false;
            }
            *node = yaml::Node::map();
        }
        node = &node->at_or_insert(parts[i]);
    }
    *node = std::move(value);
    return true;
}

/// The deepest key path that starts on each line of a canonical file.
void lines_of(const yaml::Node& node, const std::string& path, std::map<int, std::string>& out) {
    if (node.is_map()) {
        for (const yaml::Entry& e : node.entries) {
            std::string p = path.empty() ? e.key : fmt::format("{}.{}", path, e.key);
            out[e.key_pos.line] = p;
            lines_of(e.value, p, out);
        }
    } else if (node.is_seq()) {
        for (std::size_t i = 0; i < node.items.size(); ++i) {
            std::string p = fmt::format("{}.{}", path, i);
            out[node.items[i].pos.line] = p;
            lines_of(node.items[i], p, out);
        }
    }
}

/// A problem of one row: what it says, and the column it is about (empty when none).
struct RowError {
    std::size_t file = 0;
    int line = 0;
    std::string column;
    std::string message;
};

struct Row {
    std::size_t file = 0;
    int line = 0;
    std::string id;
    fs::path rel;
    yaml::Node tree;
    std::string bytes;
    bool usable = true;  ///< no error found while reading its cells
};

/// `--map COLUMN=key.path`, parsed; which files had the column.
struct Map {
    std::string column;
    std::string path;
    std::string given;  ///< as typed, for messages
    bool used = false;
};

/// One file: read, its columns mapped, its rows made into records.
class Source {
  public:
    Source(const store::Store& store, const ImportSource& source, std::size_t index,
           const Date& today, std::vector<RowError>& errors)
        : m_store(store),
          m_index(index),
          m_today(today),
          m_kind(exchange_kind(source.kind)),
          m_spec(*m_kind.spec),
          m_errors(errors) {
        m_file.file = source.file;
        m_file.kind = &m_kind;
    }

    const records::Kind& kind() const { return m_kind; }
    ImportedFile& file() { return m_file; }
    const ImportedFile& file() const { return m_file; }
    std::vector<Row>& rows() { return m_rows; }

    void read() {
        auto bytes = sys::read_regular_file(m_file.file, k_max_file_bytes);
        if (!bytes) {
            throw Failure(Exit::usage,
                          fmt::format("cannot read {}: {}", m_file.file, bytes.error().message));
        }
        auto text = decode_spreadsheet(*bytes);
        if (!text) {
            throw Failure(Exit::invalid, located(text.error()));
        }
        m_file.encoding = text->encoding;
        auto table = parse_csv(text->utf8);
        if (!table) {
            throw Failure(Exit::invalid, located(table.error()));
        }
        m_table = std::move(*table);
        m_file.separator = m_table.separator;
    }

    /// Whether `--map`'s key path names something of this kind.
    bool has_target(const std::string& path) const { return target(path) != nullptr; }

    void map_columns(std::vector<Map>& maps) {
        std::vector<std::string> unknown;
        std::map<std::string, std::string> taken;  // path → header
        const auto& header = m_table.header;
        for (std::size_t c = 0; c < header.size(); ++c) {
            std::string h = trim(header[c]);
            ImportColumn col{h, "", ""};
            auto map =
                std::find_if(maps.begin(), maps.end(), [&](const Map& m) { return m.column == h; });
            if (map != maps.end()) {
                map->used = true;
                if (!map->path.empty() && target(map->path) &&
                    !sheet::column_spec(m_spec, map->path)) {
                    throw Failure(
                        Exit::usage,
                        fmt::format("--map `{}`: `{}` holds several values; map the "
                                    "column to one of them, such as `{}`",
                                    printable(map->given), map->path, part_of(map->path)));
                }
                if (!map->path.empty() && !target(map->path)) {
                    throw Failure(Exit::usage,
                                  fmt::format("--map `{}`: `{}` is not a value of {} record "
                                              "({}); see `integra export {}` for the key paths",
                                              printable(map->given), printable(map->path),
                                              a_kind(m_kind), m_file.file, m_kind.plural));
                }
                col.path = map->path;
                col.why = col.path.empty() ? "left out with --map" : "";
            } else if (auto path = sheet::key_for_header(m_kind, h)) {
                col.path = *path;
            } else if (target(sheet::dotted(h))) {
                col.path = sheet::dotted(h);  // a list's own column, for [] (export writes it)
            } else if (column_empty(c)) {
                col.why = h.empty() ? "no header, no values" : "not a field, no values";
            } else {
                unknown.push_back(h.empty() ? fmt::format("column {} (no header)", c + 1)
                                            : fmt::format("\"{}\"", printable(h)));
            }
            if (!col.path.empty()) {
                auto [it, fresh] = taken.emplace(col.path, h);
                if (!fresh) {
                    throw Failure(Exit::invalid,
                                  fmt::format("{}: the columns \"{}\" and \"{}\" both give `{}`; "
                                              "leave one out with --map \"{}=\"",
                                              m_file.file, printable(it->second), printable(h),
                                              col.path, printable(h)));
                }
            }
            m_file.columns.push_back(std::move(col));
        }
        if (!unknown.empty()) {
            bool one = unknown.size() == 1;
            throw Failure(Exit::invalid,
                          fmt::format("{}:{}: {} {} not a field of {} record; map {} with "
                                      "--map \"COLUMN=key.path\" (the key paths are the columns "
                                      "of `integra export {}`), or leave {} out with --map "
                                      "\"COLUMN=\"; nothing was imported",
                                      m_file.file, m_table.header_line, fmt::join(unknown, ", "),
                                      one ? "is" : "are", a_kind(m_kind), one ? "it" : "each",
                                      m_kind.plural, one ? "it" : "them"));
        }
    }

    /// The header as a list, for messages.
    std::string header_list() const {
        std::vector<std::string> names;
        for (const std::string& h : m_table.header) {
            names.push_back(fmt::format("\"{}\"", printable(trim(h))));
        }
        return fmt::format("{}", fmt::join(names, ", "));
    }

    /// Reads every row's cells into its record's tree; the IDs given in an `id` column go into
    /// `given` (ID → line).
    void build_rows(std::map<std::string, int>& given) {
        std::vector<std::size_t> order;
        std::size_t id_column = m_file.columns.size();
        for (std::size_t c = 0; c < m_file.columns.size(); ++c) {
            if (m_file.columns[c].path == "id") {
                id_column = c;
            } else if (!m_file.columns[c].path.empty()) {
                order.push_back(c);
            }
        }
        auto ranks = set_order(m_file.columns);
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return ranks[a] < ranks[b]; });
        for (const CsvRow& csv : m_table.rows) {
            Row row;
            row.file = m_index;
            row.line = csv.line;
            row.tree = yaml::Node::map();
            for (std::size_t c : order) {
                read_cell(row, m_file.columns[c], csv.fields[c]);
            }
            if (id_column < m_file.columns.size()) {
                auto id = sheet::cell_value(*schema::spec_at(m_spec, "id"), csv.fields[id_column]);
                row.id = id ? *id : trim(csv.fields[id_column]);
                if (!row.id.empty() && !id_allowed(row, m_file.columns[id_column].header, given)) {
                    row.usable = false;
                }
            }
            m_rows.push_back(std::move(row));
        }
    }

    /// New IDs for the rows without one, then every row's file.
    void finish_rows(const std::map<std::string, int>& given) {
        std::map<int, int> next;  // year → next number
        for (Row& row : m_rows) {
            if (!row.id.empty()) {
                if (row.usable) {
                    continue;
                }
                row.id.clear();  // the row is refused anyway; its own ID keeps its file apart
            }
            int year = m_kind.yearly ? year_of_row(row) : year_of(m_today);
            auto it = next.find(year);
            if (it == next.end()) {
                std::string first = m_store.next_id(m_kind, year);
                it = next.emplace(year, records::id_year_and_number(m_kind, first)->second).first;
            }
            do {
                row.id = records::make_id(m_kind, year, it->second++);
            } while (given.count(row.id));
        }
        const schema::Field* status = schema::find_field(m_spec, "status");
        for (Row& row : m_rows) {
            // A new record's status, when the file gives none, is what `add` gives: the first
            // of its words (active, planned, submitted).
            if (status && status->spec.type == Type::choice && !row.tree.find("status")) {
                row.tree.at_or_insert("status") =
                    yaml::Node::scalar(std::string(status->spec.choices.front()));
            }
            row.tree.entries.insert(row.tree.entries.begin(),
                                    yaml::Entry{"id", {}, yaml::Node::scalar(row.id), {}});
            row.rel = fs::path(m_kind.plural) / fmt::format("{}.yaml", row.id);
            row.bytes = yaml::write(schema::normalise(row.tree, m_spec));
        }
    }

    /// The column a problem is about: the one whose key path the message names in backticks
    /// (`languages[0].code`), else, unless the message is about a field that is missing, the
    /// one whose value is on the problem's `line` of the row's new file; empty when none is.
    std::string column_of(const Row& r, int line, std::string_view message) const {
        for (std::size_t open = message.find('`'); open != std::string_view::npos;) {
            std::size_t close = message.find('`', open + 1);
            if (close == std::string_view::npos) {
                break;
            }
            if (const ImportColumn* c =
                    column_at(sheet::dotted(message.substr(open + 1, close - open - 1)))) {
                return c->header;
            }
            open = message.find('`', close + 1);
        }
        if (message.find("is missing") != std::string_view::npos) {
            return {};
        }
        auto tree = yaml::read(r.bytes);
        std::map<int, std::string> paths;
        if (tree) {
            lines_of(*tree, "", paths);
        }
        auto it = paths.upper_bound(line);
        if (it == paths.begin()) {
            return {};
        }
        const ImportColumn* c = column_at(std::prev(it)->second);
        return c ? c->header : std::string();
    }

    std::string located(const Error& e) const {
        return e.line > 0 ? fmt::format("{}:{}: {}", m_file.file, e.line, e.message)
                          : fmt::format("{}: {}", m_file.file, e.message);
    }

  private:
    /// A single value inside the mapping, list or dictionary at `path`, for messages:
    /// `name.given`, `notes.0.text`, `onboarding.STEP.done`.
    std::string part_of(std::string path) const {
        for (const Spec* spec = schema::spec_at(m_spec, path); spec && is_container(*spec);
             spec = schema::spec_at(m_spec, path)) {
            if (spec->type == Type::map && !spec->fields.empty()) {
                path += fmt::format(".{}", spec->fields.front().key);
            } else if (spec->type == Type::list) {
                path += ".0";
            } else if (spec->type == Type::dict) {
                path += ".KEY";
                spec = spec->item.get();
                if (spec && spec->type == Type::map && !spec->fields.empty()) {
                    path += fmt::format(".{}", spec->fields.front().key);
                }
                break;
            } else {
                break;
            }
        }
        return path;
    }

    /// The column whose values are at `path` or hold it (`languages` for `languages.0.code`);
    /// never the ID's, whose problems are the record's.
    const ImportColumn* column_at(const std::string& path) const {
        const ImportColumn* best = nullptr;
        for (const ImportColumn& c : m_file.columns) {
            if (!c.path.empty() && c.path != "id" &&
                (path == c.path || path.starts_with(c.path + ".")) &&
                (!best || c.path.size() > best->path.size())) {
                best = &c;
            }
        }
        return best;
    }

    /// A key path `--map` or a header may name: a single value, a one-cell list, or (for
    /// `[]` and `{}` cells) a list, dictionary or mapping.
    const Spec* target(const std::string& path) const {
        if (const Spec* s = sheet::column_spec(m_spec, path)) {
            return s;
        }
        const Spec* s = path.empty() ? nullptr : schema::spec_at(m_spec, path);
        return s && is_container(*s) ? s : nullptr;
    }

    bool column_empty(std::size_t c) const {
        return std::all_of(m_table.rows.begin(), m_table.rows.end(),
                           [&](const CsvRow& r) { return trim(r.fields[c]).empty(); });
    }

    void error(int line, std::string column, std::string message) {
        m_errors.push_back(RowError{m_index, line, std::move(column), std::move(message)});
    }

    void read_cell(Row& row, const ImportColumn& col, const std::string& cell) {
        if (trim(cell).empty()) {
            return;
        }
        const Spec& spec = *target(col.path);
        try {
            if (spec.type == Type::list && sheet::one_cell(spec)) {
                auto list = sheet::cell_list(spec, cell);
                if (!list) {
                    throw Failure(Exit::invalid, list.error().message);
                }
                put(row, col, std::move(*list));
            } else if (is_container(spec)) {
                std::string t = trim(cell);
                if (t != "[]" && t != "{}") {
                    throw Failure(Exit::invalid,
                                  fmt::format("`{}` holds several values; its own column may "
                                              "only hold [] (none); give its parts columns of "
                                              "their own, such as `{}`",
                                              col.path, part_of(col.path)));
                }
                put(row, col, spec.type == Type::list ? yaml::Node::seq() : yaml::Node::map());
            } else {
                auto value = sheet::cell_value(spec, cell);
                if (!value) {
                    throw Failure(Exit::invalid, value.error().message);
                }
                assign_path(row.tree, m_kind, "the row", col.path, *value);
            }
        } catch (const Failure& f) {
            std::string message = f.what();
            if (message.starts_with("the row: ")) {
                message.erase(0, 9);
            }
            error(row.line, col.header, message);
            row.usable = false;
        }
    }

    void put(Row& row, const ImportColumn& col, yaml::Node node) {
        if (!put_node(row.tree, col.path, std::move(node))) {
            throw Failure(Exit::invalid,
                          fmt::format("`{}` lies in a list; give it as a whole", col.path));
        }
    }

    bool id_allowed(const Row& row, const std::string& column, std::map<std::string, int>& given) {
        const std::string& id = row.id;
        if (!records::is_safe_id(id) || !records::has_id_format(m_kind, id)) {
            error(row.line, column,
                  fmt::format("`{}` is not {} ID (such as {}); leave the cell empty and "
                              "integra gives the next free one",
                              printable(id), a_kind(m_kind), records::make_id(m_kind, 2025, 7)));
            return false;
        }
        std::error_code ec;
        auto entry =
            fs::symlink_status(m_store.root() / m_kind.plural / fmt::format("{}.yaml", id), ec);
        if (entry.type() != fs::file_type::not_found && !fs::is_regular_file(entry)) {
            error(row.line, column,
                  fmt::format("{}/{}.yaml exists and is not a plain file; see `integra check`",
                              m_kind.plural, id));
            return false;
        }
        for (const records::Kind& k : records::all_kinds()) {
            if (k.prefix == m_kind.prefix && m_store.exists(k, id)) {
                error(row.line, column,
                      &k == &m_kind
                          ? fmt::format("{} exists already; import only adds records (change "
                                        "it with `integra set {}` or `integra edit {}`)",
                                        id, id, id)
                          : fmt::format("{} was given before (see {}/{}.yaml) and is never "
                                        "given again; leave the cell empty for a new ID",
                                        id, k.plural, id));
                return false;
            }
        }
        auto [it, fresh] = given.emplace(id, row.line);
        if (!fresh) {
            error(row.line, column, fmt::format("{} is the ID of line {} too", id, it->second));
            return false;
        }
        return true;
    }

    int year_of_row(const Row& row) const {
        std::string_view path = id_year_path(m_kind);
        if (!path.empty()) {
            const yaml::Node* node = &row.tree;
            for (const std::string& part : split(path, '.')) {
                node = node ? node->find(part) : nullptr;
            }
            if (node) {
                if (auto d = parse_date(node->text)) {
                    return year_of(*d);
                }
            }
        }
        return year_of(m_today);
    }

    const store::Store& m_store;
    std::size_t m_index;
    Date m_today;
    const records::Kind& m_kind;
    const Spec& m_spec;
    std::vector<RowError>& m_errors;
    ImportedFile m_file;
    CsvTable m_table;
    std::vector<Row> m_rows;
};

/// A scratch data directory for the check: integra.yaml and the records' files linked (hard
/// links: no record is copied), the new ones written. Only plain files are linked, and new ones
/// are created, never opened: nothing is ever written through a link into the data.
class Scratch {
  public:
    explicit Scratch(const store::Store& store)
        : m_root(store.own_dir("tmp") / fmt::format("import-{}", ::getpid())) {
        // A folder left by a killed import is removed by the next command (Store::recover).
        std::error_code ec;
        fs::remove_all(m_root, ec);
        try {
            fs::create_directories(m_root);
            link(store.root() / "integra.yaml", m_root / "integra.yaml");
            for (const records::Kind& k : records::all_kinds()) {
                auto files = store.list(k);
                if (files.empty()) {
                    continue;
                }
                fs::create_directories(m_root / k.plural);
                for (const store::RecordFile& f : files) {
                    link(store.root() / f.rel, m_root / f.rel);
                }
            }
        } catch (...) {
            fs::remove_all(m_root, ec);
            throw;
        }
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(m_root, ec);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    const fs::path& root() const { return m_root; }

    void write(const fs::path& rel, const std::string& bytes) const {
        const fs::path path = m_root / rel;
        fs::create_directories(path.parent_path());
        int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        bool ok = fd >= 0;
        for (std::size_t done = 0; ok && done < bytes.size();) {
            ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
            ok = n > 0;
            done += ok ? static_cast<std::size_t>(n) : 0;
        }
        int error = errno;
        if (fd >= 0) {
            ::close(fd);
        }
        if (!ok) {
            throw Failure(Exit::environment, fmt::format("cannot write {}: {}", path.string(),
                                                         sys::system_reason(error)));
        }
    }

  private:
    /// A hard link to `from` when it is a plain file (a copy where the file system has none);
    /// anything else is left out: check reports it in the data directory itself.
    static void link(const fs::path& from, const fs::path& to) {
        std::error_code ec;
        if (!fs::is_regular_file(fs::symlink_status(from, ec))) {
            return;
        }
        fs::create_hard_link(from, to, ec);
        if (ec) {
            fs::copy_file(from, to, fs::copy_options::overwrite_existing);
        }
    }
    fs::path m_root;
};

std::string key_of(const check::Diagnostic& d) {
    return fmt::format("{}\n{}\n{}\n{}\n{}", d.file.string(), d.pos.line, d.pos.column, d.message,
                       d.check);
}

std::string wrap(const std::vector<std::string>& ids) {
    std::string out, line;
    for (const std::string& id : ids) {
        if (!line.empty() && line.size() + id.size() + 1 > 72) {
            out += line + "\n";
            line.clear();
        }
        line += line.empty() ? "" : " ";
        line += id;
    }
    return out + line;
}

class Importer {
  public:
    Importer(const store::Store& store, const ImportOptions& o, const Date& today)
        : m_store(store), m_today(today) {
        if (o.sources.empty()) {
            throw Failure(Exit::usage, "name a kind and a CSV file: integra import KIND FILE");
        }
        for (const ImportSource& s : o.sources) {
            m_sources.emplace_back(store, s, m_sources.size(), today, m_errors);
        }
        for (std::size_t i = 0; i < m_sources.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                if (&m_sources[i].kind() == &m_sources[j].kind()) {
                    throw Failure(Exit::usage,
                                  fmt::format("{} and {} are both {}; put them into one file",
                                              o.sources[j].file, o.sources[i].file,
                                              m_sources[i].kind().plural));
                }
            }
        }
        for (const std::string& m : o.maps) {
            auto eq = m.find('=');
            if (eq == std::string::npos || eq == 0) {
                throw Failure(Exit::usage, fmt::format("--map `{}`: write COLUMN=key.path (such "
                                                       "as --map \"Vorname=name.given\"), or "
                                                       "COLUMN= to leave a column out",
                                                       printable(m)));
            }
            m_maps.push_back(Map{trim(m.substr(0, eq)), sheet::dotted(trim(m.substr(eq + 1))), m});
        }
    }

    ImportPlan plan() {
        for (Source& s : m_sources) {
            s.read();
        }
        for (Source& s : m_sources) {
            s.map_columns(m_maps);
        }
        for (const Map& m : m_maps) {
            if (!m.used) {
                std::vector<std::string> columns;
                for (const Source& s : m_sources) {
                    columns.push_back(fmt::format("{}: {}", s.file().file, s.header_list()));
                }
                throw Failure(Exit::usage, fmt::format("--map `{}`: no file has a column \"{}\" "
                                                       "({})",
                                                       printable(m.given), printable(m.column),
                                                       fmt::join(columns, "; ")));
            }
        }
        std::map<std::string, int> given;
        for (Source& s : m_sources) {
            s.build_rows(given);
        }
        for (Source& s : m_sources) {
            s.finish_rows(given);
        }
        check_rows();
        if (!m_errors.empty() || !m_elsewhere.empty()) {
            fail();
        }
        ImportPlan out;
        out.warnings = std::move(m_warnings);
        std::vector<std::string> kinds, ids;
        for (Source& s : m_sources) {
            out.files.push_back(s.file());
            kinds.emplace_back(s.kind().plural);
            for (Row& r : s.rows()) {
                out.plan.changes.push_back(store::Change{r.rel, std::nullopt, r.bytes});
                out.records.push_back(
                    ImportedRecord{r.file, r.line, r.id, r.rel, std::move(r.bytes)});
                ids.push_back(r.id);
            }
        }
        out.plan.message = fmt::format("{}: import {} record{}", fmt::join(kinds, ", "), ids.size(),
                                       ids.size() == 1 ? "" : "s");
        if (!ids.empty()) {
            out.plan.message += fmt::format("\n\n{}", wrap(ids));
            out.plan.id = ids.front();
        }
        return out;
    }

  private:
    const Row& row_at(std::pair<std::size_t, std::size_t> at) {
        return m_sources[at.first].rows()[at.second];
    }

    /// Every check of `integra check`, on a copy of the data directory with the new records
    /// in it; what is new against the directory as it is belongs to the import.
    void check_rows() {
        std::map<fs::path, std::pair<std::size_t, std::size_t>> by_file;  // → source, row
        for (std::size_t s = 0; s < m_sources.size(); ++s) {
            auto& rows = m_sources[s].rows();
            for (std::size_t i = 0; i < rows.size(); ++i) {
                if (rows[i].usable) {
                    by_file[rows[i].rel] = {s, i};
                }
            }
        }
        if (by_file.empty()) {
            return;
        }
        check::Report after;
        {
            Scratch scratch(m_store);
            for (const auto& [rel, at] : by_file) {
                scratch.write(rel, row_at(at).bytes);
            }
            store::Options options;
            options.cache = false;
            store::Store copy(scratch.root(), options);
            after = check::run(copy, m_today);
        }
        std::set<std::string> before;
        for (const check::Diagnostic& d : check::run(m_store, m_today).diagnostics) {
            before.insert(key_of(d));
        }
        for (const check::Diagnostic& d : after.diagnostics) {
            bool error = d.severity == check::Severity::error;
            auto at = by_file.find(d.file);
            if (at == by_file.end()) {
                if (error && !before.count(key_of(d))) {
                    m_elsewhere.push_back(fmt::format("{}:{}:{}: {} [{}]", d.file.string(),
                                                      d.pos.line, d.pos.column, d.message,
                                                      d.check));
                }
                continue;
            }
            const Row& r = row_at(at->second);
            const Source& source = m_sources[r.file];
            std::string column = source.column_of(r, d.pos.line, d.message);
            std::string text = fmt::format("{} [{}]", d.message, d.check);
            if (error) {
                m_errors.push_back(RowError{r.file, r.line, column, text});
            } else {
                m_warnings.push_back(fmt::format(
                    "{}:{}: warning: {}{}", source.file().file, r.line,
                    column.empty() ? "" : fmt::format("column \"{}\": ", printable(column)), text));
            }
        }
    }

    [[noreturn]] void fail() {
        std::stable_sort(m_errors.begin(), m_errors.end(),
                         [](const RowError& a, const RowError& b) {
                             return std::tie(a.file, a.line) < std::tie(b.file, b.line);
                         });
        std::set<std::pair<std::size_t, int>> bad;
        std::size_t rows = 0;
        for (Source& s : m_sources) {
            rows += s.rows().size();
        }
        std::string lines;
        for (const RowError& e : m_errors) {
            bad.insert({e.file, e.line});
            lines += fmt::format(
                "\n{}:{}: {}{}", m_sources[e.file].file().file, e.line,
                e.column.empty() ? "" : fmt::format("column \"{}\": ", printable(e.column)),
                e.message);
        }
        for (const std::string& e : m_elsewhere) {
            lines += fmt::format("\n{} (with the new records)", e);
        }
        std::string files = m_sources.size() == 1 ? m_sources.front().file().file + ": " : "";
        std::string count = bad.empty()
                                ? "the new records break a check"
                                : fmt::format("{} of {} row{} {} invalid", bad.size(), rows,
                                              rows == 1 ? "" : "s", bad.size() == 1 ? "is" : "are");
        throw Failure(Exit::invalid,
                      fmt::format("{}{}, so nothing was imported:{}\nCorrect the rows in the "
                                  "spreadsheet and import the whole file again.",
                                  files, count, lines));
    }

    const store::Store& m_store;
    Date m_today;
    std::vector<RowError> m_errors;
    std::vector<Source> m_sources;  // after m_errors, which they hold a reference to
    std::vector<Map> m_maps;
    std::vector<std::string> m_elsewhere;
    std::vector<std::string> m_warnings;
};

}  // namespace

ImportPlan plan_import(const store::Store& store, const ImportOptions& o, const Date& today) {
    return Importer(store, o, today).plan();
}

}  // namespace integra::ops
