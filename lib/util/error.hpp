#pragma once
// Errors: `Result<T>` for failures the caller handles, `Failure` to abort a command. main() maps
// a Failure to the documented exit code; nothing else escapes to the user.

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace integra {

/// The documented exit codes (SPEC §4).
enum class Exit : int {
    ok = 0,
    invalid = 1,      ///< the data or the request is invalid
    usage = 2,        ///< the command line is wrong
    environment = 3,  ///< git, the lock or the disk failed
};

/// A failure that ends the command; `what()` is the message shown to the user.
class Failure : public std::runtime_error {
  public:
    Failure(Exit code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    Exit code() const { return m_code; }

  private:
    Exit m_code;
};

/// A problem with a position in a file. Line and column are 1-based; 0 means unknown.
struct Error {
    std::string message;
    int line = 0;
    int column = 0;
};

/// A value or an Error.
template <typename T>
class Result {
  public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(m_v); }
    const T& value() const { return std::get<0>(m_v); }
    const Error& error() const { return std::get<1>(m_v); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }

  private:
    std::variant<T, Error> m_v;
};

}  // namespace integra
