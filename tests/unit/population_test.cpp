#include "twinning/normalize/population.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string_view>

namespace {

using twinning::normalize::parse_population;

void expect_population(std::string_view text, std::uint64_t count, std::optional<int> year) {
    SCOPED_TRACE(text);
    const auto population = parse_population(text);
    ASSERT_TRUE(population.has_value());
    EXPECT_EQ(population->count, count);
    EXPECT_EQ(population->year, year);
}

void expect_rejected(std::string_view text) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(parse_population(text).has_value());
}

// --- accepted ----------------------------------------------------------------

TEST(ParsePopulation, ReadsSpaceGroupedCountWithYear) { expect_population("281 711 (2021)", 281711, 2021); }

TEST(ParsePopulation, ReadsSeveralGroups) { expect_population("1 680 723 (2022)", 1680723, 2022); }

TEST(ParsePopulation, ReadsNoBreakSpaceGrouping) {
    expect_population(
        "281\xC2\xA0"
        "711 (2021)",
        281711, 2021);
}

TEST(ParsePopulation, ReadsNarrowNoBreakSpaceGrouping) {
    expect_population(
        "184\xE2\x80\xAF"
        "021 (2021)",
        184021, 2021);
}

TEST(ParsePopulation, ReadsThinSpaceGrouping) {
    expect_population(
        "1\xE2\x80\x89"
        "680\xE2\x80\x89"
        "723 (2022)",
        1680723, 2022);
}

TEST(ParsePopulation, ReadsCommaGrouping) { expect_population("1,680,723 (2022)", 1680723, 2022); }

TEST(ParsePopulation, ReadsDotGrouping) { expect_population("281.711 (2021)", 281711, 2021); }

TEST(ParsePopulation, ReadsUngroupedCount) { expect_population("67885 (2013)", 67885, 2013); }

TEST(ParsePopulation, ReadsCountWithoutYear) {
    expect_population("281 711", 281711, std::nullopt);
    expect_population("500", 500, std::nullopt);
}

TEST(ParsePopulation, ReadsSpacesInsideAndAroundTheBrackets) {
    expect_population("  281 711   ( 2021 )  ", 281711, 2021);
    expect_population("281 711(2021)", 281711, 2021);
}

TEST(ParsePopulation, ReadsCountWithTrailingLineBreak) { expect_population("281 711 (2021)\r\n", 281711, 2021); }

// --- rejected ----------------------------------------------------------------

TEST(ParsePopulation, RejectsWords) {
    expect_rejected("about 300");
    expect_rejected("about 280 thousand");
    expect_rejected("300 people");
    expect_rejected("unknown");
}

TEST(ParsePopulation, RejectsShortGroup) {
    expect_rejected("12 34");
    expect_rejected("1 68 723");
}

TEST(ParsePopulation, RejectsLongGroup) { expect_rejected("281 7110"); }

TEST(ParsePopulation, RejectsGroupAfterLongLead) { expect_rejected("1234 567"); }

TEST(ParsePopulation, RejectsDecimalNumber) {
    expect_rejected("1.5");
    expect_rejected("1.5 (2021)");
}

TEST(ParsePopulation, RejectsYearAlone) { expect_rejected("(2021)"); }

TEST(ParsePopulation, RejectsEmptyValue) {
    expect_rejected("");
    expect_rejected("   ");
}

TEST(ParsePopulation, RejectsYearThatIsNotFourDigits) {
    expect_rejected("281 711 (21)");
    expect_rejected("281 711 (20210)");
    expect_rejected("281 711 (year)");
}

TEST(ParsePopulation, RejectsUnclosedBracket) { expect_rejected("281 711 (2021"); }

TEST(ParsePopulation, RejectsTextAfterTheYear) { expect_rejected("281 711 (2021) census"); }

// Any run of spaces and line breaks reads as one space, as it does once
// `fmt` has cleaned the value: both must give the same count.
TEST(ParsePopulation, ReadsARunOfSpacesBetweenGroupsAsOneSeparator) {
    expect_population("281  711", 281711, std::nullopt);
    expect_population("67\n   805 (2013)", 67805, 2013);
}

TEST(ParsePopulation, RejectsNegativeCount) { expect_rejected("-300"); }

TEST(ParsePopulation, RejectsCountTooLargeToHold) { expect_rejected("99999999999999999999999"); }

TEST(ParsePopulation, ReadsLargestCountThatFits) {
    expect_population("18446744073709551615", 18446744073709551615ULL, std::nullopt);
}

}  // namespace
