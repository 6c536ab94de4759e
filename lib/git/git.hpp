#pragma once
// The data directory's git repository, reached only through `git` with an argument vector.

#include <filesystem>
#include <string>
#include <vector>

#include "sys/process.hpp"

namespace integra::git {

class Repository {
  public:
    /// The repository holding `dir` (which may be a subdirectory of its work tree).
    explicit Repository(std::filesystem::path dir) : m_dir(std::move(dir)) {}

    /// True when `dir` lies inside a git work tree.
    bool exists() const;

    /// Runs `git ARGS...` in the directory.
    sys::ProcessResult run(const std::vector<std::string>& args) const;

    /// Stages exactly `paths` (relative to the directory; deletions included) and commits only
    /// them with `message`, leaving the user's other staged or unstaged changes alone. Throws
    /// Failure(environment) with git's reason when git fails.
    void commit(const std::vector<std::filesystem::path>& paths, const std::string& message) const;

    /// Initialises a repository in the directory. Throws Failure(environment) on failure.
    void init() const;

    const std::filesystem::path& dir() const { return m_dir; }

  private:
    std::filesystem::path m_dir;
};

}  // namespace integra::git
