#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

// What each slip of typing costs when a misspelling is matched with a
// dictionary word, in tenths of a plain edit: the likelier the slip, the
// cheaper. Suggestions are the words a misspelling costs least to reach.
// Letters are compared in lower case; bytes beyond ASCII only as equal or
// not.
namespace twinning::validators::typo_cost {

using Cost = std::int32_t;

// A letter typed that the word lacks, with nothing to explain it: the unit
// the other costs are measured against.
inline constexpr Cost plain_edit = 10;
// A letter of the word left out, the commonest slip of all.
inline constexpr Cost missing_letter = 7;
// The most a suggestion may cost: any one slip, even of the first letter,
// or two of the commoner kinds. Beyond it the suggestions are guesses.
inline constexpr Cost most = 18;
// Two neighbouring letters typed in the wrong order (`form` as `from`).
inline constexpr Cost transposition = 6;

// `typed` written where the word has `meant`, at `first` the word's first
// letter. Struck for a letter, a key's neighbour is a likely slip, and so
// is one vowel for another or a consonant that sounds alike (`c` for `k`);
// any other letter is less likely than one added or left out. The first
// letter is rarely the one wrong.
[[nodiscard]] Cost substitution(char meant, char typed, bool first);

// `typed[at]` typed though the word lacks it: cheap when it doubles the
// letter before (`occassion`).
[[nodiscard]] Cost insertion(std::string_view typed, std::size_t at);

// `meant[at]` left out: cheaper still when it is the second of a double
// letter (`ocasion`).
[[nodiscard]] Cost deletion(std::string_view meant, std::size_t at);

// An ending written as the one it sounds like (`-sion` for `-tion`,
// `-ence` for `-ance`): one slip, however many letters differ.
inline constexpr Cost sound_alike_ending = 5;
struct EndingPair {
    std::string_view typed;
    std::string_view meant;
};
[[nodiscard]] std::span<const EndingPair> sound_alike_endings();

// One of the dictionaries' REP misspellings (`ph` for `f`); less when it is
// the whole word, which the dictionary then names as a misspelling people
// make (`alot` for `a lot`).
inline constexpr Cost replacement = 9;
inline constexpr Cost whole_word_replacement = 4;

// Two words run together (`economicscientific`): a space left out, but one
// of many places a word can be cut, so a little more than a letter.
inline constexpr Cost run_together = 12;

// A proper noun offered for a lower-case misspelling (`London` for `londn`).
inline constexpr Cost capital_added = 3;

// How much a rarer word costs: by its tier, 0 the most common.
[[nodiscard]] Cost rarity(std::uint8_t tier);

}  // namespace twinning::validators::typo_cost
