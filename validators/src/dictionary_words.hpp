#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace twinning::validators {

// What tools/gen_word_list.cpp makes from the en_US and en_GB hunspell
// dictionaries at build time, compiled in.

// Every form the dictionaries accept, sorted bytewise, each ended by a line
// break.
extern const std::string_view dictionary_words;

// Where each word starts in `dictionary_words`, and one past the last.
extern const std::span<const std::uint32_t> dictionary_word_starts;

// How many bytes each word shares with the word before it: with the
// sorting, what makes the list a trie.
extern const std::span<const std::uint8_t> dictionary_word_shared;

// How common each word is, from 0 (among SCOWL's 50,000 most common) to 5
// (in no SCOWL list).
extern const std::span<const std::uint8_t> dictionary_word_tiers;

// A misspelling people make and what they meant, from the dictionaries' REP
// tables: `ph` for `f`, `alot` for `a_lot` (`_` is a space).
struct DictionaryReplacement {
    std::string_view written;
    std::string_view meant;
};
extern const std::span<const DictionaryReplacement> dictionary_replacements;

}  // namespace twinning::validators
