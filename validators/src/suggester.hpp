#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dictionary_words.hpp"
#include "word_list.hpp"

namespace twinning::validators {

// Suggestions for a word the dictionaries do not know: the words a typist
// most likely meant, found in the word list without hunspell.
//
// Every word within two plain edits is found by one walk of the sorted list
// as a trie: a row of the weighted edit distance is worked out per prefix,
// shared by every word under it, and a prefix that already costs too much is
// skipped whole with a binary search. Edits cost what typo_costs.hpp says, so
// a swap or a doubled letter ranks before a stray key. Beside the walk come
// the dictionaries' REP misspellings, sound-alike endings, and two words run
// together. A rarer word costs more, by how common SCOWL says it is.
class Suggester {
public:
    Suggester(const WordList& words, std::span<const DictionaryReplacement> replacements);

    // The suggester over the installed dictionaries.
    [[nodiscard]] static const Suggester& dictionaries();

    // Up to `limit` suggestions, best first, in the misspelling's case
    // (`Aktivity` gives `Activity`); possibly none.
    [[nodiscard]] std::vector<std::string> suggest(std::string_view misspelling, std::size_t limit) const;

private:
    const WordList* words_;
    std::span<const DictionaryReplacement> replacements_;
};

}  // namespace twinning::validators
