#pragma once
// `integra init DIR`: a new data directory from a preset.

#include <filesystem>
#include <string>

namespace integra::ops {

struct InitOptions {
    std::filesystem::path dir;
    std::string municipality;  ///< overrides the preset's when not empty
    std::string preset = "dietzenbach";
    std::filesystem::path share;  ///< where presets/ lives (share_dir())
};

/// Creates `dir` (mode 0700; it must not exist or be empty) with the preset's settings and AGs
/// (files 0600), a .gitignore, a git repository and one first commit. On failure nothing is
/// left behind and Failure is thrown: invalid for a non-empty directory or unknown preset,
/// environment for git or the disk.
void init_data_dir(const InitOptions& options);

}  // namespace integra::ops
