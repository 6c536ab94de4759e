// `integra set ID key.path=value ...` (ops::plan_set) on a private copy of the example data
// directory. The input's first line is the ID, each further line one assignment, as the
// command line would give them.
//
// Properties: plan_set refuses only with Failure(usage) or Failure(invalid) and a readable
// message; a plan changes the record the ID names, from its bytes as they are on disk, to bytes
// that are canonical, read back, validate without an error against the directory's settings
// and decode; the commit message names the kind and the ID; the last assignment, when it has a
// value, is in the new record; and nothing in the data directory is written (no `.integra/` on
// every input, the whole directory every 256 inputs and on every replayed input).

#include <fmt/format.h>

#include <charconv>

#include "fuzz.hpp"
#include "ops/record.hpp"
#include "ops/set.hpp"
#include "records/flatten.hpp"
#include "records/typed.hpp"
#include "store/typed.hpp"
#include "world.hpp"
#include "yaml/reader.hpp"

using namespace integra;

namespace {

fuzz::Sandbox* g_box = nullptr;

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        out.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

/// The node at a dotted path (list items by index), or nullptr.
const yaml::Node* node_at(const yaml::Node& root, std::string_view path) {
    const yaml::Node* node = &root;
    for (std::size_t start = 0; node && start <= path.size();) {
        std::size_t dot = std::min(path.find('.', start), path.size());
        std::string_view part = path.substr(start, dot - start);
        if (node->is_seq()) {
            std::size_t i = 0;
            auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), i);
            node = ec == std::errc{} && end == part.data() + part.size() && i < node->items.size()
                       ? &node->items[i]
                       : nullptr;
        } else {
            node = node->find(part);
        }
        start = dot + 1;
    }
    return node;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static fuzz::Sandbox box;
    g_box = &box;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    std::vector<std::string> lines = lines_of(text);
    if (lines.empty()) {
        return 0;
    }
    const std::string id = lines.front();
    const std::vector<std::string> assignments(lines.begin() + 1, lines.end());
    const store::Store& store = g_box->store;
    ops::SetPlan plan;
    try {
        plan = ops::plan_set(store, id, assignments, fuzz::today());
    } catch (const Failure& failure) {
        fuzz::require_failure(failure, {Exit::usage, Exit::invalid}, text, "plan_set");
        g_box->require_untouched("plan_set");
        return 0;
    }
    auto file = store.locate(id);
    fuzz::require(file.ok() && plan.change.rel == file->rel, "plan_set changes another file");
    fuzz::require(plan.change.before == *store.read(file->rel),
                  "plan_set's `before` is not the file");
    fuzz::require(plan.message.starts_with(fmt::format("{}: set {}", file->kind->name, id)),
                  fmt::format("the commit message `{}`", plan.message));
    if (plan.change.after != plan.change.before) {
        fuzz::require_plan(store, {plan.change}, "plan_set");
        const std::string& last = assignments.back();
        const std::size_t eq = last.find('=');
        if (eq + 1 < last.size()) {
            const auto after = yaml::read(*plan.change.after);
            const yaml::Node* node = node_at(*after, std::string_view(last).substr(0, eq));
            fuzz::require(node && node->is_scalar(),
                          fmt::format("`{}` is not in the new record", last));
        }
    }
    g_box->require_untouched("plan_set");
    return 0;
}
