#include "refugees/names.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace integra::refugees {

namespace {

// --- Step 1: letters to lower-case ASCII ----------------------------------------------------
// Diacritics are dropped, not expanded (ü → u, not ue): a German clerk writes Müller, the
// district's software Muller or Mueller; rule `ue → u` below makes all three one key.

struct Fold {
    char32_t first, last;
    const char* ascii;
};

constexpr Fold k_folds[] = {
    // Latin-1 Supplement (× and ÷ are separators, see is_separator)
    {0xC0, 0xC5, "a"},
    {0xC6, 0xC6, "ae"},
    {0xC7, 0xC7, "c"},
    {0xC8, 0xCB, "e"},
    {0xCC, 0xCF, "i"},
    {0xD0, 0xD0, "d"},
    {0xD1, 0xD1, "n"},
    {0xD2, 0xD6, "o"},
    {0xD8, 0xD8, "o"},
    {0xD9, 0xDC, "u"},
    {0xDD, 0xDD, "y"},
    {0xDE, 0xDE, "th"},
    {0xDF, 0xDF, "ss"},
    {0xE0, 0xE5, "a"},
    {0xE6, 0xE6, "ae"},
    {0xE7, 0xE7, "c"},
    {0xE8, 0xEB, "e"},
    {0xEC, 0xEF, "i"},
    {0xF0, 0xF0, "d"},
    {0xF1, 0xF1, "n"},
    {0xF2, 0xF6, "o"},
    {0xF8, 0xF8, "o"},
    {0xF9, 0xFC, "u"},
    {0xFD, 0xFD, "y"},
    {0xFE, 0xFE, "th"},
    {0xFF, 0xFF, "y"},
    // Latin Extended-A, in alphabetical runs of capital and small letters (ı and İ are i)
    {0x100, 0x105, "a"},
    {0x106, 0x10D, "c"},
    {0x10E, 0x111, "d"},
    {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"},
    {0x124, 0x127, "h"},
    {0x128, 0x131, "i"},
    {0x132, 0x133, "ij"},
    {0x134, 0x135, "j"},
    {0x136, 0x138, "k"},
    {0x139, 0x142, "l"},
    {0x143, 0x14B, "n"},
    {0x14C, 0x151, "o"},
    {0x152, 0x153, "oe"},
    {0x154, 0x159, "r"},
    {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"},
    {0x168, 0x173, "u"},
    {0x174, 0x175, "w"},
    {0x176, 0x178, "y"},
    {0x179, 0x17E, "z"},
    {0x17F, 0x17F, "s"},
    // Letters of the scholarly transliteration of Arabic and of Romanian that reach records
    {0x1E6, 0x1E7, "g"},
    {0x218, 0x219, "s"},
    {0x21A, 0x21B, "t"},
    {0x1E0C, 0x1E0D, "d"},
    {0x1E24, 0x1E25, "h"},
    {0x1E62, 0x1E63, "s"},
    {0x1E6C, 0x1E6D, "t"},
    {0x1E92, 0x1E93, "z"},
};

/// Hyphens, apostrophes, spaces and the like: they separate the parts of a name and are then
/// dropped, so Al-Jaburi, Al Jaburi and Aljaburi are one key.
bool is_separator(char32_t c) {
    if (c < 0x80) {
        return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
    return c == 0xA0 || c == 0xB4 || c == 0xD7 || c == 0xF7 || (c >= 0x2BB && c <= 0x2BF) ||
           (c >= 0x2010 && c <= 0x201F) || c == 0x2032;
}

/// The next code point of `s` from `i` (advanced past it); a byte that does not start valid
/// UTF-8 is returned as itself, so nothing is lost.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b = byte(i);
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
    if (extra == 0 || i + extra >= s.size()) {
        ++i;
        return b;
    }
    char32_t c = b & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return b;
        }
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    i += extra + 1;
    return c;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

/// The name's parts (split at separators), folded to lower-case ASCII where a rule says how.
std::vector<std::string> folded_parts(std::string_view name) {
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < name.size();) {
        char32_t c = next_code_point(name, i);
        if (is_separator(c)) {
            if (!parts.back().empty()) {
                parts.emplace_back();
            }
        } else if (c < 0x80) {
            parts.back() += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else {
            auto fold = std::find_if(std::begin(k_folds), std::end(k_folds),
                                     [c](const Fold& f) { return c >= f.first && c <= f.last; });
            if (fold != std::end(k_folds)) {
                parts.back() += fold->ascii;
            } else {
                append_utf8(parts.back(), c);
            }
        }
    }
    if (parts.back().empty()) {
        parts.pop_back();
    }
    return parts;
}

// --- Step 2: spelling rules, applied to each part in this order -----------------------------
// Each replaces every occurrence. They unify how German, English and French offices write the
// same sound; the order matters (`ee` before `ae`, so Saeed becomes said, not saed).

constexpr std::pair<std::string_view, std::string_view> k_spellings[] = {
    {"sch", "sh"},  // German Schukri, English Shukri
    {"dsh", "j"},   // German Dschamal, English Jamal (after sch → sh)
    {"dj", "j"},    // French Djamila
    {"ph", "f"},    // Mustapha, Mustafa
    {"ck", "k"},    //
    {"q", "k"},     // Qasim, Kasim
    {"ou", "u"},    // French Youssef, Mouhamed
    {"oo", "u"},    // English Noor, Nur
    {"ee", "i"},    // English Yaseen, Saeed
    {"ei", "ai"},   // Hussein, Husain
    {"ue", "u"},    // German Müller written Mueller
    {"ae", "a"},    // German Jäger written Jaeger
    {"oe", "o"},    // German Özdemir written Oezdemir
};

/// `aa` → `a`: Mohammed and Mohamed, Hassan and Hasan, Youssef and Yusef.
/// Only ASCII letters: a repeated byte inside another script's UTF-8 is not a double letter.
void collapse_doubles(std::string& s) {
    auto ascii_twin = [](char a, char b) { return a == b && a >= 'a' && a <= 'z'; };
    s.erase(std::unique(s.begin(), s.end(), ascii_twin), s.end());
}

/// A final `-eh` or `-ah` is the Persian and Arabic spelling of a final `-a`: Fatemeh,
/// Zahrah.
void unify_ending(std::string& s) {
    if (s.size() > 3 && (s.ends_with("eh") || s.ends_with("ah"))) {
        s.replace(s.size() - 2, 2, "a");
    }
}

// --- Step 3: whole parts that are the same name in another transliteration ------------------
// After steps 1 and 2, each variant on the right becomes the spelling on the left. Only names
// whose variants differ in more than the rules above; names that merely sound alike (Hasan and
// Husain, Amina and Amira) are different names and must stay different.

struct Variants {
    std::string_view canonical;
    std::array<std::string_view, 6> variants;
};

constexpr Variants k_names[] = {
    {"muhamad", {"mohamed", "mohamad", "muhamed", "mohamud", "muhamet", "mohamet"}},
    {"husain", {"hosain", "husayn", "hosayn", "husin", "hosin", ""}},
    {"ahmad", {"ahmed", "ahmet", "ahmat", "", "", ""}},
    {"yusuf", {"yusef", "yosef", "yusif", "jusuf", "yosuf", "jusef"}},
    {"fatima", {"fatema", "fatme", "fatime", "", "", ""}},
    {"ibrahim", {"ebrahim", "ibrahem", "ebrahem", "", "", ""}},
    {"mustafa", {"mostafa", "", "", "", "", ""}},
    {"mahmud", {"mahmod", "", "", "", "", ""}},
    {"umar", {"omar", "omer", "umer", "", "", ""}},
    {"usman", {"osman", "othman", "uthman", "", "", ""}},
    {"al", {"el", "ul", "", "", "", ""}},  // the article: El-Sayed, Al-Sayed
};

/// Prefixes of compound names: Abdel Rahman and Abdulrahman, Abdolkarim and Abdulkarim.
constexpr std::pair<std::string_view, std::string_view> k_prefixes[] = {
    {"abdel", "abdul"},
    {"abdol", "abdul"},
    {"abdal", "abdul"},
};

void apply_spellings(std::string& s) {
    for (const auto& [from, to] : k_spellings) {
        for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at)) {
            s.replace(at, from.size(), to);
            at += to.size();
        }
    }
}

void apply_variants(std::string& s) {
    for (const Variants& v : k_names) {
        if (!s.empty() && std::find(v.variants.begin(), v.variants.end(), s) != v.variants.end()) {
            s = std::string(v.canonical);
            return;
        }
    }
    for (const auto& [from, to] : k_prefixes) {
        if (s.starts_with(from)) {
            s.replace(0, from.size(), to);
            return;
        }
    }
}

}  // namespace

std::string normalise_name(std::string_view name) {
    std::string out;
    for (std::string& part : folded_parts(name)) {
        apply_spellings(part);
        collapse_doubles(part);
        unify_ending(part);
        apply_variants(part);
        out += part;
    }
    return out;
}

bool same_person(const records::Refugee& a, const records::Refugee& b) {
    if (a.birth_date != b.birth_date) {
        return false;
    }
    std::string given_a = normalise_name(a.name.given), family_a = normalise_name(a.name.family);
    std::string given_b = normalise_name(b.name.given), family_b = normalise_name(b.name.family);
    std::string whole_a = given_a + family_a;
    if (whole_a.empty()) {
        return false;
    }
    return whole_a == given_b + family_b || whole_a == family_b + given_b;
}

const records::Refugee* find_same_person(const std::vector<records::Refugee>& people,
                                         const records::Refugee& person) {
    for (const records::Refugee& other : people) {
        if (other.id != person.id && same_person(other, person)) {
            return &other;
        }
    }
    return nullptr;
}

}  // namespace integra::refugees
