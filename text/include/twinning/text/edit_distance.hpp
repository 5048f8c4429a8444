#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace twinning::text {

// Damerau-Levenshtein distance in its optimal-string-alignment form (an
// adjacent swap costs one), counted in bytes. Stops early and returns
// `limit + 1` as soon as the distance must exceed `limit`, so callers pay
// only for near matches.
[[nodiscard]] int bounded_edit_distance(std::string_view a, std::string_view b, int limit);

// How often each byte value occurs, with every byte outside a-z counted as
// one more kind. Worked out once per word, it gives a cheap lower bound on
// the distance between two words.
using LetterCounts = std::array<std::uint16_t, 27>;

[[nodiscard]] LetterCounts count_letters(std::string_view word);

// False when the distance between the words these counts came from must
// exceed `limit`. An insertion or deletion changes the counts by one, a
// substitution by two and a swap not at all, so most words of a table are
// ruled out before the dynamic programme runs.
[[nodiscard]] bool counts_allow_distance(const LetterCounts& a, const LetterCounts& b, int limit);

}  // namespace twinning::text
