#pragma once
// File access that never trusts the data directory: no symbolic links, no devices or FIFOs,
// a size limit, and writes that are atomic (temp file, fsync, rename, fsync of the directory).

#include <cstddef>
#include <filesystem>
#include <string>

#include "util/error.hpp"

namespace integra::sys {

/// The bytes of a regular file of at most `max_bytes`. A symlink, FIFO, device, directory or a
/// larger file is an Error saying so; opening never blocks.
Result<std::string> read_regular_file(const std::filesystem::path& path, std::size_t max_bytes);

/// Replaces `path` with `bytes` atomically, mode 0600. Throws Failure(environment) on failure.
void write_atomic(const std::filesystem::path& path, const std::string& bytes);

/// Removes `path` and syncs its directory. Throws Failure(environment) on failure.
void remove_durably(const std::filesystem::path& path);

/// An exclusive lock on the data directory, held until destruction. Waits up to `seconds`,
/// then throws Failure(environment) naming the lock file.
class DirectoryLock {
  public:
    DirectoryLock(const std::filesystem::path& dir, double seconds = 10.0);
    ~DirectoryLock();
    DirectoryLock(const DirectoryLock&) = delete;
    DirectoryLock& operator=(const DirectoryLock&) = delete;

  private:
    int m_fd = -1;
};

}  // namespace integra::sys
