#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace twinning::normalize {

struct Population {
    std::uint64_t count = 0;
    std::optional<int> year;
};

// Reads `281 711 (2021)`: a count whose thousands may be grouped with a
// space, NBSP, narrow NBSP, thin space, comma or dot, then optionally the
// year of the count in brackets. Anything else is not a population.
[[nodiscard]] std::optional<Population> parse_population(std::string_view value);

}  // namespace twinning::normalize
