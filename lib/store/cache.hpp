#pragma once
// What a command computed from the records, kept in `.integra/cache/` for the next command
// that finds the data directory exactly as it was: `check`, `status` and `report` on an
// unchanged district of 100,000 records answer from here in a fraction of the time it takes to
// read them (SPEC §8, docs/PERFORMANCE.md).
//
// A saved result is tied to the identity of everything the commands read: integra.yaml, each
// kind's folder and every entry in it (hidden ones too, which git reads) — the
// name, device, inode, size, and modification and change times in nanoseconds. Any edit,
// whether by integra, an editor, `git checkout` or a copy, changes an identity (a rename gives
// a new inode, an edit in place a new change time), and the saved result is not used. A file
// changed within the last two seconds may not yet show it in its times (file systems stamp
// times from a clock that ticks in milliseconds, some in seconds): while any is that young,
// nothing is saved. The identities are taken before the records are read, so a change while a
// command runs makes its result unusable rather than stale.
//
// The local clock and the file system's (on a network share, the server's, read from the
// cache file just written) must both say so.
//
// A cache file is written atomically and checked before use: a wrong header, length or
// checksum, another build of integra, or a file cut short is never trusted. Such a file, or
// one whose fingerprint no longer holds, is removed when found: it may hold what a change
// made without integra removed. Saving is best effort: a read-only data directory or a full
// disk only means no cache. `--no-cache` turns it off for one command.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "store/store.hpp"

namespace integra::store {

/// Takes the fingerprint of the data directory of `store`: one lstat per entry, no file is
/// read (Store::fingerprint() takes it once per command).
Fingerprint take_fingerprint(const Store& store);

/// Removes every saved result, durably; every change calls it under the directory lock before
/// it writes (Store::apply, and recovery), since a result may hold what the change removes,
/// such as an erased person's ID. Throws Failure(environment) when a file cannot be removed.
void clear_results(const Store& store);

/// Writes a new token to `.integra/generation`; every change calls it under the directory lock
/// once its files are final, so that a command that read them before (or while they changed)
/// saves nothing afterwards (ResultCache::put). Throws Failure(environment) on failure.
void renew_generation(const Store& store);

class ResultCache {
  public:
    /// The cache of `store`, unless its options turn it off (--no-cache): then get() finds
    /// nothing and put() saves nothing. Make it before the command reads any record: the
    /// fingerprint is taken then.
    explicit ResultCache(const Store& store);

    bool enabled() const { return m_enabled; }

    /// The result saved as `name` (a word: `check`, `status`) for `key` (what else it depends
    /// on: the day, the options) and exactly this fingerprint, or nullopt.
    std::optional<std::string> get(std::string_view name, std::string_view key) const;

    /// Saves `result` as `name` for `key` and the fingerprint taken at construction,
    /// atomically, replacing what was saved as `name`; does nothing when disabled, when
    /// something was young, or when it cannot be written. It saves under the directory lock,
    /// and only if the fingerprint is still the same then: a change that landed meanwhile
    /// (and cleared the results) is not followed by a result from before it. `also_newest`
    /// is the newest time (ns) of anything else the result depends on, which must not be
    /// young either (git's files, for status).
    void put(std::string_view name, std::string_view key, std::string_view result,
             std::int64_t also_newest = 0) const;

  private:
    std::filesystem::path file_of(std::string_view name) const;

    const Store& m_store;
    bool m_enabled;
    Fingerprint m_fingerprint;  ///< as it was when the command began (a change forgets the store's)
};

/// Bytes for cached results: little-endian integers and length-prefixed strings.
class BinaryWriter {
  public:
    void u64(std::uint64_t v);
    void str(std::string_view s);
    std::string take() { return std::move(m_out); }

  private:
    std::string m_out;
};

/// Reads what BinaryWriter wrote; every read of a value past the end or out of shape throws
/// Failure(invalid) (callers treat that as no cache).
class BinaryReader {
  public:
    explicit BinaryReader(std::string_view in) : m_in(in) {}
    std::uint64_t u64();
    std::string_view str();
    bool done() const { return m_at == m_in.size(); }

  private:
    std::string_view m_in;
    std::size_t m_at = 0;
};

}  // namespace integra::store
