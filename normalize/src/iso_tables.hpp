#pragma once

// Tables generated at build time from the iso-codes package; sorted by key
// so lookups are binary searches. See tools/gen_iso_tables.cpp.

#include <cstdint>
#include <span>
#include <string_view>

namespace twinning::normalize::iso {

struct Country {
    std::string_view alpha2;
    std::string_view alpha3;
    std::string_view name;
};

// Where a key comes from: an alpha-2 or alpha-3 code, an English name of
// ISO 3166-1 (short, official, common, or an inverted one put in natural
// order), or one of iso-codes' translations of those names.
enum class KeyOrigin : std::uint8_t { code, name, translation };

// A place_key of a country's code or names, and the country's alpha-2.
struct Key {
    std::string_view key;
    std::string_view alpha2;
    KeyOrigin origin;
};

// `key` is `cc:` plus the place_key of the subdivision's name or code.
struct Subdivision {
    std::string_view key;
    std::string_view code;
    std::string_view name;
};

extern const std::span<const Country> countries;         // by alpha2
extern const std::span<const Key> country_keys;          // by key
extern const std::span<const Subdivision> subdivisions;  // by key

}  // namespace twinning::normalize::iso
