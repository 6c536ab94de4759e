#include "fuzz.hpp"

#include <fmt/format.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace fs = std::filesystem;

namespace integra::fuzz {

bool fuzzing() {
#ifdef INTEGRA_FUZZING
    return true;
#else
    return false;
#endif
}

void fail(std::string_view what) {
    std::fprintf(stderr, "fuzz property broken: %.*s\n", static_cast<int>(what.size()),
                 what.data());
    std::abort();
}

fs::path examples() {
    return fs::path(INTEGRA_SOURCE_SHARE).parent_path() / "examples/dietzenbach";
}

Date today() {
    return Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};
}

void require_readable(std::string_view message, std::string_view input, std::string_view where) {
    static constexpr std::string_view k_foreign[] = {
        "bad conversion", "what()",       "YAML::", "std::", "exception",
        "bad file",       "basic_string", "stoul",  "stoll", "bad_alloc",
    };
    require(!message.empty(), fmt::format("{}: an empty message", where));
    for (std::string_view word : k_foreign) {
        require(message.find(word) == std::string_view::npos ||
                    input.find(word) != std::string_view::npos,
                fmt::format("{}: the message `{}` has `{}` in it", where, message, word));
    }
}

void require_sound(const Error& e, std::string_view text, std::string_view where) {
    require_readable(e.message, text, where);
    require(e.line >= 0 && e.column >= 0,
            fmt::format("{}: negative position {}:{} ({})", where, e.line, e.column, e.message));
    if (e.line == 0) {
        return;
    }
    const auto lines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    require(e.line <= lines + 1, fmt::format("{}: line {} of a text of {} line breaks ({})", where,
                                             e.line, lines, e.message));
    std::size_t start = 0;
    for (int l = 1; l < e.line; ++l) {
        start = text.find('\n', start) + 1;
    }
    const std::size_t end = std::min(text.find('\n', start), text.size());
    // Columns count characters or bytes (issue 12 settles which); either is within the bytes.
    require(static_cast<std::size_t>(e.column) <= end - start + 1,
            fmt::format("{}: column {} of a line of {} bytes ({})", where, e.column, end - start,
                        e.message));
}

void require_failure(const Failure& f, std::initializer_list<Exit> codes, std::string_view input,
                     std::string_view where) {
    require(std::find(codes.begin(), codes.end(), f.code()) != codes.end(),
            fmt::format("{}: exit code {} for `{}`", where, static_cast<int>(f.code()), f.what()));
    require_readable(f.what(), input, where);
}

namespace {

void dump(const yaml::Node& n, std::string& out, int depth, bool positions) {
    out += fmt::format("{:{}}{}", "", depth * 2, static_cast<int>(n.kind));
    if (positions) {
        out += fmt::format("@{}:{} style={} flow={}", n.pos.line, n.pos.column,
                           static_cast<int>(n.style), n.flow);
    }
    if (n.is_scalar()) {
        out += fmt::format(" text={:?}", n.text);
    }
    out += '\n';
    for (const yaml::Entry& e : n.entries) {
        out += fmt::format("{:{}}key {:?}", "", depth * 2 + 1, e.key);
        if (positions) {
            out += fmt::format("@{}:{} style={}", e.key_pos.line, e.key_pos.column,
                               static_cast<int>(e.key_style));
        }
        out += '\n';
        dump(e.value, out, depth + 1, positions);
    }
    for (const yaml::Node& item : n.items) {
        dump(item, out, depth + 1, positions);
    }
}

}  // namespace

std::string dump(const yaml::Node& root) {
    std::string out;
    dump(root, out, 0, true);
    return out;
}

std::string answer(const Result<yaml::Node>& r) {
    if (!r) {
        return fmt::format("error {}:{} {}", r.error().line, r.error().column, r.error().message);
    }
    return dump(*r);
}

std::string content(const yaml::Node& root) {
    std::string out;
    dump(root, out, 0, false);
    return out;
}

DataCopy::DataCopy(Content content) {
    std::string pattern = (fs::temp_directory_path() / "integra-fuzz-XXXXXX").string();
    require(::mkdtemp(pattern.data()) != nullptr, "mkdtemp failed");
    m_dir = pattern;
    m_root = m_dir / "data";
    fs::create_directories(m_root);
    for (const auto& entry : fs::directory_iterator(examples())) {
        const std::string name = entry.path().filename().string();
        if (!name.starts_with('.') && (content == Content::everything || name == "integra.yaml")) {
            fs::copy(entry.path(), m_root / name, fs::copy_options::recursive);
        }
    }
}

DataCopy::~DataCopy() {
    std::error_code ec;
    fs::remove_all(m_dir, ec);
}

std::string DataCopy::snapshot() const {
    std::vector<std::string> lines;
    for (const auto& entry : fs::recursive_directory_iterator(m_root)) {
        struct stat st {};
        ::lstat(entry.path().c_str(), &st);
        lines.push_back(fmt::format("{} {} {} {}.{}", entry.path().string(), st.st_mode, st.st_size,
                                    st.st_mtim.tv_sec, st.st_mtim.tv_nsec));
    }
    std::sort(lines.begin(), lines.end());
    return fmt::format("{}", fmt::join(lines, "\n"));
}

}  // namespace integra::fuzz
