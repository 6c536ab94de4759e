#include "check/render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "util/text.hpp"

namespace integra::check {

namespace {

std::string display(const RenderOptions& o, const std::filesystem::path& rel) {
    return printable((o.prefix / rel).lexically_normal().string());
}

std::string_view severity_word(Severity s) {
    return s == Severity::error ? "error" : "warning";
}

std::string_view line_of(const std::string& text, int line) {
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) {
        start = text.find('\n', start);
        if (start == std::string::npos) {
            return {};
        }
        ++start;
    }
    auto end = text.find_first_of("\r\n", start);
    std::string_view out =
        std::string_view(text).substr(start, end == std::string::npos ? end : end - start);
    if (line == 1 && out.starts_with("\xEF\xBB\xBF")) {
        out.remove_prefix(3);  // positions are counted after the byte order mark
    }
    return out;
}

/// The 1-based byte column of `line` at which its character `column` starts: positions are
/// counted in characters (yaml::read), the caret is placed by bytes.
int byte_column(std::string_view line, int column) {
    std::size_t i = 0;
    for (int chars = 1; chars < column && i < line.size(); ++chars) {
        ++i;
        while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) {
            ++i;
        }
    }
    return static_cast<int>(i) + 1 + std::max(0, column - 1 - static_cast<int>(line.size()));
}

/// The text of each file that `report` names at a line, read once.
class Sources {
  public:
    explicit Sources(const store::Store& store) : m_store(store) {}
    const std::string& of(const std::filesystem::path& file) {
        auto it = m_texts.find(file);
        if (it == m_texts.end()) {
            auto bytes = m_store.read(file);
            it = m_texts.emplace(file, bytes ? std::move(*bytes) : std::string()).first;
        }
        return it->second;
    }

  private:
    const store::Store& m_store;
    std::map<std::filesystem::path, std::string> m_texts;
};

/// Spaces up to the caret: one per character before `column` (1-based, in bytes), tabs kept.
std::string caret_pad(std::string_view line, int column) {
    std::string pad;
    for (std::size_t i = 0; i + 1 < static_cast<std::size_t>(column) && i < line.size(); ++i) {
        char c = line[i];
        if (c == '\t') {
            pad += '\t';
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            pad += ' ';
        }
    }
    return pad;
}

/// A long source line (a minified or corrupted file) is cut to a window around the column so
/// that one diagnostic stays a few lines on the terminal. Moves `column` with the cut.
std::string_view window(std::string_view line, int& column) {
    constexpr std::size_t k_width = 100;
    if (line.size() <= k_width) {
        return line;
    }
    auto col = static_cast<std::size_t>(std::max(column, 1) - 1);
    std::size_t start = col > k_width / 2 ? std::min(col - k_width / 2, line.size() - k_width) : 0;
    auto continuation = [&](std::size_t i) {
        return i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80;
    };
    while (start > 0 && continuation(start)) {
        --start;
    }
    std::size_t end = std::min(start + k_width, line.size());
    while (continuation(end)) {
        ++end;
    }
    column -= static_cast<int>(start);
    return line.substr(start, end - start);
}

}  // namespace

std::string render_text(const Report& report, const store::Store& store, const RenderOptions& o) {
    Sources sources(store);
    std::string out;
    for (const Diagnostic& d : report.diagnostics) {
        std::string where = display(o, d.file);
        if (d.pos.line > 0) {
            where += fmt::format(":{}:{}", d.pos.line, d.pos.column);
        }
        std::string word(severity_word(d.severity));
        if (o.color) {
            word =
                fmt::format("\x1b[1;{}m{}\x1b[0m", d.severity == Severity::error ? 31 : 35, word);
        }
        out += fmt::format("{}: {}: {} [{}]\n", where, word, printable(d.message), d.check);
        if (d.pos.line <= 0) {
            continue;
        }
        std::string_view source_line = line_of(sources.of(d.file), d.pos.line);
        int column = byte_column(source_line, d.pos.column);
        std::string_view line = window(source_line, column);
        if (!line.empty()) {
            out += fmt::format("  {}\n  {}^\n", printable(line), caret_pad(line, column));
        }
    }
    return out;
}

Json report_json(const Report& report, const RenderOptions& o) {
    Json out = Json::array();
    for (const Diagnostic& d : report.diagnostics) {
        out.push_back({{"file", display(o, d.file)},
                       {"line", d.pos.line},
                       {"column", d.pos.column},
                       {"severity", std::string(severity_word(d.severity))},
                       {"check", std::string(d.check)},
                       {"message", d.message}});
    }
    return out;
}

std::string summary(const Report& report) {
    auto e = report.errors(), w = report.warnings();
    return fmt::format("{} error{}, {} warning{} in {} file{}", e, e == 1 ? "" : "s", w,
                       w == 1 ? "" : "s", report.files, report.files == 1 ? "" : "s");
}

}  // namespace integra::check
