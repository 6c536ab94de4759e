#pragma once

#include <filesystem>

namespace integra::ops {

/// The directory of what integra ships (presets, catalogues): $INTEGRA_SHARE, else
/// `<prefix>/share/integra` beside the installed binary, else the source tree's `data/`.
std::filesystem::path share_dir();

}  // namespace integra::ops
