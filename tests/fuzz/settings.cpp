// integra.yaml, along the two paths it is read on: `integra check`'s (check/check.cpp,
// read_settings: yaml::read, validate against records::settings_spec, settings_from, decode to
// records::SettingsFile; then its staff and steps for validating records and its struct for the
// rules) and the other commands' (ops::load_settings, require_settings and settings_file, on a
// data directory whose integra.yaml is the input).
//
// Properties: errors and problems readable and inside the file; validate finds no error ⇒
// decode succeeds and loses nothing, and the commands' settings_file() accepts the file too;
// settings_file() accepts exactly what decodes, require_settings() exactly what reads, and both
// refuse with Failure(invalid) and nothing else; the commands see the staff and steps check
// sees; fmt adds no error; the rules, run over example records with the file's
// settings and the records validated against its staff and steps, keep their properties.

#include <fmt/format.h>

#include <fstream>

#include "fuzz.hpp"
#include "ops/record.hpp"
#include "records/typed.hpp"
#include "world.hpp"
#include "yaml/reader.hpp"

using namespace integra;

namespace {

fuzz::World* g_world = nullptr;
fuzz::DataCopy* g_dir = nullptr;

/// The example records validated against the settings' staff and steps, as check does.
void validate_records(fuzz::World& w, const schema::Context& ctx, std::string_view bytes) {
    for (const records::Kind& kind : records::all_kinds()) {
        fuzz::with_type(kind, [&]<class T>() {
            for (const auto& checked : w.bucket<T>()) {
                schema::Findings f;
                schema::validate(checked.root.node(), *kind.spec, ctx, f);
                for (const schema::Problem& p : f.problems) {
                    fuzz::require_readable(p.message, bytes, checked.file.string());
                }
            }
        });
    }
}

/// What the commands make of the file (ops/record.hpp), against what check made of it.
void commands_path(std::string_view bytes, const Result<yaml::Node>& root,
                   const std::optional<records::SettingsFile>& decoded) {
    std::ofstream(g_dir->root() / "integra.yaml", std::ios::binary | std::ios::trunc)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    store::Options options;
    options.cache = false;
    const store::Store store(g_dir->root(), options);
    const records::Settings loaded = ops::load_settings(store);
    const records::Settings expected = root ? records::settings_from(*root) : records::Settings{};
    fuzz::require(loaded.staff_handles == expected.staff_handles &&
                      loaded.step_keys == expected.step_keys && loaded.office == expected.office,
                  "load_settings differs from what check reads");
    try {
        ops::require_settings(store);
        fuzz::require(root.ok(), "require_settings accepted a file that does not read");
    } catch (const Failure& f) {
        fuzz::require_failure(f, {Exit::invalid}, bytes, "require_settings");
        fuzz::require(!root.ok(), "require_settings refused a file that reads");
    }
    try {
        records::SettingsFile s = ops::settings_file(store);
        fuzz::require(decoded.has_value(), "settings_file accepted a file that does not decode");
        fuzz::require(
            store::canonical_bytes(records::encode(s), records::settings_spec()) ==
                store::canonical_bytes(records::encode(*decoded), records::settings_spec()),
            "settings_file differs from decode");
    } catch (const Failure& f) {
        fuzz::require_failure(f, {Exit::invalid}, bytes, "settings_file");
        fuzz::require(!decoded, "settings_file refused a file that decodes");
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static fuzz::World world = fuzz::example_world();
    static fuzz::DataCopy dir(fuzz::DataCopy::Content::settings_only);
    g_world = &world;
    g_dir = &dir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = fuzz::text_of(data, size);
    const schema::Spec& spec = records::settings_spec();
    auto root = yaml::read(bytes);
    std::optional<records::SettingsFile> decoded;
    if (!root) {
        fuzz::require_sound(root.error(), bytes, "yaml::read");
    } else {
        // As check reads it: before any staff or steps are known.
        schema::Context ctx;
        ctx.today = fuzz::today();
        schema::Findings findings;
        schema::validate(*root, spec, ctx, findings);
        fuzz::require_problems(findings, bytes, "integra.yaml");
        const std::size_t errors = fuzz::errors_of(findings);
        auto typed = records::decode<records::SettingsFile>(*root);
        if (typed) {
            decoded = std::move(*typed);
            fuzz::require(store::canonical_bytes(records::encode(*decoded), spec) ==
                              store::canonical_bytes(*root, spec),
                          "decode and encode lost something");
        } else {
            fuzz::require(errors > 0, fmt::format("validate found no error, decode says {}",
                                                  typed.error().message));
        }
        fuzz::require_fmt_keeps(*root, spec, ctx, errors, "integra.yaml");

        const records::Settings settings = records::settings_from(*root);
        ctx.staff = &settings.staff_handles;
        ctx.steps = &settings.step_keys;
        validate_records(*g_world, ctx, bytes);
        g_world->settings_file = errors == 0 ? decoded : std::nullopt;
        fuzz::run_rules(*g_world, "integra.yaml", bytes);
    }
    commands_path(bytes, root, decoded);
    return 0;
}
