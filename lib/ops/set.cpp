#include "ops/set.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ops/record.hpp"
#include "records/flatten.hpp"

namespace integra::ops {

namespace {

using schema::Spec;
using schema::Type;
using yaml::Node;

bool is_index(std::string_view s) {
    return !s.empty() && s.size() < 6 && s.find_first_not_of("0123456789") == std::string::npos;
}

Node empty_of(const Spec& spec) {
    if (spec.type == Type::map || spec.type == Type::dict) {
        return Node::map();
    }
    return spec.type == Type::list ? Node::seq() : Node{};
}

std::vector<std::string> split_path(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        auto dot = path.find('.', start);
        parts.push_back(path.substr(start, dot == std::string::npos ? dot : dot - start));
        if (dot == std::string::npos) {
            return parts;
        }
        start = dot + 1;
    }
}

[[noreturn]] void bad(const std::string& id, const std::string& msg) {
    throw Failure(Exit::invalid, fmt::format("{}: {}", id, msg));
}

/// Sets (or, for an empty value, removes) the scalar at `path` in `root`.
void assign(Node& root, const records::Kind& kind, const std::string& id, const std::string& path,
            const std::string& value) {
    const Spec& root_spec = *kind.spec;
    auto parts = split_path(path);
    Node* node = &root;
    const Spec* spec = &root_spec;
    std::string walked;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string& part = parts[i];
        bool last = i + 1 == parts.size();
        walked += (walked.empty() ? "" : ".") + part;
        if (part.empty()) {
            throw Failure(Exit::usage,
                          fmt::format("`{}` has an empty part; write key.path=value", path));
        }
        if (spec->type == Type::map || spec->type == Type::dict) {
            const Spec* child = nullptr;
            if (spec->type == Type::map) {
                const schema::Field* f = schema::find_field(*spec, part);
                if (!f) {
                    auto parent = walked.rfind('.');
                    bad(id,
                        parent == std::string::npos
                            ? fmt::format("`{}` is not a field of a {} record", walked, kind.name)
                            : fmt::format("`{}` is not a field of `{}`", walked,
                                          walked.substr(0, parent)));
                }
                child = &f->spec;
            } else {
                child = spec->item.get();
            }
            if (!node->is_map()) {
                *node = Node::map();
            }
            if (last && value.empty()) {
                node->erase(part);
                return;
            }
            Node& next = node->at_or_insert(part);
            if (next.is_null() && !last) {
                next = empty_of(*child);
            }
            node = &next;
            spec = child;
        } else if (spec->type == Type::list) {
            if (!is_index(part)) {
                bad(id, fmt::format("`{}` is a list; address an item by its number, such as "
                                    "`{}.0`",
                                    walked.substr(0, walked.rfind('.')),
                                    walked.substr(0, walked.rfind('.'))));
            }
            auto index = static_cast<std::size_t>(std::stoul(part));
            if (!node->is_seq()) {
                *node = Node::seq();
            }
            if (index > node->items.size()) {
                bad(id, fmt::format("`{}` has {} items; the next new one is number {}",
                                    walked.substr(0, walked.rfind('.')), node->items.size(),
                                    node->items.size()));
            }
            if (last && value.empty()) {
                if (index < node->items.size()) {
                    node->items.erase(node->items.begin() + static_cast<long>(index));
                }
                return;
            }
            if (index == node->items.size()) {
                node->items.push_back(empty_of(*spec->item));
            }
            node = &node->items[index];
            spec = spec->item.get();
        } else {
            bad(id, fmt::format("`{}` is a single value and has no part `{}`",
                                walked.substr(0, walked.rfind('.')), part));
        }
    }
    if (spec->type == Type::map || spec->type == Type::list || spec->type == Type::dict) {
        bad(id, fmt::format("`{}` holds several values; set its parts (such as `{}.{}`) or use "
                            "`integra edit {}`",
                            path, path,
                            spec->type == Type::list  ? "0"
                            : spec->type == Type::map ? std::string(spec->fields.front().key)
                                                      : "KEY",
                            id));
    }
    if (spec->type == Type::self_id) {
        bad(id, "`id` is the file name and cannot be changed");
    }
    *node = Node::scalar(value);
}

}  // namespace

void assign_path(Node& root, const records::Kind& kind, const std::string& subject,
                 const std::string& path, const std::string& value) {
    assign(root, kind, subject, path, value);
}

SetPlan plan_set(const store::Store& store, const std::string& id,
                 const std::vector<std::string>& assignments, const Date& today) {
    auto file = store.locate(id);
    if (!file) {
        throw Failure(Exit::invalid, file.error().message);
    }
    auto doc = store.load(*file);
    if (!doc) {
        throw Failure(Exit::invalid,
                      fmt::format("{}:{}:{}: {}\nFix the file by hand first (`integra check {}`).",
                                  file->rel.string(), doc.error().line, doc.error().column,
                                  doc.error().message, id));
    }
    require_changeable(*doc);
    const Spec& spec = *file->kind->spec;
    Node root = doc->root;
    for (const std::string& a : assignments) {
        auto eq = a.find('=');
        if (eq == std::string::npos || eq == 0) {
            throw Failure(Exit::usage,
                          fmt::format("`{}` is not an assignment; write key.path=value, for "
                                      "example phone=\"06074 99\"",
                                      a));
        }
        assign(root, *file->kind, id, a.substr(0, eq), a.substr(eq + 1));
    }
    std::string after = checked_bytes(store, *file->kind, id, root, today);
    auto changed = records::top_level_keys(records::diff(
        records::flatten(doc->root), records::flatten(schema::normalise(root, spec))));
    return SetPlan{store::Change{file->rel, doc->bytes, after},
                   fmt::format("{}: set {} {}", file->kind->name, id, fmt::join(changed, ", "))};
}

}  // namespace integra::ops
