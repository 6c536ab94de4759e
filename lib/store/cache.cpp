#include "store/cache.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <random>

#include "sys/files.hpp"
#include "sys/parallel.hpp"

namespace integra::store {

namespace {

constexpr std::string_view k_magic = "integra-cache\n";
constexpr std::uint64_t k_format = 2;
constexpr std::int64_t k_young_ns = 2'000'000'000;
/// A cached result is a few megabytes at 100,000 records; anything beyond this is not ours.
constexpr std::size_t k_max_cache_bytes = 1024u * 1024u * 1024u;

std::int64_t now_ns() {
    timespec t{};
    ::clock_gettime(CLOCK_REALTIME, &t);
    return sys::nanoseconds(t);
}

/// The names at the top of the data directory that integra may read (not hidden), sorted.
std::vector<std::string> names_in(const std::filesystem::path& dir) {
    std::vector<std::string> out;
    DIR* d = ::opendir(dir.c_str());
    if (!d) {
        return out;
    }
    while (const dirent* e = ::readdir(d)) {
        if (e->d_name[0] != '.') {
            out.emplace_back(e->d_name);
        }
    }
    ::closedir(d);
    std::sort(out.begin(), out.end());
    return out;
}

/// Which build of integra this is: results computed by another build (a fix in a check, a
/// patch release of the same version) are not used. The program file's identity, read once.
const std::string& build_identity() {
    static const std::string identity = [] {
        struct stat st {};
        if (::stat("/proc/self/exe", &st) != 0) {
            return std::string(INTEGRA_VERSION);
        }
        return fmt::format("{} {:x}:{:x} {} {}", INTEGRA_VERSION, st.st_dev, st.st_ino, st.st_size,
                           sys::nanoseconds(st.st_mtim));
    }();
    return identity;
}

/// A checksum against damage (a file cut short or changed by hand), not against intent: eight
/// bytes at a time, since a cache file at 100,000 records is 8 MB.
std::uint64_t checksum(std::string_view bytes) {
    std::uint64_t h = 0x9e3779b97f4a7c15ull ^ bytes.size();
    auto mix = [&h](std::uint64_t word) {
        h = (h ^ word) * 0xff51afd7ed558ccdull;
        h ^= h >> 29;
    };
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes.data() + i, 8);
        mix(word);
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    mix(tail);
    return h;
}

struct Entry {
    std::string rel;       ///< as the fingerprint names it
    int dir = -1;          ///< the folder it is in, open
    std::size_t name = 0;  ///< where its name starts in `rel`
    struct stat st {};
    bool found = false;
};

}  // namespace

void BinaryWriter::u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) {
        m_out += static_cast<char>((v >> (8 * i)) & 0xFF);
    }
}

void BinaryWriter::str(std::string_view s) {
    u64(s.size());
    m_out += s;
}

std::uint64_t BinaryReader::u64() {
    if (m_in.size() - m_at < 8) {
        throw Failure(Exit::invalid, "cut short");
    }
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) {
        v |= static_cast<std::uint64_t>(static_cast<unsigned char>(m_in[m_at + i])) << (8 * i);
    }
    m_at += 8;
    return v;
}

std::string_view BinaryReader::str() {
    std::uint64_t n = u64();
    if (n > m_in.size() - m_at) {
        throw Failure(Exit::invalid, "cut short");
    }
    std::string_view s = m_in.substr(m_at, n);
    m_at += n;
    return s;
}

/// The token every change writes under the directory lock (clear_results); empty when none.
std::string generation_of(const std::filesystem::path& root_dir) {
    auto token = sys::read_regular_file(root_dir / k_own_dir / "generation", 64);
    return token ? *token : std::string();
}

Fingerprint take_fingerprint(const Store& store) {
    const std::filesystem::path& root_dir = store.root();
    const std::int64_t young_after = now_ns() - k_young_ns;
    std::string generation = generation_of(root_dir);
    // Each name looked up in its folder, open: one step of a path, not two.
    std::vector<int> folders{::open(root_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    std::vector<Entry> entries;
    for (const std::string& name : names_in(root_dir)) {
        entries.push_back(Entry{name, folders[0]});
    }
    const std::size_t top = entries.size();
    for (const records::Kind& kind : records::all_kinds()) {
        const Folder& folder = store.folder(kind);
        if (folder.entries.empty()) {
            continue;
        }
        folders.push_back(::open((root_dir / kind.plural).c_str(),
                                 O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        // Hidden files too: integra does not read them, but git does (status).
        for (const Folder::Entry& e : folder.entries) {
            entries.push_back(Entry{fmt::format("{}/{}", kind.plural, e.name), folders.back(),
                                    kind.plural.size() + 1});
        }
    }
    sys::parallel_for(entries.size(), [&](std::size_t i) {
        Entry& e = entries[i];
        e.found = ::fstatat(e.dir, e.rel.c_str() + e.name, &e.st, AT_SYMLINK_NOFOLLOW) == 0;
    });
    for (int fd : folders) {
        if (fd >= 0) {
            ::close(fd);
        }
    }
    Fingerprint out;
    BinaryWriter w;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        w.str(e.rel);
        if (!e.found) {
            w.u64(0);  // vanished while listed: nothing to save then
            out.young = true;
            continue;
        }
        const std::int64_t mtime = sys::nanoseconds(e.st.st_mtim),
                           ctime = sys::nanoseconds(e.st.st_ctim);
        for (std::uint64_t v :
             {static_cast<std::uint64_t>(e.st.st_mode), static_cast<std::uint64_t>(e.st.st_dev),
              static_cast<std::uint64_t>(e.st.st_ino), static_cast<std::uint64_t>(e.st.st_size),
              static_cast<std::uint64_t>(mtime), static_cast<std::uint64_t>(ctime)}) {
            w.u64(v);
        }
        out.newest = std::max({out.newest, mtime, ctime});
        // a folder, or a submodule's `.git` file, whose files the fingerprint does not see
        out.deep =
            out.deep ||
            (i >= top && (S_ISDIR(e.st.st_mode) || std::string_view(e.rel).ends_with("/.git")));
    }
    out.bytes = w.take();
    out.young = out.young || out.newest >= young_after;
    out.generation = std::move(generation);
    return out;
}

const Fingerprint& Store::fingerprint() const {
    if (!m_fingerprint) {
        m_fingerprint = take_fingerprint(*this);
    }
    return *m_fingerprint;
}

ResultCache::ResultCache(const Store& store) : m_store(store), m_enabled(store.options().cache) {
    if (m_enabled) {
        m_fingerprint = store.fingerprint();
    }
}

std::filesystem::path ResultCache::file_of(std::string_view name) const {
    return m_store.root() / k_own_dir / "cache" / name;
}

std::optional<std::string> ResultCache::get(std::string_view name, std::string_view key) const {
    if (!m_enabled) {
        return std::nullopt;
    }
    const std::filesystem::path file = file_of(name);
    auto bytes = sys::read_regular_file(file, k_max_cache_bytes);
    if (!bytes) {
        return std::nullopt;
    }
    // A result of other records (or a damaged file) goes at once: it may hold what a change
    // integra did not make removed, such as a person erased in another office's clone.
    auto drop = [&] {
        ::unlink(file.c_str());
        return std::nullopt;
    };
    if (bytes->size() < k_magic.size() + 8 || !bytes->starts_with(k_magic)) {
        return drop();
    }
    std::string_view body(*bytes);
    body.remove_suffix(8);
    try {
        BinaryReader sum(std::string_view(*bytes).substr(body.size()));
        if (sum.u64() != checksum(body)) {
            return drop();
        }
        BinaryReader r(body.substr(k_magic.size()));
        if (r.u64() != k_format || r.str() != build_identity() || r.str() != name) {
            return drop();
        }
        if (r.str() != key) {
            return std::nullopt;  // another day or other options, of the same records
        }
        if (r.str() != m_fingerprint.bytes) {
            return drop();
        }
        std::string result(r.str());
        if (!r.done()) {
            return drop();
        }
        return result;
    } catch (const Failure&) {
        return drop();
    }
}

void ResultCache::put(std::string_view name, std::string_view key, std::string_view result,
                      std::int64_t also_newest) const {
    const std::int64_t newest = std::max(m_fingerprint.newest, also_newest);
    if (!m_enabled || m_fingerprint.young || newest >= now_ns() - k_young_ns) {
        return;
    }
    BinaryWriter w;
    w.u64(k_format);
    w.str(build_identity());
    w.str(name);
    w.str(key);
    w.str(m_fingerprint.bytes);
    w.str(result);
    std::string bytes(k_magic);
    bytes += w.take();
    BinaryWriter sum;
    sum.u64(checksum(bytes));
    bytes += sum.take();
    try {
        std::filesystem::path dir = m_store.own_dir("cache");
        // No wait: a writer at work will clear the results anyway.
        sys::DirectoryLock held(m_store.own_dir("") / "lock", 0);
        if (generation_of(m_store.root()) != m_fingerprint.generation) {
            return;  // a change landed since the command began
        }
        const std::filesystem::path file = dir / name;
        sys::write_atomic(file, bytes);
        // "Young" by the file system's clock too, which on a network share is the server's:
        // the file just written has its idea of now.
        struct stat st {};
        if (::stat(file.c_str(), &st) != 0 || newest >= sys::nanoseconds(st.st_mtim) - k_young_ns) {
            ::unlink(file.c_str());
        }
    } catch (const Failure&) {
        // No cache: the next command computes again.
    } catch (const std::filesystem::filesystem_error&) {
    }
}

void renew_generation(const Store& store) {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    sys::write_atomic(store.root() / k_own_dir / "generation", fmt::format("{:016x}\n", rng()));
}

void clear_results(const Store& store) {
    const std::filesystem::path dir = store.root() / k_own_dir / "cache";
    std::error_code ec;
    if (!std::filesystem::is_directory(std::filesystem::symlink_status(dir, ec))) {
        return;
    }
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (::unlink(entry.path().c_str()) != 0 && errno != ENOENT) {
            throw Failure(
                Exit::environment,
                fmt::format("cannot remove {}, a saved result that the change makes "
                            "stale: {}; remove the folder {} and try again",
                            entry.path().string(), sys::system_reason(errno), dir.string()));
        }
    }
    if (ec) {
        throw Failure(Exit::environment, fmt::format("cannot read {}: {}; remove it and try again",
                                                     dir.string(), ec.message()));
    }
    ::rmdir(dir.c_str());
    sys::sync_directory(dir.parent_path());
}

}  // namespace integra::store
