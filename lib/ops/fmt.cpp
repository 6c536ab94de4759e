#include "ops/fmt.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "sys/files.hpp"
#include "sys/process.hpp"
#include "yaml/reader.hpp"
#include "yaml/writer.hpp"

namespace integra::ops {

namespace {

bool wanted(const check::Selection& s, const store::RecordFile& f) {
    return s.empty() || std::find(s.ids.begin(), s.ids.end(), f.id) != s.ids.end() ||
           std::find(s.kinds.begin(), s.kinds.end(), f.kind) != s.kinds.end();
}

void consider(const store::Store& store, const std::filesystem::path& rel, const std::string& id,
              const schema::Spec& spec, FmtPlan& plan) {
    auto bytes = store.read(rel);
    if (!bytes) {
        plan.failures.push_back(fmt::format("{}: {}", rel.string(), bytes.error().message));
        return;
    }
    auto root = yaml::read(*bytes, yaml::Limits{store::k_max_record_bytes, 16});
    if (!root) {
        plan.failures.push_back(fmt::format("{}:{}:{}: {}", rel.string(), root.error().line,
                                            root.error().column, root.error().message));
        return;
    }
    yaml::Node normal = schema::normalise(*root, spec);
    if (normal.entries.empty()) {
        plan.failures.push_back(
            fmt::format("{}: it has no field integra knows, so normalising "
                        "would leave it empty",
                        rel.string()));
        return;
    }
    std::string after = yaml::write(normal);
    if (after != *bytes) {
        plan.changes.push_back(FmtItem{rel, id, std::move(*bytes), std::move(after)});
    }
}

}  // namespace

FmtPlan plan_fmt(const store::Store& store, const check::Selection& selection) {
    FmtPlan plan;
    if (selection.empty() || selection.settings) {
        consider(store, "integra.yaml", "integra.yaml", records::settings_spec(), plan);
    }
    for (const store::RecordFile& f : store.list_all()) {
        if (wanted(selection, f)) {
            consider(store, f.rel, f.id, *f.kind->spec, plan);
        }
    }
    return plan;
}

std::string unified_diff(const std::filesystem::path& rel, const std::string& after,
                         const std::filesystem::path& work_dir) {
    std::string a = "a/" + rel.string(), b = "b/" + rel.string();
    // The old side is the file itself; the new side comes on standard input.
    auto r =
        sys::run({"diff", "-u", "--label", a, "--label", b, rel.string(), "-"}, work_dir, after);
    if (r.status != 0 && r.status != 1) {
        throw Failure(Exit::environment,
                      fmt::format("diff failed ({}); is diffutils installed?", r.err));
    }
    return r.out;
}

std::string fmt_message(const std::vector<FmtItem>& items) {
    if (items.size() > 5) {
        return fmt::format("fmt: normalise {} records", items.size());
    }
    std::vector<std::string> ids;
    for (const FmtItem& i : items) {
        ids.push_back(i.id);
    }
    return fmt::format("fmt: normalise {}", fmt::join(ids, ", "));
}

}  // namespace integra::ops
