#pragma once

#include <string>
#include <string_view>

namespace twinning::cli {

// The change from `before` to `after` as a unified diff with three lines
// of context, headed `--- a/NAME` and `+++ b/NAME`; empty when they are
// equal. A last line without a line break is marked as diff(1) marks it.
[[nodiscard]] std::string unified_diff(std::string_view name, std::string_view before, std::string_view after);

}  // namespace twinning::cli
