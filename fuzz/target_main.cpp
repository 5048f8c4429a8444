// libFuzzer's entry, built once per target: fuzz/CMakeLists.txt defines
// TWINNING_FUZZ_CHECK as the target's check function, so the targets share
// this file rather than each holding a copy of it.

#include <cstddef>
#include <cstdint>

#include "checks.hpp"
#include "support.hpp"

#ifndef TWINNING_FUZZ_CHECK
#error "TWINNING_FUZZ_CHECK must name a function of checks.hpp"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    twinning_fuzz::TWINNING_FUZZ_CHECK(twinning_fuzz::as_text(data, size));
    return 0;
}
