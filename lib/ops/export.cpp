#include "ops/export.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "ops/spreadsheet.hpp"
#include "records/json.hpp"
#include "sys/parallel.hpp"

namespace integra::ops {

namespace {

using schema::Spec;
using schema::Type;

/// A column's place: the field's place in its spec at each level, a list item's number, a
/// dictionary key's first appearance.
using Rank = std::vector<int>;

class Walker {
  public:
    void record(const yaml::Node& root, const Spec& spec) {
        m_row.clear();
        walk(root, &spec, "", {});
        m_rows.push_back(std::move(m_row));
    }

    ExportTable table() && {
        std::vector<std::pair<Rank, std::string>> order;
        for (const auto& [path, rank] : m_columns) {
            order.emplace_back(rank, path);
        }
        std::sort(order.begin(), order.end());
        ExportTable out;
        std::map<std::string, std::size_t> index;
        for (const auto& [rank, path] : order) {
            index[path] = out.columns.size();
            out.columns.push_back(path);
        }
        for (auto& values : m_rows) {
            std::vector<CsvField> row(out.columns.size(), CsvField(""));
            for (auto& [path, value] : values) {
                row[index[path]] = m_numbers.count(path) ? csv_number(std::move(value))
                                                         : CsvField(std::move(value));
            }
            out.rows.push_back(std::move(row));
        }
        return out;
    }

  private:
    void put(const std::string& path, const Rank& rank, std::string value,
             const Spec* spec = nullptr) {
        m_columns.emplace(path, rank);
        if (spec && (spec->type == Type::money || spec->type == Type::decimal)) {
            m_numbers.insert(path);
        }
        m_row.emplace_back(path, std::move(value));
    }

    static std::string join(const std::string& path, std::string_view part) {
        return path.empty() ? std::string(part) : fmt::format("{}.{}", path, part);
    }

    int dict_rank(const std::string& key) {
        return m_dict_keys.emplace(key, static_cast<int>(m_dict_keys.size())).first->second;
    }

    /// `spec` is nullptr for a value the format does not know (kept as text).
    void walk(const yaml::Node& node, const Spec* spec, const std::string& path, Rank rank) {
        if (spec && spec->type == Type::list && sheet::one_cell(*spec) && node.is_seq()) {
            put(path, rank, sheet::list_cell(node));
            return;
        }
        switch (node.kind) {
            case yaml::Node::Kind::null:
                return;
            case yaml::Node::Kind::scalar:
                put(path, rank, node.text, spec);
                return;
            case yaml::Node::Kind::map:
                if (node.entries.empty()) {
                    put(path, rank, "{}");
                }
                for (const yaml::Entry& e : node.entries) {
                    const Spec* child = nullptr;
                    Rank r = rank;
                    if (spec && spec->type == Type::map) {
                        auto f = std::find_if(spec->fields.begin(), spec->fields.end(),
                                              [&](const auto& f) { return f.key == e.key; });
                        if (f != spec->fields.end()) {
                            child = &f->spec;
                        }
                        r.push_back(static_cast<int>(f - spec->fields.begin()));
                    } else {
                        child = spec && spec->type == Type::dict ? spec->item.get() : nullptr;
                        r.push_back(dict_rank(e.key));
                    }
                    walk(e.value, child, join(path, e.key), r);
                }
                return;
            case yaml::Node::Kind::seq:
                if (node.items.empty()) {
                    put(path, rank, "[]");
                }
                for (std::size_t i = 0; i < node.items.size(); ++i) {
                    Rank r = rank;
                    r.push_back(static_cast<int>(i));
                    walk(node.items[i],
                         spec && spec->type == Type::list ? spec->item.get() : nullptr,
                         join(path, std::to_string(i)), r);
                }
                return;
        }
    }

    std::map<std::string, Rank> m_columns;
    std::set<std::string> m_numbers;  ///< columns of amounts and hours
    std::map<std::string, int> m_dict_keys;
    std::vector<std::pair<std::string, std::string>> m_row;
    std::vector<std::vector<std::pair<std::string, std::string>>> m_rows;
};

bool restricted(const yaml::Node& root) {
    const yaml::Node* r = root.find("restricted");
    return r && !r->is_null();
}

/// True when a record of `spec` can refer to a person (an assignment's client).
bool refers_to_persons(const Spec& spec) {
    if (spec.type == Type::ref) {
        return spec.ref == "refugee";
    }
    for (const schema::Field& f : spec.fields) {
        if (refers_to_persons(f.spec)) {
            return true;
        }
    }
    return spec.item && refers_to_persons(*spec.item);
}

/// The persons whose processing is restricted; none are read for a kind that cannot refer to
/// a person.
std::set<std::string> restricted_persons(const store::Store& store, const records::Kind& kind) {
    std::set<std::string> out;
    if (!refers_to_persons(*kind.spec)) {
        return out;
    }
    for (const store::RecordFile& f : store.list(*records::find_kind("refugees"))) {
        auto doc = store.load(f);
        if (doc && restricted(doc->root)) {
            out.insert(f.id);
        }
    }
    return out;
}

/// Removes every reference to one of `persons` from `node` (an assignment's client); returns
/// how many.
std::size_t drop_references(yaml::Node& node, const Spec& spec,
                            const std::set<std::string>& persons) {
    std::size_t dropped = 0;
    if (node.is_map() && spec.type == Type::map) {
        for (auto it = node.entries.begin(); it != node.entries.end();) {
            const schema::Field* f = schema::find_field(spec, it->key);
            if (f && f->spec.type == Type::ref && f->spec.ref == "refugee" &&
                it->value.is_scalar() && persons.count(it->value.text)) {
                it = node.entries.erase(it);
                ++dropped;
                continue;
            }
            if (f) {
                dropped += drop_references(it->value, f->spec, persons);
            }
            ++it;
        }
    } else if (node.is_seq() && spec.type == Type::list && spec.item) {
        for (yaml::Node& item : node.items) {
            dropped += drop_references(item, *spec.item, persons);
        }
    }
    return dropped;
}

/// Every record of `kind` in ID order, but the persons whose processing is restricted, and
/// without references to them.
std::vector<store::Document> readable(const store::Store& store, const records::Kind& kind,
                                      Withheld& withheld) {
    const auto files = store.list(kind);
    std::vector<std::optional<Result<store::Document>>> docs(files.size());
    sys::parallel_for(files.size(), [&](std::size_t i) { docs[i] = store.load(files[i]); });
    const std::set<std::string> persons = restricted_persons(store, kind);
    std::vector<store::Document> out;
    for (std::size_t i = 0; i < files.size(); ++i) {
        auto& doc = *docs[i];
        if (!doc) {
            throw Failure(Exit::invalid,
                          fmt::format("{}:{}:{}: {}\nFix it first (`integra check {}`); nothing "
                                      "was exported.",
                                      files[i].rel.string(), doc.error().line, doc.error().column,
                                      doc.error().message, files[i].id));
        }
        if (restricted(doc->root)) {
            ++withheld.persons;
            continue;
        }
        withheld.references += drop_references(doc->root, *kind.spec, persons);
        out.push_back(std::move(*doc));
    }
    return out;
}

}  // namespace

std::string exchange_kind_names() {
    std::vector<std::string_view> names;
    for (const records::Kind& k : records::all_kinds()) {
        if (k.name != "erasure") {
            names.push_back(k.plural);
        }
    }
    return fmt::format("{}", fmt::join(names, ", "));
}

const records::Kind& exchange_kind(std::string_view name) {
    const records::Kind* kind = records::find_kind(name);
    if (!kind || kind->name == "erasure") {
        throw Failure(Exit::usage, fmt::format("`{}` is not a kind of record; name one of {}", name,
                                               exchange_kind_names()));
    }
    return *kind;
}

ExportTable export_table(const store::Store& store, const records::Kind& kind) {
    Withheld withheld;
    Walker walker;
    for (const store::Document& doc : readable(store, kind, withheld)) {
        walker.record(doc.root, *kind.spec);
    }
    ExportTable table = std::move(walker).table();
    if (table.columns.empty()) {
        table.columns = {"id"};  // a header even without records: the file imports as no rows
    }
    table.withheld = withheld;
    return table;
}

ExportJson export_json(const store::Store& store, const records::Kind& kind) {
    ExportJson out;
    for (const store::Document& doc : readable(store, kind, out.withheld)) {
        out.records.push_back(records::record_json(doc.root, *kind.spec));
    }
    return out;
}

}  // namespace integra::ops
