#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace twinning::cli {

// Pairs of 0-based line numbers, in order, where `before` and `after` are
// known to line up. The diff compares only what lies between two of them,
// so its cost follows the pieces, not the whole files.
using AlignedLines = std::span<const std::pair<std::size_t, std::size_t>>;

// The change from `before` to `after` as a unified diff with three lines
// of context, headed `--- a/NAME` and `+++ b/NAME`; empty when they are
// equal. A last line without a line break is marked as diff(1) marks it.
[[nodiscard]] std::string unified_diff(std::string_view name, std::string_view before, std::string_view after,
                                       AlignedLines aligned = {});

}  // namespace twinning::cli
