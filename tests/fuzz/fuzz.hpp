#pragma once
// What the fuzz targets of tests/fuzz/ share: the properties every reader keeps (a message a
// user can read, a position inside the file), trees compared as text, and a private copy of the
// example data directory for the targets that need a Store.
//
// A broken property calls std::abort() after saying which on stderr: libFuzzer reports it as a
// crash and keeps the input, and the replay driver (replay.cpp) fails its CTest test. An
// exception that escapes a target is a finding too, so the targets catch only the Failure that
// a function's contract names.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>

#include "util/error.hpp"
#include "util/values.hpp"
#include "yaml/node.hpp"

namespace integra::fuzz {

/// The fuzzer's bytes as text.
inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// True in a fuzzing build (libFuzzer runs the target), false in the replay driver.
bool fuzzing();

/// Says `what` on stderr and aborts.
[[noreturn]] void fail(std::string_view what);

/// fail(what) unless `ok`.
inline void require(bool ok, std::string_view what) {
    if (!ok) {
        fail(what);
    }
}

/// The example data directory of the source tree, examples/dietzenbach.
std::filesystem::path examples();

/// The day the targets take for today (that of the unit tests and the golden reports).
Date today();

/// A message integra shows a user: not empty, one that says what happened without yaml-cpp's or
/// the C++ library's words (`bad conversion`, `what():`, exception names) unless they came
/// from the `input` it quotes.
void require_readable(std::string_view message, std::string_view input, std::string_view where);

/// `e` has a readable message and a position inside `text` (0 for unknown, else a line of the
/// text or the one after its end, and a column within that line or just past it).
void require_sound(const Error& e, std::string_view text, std::string_view where);

/// A Failure that the function's contract allows: one of `codes`, with a readable message.
void require_failure(const Failure& f, std::initializer_list<Exit> codes, std::string_view input,
                     std::string_view where);

/// Everything about a tree, positions and styles included, one line per node.
std::string dump(const yaml::Node& root);

/// What yaml::read answered: the error's position and message, or the tree's dump.
std::string answer(const Result<yaml::Node>& result);

/// The tree's content only (kinds, keys, texts), without positions or styles.
std::string content(const yaml::Node& root);

/// A private copy of the example data directory, without git and without integra's own folder,
/// removed when the process exits normally. Targets that need a Store make one in
/// LLVMFuzzerInitialize.
class DataCopy {
  public:
    enum class Content { everything, settings_only };
    explicit DataCopy(Content content = Content::everything);
    ~DataCopy();
    DataCopy(const DataCopy&) = delete;
    DataCopy& operator=(const DataCopy&) = delete;

    const std::filesystem::path& root() const { return m_root; }

    /// Every file's path, size and modification time, and every folder, as text: what a
    /// target that must write nothing compares before and after.
    std::string snapshot() const;

  private:
    std::filesystem::path m_dir;
    std::filesystem::path m_root;
};

}  // namespace integra::fuzz
