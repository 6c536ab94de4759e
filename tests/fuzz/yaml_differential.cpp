// yaml::read's fast path (yaml/simple_reader.hpp) against yaml-cpp's path: the same answer for
// every input, as tests/unit/yaml/test_simple_reader.cpp defines it — the same error (message,
// line and column) or the same tree, positions, styles and flow flags included.

#include <fmt/format.h>

#include "fuzz.hpp"
#include "yaml/reader.hpp"

using namespace integra;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = fuzz::text_of(data, size);
    const std::string fast = fuzz::answer(yaml::read(bytes));
    const std::string slow = fuzz::answer(yaml::detail::read_with_yaml_cpp(bytes));
    fuzz::require(fast == slow,
                  fmt::format("the fast path answered\n{}\nand yaml-cpp's\n{}", fast, slow));
    return 0;
}
