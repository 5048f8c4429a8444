#pragma once

// What the fuzz targets share: how a broken invariant is reported, the
// options listings are checked with, and the promise every reader of user
// input keeps about its error messages.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "twinning/twinning.hpp"

namespace twinning_fuzz {

// Prints what broke and aborts, which libFuzzer and the replay tool both
// report as a finding.
[[noreturn]] void fail(std::string_view what);

// libFuzzer's bytes, read as the text a reader is given.
[[nodiscard]] inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};  // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
}

// The options every listing target checks with, built once.
[[nodiscard]] const twinning::Options& listing_options();

// The one file every listing target checks, `fuzz.txt`, and the Sources
// that name it.
[[nodiscard]] const twinning::model::Sources& fuzz_sources();
inline constexpr twinning::model::FileId fuzz_file{0};

// A reader's error is shown on one line of a terminal or a CI log: it must
// say something and hold no line break.
void expect_one_line_message(std::string_view message, std::string_view reader);

}  // namespace twinning_fuzz
