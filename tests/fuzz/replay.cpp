// The main() of a fuzz target outside a fuzzing build: runs LLVMFuzzerTestOneInput once on each
// file named on the command line, and on every file under each folder named (hidden names
// skipped), in name order. CTest runs each target this way over its seeds and regressions
// (tests/fuzz/CMakeLists.txt), so that `make test` and `make sanitize` hold every target's
// properties on them with GCC. A broken property aborts, which fails the test.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
    return p.filename().string().starts_with('.');
}

/// The files `arg` names: itself, or the regular files under it.
std::vector<fs::path> inputs(const fs::path& arg) {
    if (!fs::is_directory(arg)) {
        return {arg};
    }
    std::vector<fs::path> out;
    for (auto it = fs::recursive_directory_iterator(arg); it != fs::end(it); ++it) {
        if (hidden(it->path())) {
            it.disable_recursion_pending();
        } else if (it->is_regular_file()) {
            out.push_back(it->path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (LLVMFuzzerInitialize) {
        LLVMFuzzerInitialize(&argc, &argv);
    }
    std::size_t runs = 0;
    for (int i = 1; i < argc; ++i) {
        if (!fs::exists(argv[i])) {
            std::fprintf(stderr, "%s: no such file or folder\n", argv[i]);
            return 2;
        }
        for (const fs::path& file : inputs(argv[i])) {
            std::ifstream in(file, std::ios::binary);
            const std::string bytes{std::istreambuf_iterator<char>(in), {}};
            if (!in) {
                std::fprintf(stderr, "%s: cannot be read\n", file.c_str());
                return 2;
            }
            // A copy of exactly the input's size, so that AddressSanitizer sees a read past it.
            std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
            LLVMFuzzerTestOneInput(data.data(), data.size());
            ++runs;
        }
    }
    std::printf("%zu inputs ran\n", runs);
    return runs > 0 ? 0 : 1;
}
