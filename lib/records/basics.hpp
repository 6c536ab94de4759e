#pragma once
// The value types and small structs that several typed records share (records/types.hpp).

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "records/describe.hpp"
#include "records/vocabulary.hpp"
#include "util/values.hpp"

namespace integra::records {

/// Hours as hundredths (`1.5` is 150); written without trailing zeros.
struct Hours {
    std::int64_t hundredths = 0;
    auto operator<=>(const Hours&) const = default;
};

/// Hours as records and output write them: `2.5`, `2`, `0.25`.
inline std::string format_hours(Hours hours) {
    return format_decimal(Money{hours.hundredths});
}

/// A mapping whose keys are data (onboarding steps, budget years), in the file's order.
template <class K, class V>
using Dict = std::vector<std::pair<K, V>>;

using Count = std::int64_t;

struct PersonName {
    std::string given;
    std::string family;
};
template <class V>
void describe(V& v, PersonName& x) {
    v("given", x.given);
    v("family", x.family);
}

struct LanguageSkill {
    std::string code;  ///< ISO 639
    Level level = Level::native;
};
template <class V>
void describe(V& v, LanguageSkill& x) {
    v("code", x.code, is::language);
    v("level", x.level);
}

}  // namespace integra::records
