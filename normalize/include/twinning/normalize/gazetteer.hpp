#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace twinning::normalize {

// A city of the gazetteer: GeoNames' cities of more than 15,000 people, as
// Debian's libgeonames ships them (CC BY 4.0), compiled in at build time by
// tools/gen_place_tables.cpp.
struct Place {
    std::string_view name;          // as GeoNames writes it: `Žilina`, `Lodz`
    std::string_view folded;        // text::fold_key of the name
    std::string_view country_code;  // ISO 3166-1 alpha-2
    std::string_view region;        // the state or region, as GeoNames writes it
    std::string_view region_code;   // its ISO 3166-2 code, or empty where iso-codes names it otherwise
    std::uint32_t population = 0;
    float latitude = 0;
    float longitude = 0;
};

// Every place, sorted by folded name, then country, then population
// (largest first).
[[nodiscard]] std::span<const Place> gazetteer();

// The places whose name folds to `folded` (text::fold_key), in any country:
// one hash probe.
[[nodiscard]] std::span<const Place> places_named(std::string_view folded);

// Those of them in one country.
[[nodiscard]] std::span<const Place> places_in(std::string_view folded, std::string_view country_code);

}  // namespace twinning::normalize
