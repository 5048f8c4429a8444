#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace twinning::validators {

// The dictionaries' words, sorted bytewise, each with how common it is:
// what says whether a word is English, and the index the suggestions walk.
// The list holds exactly the forms hunspell accepts (tools/gen_word_list.cpp
// checks each one with hunspell at build time), so `knows` answers as
// hunspell does without loading it.
class WordList {
public:
    // The words laid out as dictionary_words.hpp describes them.
    struct Layout {
        std::string_view text;                  // each word ended by a line break
        std::span<const std::uint32_t> starts;  // where each begins, and one past the last
        std::span<const std::uint8_t> shared;   // bytes each shares with the one before
        std::span<const std::uint8_t> tiers;    // how common each is, 0 the most
    };
    explicit WordList(Layout layout);

    // The list of the installed dictionaries, made at build time.
    [[nodiscard]] static const WordList& dictionaries();

    // True when the list has the word as hunspell reads it: with `’` taken
    // as `'`, and a capitalised or all-capital ASCII word as its lower-case
    // or capitalised form. (The case forms hunspell allows beyond those are
    // in the list itself.)
    [[nodiscard]] bool knows(std::string_view word) const;

    [[nodiscard]] std::size_t size() const { return layout_.starts.size() - 1; }
    [[nodiscard]] std::string_view word(std::size_t index) const {
        const std::uint32_t begin = layout_.starts[index];
        return layout_.text.substr(begin, layout_.starts[index + 1] - begin - 1);
    }
    [[nodiscard]] std::uint8_t tier(std::size_t index) const { return layout_.tiers[index]; }
    // The bytes the word shares with the one before it (0 for the first).
    [[nodiscard]] std::size_t shared_with_previous(std::size_t index) const { return layout_.shared[index]; }

    // The first word after `from` that does not share the first `length`
    // bytes of the word at `from`: so a walk skips every word under a prefix.
    [[nodiscard]] std::size_t end_of_prefix(std::size_t from, std::size_t length) const;

    // Where the list has exactly this word.
    [[nodiscard]] std::optional<std::size_t> find(std::string_view word) const;

private:
    Layout layout_;
};

// A word as hunspell reads it: a typographic apostrophe as a plain one
// (ICONV in both affix files).
[[nodiscard]] std::string plain_apostrophes(std::string_view word);

}  // namespace twinning::validators
