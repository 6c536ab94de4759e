#pragma once
// Names compared the way a caseworker would: one person is often written down differently by
// the district, the citizens' office and the intake (Mohammed or Muhammad, Hussein or Husain,
// Yılmaz or Yilmaz, given and family name swapped). The rules are in names.cpp, in one table.

#include <string>
#include <string_view>
#include <vector>

#include "records/types.hpp"

namespace integra::refugees {

/// `name` reduced to a key for comparison: lower case ASCII letters without separators, after
/// folding diacritics (Latin-1 Supplement, Latin Extended-A and the transliteration letters
/// ǧ ș ț ḍ ḥ ṣ ṭ ẓ), unifying hyphens, apostrophes and spaces, and the transliteration rules of
/// names.cpp (Mohammed → muhamad, Hussein → husain, ou → u, double letters …). Letters of other
/// scripts are kept as they are. Never fails; an empty or separator-only name gives "".
std::string normalise_name(std::string_view name);

/// True when `a` and `b` are probably one person: the same birth date, and the given and
/// family names, normalised, spell the same in either order (which also catches a compound name
/// split differently: `Mohammed Ali` / `Hassan` and `Mohammed` / `Ali Hassan`). Names that
/// normalise to nothing never match.
bool same_person(const records::Refugee& a, const records::Refugee& b);

/// The first person in `people` (other than one with `person`'s ID) who is `same_person` as
/// `person`, or nullptr.
const records::Refugee* find_same_person(const std::vector<records::Refugee>& people,
                                         const records::Refugee& person);

}  // namespace integra::refugees
