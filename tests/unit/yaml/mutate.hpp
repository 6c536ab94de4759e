#pragma once
// Random damage to a record file's text, for the reader's mutation tests: YAML-significant
// characters inserted, bytes deleted or replaced, lines duplicated, the text cut short,
// indentation changed. Deterministic for a given generator state.

#include <random>
#include <string>
#include <string_view>

namespace integra::test {

/// Characters that mean something to YAML, and some that should never be in a record.
inline constexpr char k_alphabet_bytes[] =
    ":-?[]{},#&*!|>'\"%@` \t\n\r\\\x00\x07\x7F\xC3\xA4\xEF\xBB\xBF";
inline constexpr std::string_view k_alphabet(k_alphabet_bytes, sizeof k_alphabet_bytes - 1);

inline std::string mutate(std::string text, std::mt19937& rng) {
    auto pick = [&](std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(rng() % n); };
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < edits; ++i) {
        std::size_t at = pick(text.size() + 1);
        switch (rng() % 6) {
            case 0:  // insert a YAML-significant character
                text.insert(at, 1, k_alphabet[pick(k_alphabet.size())]);
                break;
            case 1:  // delete a run of bytes
                text.erase(at, 1 + pick(8));
                break;
            case 2:  // replace a byte with a random one
                if (at < text.size()) {
                    text[at] = static_cast<char>(rng() % 256);
                }
                break;
            case 3: {  // duplicate a line
                std::size_t start = text.rfind('\n', at == 0 ? 0 : at - 1);
                start = start == std::string::npos ? 0 : start + 1;
                std::size_t end = text.find('\n', start);
                std::string line = text.substr(start, end == std::string::npos ? end : end - start);
                text.insert(start, line + "\n");
                break;
            }
            case 4:  // truncate
                text.resize(at);
                break;
            default:  // change indentation
                text.insert(at, std::string(1 + pick(3), ' '));
                break;
        }
    }
    return text;
}

}  // namespace integra::test
