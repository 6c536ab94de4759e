#pragma once
// Helpers for unit tests that need a data directory on disk: a temporary directory removed
// afterwards, a fresh data directory made by `integra init` from the Dietzenbach preset, and
// a git identity that does not depend on the machine.

#include <filesystem>
#include <string>

namespace integra::test {

/// A new empty directory under the system's temporary directory, removed on destruction.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }

  private:
    std::filesystem::path m_path;
};

/// A data directory as `integra init` makes it (settings, five AGs, git with one commit).
class DataDir : public TempDir {
  public:
    DataDir();
    const std::filesystem::path& root() const { return m_root; }

    /// Writes `text` to `rel` inside the data directory (creating folders).
    void write(const std::filesystem::path& rel, const std::string& text) const;
    /// The bytes of `rel`.
    std::string read(const std::filesystem::path& rel) const;
    /// `git ARGS` in the data directory; its standard output, trimmed.
    std::string git(const std::string& args) const;

  private:
    std::filesystem::path m_root;
};

/// The bytes of the file at `path` (empty when it cannot be read).
std::string read_file(const std::filesystem::path& path);

/// A valid pilot record with this ID, in canonical form.
std::string pilot_yaml(const std::string& id);

}  // namespace integra::test
