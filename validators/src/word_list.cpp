#include "word_list.hpp"

#include <algorithm>
#include <string>

#include "dictionary_words.hpp"

namespace twinning::validators {

namespace {

[[nodiscard]] bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
[[nodiscard]] char lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// hunspell reads a typographic apostrophe as a plain one (ICONV in both
// affix files).
[[nodiscard]] std::string plain_apostrophes(std::string_view word) {
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

}  // namespace

WordList::WordList(std::string_view sorted) {
    words_.reserve(static_cast<std::size_t>(std::ranges::count(sorted, '\n')));
    for (std::size_t begin = 0; begin < sorted.size();) {
        const std::size_t end = sorted.find('\n', begin);
        words_.push_back(sorted.substr(begin, end - begin));
        begin = end == std::string_view::npos ? sorted.size() : end + 1;
    }
}

const WordList& WordList::dictionaries() {
    static const WordList list(dictionary_words);
    return list;
}

bool WordList::has(std::string_view word) const { return std::ranges::binary_search(words_, word); }

bool WordList::knows(std::string_view written) const {
    const std::string word = plain_apostrophes(written);
    if (word.empty()) {
        return false;
    }
    if (has(word)) {
        return true;
    }
    // The case hunspell allows for any word: capitalised (`Culture` for
    // `culture`) or all capitals (`CULTURE`, `LONDON` for `London`). Only
    // for ASCII: the case of other letters is left to hunspell.
    if (std::ranges::any_of(word, [](char c) { return static_cast<unsigned char>(c) >= 0x80U; })) {
        return false;
    }
    const bool rest_lower = std::ranges::none_of(word.substr(1), is_upper);
    const bool all_upper = std::ranges::none_of(word, is_lower);
    if (!is_upper(word.front()) || !(rest_lower || all_upper)) {
        return false;
    }
    std::string lowered = word;
    std::ranges::transform(lowered, lowered.begin(), lower);
    if (has(lowered)) {
        return true;
    }
    if (all_upper) {
        lowered.front() = word.front();
        return has(lowered);
    }
    return false;
}

}  // namespace twinning::validators
