#pragma once

#include <string_view>

namespace twinning::validators {

// Every form the en_US and en_GB hunspell dictionaries accept, sorted
// bytewise, each ended by a line break: made at build time by
// tools/gen_word_list.cpp, and compiled in.
extern const std::string_view dictionary_words;

}  // namespace twinning::validators
