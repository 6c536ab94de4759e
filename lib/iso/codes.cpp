#include "iso/codes.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace integra::iso {

namespace {

/// The tab-separated fields of each line of `text`.
template <std::size_t N>
std::vector<std::array<std::string_view, N>> index(std::string_view text) {
    std::vector<std::array<std::string_view, N>> rows;
    while (!text.empty()) {
        auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        std::array<std::string_view, N> row{};
        for (std::size_t i = 0; i < N; ++i) {
            auto tab = i + 1 < N ? line.find('\t') : std::string_view::npos;
            row[i] = line.substr(0, tab);
            line.remove_prefix(tab == std::string_view::npos ? line.size() : tab + 1);
        }
        rows.push_back(row);
    }
    return rows;
}

template <std::size_t N>
const std::array<std::string_view, N>* lookup(
    const std::vector<std::array<std::string_view, N>>& rows, std::string_view code) {
    auto it = std::lower_bound(rows.begin(), rows.end(), code,
                               [](const auto& row, std::string_view c) { return row[0] < c; });
    return it != rows.end() && (*it)[0] == code ? &*it : nullptr;
}

const std::vector<std::array<std::string_view, 4>>& language_rows() {
    static const auto rows = index<4>(detail::k_language_text);
    return rows;
}

const std::vector<std::array<std::string_view, 3>>& country_rows() {
    static const auto rows = index<3>(detail::k_country_text);
    return rows;
}

}  // namespace

std::optional<Language> find_language(std::string_view code) {
    const auto* row = lookup(language_rows(), code);
    return row ? std::optional<Language>(Language{(*row)[0], (*row)[1], (*row)[2], (*row)[3]})
               : std::nullopt;
}

std::string language_name(std::string_view code) {
    auto l = find_language(code);
    return std::string(l ? l->name : code);
}

std::string language_name(std::string_view code, NameLang lang) {
    auto l = find_language(code);
    if (!l) {
        return std::string(code);
    }
    std::string_view name = lang == NameLang::de ? l->name_de : l->name;
    // iso-codes lists synonyms after a semicolon (`Spanisch; Kastilianisch`): a label takes
    // the first.
    return std::string(name.substr(0, name.find(';')));
}

std::optional<Country> find_country(std::string_view code) {
    if (code == "XX") {
        return Country{"XX", "Stateless", "staatenlos"};
    }
    if (code == "ZZ") {
        return Country{"ZZ", "Unknown", "ungeklärt"};
    }
    const auto* row = lookup(country_rows(), code);
    return row ? std::optional<Country>(Country{(*row)[0], (*row)[1], (*row)[2]}) : std::nullopt;
}

std::string country_name(std::string_view code, NameLang lang) {
    auto c = find_country(code);
    return std::string(!c ? code : lang == NameLang::de ? c->name_de : c->name);
}

std::vector<std::string_view> preferred_language_codes() {
    std::vector<std::string_view> codes;
    for (const auto& row : language_rows()) {
        if (row[0] == row[1]) {
            codes.push_back(row[0]);
        }
    }
    return codes;
}

std::vector<std::string_view> country_codes() {
    std::vector<std::string_view> codes{"XX", "ZZ"};
    for (const auto& row : country_rows()) {
        codes.push_back(row[0]);
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

}  // namespace integra::iso
