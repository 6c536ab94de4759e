#include "world.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ops/record.hpp"
#include "records/typed.hpp"
#include "yaml/reader.hpp"

namespace integra::fuzz {

World example_world(std::size_t per_kind) {
    store::Options options;
    options.cache = false;
    const store::Store examples(fuzz::examples(), options);
    World w;
    auto root = yaml::read(*examples.read("integra.yaml"));
    require(root.ok(), "the example's integra.yaml does not read");
    w.settings = records::settings_from(*root);
    w.settings_file = *records::decode<records::SettingsFile>(*root);
    w.ctx.today = today();
    w.ctx.staff = &w.settings.staff_handles;
    w.ctx.steps = &w.settings.step_keys;
    for (const records::Kind& kind : records::all_kinds()) {
        with_type(kind, [&]<class T>() {
            auto files = examples.list(kind);
            files.resize(std::min(files.size(), per_kind));
            for (const store::RecordFile& file : files) {
                auto loaded = store::load_file<T>(examples, file);
                w.bucket<T>().push_back(
                    {file.rel, check::Tree(std::move(loaded.doc.bytes)), std::move(loaded.record)});
            }
        });
    }
    return w;
}

void run_rules(World& w, const std::filesystem::path& file, std::string_view bytes) {
    std::vector<check::Diagnostic> out;
    w.guides.settings = w.settings_file;
    check::check_guides(w.guides, out);
    w.cases.assignments = &w.guides.assignments;
    w.cases.pilots = &w.guides.pilots;
    w.cases.settings = w.settings_file ? &*w.settings_file : nullptr;
    check::check_casework(w.cases, today(), out);
    w.funding.settings = w.cases.settings;
    check::check_funding(w.funding, today(), out);
    for (const check::Diagnostic& d : out) {
        const std::string where = fmt::format("rule {} on {}", d.check, d.file.string());
        require(!d.check.empty(), where + ": no check name");
        if (d.file == file) {
            require_sound(Error{d.message, d.pos.line, d.pos.column}, bytes, where);
        } else {
            require_readable(d.message, bytes, where);
        }
    }
}

std::size_t errors_of(const schema::Findings& f) {
    return static_cast<std::size_t>(std::count_if(
        f.problems.begin(), f.problems.end(),
        [](const schema::Problem& p) { return p.severity == schema::Severity::error; }));
}

void require_problems(const schema::Findings& f, std::string_view text, std::string_view what) {
    for (const schema::Problem& p : f.problems) {
        require_sound(Error{p.message, p.pos.line, p.pos.column}, text, what);
        require(!p.check.empty(), fmt::format("{}: a problem without a check name", what));
    }
}

void require_fmt_keeps(const yaml::Node& root, const schema::Spec& spec, const schema::Context& ctx,
                       std::size_t errors, std::string_view what) {
    if (schema::normalise(root, spec).entries.empty()) {
        return;  // `integra fmt` refuses a file with no field it knows
    }
    const std::string canonical = store::canonical_bytes(root, spec);
    auto again = yaml::read(canonical);
    if (!again) {
        fail(fmt::format("{}: the canonical form does not read back ({}):\n{}", what,
                         again.error().message, canonical));
    }
    require(store::canonical_bytes(*again, spec) == canonical,
            fmt::format("{}: the canonical form is not canonical:\n{}", what, canonical));
    schema::Findings after;
    schema::validate(*again, spec, ctx, after);
    // Fewer errors after is no finding: fmt drops empty values (`key:`), and the error of a
    // dictionary key that had none (an unknown onboarding step) goes with it.
    require(errors_of(after) <= errors,
            fmt::format("{}: {} errors before `integra fmt`, {} after:\n{}", what, errors,
                        errors_of(after), canonical));
}

namespace {

store::Options without_cache() {
    store::Options o;
    o.cache = false;
    return o;
}

}  // namespace

Sandbox::Sandbox() : store(dir.root(), without_cache()), snapshot(dir.snapshot()) {}

void Sandbox::require_untouched(std::string_view what) {
    require(!std::filesystem::exists(dir.root() / ".integra"),
            fmt::format("{} made integra's folder", what));
    if (++runs % 256 == 0 || !fuzzing()) {
        require(dir.snapshot() == snapshot, fmt::format("{} wrote to the data directory", what));
    }
}

void require_valid_record(const store::Store& store, const records::Kind& kind,
                          const std::string& bytes, std::string_view what) {
    auto root = yaml::read(bytes);
    require(root.ok(), fmt::format("{}: the new record does not read:\n{}", what, bytes));
    require(store::canonical_bytes(*root, *kind.spec) == bytes,
            fmt::format("{}: the new record is not canonical:\n{}", what, bytes));
    const records::Settings settings = ops::require_settings(store);
    schema::Context ctx;
    ctx.today = today();
    ctx.staff = &settings.staff_handles;
    ctx.steps = &settings.step_keys;
    schema::Findings findings;
    schema::validate(*root, *kind.spec, ctx, findings);
    require(errors_of(findings) == 0,
            fmt::format("{}: the new record has errors:\n{}", what, bytes));
    with_type(kind, [&]<class T>() {
        require(records::decode<T>(*root).ok(),
                fmt::format("{}: the new record does not decode:\n{}", what, bytes));
    });
}

void require_plan(const store::Store& store, const std::vector<store::Change>& changes,
                  std::string_view what) {
    for (const store::Change& c : changes) {
        const std::string where = fmt::format("{}: {}", what, c.rel.string());
        auto now = store.read(c.rel);
        require(c.before ? now.ok() && *now == *c.before
                         : !std::filesystem::exists(store.root() / c.rel),
                where + ": `before` is not the file as it is");
        const records::Kind* kind = records::find_kind(c.rel.parent_path().string());
        require(kind != nullptr && c.after.has_value(), where + ": not a new or changed record");
        require_valid_record(store, *kind, *c.after, where);
    }
}

}  // namespace integra::fuzz
