#include "ops/share.hpp"

#include <cstdlib>

namespace integra::ops {

namespace fs = std::filesystem;

fs::path share_dir() {
    if (const char* env = std::getenv("INTEGRA_SHARE"); env && *env) {
        return env;
    }
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        fs::path installed = exe.parent_path().parent_path() / "share" / "integra";
        if (fs::is_directory(installed / "presets", ec)) {
            return installed;
        }
    }
    if (fs::is_directory(fs::path(INTEGRA_INSTALL_SHARE) / "presets", ec)) {
        return INTEGRA_INSTALL_SHARE;
    }
    return INTEGRA_SOURCE_SHARE;
}

}  // namespace integra::ops
