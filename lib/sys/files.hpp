#pragma once
// File access that never trusts the data directory: no symbolic links, no devices or FIFOs,
// a size limit, and writes that are atomic (temp file, fsync, rename, fsync of the directory).

#include <cstddef>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <string>
#include <utility>

#include "util/error.hpp"

namespace integra::sys {

/// strerror(`error`) and, for the failures a user can mend (a full disk, a file size limit, a
/// read-only file system, missing permissions), what to do.
std::string system_reason(int error);

/// A file time (st_mtim, st_ctim) in nanoseconds since the epoch.
constexpr std::int64_t nanoseconds(const timespec& t) {
    return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

/// The bytes of a regular file of at most `max_bytes`. A symlink, FIFO, device, directory or a
/// larger file is an Error saying so; opening never blocks.
Result<std::string> read_regular_file(const std::filesystem::path& path, std::size_t max_bytes);

/// Replaces `path` with `bytes` atomically, mode 0600: a temporary file in `tmp_dir` (default:
/// beside `path`, hidden), fsync, rename, fsync of the folder. `tmp_dir` must be on the same
/// file system. Throws Failure(environment) on failure, leaving `path` as it was.
void write_atomic(const std::filesystem::path& path, const std::string& bytes,
                  const std::filesystem::path& tmp_dir = {});

/// Writes a file the user named (`-o FILE`): a new or regular file is replaced atomically
/// (write_atomic); a symbolic link, device or pipe that exists (/dev/null, /dev/stdout, a FIFO)
/// is written through as it is, never replaced by a regular file. A folder is refused. Throws
/// Failure(environment) on failure.
void write_output(const std::filesystem::path& path, const std::string& bytes);

/// Makes the entries of `dir` durable (fsync of the folder); errors are ignored.
void sync_directory(const std::filesystem::path& dir);

/// Removes `path` and syncs its directory. Throws Failure(environment) on failure.
void remove_durably(const std::filesystem::path& path);

enum class LockMode { shared, exclusive };

/// A lock (flock) on the file `file`, held until destruction; the kernel releases it when the
/// process dies, however it dies. Exclusive: for writers; the file is created if missing.
/// Shared: for readers, to wait for a writer at work; without the file (nobody has written
/// yet) or without access to it (a read-only directory) it holds nothing. Waits up to
/// `seconds`, then throws Failure(environment) naming the lock file.
class DirectoryLock {
  public:
    DirectoryLock(const std::filesystem::path& file, double seconds,
                  LockMode mode = LockMode::exclusive);
    ~DirectoryLock();
    DirectoryLock(const DirectoryLock&) = delete;
    DirectoryLock& operator=(const DirectoryLock&) = delete;
    DirectoryLock(DirectoryLock&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    DirectoryLock& operator=(DirectoryLock&&) = delete;

  private:
    int m_fd = -1;
};

}  // namespace integra::sys
