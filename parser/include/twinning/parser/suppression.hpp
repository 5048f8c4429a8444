#pragma once

#include <string_view>
#include <vector>

namespace twinning::parser {

// The rule names in a suppression comment, `# twinning: ignore[a, b]`, as
// views into it. Any other comment gives none. Case and the spaces around
// the names do not matter to the marker; names are kept as written.
[[nodiscard]] std::vector<std::string_view> suppressed_rule_names(std::string_view comment);

}  // namespace twinning::parser
