#include "ops/share.hpp"

#include <cstdlib>

namespace integra::ops {

namespace fs = std::filesystem;

fs::path share_dir() {
    if (const char* env = std::getenv("INTEGRA_SHARE"); env && *env) {
        return env;
    }
    // Beside the executable, not at the prefix it was configured with: `cmake --install
    // --prefix`, DESTDIR staging and a moved installation all keep bin/ and share/ together.
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        fs::path installed = exe.parent_path().parent_path() / "share" / "integra";
        if (fs::is_directory(installed / "presets", ec)) {
            return installed;
        }
    }
    return INTEGRA_SOURCE_SHARE;
}

}  // namespace integra::ops
