#include "util/csv_read.hpp"

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <memory>
#include <optional>

#include "util/values.hpp"

namespace integra {

namespace {

int line_at(std::string_view text, std::size_t offset) {
    return 1 + static_cast<int>(std::count(
                   text.begin(), text.begin() + static_cast<long>(std::min(offset, text.size())),
                   '\n'));
}

constexpr std::string_view k_save_as =
    "save it from the spreadsheet as \"CSV UTF-8\" or \"CSV (Trennzeichen-getrennt)\"";

/// Windows-1252 to UTF-8 through iconv (glibc's converter); an Error at the first byte it
/// cannot convert (0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in Windows-1252).
Result<std::string> from_windows_1252(std::string_view bytes) {
    iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        return Error{
            "the file is not UTF-8, and this system cannot convert Windows-1252 "
            "(glibc's iconv modules are missing); " +
            std::string(k_save_as)};
    }
    std::unique_ptr<void, int (*)(iconv_t)> closer(cd, iconv_close);
    std::string out(bytes.size() * 3 + 4, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char* to = out.data();
    std::size_t to_left = out.size();
    if (iconv(cd, &in, &in_left, &to, &to_left) == static_cast<std::size_t>(-1)) {
        auto offset = static_cast<std::size_t>(in - bytes.data());
        int line = line_at(bytes, offset);
        return Error{fmt::format("byte 0x{:02X} is neither UTF-8 nor Windows-1252; {}",
                                 static_cast<unsigned char>(bytes[offset]), k_save_as),
                     line};
    }
    out.resize(out.size() - to_left);
    return out;
}

/// The offset of the first well-formed UTF-8 sequence of two or more bytes in `bytes`.
std::optional<std::size_t> utf8_sequence(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        auto lead = static_cast<unsigned char>(bytes[i]);
        std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
        if (length > 0 && i + length <= bytes.size() && is_valid_utf8(bytes.substr(i, length))) {
            return i;
        }
    }
    return std::nullopt;
}

}  // namespace

Result<SpreadsheetText> decode_spreadsheet(std::string_view bytes) {
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        return Error{fmt::format("the file is UTF-16 (Excel's \"Unicode text\"); {}", k_save_as),
                     1};
    }
    if (bytes.starts_with("PK\x03\x04")) {
        return Error{
            fmt::format("this is a spreadsheet workbook (.xlsx or .ods), not CSV; {}", k_save_as),
            1};
    }
    if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
        return Error{fmt::format("the file holds a NUL byte, so it is not text; {}", k_save_as),
                     line_at(bytes, nul)};
    }
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (bytes.starts_with(bom)) {
        std::string_view rest = bytes.substr(bom.size());
        std::size_t bad = 0;
        if (!is_valid_utf8(rest, &bad)) {
            return Error{
                fmt::format("the file starts as UTF-8 but is not UTF-8 further on; {}", k_save_as),
                line_at(rest, bad)};
        }
        return SpreadsheetText{std::string(rest), "UTF-8 with byte order mark"};
    }
    std::size_t bad = 0;
    if (is_valid_utf8(bytes, &bad)) {
        return SpreadsheetText{std::string(bytes), "UTF-8"};
    }
    if (auto letter = utf8_sequence(bytes)) {
        // UTF-8 letters (ü as two bytes) and a byte that is not: read as Windows-1252, every
        // ü would become Ã¼. One encoding or the other, never a guess.
        return Error{
            fmt::format("the file mixes encodings: it has UTF-8 letters (line {}), but "
                        "byte 0x{:02X} is not UTF-8; {}",
                        line_at(bytes, *letter), static_cast<unsigned char>(bytes[bad]), k_save_as),
            line_at(bytes, bad)};
    }
    auto converted = from_windows_1252(bytes);
    if (!converted) {
        return converted.error();
    }
    return SpreadsheetText{std::move(*converted), "Windows-1252"};
}

namespace {

/// The separator the header line uses most: `;` before `,` before tab on a tie, `,` when it
/// has none (a table of one column).
char detect_separator(std::string_view text) {
    std::array<std::size_t, 3> counts{};
    constexpr std::array<char, 3> candidates{';', ',', '\t'};
    bool quoted = false;
    for (char c : text) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted) {
            for (std::size_t i = 0; i < candidates.size(); ++i) {
                counts[i] += c == candidates[i];
            }
        }
    }
    auto best = std::max_element(counts.begin(), counts.end());
    return *best == 0 ? ',' : candidates[static_cast<std::size_t>(best - counts.begin())];
}

bool all_empty(const std::vector<std::string>& fields) {
    return std::all_of(fields.begin(), fields.end(),
                       [](const std::string& f) { return f.empty(); });
}

}  // namespace

Result<CsvTable> parse_csv(std::string_view text) {
    CsvTable table;
    int line = 1;
    std::size_t i = 0;
    // Excel's hint line: `sep=;`.
    if (text.starts_with("sep=") && text.size() >= 5 && text[4] != '\n' && text[4] != '\r' &&
        (text.size() == 5 || text[5] == '\n' || text[5] == '\r')) {
        table.separator = text[4];
        i = 5;
        if (i < text.size() && text[i] == '\r') {
            ++i;
        }
        if (i < text.size() && text[i] == '\n') {
            ++i;
        }
        line = 2;
    } else {
        table.separator = detect_separator(text);
    }
    const char sep = table.separator;

    bool have_header = false;
    while (i < text.size()) {
        CsvRow row{line, {}};
        std::string field;
        bool row_done = false;
        while (!row_done) {
            if (i < text.size() && text[i] == '"') {
                int opened = line;
                ++i;
                while (true) {
                    if (i >= text.size()) {
                        return Error{fmt::format("field {} has an opening quote (\") that is "
                                                 "never closed",
                                                 row.fields.size() + 1),
                                     opened};
                    }
                    char c = text[i++];
                    if (c == '"') {
                        if (i < text.size() && text[i] == '"') {
                            field += '"';
                            ++i;
                            continue;
                        }
                        break;
                    }
                    if (c == '\r') {
                        if (i < text.size() && text[i] == '\n') {
                            ++i;
                        }
                        c = '\n';
                    }
                    if (c == '\n') {
                        ++line;
                    }
                    field += c;
                }
                if (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r') {
                    return Error{fmt::format("field {} has text after its closing quote; quote "
                                             "the whole field and double the quotes inside "
                                             "(\"\")",
                                             row.fields.size() + 1),
                                 line};
                }
            } else {
                while (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r') {
                    field += text[i++];
                }
            }
            row.fields.push_back(std::move(field));
            field.clear();
            if (i < text.size() && text[i] == sep) {
                ++i;
                continue;
            }
            // End of the line or of the text.
            if (i < text.size() && text[i] == '\r') {
                ++i;
            }
            if (i < text.size() && text[i] == '\n') {
                ++i;
            }
            ++line;
            row_done = true;
        }
        if (!have_header) {
            if (all_empty(row.fields)) {
                continue;  // blank lines before the header
            }
            table.header = std::move(row.fields);
            table.header_line = row.line;
            have_header = true;
            continue;
        }
        if (all_empty(row.fields)) {
            continue;
        }
        if (row.fields.size() > table.header.size()) {
            bool extra =
                std::any_of(row.fields.begin() + static_cast<long>(table.header.size()),
                            row.fields.end(), [](const std::string& f) { return !f.empty(); });
            if (extra) {
                return Error{fmt::format("this row has {} fields, but the header (line {}) names "
                                         "only {} columns",
                                         row.fields.size(), table.header_line, table.header.size()),
                             row.line};
            }
            row.fields.resize(table.header.size());
        }
        row.fields.resize(table.header.size());
        table.rows.push_back(std::move(row));
    }
    if (!have_header) {
        return Error{"the file is empty; its first line must name the columns", 1};
    }
    return table;
}

}  // namespace integra
