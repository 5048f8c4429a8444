#pragma once

// The table behind find_country_by_adjective, open to the tests so that
// they can check every row resolves.

#include <span>
#include <string_view>

namespace twinning::normalize {

// A country's adjective in English, and a name of the country that
// find_country knows. The adjective of a nation of the United Kingdom
// names the nation, so it resolves with the nation as its part.
struct CountryAdjective {
    std::string_view adjective;
    std::string_view country;
};

// Sorted by adjective, without case.
[[nodiscard]] std::span<const CountryAdjective> country_adjectives();

}  // namespace twinning::normalize
