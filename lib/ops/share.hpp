#pragma once

#include <filesystem>

namespace integra::ops {

/// The directory of what integra ships (presets, catalogues): $INTEGRA_SHARE, else
/// `<exe dir>/../share/integra` when it holds presets (an installed binary, wherever it was
/// installed or moved to), else the source tree's `data/` (a binary in its build tree).
std::filesystem::path share_dir();

}  // namespace integra::ops
