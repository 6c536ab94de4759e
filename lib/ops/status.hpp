#pragma once
// `integra status`: what is in the data directory and what needs attention.

#include <string>
#include <utility>
#include <vector>

#include "check/check.hpp"
#include "records/settings.hpp"
#include "store/store.hpp"

namespace integra::ops {

struct Status {
    records::Settings settings;
    std::vector<std::pair<const records::Kind*, std::size_t>> counts;
    check::Report check;
    bool git = false;
    std::vector<std::string> uncommitted;  ///< as `git status --short` in the data dir
    std::vector<std::string> attention;    ///< what needs doing, one sentence each
};

/// Counts, the check summary and the git state of the data directory.
Status status(const store::Store& store, const Date& today);

}  // namespace integra::ops
