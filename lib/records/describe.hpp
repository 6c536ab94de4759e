#pragma once
// The vocabulary of a struct's `describe`: one line per field, naming its key in the file and
// whatever its C++ type does not already say.
//
//     template <class V>
//     void describe(V& v, Pilot& x) {
//         v("id", x.id, is::self_id);      // the record's own ID
//         v("since", x.since, is::past);   // optional (std::optional), a date not after today
//         v("notes", x.notes);             // optional free text
//     }
//
// The type says the rest: std::optional means optional, anything else required; std::string is
// text, Date a date, Money money, an enum one of its words (records/vocabulary.hpp), a vector a
// list, a Dict a mapping with data as keys, a struct with its own `describe` a nested mapping.
// records/typed.cpp decodes and encodes with it; records/derive.hpp builds the schema::Spec
// that `check`, `fmt` and `set` use.

#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace integra::records {

/// What a field's value means, where its C++ type alone does not say it.
enum class Meaning : std::uint8_t {
    plain,     ///< what the type says: text, a date, a count …
    self_id,   ///< text: the record's own ID, equal to its file name
    ref,       ///< text: the ID of a record of kind `Facts::ref`
    past,      ///< a date that may not lie after today
    language,  ///< text: an ISO 639 code
    country,   ///< text: an ISO 3166-1 alpha-2 code, XX or ZZ
    staff,     ///< text: a staff handle listed in integra.yaml
    step,      ///< text: an onboarding step key listed in integra.yaml
    year,      ///< a whole number that is a four-digit year
};

/// The facts `describe` states about one field (or, for a Dict, about its keys).
struct Facts {
    Meaning meaning = Meaning::plain;
    std::string_view ref;          ///< Meaning::ref: the kind referred to (`pilot`)
    std::string_view also;         ///< Meaning::ref: a word allowed instead of an ID
    Meaning key = Meaning::plain;  ///< a Dict's keys
    std::string_view key_ref;      ///< a Dict's keys, when they are references
    bool one_of = false;           ///< exactly one of the struct's fields marked so must be present
};

/// Both facts at once (`is::past | is::one_of`); where both set the same fact, `b` wins.
constexpr Facts operator|(Facts a, const Facts& b) {
    if (b.meaning != Meaning::plain) {
        a.meaning = b.meaning;
        a.ref = b.ref;
        a.also = b.also;
    }
    if (b.key != Meaning::plain) {
        a.key = b.key;
        a.key_ref = b.key_ref;
    }
    a.one_of = a.one_of || b.one_of;
    return a;
}

/// The facts, spelt as `describe` reads them: `v("pilot", x.pilot, is::ref("pilot"))`.
namespace is {
/// The facts that say only what a value means.
constexpr Facts meaning(Meaning m) {
    Facts f;
    f.meaning = m;
    return f;
}

inline constexpr Facts self_id = meaning(Meaning::self_id);
inline constexpr Facts past = meaning(Meaning::past);
inline constexpr Facts language = meaning(Meaning::language);
inline constexpr Facts country = meaning(Meaning::country);
inline constexpr Facts staff = meaning(Meaning::staff);
inline constexpr Facts step = meaning(Meaning::step);
inline constexpr Facts year = meaning(Meaning::year);
inline constexpr Facts one_of = [] {
    Facts f;
    f.one_of = true;
    return f;
}();

/// The ID of a record of `kind`, or the word `also` (`external`) when not empty.
constexpr Facts ref(std::string_view kind, std::string_view also = {}) {
    Facts f = meaning(Meaning::ref);
    f.ref = kind;
    f.also = also;
    return f;
}

/// A Dict whose keys are what `keys` says (`is::keys(is::step)`).
constexpr Facts keys(const Facts& keys) {
    Facts f;
    f.key = keys.meaning;
    f.key_ref = keys.ref;
    return f;
}
}  // namespace is

// --- what the C++ type of a field is ------------------------------------------------------

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

/// A Dict (types.hpp) is a vector of pairs: a mapping whose keys are data.
template <class T>
struct is_dict : std::false_type {};
template <class K, class V>
struct is_dict<std::vector<std::pair<K, V>>> : std::true_type {};

/// A visitor that does nothing; used to test whether a type has a `describe`.
struct Probe {
    template <class T>
    void operator()(std::string_view, T&, const Facts& = {}) {}
};

/// A struct with a `describe` of its fields.
template <class T>
concept Described = requires(Probe& p, T& x) {
    describe(p, x);
};

}  // namespace integra::records
