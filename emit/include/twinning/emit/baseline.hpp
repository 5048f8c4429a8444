#pragma once

#include <string>
#include <vector>

#include "twinning/model/diagnostic.hpp"

namespace twinning::emit {

// The version a baseline file states, which its reader checks.
inline constexpr int baseline_version = 1;

// A baseline of `diagnostics` as JSON text. Besides each fingerprint it
// keeps the rule, file, line and message, for a reader; only the
// fingerprint is matched.
[[nodiscard]] std::string baseline_text(const std::vector<model::Diagnostic>& diagnostics,
                                        const model::Sources& sources);

}  // namespace twinning::emit
