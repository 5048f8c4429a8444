#include "twinning/text/edit_distance.hpp"

#include <gtest/gtest.h>

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

}  // namespace
