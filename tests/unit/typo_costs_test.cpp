// What each slip of typing costs the suggestions.

#include "typo_costs.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

namespace cost = twinning::validators::typo_cost;

TEST(TypoCosts, ChargesNothingForTheRightLetterInEitherCase) {
    EXPECT_EQ(cost::substitution('a', 'a', false), 0);
    EXPECT_EQ(cost::substitution('a', 'A', true), 0);
}

// A letter struck for one with nothing in common costs more than one added
// or left out.
TEST(TypoCosts, ChargesMostForAnUnrelatedLetter) {
    EXPECT_GT(cost::substitution('a', 'p', false), cost::plain_edit);
    EXPECT_EQ(cost::substitution('a', 'p', false), cost::substitution('t', 'b', false));
}

TEST(TypoCosts, ChargesLessForANeighbouringKey) {
    const cost::Cost unrelated = cost::substitution('a', 'p', false);
    EXPECT_LT(cost::substitution('a', 's', false), cost::plain_edit);  // same row
    EXPECT_LT(cost::substitution('a', 'q', false), cost::plain_edit);  // the row above
    EXPECT_LT(cost::substitution('d', 'x', false), cost::plain_edit);  // the row below
    EXPECT_EQ(cost::substitution('a', 'd', false), unrelated);         // two keys apart
    EXPECT_EQ(cost::substitution('z', 'd', false), unrelated);
}

TEST(TypoCosts, ChargesLessForOneVowelForAnother) {
    EXPECT_LT(cost::substitution('a', 'i', false), cost::plain_edit);
    EXPECT_LT(cost::substitution('e', 'a', false), cost::plain_edit);
}

TEST(TypoCosts, ChargesLessForAConsonantThatSoundsAlike) {
    EXPECT_LT(cost::substitution('k', 'c', false), cost::substitution('k', 'p', false));
    EXPECT_LT(cost::substitution('s', 'c', false), cost::substitution('s', 'p', false));
}

TEST(TypoCosts, ReadsLettersInEitherCaseAndOtherBytesAsThemselves) {
    EXPECT_EQ(cost::substitution('A', 's', false), cost::substitution('a', 's', false));
    EXPECT_EQ(cost::substitution('\xC3', '\xC3', false), 0);
    EXPECT_EQ(cost::substitution('\xC3', 'a', false), cost::substitution('a', 'p', false));
}

TEST(TypoCosts, ChargesLeastForALetterLeftOut) {
    EXPECT_LT(cost::missing_letter, cost::plain_edit);
    EXPECT_LT(cost::deletion("culture", 3), cost::insertion("culture", 3));
}

TEST(TypoCosts, ChargesMoreForTheFirstLetter) {
    EXPECT_GT(cost::substitution('a', 'p', true), cost::substitution('a', 'p', false));
    EXPECT_GT(cost::insertion("xcat", 0), cost::insertion("cxat", 1));
    EXPECT_GT(cost::deletion("cat", 0), cost::deletion("cat", 1));
}

TEST(TypoCosts, ChargesLessForADoubledOrUndoubledLetter) {
    EXPECT_LT(cost::insertion("occassion", 5), cost::plain_edit);    // the second s
    EXPECT_EQ(cost::insertion("occaxsion", 4), cost::plain_edit);    // an x
    EXPECT_LT(cost::deletion("occasion", 2), cost::plain_edit);      // the second c
    EXPECT_EQ(cost::deletion("occasion", 3), cost::missing_letter);  // the a
}

TEST(TypoCosts, ChargesMoreForRarerWords) {
    for (std::uint8_t tier = 1; tier <= 5; ++tier) {
        EXPECT_GT(cost::rarity(tier), cost::rarity(tier - 1)) << static_cast<int>(tier);
    }
    EXPECT_EQ(cost::rarity(0), 0);
}

TEST(TypoCosts, PairsEachSoundAlikeEndingBothWays) {
    for (const cost::EndingPair& ending : cost::sound_alike_endings()) {
        const auto back = std::ranges::find_if(cost::sound_alike_endings(), [&](const cost::EndingPair& other) {
            return other.typed == ending.meant && other.meant == ending.typed;
        });
        EXPECT_NE(back, cost::sound_alike_endings().end()) << ending.typed << " for " << ending.meant;
    }
}

}  // namespace
