#include "word_list.hpp"

#include <algorithm>

#include "dictionary_words.hpp"
#include "twinning/text/ascii.hpp"

namespace twinning::validators {

namespace {

[[nodiscard]] bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

std::string plain_apostrophes(std::string_view word) {
    constexpr std::string_view typographic = "\xE2\x80\x99";
    std::string plain;
    plain.reserve(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word.substr(i, typographic.size()) == typographic) {
            plain += '\'';
            i += typographic.size() - 1;
        } else {
            plain += word[i];
        }
    }
    return plain;
}

WordList::WordList(Layout layout) : layout_(layout) {}

const WordList& WordList::dictionaries() {
    static const WordList list({.text = dictionary_words,
                                .starts = dictionary_word_starts,
                                .shared = dictionary_word_shared,
                                .tiers = dictionary_word_tiers});
    return list;
}

std::optional<std::size_t> WordList::find(std::string_view word) const {
    // A binary search by index. (Not over std::views::iota: clang 14, which
    // the fuzz build uses, cannot compile that with GCC 12's library.)
    std::size_t low = 0;
    std::size_t high = size();
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        if (this->word(middle) < word) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    if (low == size() || this->word(low) != word) {
        return std::nullopt;
    }
    return low;
}

std::size_t WordList::end_of_prefix(std::size_t from, std::size_t length) const {
    // A scan of one byte a word: the words under a prefix are together, and
    // each shares at least the prefix with the word before.
    std::size_t end = from + 1;
    while (end < size() && layout_.shared[end] >= length) {
        ++end;
    }
    return end;
}

bool WordList::knows(std::string_view written) const {
    const std::string word = plain_apostrophes(written);
    if (word.empty()) {
        return false;
    }
    if (find(word)) {
        return true;
    }
    // The case hunspell allows for any word: capitalised (`Culture` for
    // `culture`) or all capitals (`CULTURE`, `LONDON` for `London`).
    if (std::ranges::any_of(word, [](char c) { return static_cast<unsigned char>(c) >= 0x80U; })) {
        return false;
    }
    const bool rest_lower = std::ranges::none_of(word.substr(1), is_upper);
    const bool all_upper = std::ranges::none_of(word, is_lower);
    if (!is_upper(word.front()) || !(rest_lower || all_upper)) {
        return false;
    }
    std::string lowered = text::ascii_lowercase(word);
    if (find(lowered)) {
        return true;
    }
    if (all_upper) {
        lowered.front() = word.front();
        return find(lowered).has_value();
    }
    return false;
}

}  // namespace twinning::validators
