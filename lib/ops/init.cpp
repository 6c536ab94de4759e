#include "ops/init.hpp"

#include <sys/stat.h>

#include <fmt/format.h>

#include <vector>

#include "git/git.hpp"
#include "records/kinds.hpp"
#include "store/store.hpp"
#include "sys/files.hpp"
#include "yaml/reader.hpp"

namespace integra::ops {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_gitignore =
    "# integra's own working files (lock, journal, temporary files, edit copies)\n"
    ".integra/\n";

std::string preset_bytes(const fs::path& file, const fs::path& rel,
                         const std::string& municipality) {
    auto bytes = sys::read_regular_file(file, store::k_max_record_bytes);
    if (!bytes) {
        throw Failure(Exit::environment,
                      fmt::format("{} {}", file.string(), bytes.error().message));
    }
    if (rel != "integra.yaml" || municipality.empty()) {
        return *bytes;
    }
    auto root = yaml::read(*bytes);
    if (!root) {
        throw Failure(Exit::environment, fmt::format("the preset {} is broken: {}", file.string(),
                                                     root.error().message));
    }
    root->at_or_insert("municipality") = yaml::Node::scalar(municipality);
    return store::canonical_bytes(*root, records::settings_spec());
}

void populate(const InitOptions& o, const fs::path& preset) {
    std::vector<fs::path> written;
    for (const auto& entry : fs::recursive_directory_iterator(preset)) {
        if (!entry.is_regular_file() || !entry.path().string().ends_with(".yaml")) {
            continue;
        }
        fs::path rel = entry.path().lexically_relative(preset);
        fs::create_directories(o.dir / rel.parent_path());
        ::chmod((o.dir / rel.parent_path()).c_str(), 0700);
        sys::write_atomic(o.dir / rel, preset_bytes(entry.path(), rel, o.municipality));
        written.push_back(rel);
    }
    sys::write_atomic(o.dir / ".gitignore", std::string(k_gitignore));
    written.push_back(".gitignore");
    git::Repository repo(o.dir);
    repo.init();
    repo.commit(written, "init: new data directory");
}

}  // namespace

void init_data_dir(const InitOptions& o) {
    fs::path preset = o.share / "presets" / o.preset;
    std::error_code ec;
    if (!records::is_safe_id(o.preset) || !fs::is_directory(preset, ec)) {
        throw Failure(Exit::invalid, fmt::format("there is no preset `{}` (in {})", o.preset,
                                                 (o.share / "presets").string()));
    }
    bool existed = fs::exists(o.dir, ec);
    if (existed && (!fs::is_directory(o.dir, ec) || !fs::is_empty(o.dir, ec))) {
        throw Failure(Exit::invalid, fmt::format("{} already exists and is not an empty directory; "
                                                 "choose a new one",
                                                 o.dir.string()));
    }
    try {
        fs::create_directories(o.dir);
        ::chmod(o.dir.c_str(), 0700);
        populate(o, preset);
    } catch (...) {
        if (existed) {
            for (const auto& entry : fs::directory_iterator(o.dir, ec)) {
                fs::remove_all(entry.path(), ec);
            }
        } else {
            fs::remove_all(o.dir, ec);
        }
        throw;
    }
}

}  // namespace integra::ops
