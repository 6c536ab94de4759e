#include "ops/draft.hpp"

namespace integra::ops {

namespace {

/// The node at a dotted path of `root`, or nullptr when the path leads nowhere.
yaml::Node* node_at(yaml::Node& root, std::string_view path) {
    yaml::Node* node = &root;
    while (node && !path.empty()) {
        auto dot = path.find('.');
        std::string_view part = path.substr(0, dot);
        path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
        if (node->is_seq()) {
            std::size_t i = std::stoul(std::string(part));
            node = i < node->items.size() ? &node->items[i] : nullptr;
        } else {
            node = node->is_map() ? node->find(part) : nullptr;
        }
    }
    return node;
}

}  // namespace

void UnknownWords::put_into(yaml::Node& tree) const {
    for (const auto& [path, text] : m_words) {
        if (yaml::Node* node = node_at(tree, path)) {
            *node = yaml::Node::scalar(text);
        }
    }
}

}  // namespace integra::ops
