#include "sys/process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace integra::sys {

namespace {

struct Pipe {
    int fd[2] = {-1, -1};
    bool open() { return pipe2(fd, O_CLOEXEC) == 0; }
    void close_end(int i) {
        if (fd[i] >= 0) {
            ::close(fd[i]);
            fd[i] = -1;
        }
    }
    ~Pipe() {
        close_end(0);
        close_end(1);
    }
};

std::vector<char*> c_argv(const std::vector<std::string>& argv) {
    std::vector<char*> out;
    for (const auto& a : argv) {
        out.push_back(const_cast<char*>(a.c_str()));
    }
    out.push_back(nullptr);
    return out;
}

int wait_for(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            return -1;
        }
    }
    if (WIFEXITED(status)) {
        return WEXITSTATUS(status);
    }
    return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1;
}

/// Feeds `input` and drains both output pipes together, so neither side can block the other.
void pump(Pipe& in, Pipe& out, Pipe& err, const std::string& input, ProcessResult& r) {
    std::size_t written = 0;
    if (input.empty()) {
        in.close_end(1);
    }
    char buf[65536];
    while (out.fd[0] >= 0 || err.fd[0] >= 0) {
        pollfd fds[3];
        int n = 0;
        int idx_in = -1, idx_out = -1, idx_err = -1;
        if (in.fd[1] >= 0) {
            idx_in = n;
            fds[n++] = {in.fd[1], POLLOUT, 0};
        }
        if (out.fd[0] >= 0) {
            idx_out = n;
            fds[n++] = {out.fd[0], POLLIN, 0};
        }
        if (err.fd[0] >= 0) {
            idx_err = n;
            fds[n++] = {err.fd[0], POLLIN, 0};
        }
        if (poll(fds, static_cast<nfds_t>(n), -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            break;
        }
        if (idx_in >= 0 && fds[idx_in].revents) {
            ssize_t k = ::write(in.fd[1], input.data() + written, input.size() - written);
            if (k > 0) {
                written += static_cast<std::size_t>(k);
            }
            if (k < 0 || written == input.size()) {
                in.close_end(1);
            }
        }
        auto drain = [&](int idx, Pipe& p, std::string& to) {
            if (idx >= 0 && fds[idx].revents) {
                ssize_t k = ::read(p.fd[0], buf, sizeof buf);
                if (k > 0) {
                    to.append(buf, static_cast<std::size_t>(k));
                } else if (k == 0 || errno != EINTR) {
                    p.close_end(0);
                }
            }
        };
        drain(idx_out, out, r.out);
        drain(idx_err, err, r.err);
    }
}

}  // namespace

std::optional<std::filesystem::path> find_program(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::string_view dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    while (true) {
        auto colon = dirs.find(':');
        std::string_view dir = dirs.substr(0, colon);
        std::filesystem::path candidate = std::filesystem::path(dir.empty() ? "." : dir) / name;
        if (::access(candidate.c_str(), X_OK) == 0 && !std::filesystem::is_directory(candidate)) {
            return candidate;
        }
        if (colon == std::string_view::npos) {
            return std::nullopt;
        }
        dirs.remove_prefix(colon + 1);
    }
}

ProcessResult run(const std::vector<std::string>& argv, const std::filesystem::path& cwd,
                  const std::string& input, const std::vector<std::string>& env) {
    ProcessResult r;
    Pipe in, out, err;
    if (!in.open() || !out.open() || !err.open()) {
        r.err = std::strerror(errno);
        return r;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.fd[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err.fd[1], 2);
    posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
    auto args = c_argv(argv);
    std::vector<char*> envp;
    for (char** e = environ; *e; ++e) {
        envp.push_back(*e);
    }
    for (const auto& e : env) {
        envp.push_back(const_cast<char*>(e.c_str()));
    }
    envp.push_back(nullptr);
    pid_t pid = -1;
    int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    in.close_end(0);
    out.close_end(1);
    err.close_end(1);
    if (rc != 0) {
        r.err = std::string(argv[0]) + ": " + std::strerror(rc);
        return r;
    }
    pump(in, out, err, input, r);
    r.status = wait_for(pid);
    return r;
}

int run_interactive(const std::vector<std::string>& argv, const std::filesystem::path& cwd) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
    auto args = c_argv(argv);
    pid_t pid = -1;
    int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return rc != 0 ? -1 : wait_for(pid);
}

}  // namespace integra::sys
