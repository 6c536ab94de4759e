#pragma once
// Between a record's tree and its typed struct (records/types.hpp).
//
// decode<T> reads a tree that `check` would accept into T; on a tree it would not, it returns
// the first problem (a missing field, a value of the wrong type) with its position, so callers
// never see a half-filled struct. encode<T> builds the tree back; store::canonical_bytes of that
// tree with the kind's spec is the file integra writes.

#include "records/types.hpp"
#include "util/error.hpp"
#include "yaml/node.hpp"

namespace integra::records {

/// Defined for Pilot, Assignment, Household, Refugee, HousingUnit, Project, Ag, Meeting, Erasure
/// and SettingsFile (instantiated in typed.cpp; another type does not link).
template <class T>
Result<T> decode(const yaml::Node& root);

template <class T>
yaml::Node encode(const T& record);

}  // namespace integra::records
