#pragma once
// Runs a program with an argument vector — never through a shell — and collects its output.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace integra::sys {

struct ProcessResult {
    int status = -1;  ///< exit status; 128+N when killed by signal N; -1 when it could not start
    std::string out;
    std::string err;
};

/// The executable `name` as PATH finds it; nullopt when there is none.
std::optional<std::filesystem::path> find_program(const std::string& name);

/// Runs argv[0] (looked up in PATH) in `cwd` with `input` on its standard input, and with
/// `env` ("NAME=value" entries) added to this process's environment.
ProcessResult run(const std::vector<std::string>& argv, const std::filesystem::path& cwd,
                  const std::string& input = {}, const std::vector<std::string>& env = {});

/// Runs argv[0] in `cwd` attached to this terminal (for $EDITOR); returns its exit status.
int run_interactive(const std::vector<std::string>& argv, const std::filesystem::path& cwd);

}  // namespace integra::sys
