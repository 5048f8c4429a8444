#pragma once

#include <string_view>

namespace twinning::text {

// Damerau-Levenshtein distance in its optimal-string-alignment form (an
// adjacent swap costs one), counted in bytes. Stops early and returns
// `limit + 1` as soon as the distance must exceed `limit`, so callers pay
// only for near matches.
[[nodiscard]] int bounded_edit_distance(std::string_view a, std::string_view b, int limit);

}  // namespace twinning::text
