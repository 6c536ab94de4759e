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

template <class T>
Result<T> decode(const yaml::Node& root);

template <class T>
yaml::Node encode(const T& record);

#define INTEGRA_TYPED_RECORD(T)                              \
    extern template Result<T> decode<T>(const yaml::Node&); \
    extern template yaml::Node encode<T>(const T&);
INTEGRA_TYPED_RECORD(Pilot)
INTEGRA_TYPED_RECORD(Assignment)
INTEGRA_TYPED_RECORD(Household)
INTEGRA_TYPED_RECORD(Refugee)
INTEGRA_TYPED_RECORD(HousingUnit)
INTEGRA_TYPED_RECORD(Project)
INTEGRA_TYPED_RECORD(Ag)
INTEGRA_TYPED_RECORD(Meeting)
INTEGRA_TYPED_RECORD(SettingsFile)
#undef INTEGRA_TYPED_RECORD

}  // namespace integra::records
