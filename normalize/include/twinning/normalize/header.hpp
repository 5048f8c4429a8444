#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "twinning/normalize/pieces.hpp"

namespace twinning::normalize {

// A header `Name (Country[ - Region])` cut into its parts. The country
// group is the last bracket group, so `Frankfurt (Oder) (Germany)` keeps
// its own brackets in the name. Without brackets, a last part after a comma
// or a spaced dash that names a country is the country: `Tulln, Austria`,
// `Salem, Oregon, United States`. Offsets are within the header text.
struct HeaderParts {
    Piece name;
    std::optional<Piece> country;
    std::optional<Piece> region;
};

[[nodiscard]] HeaderParts split_header(std::string_view header);

// The header as `fmt` writes it: `Name (Country - Region)` with spaces
// cleaned, when it has those parts and reads back into the same ones;
// otherwise the text as written with spaces cleaned.
[[nodiscard]] std::string canonical_header(std::string_view header);

// `USA - Pennsylvania`, `Pennsylvania - USA`, `Oregon, USA` or `USA, Texas`
// into country and region. The dash may be an en or em dash, or a hyphen with spaces around
// it, so `Guinea-Bissau` stays whole; at a comma the country is the side
// that names one. A whole text that names a country is never cut.
struct CountryParts {
    Piece country;
    std::optional<Piece> region;
};

[[nodiscard]] CountryParts split_country_region(Piece group);

}  // namespace twinning::normalize
