#include "sys/files.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <random>
#include <thread>

namespace integra::sys {

namespace fs = std::filesystem;

std::string system_reason(int error) {
    std::string text = std::strerror(error);
    switch (error) {
        case ENOSPC:
            return text + " (free some space on that disk, then try again)";
        case EDQUOT:
            return text + " (your disk quota is used up; free some space, then try again)";
        case EFBIG:
            return text + " (a limit on file sizes stops the write: see `ulimit -f`)";
        case EROFS:
            return text + " (that folder is on a file system mounted read-only)";
        case EACCES:
        case EPERM:
            return text +
                   " (you may not write there: check the owner and the permissions of "
                   "the data directory and its folders)";
        default:
            return text;
    }
}

namespace {

class Fd {
  public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const { return m_fd; }

  private:
    int m_fd;
};

[[noreturn]] void fail_env(const std::string& what) {
    throw Failure(Exit::environment, fmt::format("{}: {}", what, system_reason(errno)));
}

}  // namespace

void sync_directory(const fs::path& dir) {
    Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0) {
        ::fsync(fd.get());
    }
}

Result<std::string> read_regular_file(const fs::path& path, std::size_t max_bytes) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        if (errno == ELOOP) {
            return Error{
                "is a symbolic link; records must be plain files inside the data "
                "directory"};
        }
        return Error{fmt::format("cannot be opened: {}", system_reason(errno))};
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) {
        return Error{fmt::format("cannot be read: {}", system_reason(errno))};
    }
    if (!S_ISREG(st.st_mode)) {
        return Error{"is not a regular file (a directory, FIFO or device); remove it"};
    }
    if (static_cast<std::size_t>(st.st_size) > max_bytes) {
        return Error{
            fmt::format("is {} bytes; a record may have at most {}", st.st_size, max_bytes)};
    }
    std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t got = 0;
    while (got < bytes.size()) {
        ssize_t k = ::read(fd.get(), bytes.data() + got, bytes.size() - got);
        if (k < 0 && errno == EINTR) {
            continue;
        }
        if (k <= 0) {
            break;
        }
        got += static_cast<std::size_t>(k);
    }
    bytes.resize(got);
    return bytes;
}

namespace {

/// Writes all of `bytes` to `fd`; false (errno set) when a write fails.
bool write_all(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t k = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (k < 0 && errno == EINTR) {
            continue;
        }
        if (k <= 0) {
            return false;
        }
        done += static_cast<std::size_t>(k);
    }
    return true;
}

}  // namespace

void write_atomic(const fs::path& path, const std::string& bytes, const fs::path& tmp_dir) {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    fs::path tmp = (tmp_dir.empty() ? path.parent_path() : tmp_dir) /
                   fmt::format(".{}.tmp-{:x}", path.filename().string(), rng() & 0xFFFFFF);
    {
        Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600));
        if (fd.get() < 0) {
            fail_env(fmt::format("cannot create {}", tmp.string()));
        }
        if (!write_all(fd.get(), bytes)) {
            int saved = errno;
            ::unlink(tmp.c_str());
            errno = saved;
            fail_env(fmt::format("cannot write {}", path.string()));
        }
        if (::fsync(fd.get()) != 0) {
            int saved = errno;
            ::unlink(tmp.c_str());
            errno = saved;
            fail_env(fmt::format("cannot sync {}", path.string()));
        }
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        int saved = errno;
        ::unlink(tmp.c_str());
        errno = saved;
        fail_env(fmt::format("cannot replace {}", path.string()));
    }
    sync_directory(path.parent_path());
}

void write_output(const fs::path& path, const std::string& bytes) {
    struct stat link {};
    if (::lstat(path.c_str(), &link) != 0 || S_ISREG(link.st_mode)) {
        write_atomic(path, bytes);
        return;
    }
    if (S_ISDIR(link.st_mode)) {
        throw Failure(Exit::environment,
                      fmt::format("cannot write {}: it is a folder; name a file", path.string()));
    }
    Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
    if (fd.get() < 0) {
        fail_env(fmt::format("cannot open {}", path.string()));
    }
    if (!write_all(fd.get(), bytes)) {
        fail_env(fmt::format("cannot write {}", path.string()));
    }
}

void remove_durably(const fs::path& path) {
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
        fail_env(fmt::format("cannot remove {}", path.string()));
    }
    sync_directory(path.parent_path());
}

DirectoryLock::DirectoryLock(const fs::path& file, double seconds, LockMode mode) {
    const bool shared = mode == LockMode::shared;
    m_fd = shared ? ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
                  : ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0 && shared) {
        return;
    }
    if (m_fd < 0) {
        fail_env(fmt::format("cannot open the lock {}", file.string()));
    }
    auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (::flock(m_fd, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            fail_env(fmt::format("cannot lock {}", file.string()));
        }
        if (std::chrono::steady_clock::now() > deadline) {
            ::close(m_fd);
            throw Failure(
                Exit::environment,
                fmt::format("another integra command is writing to this data directory "
                            "(lock {} held for more than {:g} s); try again when it is done",
                            file.string(), seconds));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
}

DirectoryLock::~DirectoryLock() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

}  // namespace integra::sys
