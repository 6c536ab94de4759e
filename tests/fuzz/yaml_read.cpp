// yaml::read, the reader every record file and integra.yaml go through, and yaml::write, which
// `integra fmt` and every change write its trees back with.
//
// Properties: an error has a readable message and a position inside the input; a tree is a
// block mapping with no duplicate keys, no empty key, nesting within the limit, positions
// inside the input and valid UTF-8 text free of control characters other than tab and line
// feed; and the tree written by yaml::write reads back to the same content, which writes to
// the same bytes again.

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "fuzz.hpp"
#include "yaml/reader.hpp"
#include "yaml/writer.hpp"

using namespace integra;

namespace {

void require_node(const yaml::Node& n, int depth, int lines, const yaml::Limits& limits) {
    fuzz::require(depth <= limits.max_depth, fmt::format("a tree {} deep", depth));
    fuzz::require(n.pos.line >= 1 && n.pos.line <= lines + 1 && n.pos.column >= 1,
                  fmt::format("a node at {}:{}", n.pos.line, n.pos.column));
    if (n.is_scalar()) {
        fuzz::require(is_valid_utf8(n.text), "a scalar that is not UTF-8");
    }
    std::set<std::string_view> keys;
    for (const yaml::Entry& e : n.entries) {
        fuzz::require(!e.key.empty(), "an empty key");
        fuzz::require(keys.insert(e.key).second, fmt::format("the key `{}` twice", e.key));
        fuzz::require(is_valid_utf8(e.key) && !find_control_character(e.key),
                      "a key that is not UTF-8 or holds a control character");
        require_node(e.value, depth + 1, lines, limits);
    }
    for (const yaml::Node& item : n.items) {
        require_node(item, depth + 1, lines, limits);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = fuzz::text_of(data, size);
    const yaml::Limits limits;
    auto root = yaml::read(bytes, limits);
    if (!root) {
        fuzz::require_sound(root.error(), bytes, "yaml::read");
        return 0;
    }
    fuzz::require(root->is_map() && !root->flow, "the root is not a block mapping");
    const auto lines = static_cast<int>(std::count(bytes.begin(), bytes.end(), '\n'));
    require_node(*root, 1, lines, limits);

    // What `integra fmt` would write reads back as the same tree, and is its own canonical form.
    const std::string written = yaml::write(*root);
    auto again = yaml::read(written, yaml::Limits{written.size() + 1, limits.max_depth});
    if (!again) {
        fuzz::fail(fmt::format("yaml::write gave text that does not read back ({}:{}: {}):\n{}",
                               again.error().line, again.error().column, again.error().message,
                               written));
    }
    fuzz::require(fuzz::content(*again) == fuzz::content(*root),
                  fmt::format("yaml::write changed the tree:\n{}\nwas read as\n{}",
                              fuzz::content(*root), fuzz::content(*again)));
    fuzz::require(yaml::write(*again) == written, "yaml::write is not its own fixed point");
    return 0;
}
