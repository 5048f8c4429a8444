#include "twinning/text/edit_distance.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace {

using twinning::text::bounded_edit_distance;

TEST(BoundedEditDistance, IsZeroForEqualText) {
    EXPECT_EQ(bounded_edit_distance("population", "population", 2), 0);
    EXPECT_EQ(bounded_edit_distance("", "", 0), 0);
}

TEST(BoundedEditDistance, CountsOneInsertion) { EXPECT_EQ(bounded_edit_distance("populataion", "population", 2), 1); }

TEST(BoundedEditDistance, CountsOneDeletion) { EXPECT_EQ(bounded_edit_distance("Germny", "Germany", 2), 1); }

TEST(BoundedEditDistance, CountsOneSubstitution) { EXPECT_EQ(bounded_edit_distance("websits", "website", 2), 1); }

TEST(BoundedEditDistance, CountsAdjacentSwapAsOne) {
    EXPECT_EQ(bounded_edit_distance("ab", "ba", 2), 1);
    EXPECT_EQ(bounded_edit_distance("popluation", "population", 2), 1);
}

TEST(BoundedEditDistance, CountsClassicKittenSitting) { EXPECT_EQ(bounded_edit_distance("kitten", "sitting", 5), 3); }

TEST(BoundedEditDistance, CountsEmptyAgainstText) {
    EXPECT_EQ(bounded_edit_distance("", "abc", 3), 3);
    EXPECT_EQ(bounded_edit_distance("abc", "", 3), 3);
}

TEST(BoundedEditDistance, UsesOptimalStringAlignmentNotFullDamerau) {
    // Full Damerau-Levenshtein gives 2 (swap, then insert between the
    // swapped letters); optimal string alignment may not edit a swapped
    // pair again, so it gives 3.
    EXPECT_EQ(bounded_edit_distance("ca", "abc", 3), 3);
}

TEST(BoundedEditDistance, CountsBytesNotCharacters) {
    // `é` is two bytes: one substitution and one deletion.
    EXPECT_EQ(bounded_edit_distance("\xC3\xA9", "e", 3), 2);
}

TEST(BoundedEditDistance, ReturnsLimitPlusOneWhenDistanceExceedsLimit) {
    EXPECT_EQ(bounded_edit_distance("abc", "xyz", 1), 2);
    EXPECT_EQ(bounded_edit_distance("kitten", "sitting", 2), 3);
}

TEST(BoundedEditDistance, ReturnsLimitPlusOneWhenLengthsDifferTooMuch) {
    EXPECT_EQ(bounded_edit_distance("a", "abcd", 2), 3);
    EXPECT_EQ(bounded_edit_distance("abcdef", "", 0), 1);
}

TEST(BoundedEditDistance, ReturnsExactDistanceAtTheLimit) {
    EXPECT_EQ(bounded_edit_distance("abc", "xbz", 2), 2);
    EXPECT_EQ(bounded_edit_distance("abc", "xbz", 1), 2);
}

TEST(BoundedEditDistance, WithZeroLimitTellsOnlyEqualFromUnequal) {
    EXPECT_EQ(bounded_edit_distance("city", "city", 0), 0);
    EXPECT_EQ(bounded_edit_distance("city", "citi", 0), 1);
}

TEST(BoundedEditDistance, IsSymmetric) {
    EXPECT_EQ(bounded_edit_distance("sitting", "kitten", 5), 3);
    EXPECT_EQ(bounded_edit_distance("ba", "ab", 2), 1);
}

// --- the letter-count bound ---------------------------------------------------

using twinning::text::count_letters;
using twinning::text::counts_allow_distance;

// The bound must never rule out a pair the distance accepts.
TEST(CountsAllowDistance, NeverRulesOutAPairWithinTheLimit) {
    const std::vector<std::pair<std::string, std::string>> pairs{
        {"population", "popluation"},   // swap: counts equal
        {"population", "pxpulatiyn"},   // two substitutions: four counts apart
        {"population", "populataion"},  // insertion
        {"czechia", "czchia"},          // deletion
        {"norway", "n\xc3\xb6rway"},    // a letter outside a-z
    };
    for (const auto& [a, b] : pairs) {
        const int distance = bounded_edit_distance(a, b, 2);
        ASSERT_LE(distance, 2) << a << " / " << b;
        EXPECT_TRUE(counts_allow_distance(count_letters(a), count_letters(b), distance)) << a << " / " << b;
    }
}

TEST(CountsAllowDistance, RulesOutWordsWithDifferentLetters) {
    EXPECT_FALSE(counts_allow_distance(count_letters("population"), count_letters("sport"), 2));
    EXPECT_FALSE(counts_allow_distance(count_letters("abc"), count_letters("xyz"), 1));
    EXPECT_TRUE(counts_allow_distance(count_letters("abc"), count_letters("abd"), 1));
}

}  // namespace
