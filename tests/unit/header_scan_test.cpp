#include "twinning/parser/header_scan.hpp"

#include <gtest/gtest.h>

#include <string_view>

#include "twinning/parser/label_scanner.hpp"

namespace {

using twinning::parser::has_header_shape;
using twinning::parser::LabelScanner;

std::size_t header_length(std::string_view input, std::size_t offset, bool needs_parens) {
    LabelScanner scanner(input);
    return twinning::parser::header_text_length(input, offset, scanner, needs_parens);
}

// --- has_header_shape --------------------------------------------------------

TEST(HasHeaderShape, AcceptsNameAndCountry) { EXPECT_TRUE(has_header_shape("Split (Croatia)")); }

TEST(HasHeaderShape, AcceptsBracketsInsideTheName) { EXPECT_TRUE(has_header_shape("Frankfurt (Oder) (Germany)")); }

TEST(HasHeaderShape, AcceptsCountryWithRegion) { EXPECT_TRUE(has_header_shape("Pittsburgh (USA - Pennsylvania)")); }

TEST(HasHeaderShape, AcceptsUtf8NameAndSurroundingSpaces) {
    EXPECT_TRUE(has_header_shape("  Ko\xC5\xA1ice (Slovakia)  "));
}

TEST(HasHeaderShape, RejectsTextWithoutBrackets) { EXPECT_FALSE(has_header_shape("Split")); }

TEST(HasHeaderShape, RejectsTextNotEndingInBracket) {
    EXPECT_FALSE(has_header_shape("Split (Croatia) city"));
    EXPECT_FALSE(has_header_shape("Split (Croatia"));
}

TEST(HasHeaderShape, RejectsEmptyName) {
    EXPECT_FALSE(has_header_shape("(Croatia)"));
    EXPECT_FALSE(has_header_shape("   (Croatia)"));
}

TEST(HasHeaderShape, RejectsNameHoldingListSeparators) {
    EXPECT_FALSE(has_header_shape("culture, sport (youth)"));
    EXPECT_FALSE(has_header_shape("science; technology (basic)"));
}

TEST(HasHeaderShape, RejectsEmptyText) {
    EXPECT_FALSE(has_header_shape(""));
    EXPECT_FALSE(has_header_shape(")"));
}

// --- header_text_length ------------------------------------------------------

TEST(HeaderTextLength, FindsHeaderFollowedByLabelOnNextLine) {
    EXPECT_EQ(header_length("Split (Croatia)\npopulation: 1", 0, false), 15U);
}

TEST(HeaderTextLength, FindsHeaderFollowedByLabelOnSameLine) {
    EXPECT_EQ(header_length("Split (Croatia) population: 1", 0, false), 15U);
}

TEST(HeaderTextLength, LeavesTrailingSpacesOut) {
    EXPECT_EQ(header_length("Split (Croatia) \t\npopulation: 1", 0, false), 15U);
}

TEST(HeaderTextLength, FindsHeaderBeforeCrlf) {
    EXPECT_EQ(header_length("Split (Croatia)\r\npopulation: 1", 0, false), 15U);
}

TEST(HeaderTextLength, FindsHeaderBeforeIndentedLabel) {
    EXPECT_EQ(header_length("Split (Croatia)\n   population: 1", 0, false), 15U);
}

TEST(HeaderTextLength, FindsHeaderAtALaterOffset) {
    EXPECT_EQ(header_length("x\n\nSplit (Croatia)\npopulation: 1", 3, false), 15U);
}

TEST(HeaderTextLength, FindsHeaderWithoutBracketsOnlyWhenBracketsAreNotNeeded) {
    EXPECT_EQ(header_length("Split\npopulation: 1", 0, false), 5U);
    EXPECT_EQ(header_length("Split\npopulation: 1", 0, true), 0U);
}

TEST(HeaderTextLength, FindsBracketedHeaderWhenBracketsAreNeeded) {
    EXPECT_EQ(header_length("Uralsk (Kazakhstan)\npopulation: 234 169 (2019)", 0, true), 19U);
}

TEST(HeaderTextLength, RejectsListLikeLineWhenBracketsAreNeeded) {
    EXPECT_EQ(header_length("culture, sport (youth)\npopulation: 1", 0, true), 0U);
    EXPECT_EQ(header_length("culture, sport (youth)\npopulation: 1", 0, false), 22U);
}

TEST(HeaderTextLength, AcceptsAHeadingAboveBlankLinesAndFields) {
    EXPECT_EQ(header_length("Split (Croatia)\n\n\npopulation: 1", 0, false), 15U);
}

TEST(HeaderTextLength, RejectsASentenceOrBracketlessHeadingAboveABlankLine) {
    EXPECT_EQ(header_length("Split is on the coast.\n\npopulation: 1", 0, false), 0U);
    EXPECT_EQ(header_length("Split (Croatia)\n\npopulation: 1", 0, true), 0U);
}

TEST(HeaderTextLength, AcceptsAHeadingAboveAFieldWithoutAColon) {
    EXPECT_EQ(header_length("Split\nTwinned since 1991\n", 0, false), 5U);
    EXPECT_EQ(header_length("Split\nwww.split.hr\n", 0, false), 5U);
    EXPECT_EQ(header_length("Split\nPopulation \xE2\x80\x93 160 577\n", 0, false), 5U);
}

TEST(HeaderTextLength, TakesALineEndingInAColonOnlyWhenItNamesACountry) {
    EXPECT_EQ(header_length("See also:\nwww.split.hr\n", 0, false), 0U);
    EXPECT_EQ(header_length("Split (Croatia):\nwww.split.hr\n", 0, false), 16U);
}

TEST(HeaderTextLength, RejectsALineThatIsAFieldItself) {
    EXPECT_EQ(header_length("Twinned since 1991\nwww.split.hr\n", 0, false), 0U);
}

TEST(HeaderTextLength, AcceptsABracketHeadingThatEndsInADate) {
    EXPECT_EQ(header_length("Split (Croatia) 1976\npopulation: 1", 0, true), 20U);
}

TEST(HeaderTextLength, RejectsLineFollowedByText) {
    EXPECT_EQ(header_length("Split (Croatia)\nsome text", 0, false), 0U);
}

TEST(HeaderTextLength, RejectsLastLineOfInput) {
    EXPECT_EQ(header_length("Split (Croatia)", 0, false), 0U);
    EXPECT_EQ(header_length("Split (Croatia)\n", 0, false), 0U);
}

TEST(HeaderTextLength, RejectsLineStartingWithLabel) {
    EXPECT_EQ(header_length("population: 1\nweb sites: x.cz", 0, false), 0U);
}

TEST(HeaderTextLength, RejectsEmptyLine) {
    EXPECT_EQ(header_length("\npopulation: 1", 0, false), 0U);
    EXPECT_EQ(header_length("\r\npopulation: 1", 0, false), 0U);
}

}  // namespace
