#pragma once

// The gazetteer's tables, generated at build time by
// tools/gen_place_tables.cpp. See twinning/normalize/gazetteer.hpp.

#include <cstdint>
#include <span>

#include "twinning/normalize/gazetteer.hpp"

namespace twinning::normalize::places {

using normalize::Place;

// Every place, sorted by folded name, country and population.
extern const std::span<const Place> table;

// Open addressing over the folded names, a power of two long: each slot the
// first row of one name plus one, or 0 when empty, probed linearly from
// text::stable_hash(folded).
extern const std::span<const std::uint32_t> name_slots;

}  // namespace twinning::normalize::places
