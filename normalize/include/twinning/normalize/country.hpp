#pragma once

#include <optional>
#include <string_view>

namespace twinning::normalize {

struct CountryRef {
    std::string_view alpha2;
    std::string_view name;   // ISO short name, e.g. `United Kingdom`
    bool via_alias = false;  // found through the alias table, not ISO itself
};

struct SubdivisionRef {
    std::string_view code;  // ISO 3166-2, e.g. `US-PA`
    std::string_view name;
};

// A country by any ISO name or code (`Czechia`, `Czech Republic`, `USA`),
// then by the small table of true aliases (`Great Britain`, `Turkey`).
// Case, diacritics and full stops do not matter.
[[nodiscard]] std::optional<CountryRef> find_country(std::string_view written);

[[nodiscard]] std::optional<CountryRef> country_by_alpha2(std::string_view alpha2);

// A region of `alpha2` by its ISO name or the code after the dash.
[[nodiscard]] std::optional<SubdivisionRef> find_subdivision(std::string_view alpha2, std::string_view written);

// The ISO country name closest to a misspelled one, if any is close.
[[nodiscard]] std::optional<std::string_view> closest_country_name(std::string_view written);

}  // namespace twinning::normalize
