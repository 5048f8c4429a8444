#pragma once

// A word list of a few words, laid out as the build step lays out the
// dictionaries' list, for tests that need to know every word in it.

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "word_list.hpp"

namespace twinning_test {

class SmallWordList {
public:
    // Each word with its tier; sorted here, as the build step sorts.
    explicit SmallWordList(std::vector<std::pair<std::string, std::uint8_t>> words) {
        std::ranges::sort(words);
        std::string_view previous;
        for (const auto& [word, tier] : words) {
            starts_.push_back(static_cast<std::uint32_t>(text_.size()));
            text_ += word + "\n";
            const auto [end, _] = std::ranges::mismatch(previous, word);
            shared_.push_back(static_cast<std::uint8_t>(end - previous.begin()));
            tiers_.push_back(tier);
            previous = word;
        }
        starts_.push_back(static_cast<std::uint32_t>(text_.size()));
    }

    SmallWordList(const SmallWordList&) = delete;
    SmallWordList& operator=(const SmallWordList&) = delete;

    [[nodiscard]] twinning::validators::WordList list() const {
        return twinning::validators::WordList({.text = text_, .starts = starts_, .shared = shared_, .tiers = tiers_});
    }

private:
    std::string text_;
    std::vector<std::uint32_t> starts_;
    std::vector<std::uint8_t> shared_;
    std::vector<std::uint8_t> tiers_;
};

}  // namespace twinning_test
