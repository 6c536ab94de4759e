#include "store/journal.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstdint>

namespace integra::store {

namespace {

constexpr std::string_view k_header = "integra journal 2\n";

std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : bytes) {
        h = (h ^ c) * 0x100000001b3ULL;
    }
    return h;
}

void put_blob(std::string& out, std::string_view name, const std::optional<std::string>& blob) {
    if (!blob) {
        out += fmt::format("{} absent\n", name);
        return;
    }
    out += fmt::format("{} {}\n", name, blob->size());
    out += *blob;
    out += '\n';
}

/// Reads the journal's fields in order; every getter fails (returns false) past a damage.
class Reader {
  public:
    explicit Reader(std::string_view bytes) : m_rest(bytes) {}

    bool line(std::string_view key, std::string& value) {
        std::size_t eol = m_rest.find('\n');
        if (eol == std::string_view::npos || !m_rest.starts_with(key) ||
            m_rest.substr(key.size(), 1) != " ") {
            return false;
        }
        value = std::string(m_rest.substr(key.size() + 1, eol - key.size() - 1));
        m_rest.remove_prefix(eol + 1);
        return true;
    }

    bool blob(std::string_view key, std::optional<std::string>& out) {
        std::string size_text;
        if (!line(key, size_text)) {
            return false;
        }
        if (size_text == "absent") {
            out.reset();
            return true;
        }
        std::size_t size = 0;
        auto [end, ec] =
            std::from_chars(size_text.data(), size_text.data() + size_text.size(), size);
        if (ec != std::errc() || end != size_text.data() + size_text.size() ||
            m_rest.size() < size + 1 || m_rest[size] != '\n') {
            return false;
        }
        out = std::string(m_rest.substr(0, size));
        m_rest.remove_prefix(size + 1);
        return true;
    }

    bool done() const { return m_rest.empty(); }

  private:
    std::string_view m_rest;
};

/// A path the journal may name: relative, plain names only (no `..`, no hidden parts).
bool plain_relative(const std::filesystem::path& p) {
    if (p.empty() || p.is_absolute()) {
        return false;
    }
    for (const auto& part : p) {
        std::string s = part.string();
        if (s.empty() || s.starts_with('.') ||
            s.find_first_not_of(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") !=
                std::string::npos) {
            return false;
        }
    }
    return true;
}

}  // namespace

std::string encode(const Journal& journal) {
    std::string out(k_header);
    out += fmt::format("mode {}\n", journal.mode == CommitMode::commit ? "commit" : "no-commit");
    put_blob(out, "message", journal.message);
    for (const Change& c : journal.changes) {
        out += fmt::format("path {}\n", c.rel.generic_string());
        put_blob(out, "before", c.before);
        put_blob(out, "after", c.after);
    }
    out += fmt::format("end {:016x}\n", fnv1a(out));
    return out;
}

Result<Journal> decode_journal(std::string_view bytes) {
    const Error damaged{"is damaged or cut short"};
    std::size_t end_at = bytes.rfind("end ");
    if (!bytes.starts_with(k_header) || end_at == std::string_view::npos ||
        bytes.substr(end_at) != fmt::format("end {:016x}\n", fnv1a(bytes.substr(0, end_at)))) {
        return damaged;
    }
    Reader in(bytes.substr(k_header.size(), end_at - k_header.size()));
    Journal j;
    std::string mode, path;
    std::optional<std::string> message;
    if (!in.line("mode", mode) || !in.blob("message", message) || !message ||
        (mode != "commit" && mode != "no-commit")) {
        return damaged;
    }
    j.mode = mode == "commit" ? CommitMode::commit : CommitMode::no_commit;
    j.message = *message;
    while (in.line("path", path)) {
        Change c{path, {}, {}};
        if (!plain_relative(c.rel)) {
            return Error{fmt::format("names the path `{}`, which is not a record's", path)};
        }
        if (!in.blob("before", c.before) || !in.blob("after", c.after)) {
            return damaged;
        }
        j.changes.push_back(std::move(c));
    }
    if (!in.done()) {
        return damaged;
    }
    return j;
}

}  // namespace integra::store
