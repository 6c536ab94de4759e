#pragma once

#include <string>

#include "schema/spec.hpp"
#include "yaml/node.hpp"

namespace integra::records {

/// The record as JSON, typed by its spec: counts, hours and money as numbers (money with two
/// places), booleans as true/false, everything else as strings; unknown keys as strings too.
std::string to_json(const yaml::Node& root, const schema::Spec& spec);

}  // namespace integra::records
