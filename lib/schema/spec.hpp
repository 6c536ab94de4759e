#pragma once
// A declarative description of a record's shape: which keys, in which (canonical) order, of
// which type. One Spec drives validation (validate.hpp), normalisation to the canonical form
// and the typing of `integra set` values.

#include <memory>
#include <string_view>
#include <vector>

namespace integra::schema {

enum class Type {
    text,      ///< free text, may be multi-line
    self_id,   ///< the record's own ID; must equal the file name
    ref,       ///< the ID of a record of kind `ref` (or one of `choices`, such as `external`)
    date,      ///< YYYY-MM-DD
    month,     ///< YYYY-MM
    time,      ///< HH:MM, always quoted
    count,     ///< non-negative whole number
    decimal,   ///< non-negative, at most two places (hours)
    money,     ///< non-negative, at most two places, written with two
    boolean,   ///< true or false
    choice,    ///< one of `choices`
    language,  ///< ISO 639 code
    country,   ///< ISO 3166-1 alpha-2, XX, ZZ
    staff,     ///< a staff handle from integra.yaml
    step,      ///< an onboarding step key from integra.yaml
    year,      ///< a four-digit year (dictionary keys)
    map,       ///< fixed keys: `fields`
    list,      ///< items of `item`
    dict,      ///< keys of type `key`, values of `item` (budgets, onboarding steps)
};

struct Field;

struct Spec {
    Type type = Type::text;
    std::vector<std::string_view> choices;  ///< choice values; extra literals for ref
    std::string_view ref;                   ///< kind name for Type::ref
    bool past = false;                      ///< date: must not lie after today
    std::vector<Field> fields;              ///< map
    std::vector<std::string_view> one_of;   ///< map: exactly one of these keys
    std::shared_ptr<const Spec> item;       ///< list item, dict value
    std::shared_ptr<const Spec> key;        ///< dict key
};

struct Field {
    std::string_view key;
    Spec spec;
    bool required = false;
};

/// The field named `key` of a map spec, or nullptr.
const Field* find_field(const Spec& map, std::string_view key);

// Building blocks, used by specs.cpp to declare each kind.
Spec text();
Spec self_id();
Spec ref(std::string_view kind, std::vector<std::string_view> also = {});
Spec date();
Spec past_date();
Spec month();
Spec time_of_day();
Spec count();
Spec decimal();
Spec money();
Spec boolean();
Spec choice(std::vector<std::string_view> values);
Spec language();
Spec country();
Spec staff();
Spec step();
Spec year();
Spec map(std::vector<Field> fields, std::vector<std::string_view> one_of = {});
Spec list(Spec item);
Spec dict(Spec key, Spec value);
Field required(std::string_view key, Spec spec);
Field optional(std::string_view key, Spec spec);

}  // namespace integra::schema
