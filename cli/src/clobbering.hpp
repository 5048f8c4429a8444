#pragma once

// The one check before a run writes anything: no output may name an input,
// the baseline or another output.

#include <optional>
#include <string>

#include "commands.hpp"

namespace twinning::cli {

// Why the outputs cannot be written, when one of them names an input or
// another output: writing it would destroy what the run reads or writes.
// A baseline may be rewritten from itself, which is how it is refreshed.
// `records` is the records' output, empty for standard output.
[[nodiscard]] std::optional<std::string> clobbering(const RunOptions& options, const std::string& records);

}  // namespace twinning::cli
