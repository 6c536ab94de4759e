#include "yaml/node.hpp"

#include <algorithm>

namespace integra::yaml {

Node Node::scalar(std::string text, Style style) {
    Node n;
    n.kind = Kind::scalar;
    n.text = std::move(text);
    n.style = style;
    return n;
}

Node Node::map() {
    Node n;
    n.kind = Kind::map;
    return n;
}

Node Node::seq() {
    Node n;
    n.kind = Kind::seq;
    return n;
}

const Node* Node::find(std::string_view key) const {
    for (const auto& e : entries) {
        if (e.key == key) {
            return &e.value;
        }
    }
    return nullptr;
}

Node* Node::find(std::string_view key) {
    return const_cast<Node*>(static_cast<const Node*>(this)->find(key));
}

Node& Node::at_or_insert(std::string_view key) {
    if (Node* found = find(key)) {
        return *found;
    }
    entries.push_back(Entry{std::string(key), {}, Node{}});
    return entries.back().value;
}

bool Node::erase(std::string_view key) {
    auto it =
        std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.key == key; });
    if (it == entries.end()) {
        return false;
    }
    entries.erase(it);
    return true;
}

}  // namespace integra::yaml
