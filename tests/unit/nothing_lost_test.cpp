#include "nothing_lost.hpp"

#include <gtest/gtest.h>

#include <string>

#include "listings.hpp"

namespace {

TEST(NothingLost, HoldsForEverySampleAndFixture) {
    const auto listings = twinning_test::sample_and_fixture_listings();
    for (const auto& listing : listings) {
        EXPECT_EQ(twinning_test::nothing_lost_violation(twinning_test::read_file(listing)), "") << listing;
    }
    EXPECT_GT(listings.size(), 40U);
}

TEST(NothingLost, HoldsForTheMessThatPastingBrings) {
    for (const std::string& input : {
             std::string("a: a: a: a:"),
             std::string("Name (X) population: 1 population: 2\nstray\n\n# c\nweb sites: x\r\n"),
             std::string("\xEF\xBB\xBF  \t\nKatowice (Poland)\n  population :  281 711 (2021)  \n"),
             std::string("((((((((((((\n)))))\npopulation:\n"),
             std::string("main areas of\ncooperation: culture\n# twinning: ignore[x]\nweb sites: a.b"),
         }) {
        EXPECT_EQ(twinning_test::nothing_lost_violation(input), "") << input;
    }
}

// The checker must be able to fail: hand-made span lists that break the
// invariant each way.
TEST(CoverageViolation, NoticesALostByte) {
    EXPECT_EQ(twinning_test::coverage_violation("ab c", {{0, 2}}),
              "byte 3 is in no header, field or unrecognized text");
}

TEST(CoverageViolation, NoticesOverlappingSpans) {
    EXPECT_EQ(twinning_test::coverage_violation("abcd", {{0, 3}, {2, 4}}), "spans overlap at byte 2");
}

TEST(CoverageViolation, NoticesASpanPastTheEnd) {
    EXPECT_EQ(twinning_test::coverage_violation("ab", {{0, 3}}), "a span points outside the input at byte 0");
}

TEST(CoverageViolation, AcceptsBlanksAndComments) {
    EXPECT_EQ(twinning_test::coverage_violation(" \t\n# note\r\nab\n", {{11, 13}}), "");
}

}  // namespace
