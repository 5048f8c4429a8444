#include "twinning/normalize/population.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string_view>

namespace {

using twinning::normalize::header_scale;
using twinning::normalize::parse_population;
using twinning::normalize::parse_population_in_unit;

// How a count was written, besides its digits.
struct Wording {
    bool word_unit = false;
    bool approximate = false;
};

constexpr Wording in_words{true, false};
constexpr Wording rounded{false, true};
constexpr Wording rounded_in_words{true, true};

void expect_population(std::string_view text, std::uint64_t count, std::optional<int> year, Wording wording = {}) {
    SCOPED_TRACE(text);
    const auto population = parse_population(text);
    ASSERT_TRUE(population.has_value());
    EXPECT_EQ(population->count, count);
    EXPECT_EQ(population->year, year);
    EXPECT_EQ(population->word_unit, wording.word_unit);
    EXPECT_EQ(population->approximate, wording.approximate);
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

TEST(ParsePopulation, ReadsYearAloneAsACount) { expect_population("2019", 2019, std::nullopt); }

// --- accepted: grouping ------------------------------------------------------

TEST(ParsePopulation, ReadsCommaGroupedThousands) { expect_population("612,000", 612000, std::nullopt); }

// Three digits after the dot make it a group, not a fraction.
TEST(ParsePopulation, ReadsDotGroupedThousandsAsACount) { expect_population("245.000", 245000, std::nullopt); }

// --- accepted: nouns ---------------------------------------------------------

TEST(ParsePopulation, ReadsInhabitantsAfterTheCount) { expect_population("23,400 inhabitants", 23400, std::nullopt); }

TEST(ParsePopulation, ReadsPeopleAfterTheCount) { expect_population("87,000 people", 87000, std::nullopt); }

TEST(ParsePopulation, ReadsResidentsAfterTheCount) { expect_population("87,000 residents", 87000, std::nullopt); }

TEST(ParsePopulation, ReadsPopulationAfterTheCount) { expect_population("87,000 population", 87000, std::nullopt); }

TEST(ParsePopulation, ReadsNounBeforeTheYear) { expect_population("87 000 inhabitants (2020)", 87000, 2020); }

TEST(ParsePopulation, ReadsNounInAnyCase) { expect_population("87 000 Inhabitants", 87000, std::nullopt); }

// --- accepted: approximations ------------------------------------------------

TEST(ParsePopulation, ReadsApproxWithDot) { expect_population("approx. 87,000", 87000, std::nullopt, rounded); }

TEST(ParsePopulation, ReadsAbout) { expect_population("about 87 000", 87000, std::nullopt, rounded); }

TEST(ParsePopulation, ReadsCaWithDot) { expect_population("ca. 87 000", 87000, std::nullopt, rounded); }

TEST(ParsePopulation, ReadsCWithDot) { expect_population("c. 87,000", 87000, std::nullopt, rounded); }

TEST(ParsePopulation, ReadsTilde) { expect_population("~87,000", 87000, std::nullopt, rounded); }

TEST(ParsePopulation, ReadsOtherApproximationWords) {
    expect_population("around 87,000", 87000, std::nullopt, rounded);
    expect_population("some 87,000", 87000, std::nullopt, rounded);
    expect_population("Approximately 87,000 (2020)", 87000, 2020, rounded);
    expect_population("circa 87 000", 87000, std::nullopt, rounded);
    expect_population("ca 87 000", 87000, std::nullopt, rounded);
    expect_population("\xE2\x89\x88 87 000", 87000, std::nullopt, rounded);
}

// --- accepted: unit words ----------------------------------------------------

TEST(ParsePopulation, ReadsThousand) { expect_population("350 thousand", 350000, std::nullopt, in_words); }

TEST(ParsePopulation, ReadsMillionWithDecimalDot) { expect_population("1.2 million", 1200000, std::nullopt, in_words); }

TEST(ParsePopulation, ReadsMillionWithDecimalComma) {
    expect_population("1,2 million", 1200000, std::nullopt, in_words);
}

TEST(ParsePopulation, ReadsMln) { expect_population("2 mln", 2000000, std::nullopt, in_words); }

TEST(ParsePopulation, ReadsAbbreviatedUnitsWithTheirDot) {
    expect_population("2 mln. inhabitants", 2000000, std::nullopt, in_words);
    expect_population("1,75 mio. (2020)", 1750000, 2020, in_words);
}

TEST(ParsePopulation, ReadsApproximationAndUnitTogether) {
    expect_population("about 280 thousand", 280000, std::nullopt, rounded_in_words);
    expect_population("about 280 thousand people (2021)", 280000, 2021, rounded_in_words);
}

TEST(ParsePopulation, ReadsFractionAsFineAsTheUnit) {
    expect_population("1.234567 million", 1234567, std::nullopt, in_words);
}

// --- accepted: notes on the year ---------------------------------------------

TEST(ParsePopulation, ReadsPlainYear) { expect_population("41 250 (2019)", 41250, 2019); }

TEST(ParsePopulation, ReadsAsOfYear) { expect_population("41 250 (as of 2019)", 41250, 2019); }

TEST(ParsePopulation, ReadsCensusAfterTheYear) { expect_population("41 250 (2019 census)", 41250, 2019); }

TEST(ParsePopulation, ReadsOtherNotesOnTheYear) {
    expect_population("41 250 (census 2019)", 41250, 2019);
    expect_population("41 250 (2019 estimate)", 41250, 2019);
    expect_population("41 250 (2019 est.)", 41250, 2019);
    expect_population("41 250 (As  Of 2019)", 41250, 2019);
}

// --- rejected ----------------------------------------------------------------

TEST(ParsePopulation, RejectsTextAfterTheWords) { expect_rejected("about 280 thousand people and rising"); }

TEST(ParsePopulation, RejectsADate) {
    expect_rejected("12 May 1999");
    expect_rejected("12.5.1999");
}

// A bound is not a count.
TEST(ParsePopulation, RejectsBounds) {
    expect_rejected("over 87,000");
    expect_rejected("more than 87,000");
    expect_rejected("nearly 87,000");
}

TEST(ParsePopulation, RejectsApproximationWithoutCount) {
    expect_rejected("about");
    expect_rejected("~");
    expect_rejected("about thousand");
}

// `1.250 million` is 1.25 million or 1250 million: the reader does not guess.
TEST(ParsePopulation, RejectsGroupsBeforeAUnit) {
    expect_rejected("1.250 million");
    expect_rejected("1,250 thousand");
    expect_rejected("1 200 thousand");
}

TEST(ParsePopulation, RejectsFractionFinerThanTheUnit) { expect_rejected("1.2345 thousand"); }

TEST(ParsePopulation, RejectsFractionWithoutAUnit) {
    expect_rejected("1.5 inhabitants");
    expect_rejected("1,5 (2021)");
}

TEST(ParsePopulation, RejectsScaledCountTooLargeToHold) { expect_rejected("99999999999999999 million"); }

TEST(ParsePopulation, RejectsWordsGluedToTheCount) {
    expect_rejected("87,000people");
    expect_rejected("350thousand");
    expect_rejected("87 000 inhabitantsx");
}

TEST(ParsePopulation, RejectsWordsOutOfPlace) {
    expect_rejected("inhabitants 87 000");
    expect_rejected("87 000 thousand inhabitants about");
    expect_rejected("41 250 (about 2019)");
}

TEST(ParsePopulation, RejectsApproximationWordThatIsPartOfAnother) { expect_rejected("cat 87 000"); }

TEST(ParsePopulation, RejectsWords) {
    expect_rejected("unknown");
    expect_rejected("thousand");
    expect_rejected("inhabitants");
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

// --- a unit in a column's header -----------------------------------------------

constexpr std::uint64_t thousands = 1000;
constexpr std::uint64_t millions = 1000000;

TEST(HeaderScale, ReadsTheThousandsAHeaderGivesInEveryCommonSpelling) {
    for (const std::string_view header :
         {"Population (thousands)", "Population (in thousands)", "Population ('000)", "Population (000s)",
          "Population (\xC3\x97 1000)", "Population (x 1,000)", "Population (\u2019000)", "population (Thousands)",
          "Inhabitants (in '000)", "  Population ( thousands )  "}) {
        EXPECT_EQ(header_scale(header), std::optional<std::uint64_t>(thousands)) << header;
    }
}

TEST(HeaderScale, ReadsTheMillionsAHeaderGives) {
    for (const std::string_view header : {"Population (millions)", "Population (mln)", "Population (mln.)",
                                          "Population (in millions)", "Population (MILLIONS)"}) {
        EXPECT_EQ(header_scale(header), std::optional<std::uint64_t>(millions)) << header;
    }
}

TEST(HeaderScale, FindsNoUnitInAHeaderWithoutOne) {
    for (const std::string_view header :
         {"Population", "Population (2021)", "Population (census)", "Population thousands", "Population (m)",
          "(thousands) Population", "Population (thousands", "Population (thousands) 2021", "", "()"}) {
        EXPECT_FALSE(header_scale(header).has_value()) << header;
    }
}

TEST(HeaderScale, ReadsOnlyTheStartOfALongBracket) {
    const std::string header = "Population (" + std::string(1 << 20, 't') + ")";
    EXPECT_FALSE(header_scale(header).has_value());
}

void expect_in_unit(std::string_view text, std::uint64_t scale, std::uint64_t count, std::optional<int> year) {
    SCOPED_TRACE(text);
    const auto population = parse_population_in_unit(text, scale);
    ASSERT_TRUE(population.has_value());
    EXPECT_EQ(population->count, count);
    EXPECT_EQ(population->year, year);
    EXPECT_TRUE(population->header_unit);
    EXPECT_FALSE(population->word_unit);
}

TEST(ParsePopulationInUnit, ScalesAWholeCount) {
    expect_in_unit("85", thousands, 85000, std::nullopt);
    expect_in_unit("16 (2021)", thousands, 16000, 2021);
    expect_in_unit("3", millions, 3000000, std::nullopt);
}

TEST(ParsePopulationInUnit, ScalesAFractionNoFinerThanTheUnit) {
    expect_in_unit("1.2", millions, 1200000, std::nullopt);
    expect_in_unit("1,25", millions, 1250000, std::nullopt);
    expect_in_unit("16.8", thousands, 16800, std::nullopt);
    EXPECT_FALSE(parse_population_in_unit("16.8125", thousands).has_value());
}

TEST(ParsePopulationInUnit, ScalesGroupsApartBySpaces) { expect_in_unit("1 250", thousands, 1250000, std::nullopt); }

TEST(ParsePopulationInUnit, ReadsNoGroupsApartByAMarkAsTheyReadTwoWays) {
    EXPECT_FALSE(parse_population_in_unit("1.250", thousands).has_value());
    EXPECT_FALSE(parse_population_in_unit("1,250", thousands).has_value());
    EXPECT_FALSE(parse_population_in_unit("1,250,000", thousands).has_value());
}

TEST(ParsePopulationInUnit, ReadsNoUnitWordOfItsOwn) {
    EXPECT_FALSE(parse_population_in_unit("85 thousand", thousands).has_value());
    EXPECT_FALSE(parse_population_in_unit("1.2 million", millions).has_value());
}

TEST(ParsePopulationInUnit, KeepsTheApproximation) {
    const auto population = parse_population_in_unit("approx. 85", thousands);
    ASSERT_TRUE(population.has_value());
    EXPECT_EQ(population->count, 85000U);
    EXPECT_TRUE(population->approximate);
    EXPECT_TRUE(population->header_unit);
}

TEST(ParsePopulationInUnit, ReadsNoScaleThatIsNotAPowerOfTen) {
    EXPECT_FALSE(parse_population_in_unit("85", 0).has_value());
    EXPECT_FALSE(parse_population_in_unit("85", 1024).has_value());
    expect_in_unit("85", 1, 85, std::nullopt);
}

TEST(ParsePopulationInUnit, RejectsACountThatNoLongerFits) {
    EXPECT_FALSE(parse_population_in_unit("18446744073709552", thousands).has_value());
}

TEST(ParsePopulation, SetsNoHeaderUnit) {
    const auto population = parse_population("85 thousand");
    ASSERT_TRUE(population.has_value());
    EXPECT_FALSE(population->header_unit);
}

}  // namespace
