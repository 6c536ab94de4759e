#pragma once
// A new record built from command-line words. A word typed for an enum field (`--gender q`)
// that is none of the field's words cannot be held by the struct; it is kept aside and put
// into the new record's tree as typed, so that validation reports it with the message `check`
// gives for the same mistake in a file.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "records/vocabulary.hpp"
#include "yaml/node.hpp"

namespace integra::ops {

class UnknownWords {
  public:
    /// `text` as an E; when it is none of E's words, remembers it for the field at `path`
    /// (dotted, list items by index: `languages.0.level`) and returns E's first word.
    template <records::Vocabulary E>
    E read(std::string path, std::string_view text) {
        if (auto value = records::parse_word<E>(text)) {
            return *value;
        }
        m_words.emplace_back(std::move(path), std::string(text));
        return words(E{}).front().value;
    }

    /// Puts every remembered word into `tree` (the encoded new record) at its path.
    void put_into(yaml::Node& tree) const;

  private:
    std::vector<std::pair<std::string, std::string>> m_words;
};

}  // namespace integra::ops
