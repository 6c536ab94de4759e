#include "ops/export.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

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
            std::vector<std::string> row(out.columns.size());
            for (auto& [path, value] : values) {
                row[index[path]] = std::move(value);
            }
            out.rows.push_back(std::move(row));
        }
        return out;
    }

  private:
    void put(const std::string& path, const Rank& rank, std::string value) {
        m_columns.emplace(path, rank);
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
                put(path, rank, node.text);
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
    std::map<std::string, int> m_dict_keys;
    std::vector<std::pair<std::string, std::string>> m_row;
    std::vector<std::vector<std::pair<std::string, std::string>>> m_rows;
};

bool restricted(const yaml::Node& root) {
    const yaml::Node* r = root.find("restricted");
    return r && !r->is_null();
}

/// Every record of `kind` that is not restricted, in ID order; counts the restricted ones.
std::vector<store::Document> readable(const store::Store& store, const records::Kind& kind,
                                      std::size_t& left_out) {
    const auto files = store.list(kind);
    std::vector<std::optional<Result<store::Document>>> docs(files.size());
    sys::parallel_for(files.size(), [&](std::size_t i) { docs[i] = store.load(files[i]); });
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
            ++left_out;
            continue;
        }
        out.push_back(std::move(*doc));
    }
    return out;
}

}  // namespace

const records::Kind& exchange_kind(std::string_view name) {
    const records::Kind* kind = records::find_kind(name);
    if (!kind || kind->name == "erasure") {
        std::vector<std::string> names;
        for (const records::Kind& k : records::all_kinds()) {
            if (k.name != "erasure") {
                names.emplace_back(k.plural);
            }
        }
        throw Failure(Exit::usage, fmt::format("`{}` is not a kind of record; name one of {}", name,
                                               fmt::join(names, ", ")));
    }
    return *kind;
}

ExportTable export_table(const store::Store& store, const records::Kind& kind) {
    std::size_t left_out = 0;
    Walker walker;
    for (const store::Document& doc : readable(store, kind, left_out)) {
        walker.record(doc.root, *kind.spec);
    }
    ExportTable table = std::move(walker).table();
    table.restricted = left_out;
    return table;
}

ExportJson export_json(const store::Store& store, const records::Kind& kind) {
    ExportJson out;
    for (const store::Document& doc : readable(store, kind, out.restricted)) {
        out.records.push_back(records::record_json(doc.root, *kind.spec));
    }
    return out;
}

}  // namespace integra::ops
