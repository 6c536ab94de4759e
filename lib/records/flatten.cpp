#include "records/flatten.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace integra::records {

namespace {
void walk(const yaml::Node& n, const std::string& path, std::vector<Leaf>& out) {
    switch (n.kind) {
        case yaml::Node::Kind::null:
            out.push_back(Leaf{path, ""});
            break;
        case yaml::Node::Kind::scalar:
            out.push_back(Leaf{path, n.text});
            break;
        case yaml::Node::Kind::map:
            if (n.entries.empty()) {
                out.push_back(Leaf{path, "{}"});
            }
            for (const yaml::Entry& e : n.entries) {
                walk(e.value, path.empty() ? e.key : fmt::format("{}.{}", path, e.key), out);
            }
            break;
        case yaml::Node::Kind::seq:
            if (n.items.empty()) {
                out.push_back(Leaf{path, "[]"});
            }
            for (std::size_t i = 0; i < n.items.size(); ++i) {
                walk(n.items[i], fmt::format("{}[{}]", path, i), out);
            }
            break;
    }
}
}  // namespace

std::vector<Leaf> flatten(const yaml::Node& root) {
    std::vector<Leaf> out;
    walk(root, "", out);
    return out;
}

std::vector<FieldChange> diff(const std::vector<Leaf>& before, const std::vector<Leaf>& after) {
    std::unordered_map<std::string, const std::string*> old_values;
    for (const Leaf& l : before) {
        old_values.emplace(l.path, &l.value);
    }
    std::vector<FieldChange> out;
    std::unordered_map<std::string, bool> seen;
    for (const Leaf& l : after) {
        seen[l.path] = true;
        auto it = old_values.find(l.path);
        if (it == old_values.end()) {
            out.push_back(FieldChange{l.path, std::nullopt, l.value});
        } else if (*it->second != l.value) {
            out.push_back(FieldChange{l.path, *it->second, l.value});
        }
    }
    for (const Leaf& l : before) {
        if (!seen.count(l.path)) {
            out.push_back(FieldChange{l.path, l.value, std::nullopt});
        }
    }
    return out;
}

std::vector<std::string> top_level_keys(const std::vector<FieldChange>& changes) {
    std::vector<std::string> keys;
    for (const FieldChange& c : changes) {
        std::string key = c.path.substr(0, c.path.find_first_of(".["));
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
            keys.push_back(key);
        }
    }
    return keys;
}

}  // namespace integra::records
