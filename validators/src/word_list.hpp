#pragma once

#include <string_view>
#include <vector>

namespace twinning::validators {

// The dictionaries' words, looked up without hunspell: a word they surely
// know is settled here, and only the rest goes to hunspell, which then
// loads. The list holds only forms hunspell accepts, so `knows` is never
// wrong when it says yes; it may say no to a rare form the build did not
// expand, which hunspell then settles.
class WordList {
public:
    // `sorted` holds the words sorted bytewise, each ended by a line break.
    explicit WordList(std::string_view sorted);

    // The list of the installed dictionaries, made on first use.
    [[nodiscard]] static const WordList& dictionaries();

    // True when the list has the word as hunspell reads it: with `’` taken
    // as `'`, and a capitalised or all-capital ASCII word as its lower-case
    // or capitalised form.
    [[nodiscard]] bool knows(std::string_view word) const;

    [[nodiscard]] std::size_t size() const { return words_.size(); }

private:
    [[nodiscard]] bool has(std::string_view word) const;

    std::vector<std::string_view> words_;
};

}  // namespace twinning::validators
