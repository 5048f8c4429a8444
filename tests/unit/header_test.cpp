#include "twinning/normalize/header.hpp"

#include <gtest/gtest.h>

#include <string_view>

namespace {

using twinning::normalize::canonical_header;
using twinning::normalize::CountryParts;
using twinning::normalize::HeaderParts;
using twinning::normalize::Piece;
using twinning::normalize::split_country_region;
using twinning::normalize::split_header;

void expect_piece(const Piece& piece, std::string_view text, std::size_t offset) {
    EXPECT_EQ(piece.text, text);
    EXPECT_EQ(piece.offset, offset);
}

// --- split_header ------------------------------------------------------------

TEST(SplitHeader, SplitsNameAndCountry) {
    const auto parts = split_header("Katowice (Poland)");
    expect_piece(parts.name, "Katowice", 0);
    ASSERT_TRUE(parts.country.has_value());
    expect_piece(*parts.country, "Poland", 10);
    EXPECT_FALSE(parts.region.has_value());
}

TEST(SplitHeader, KeepsBracketsInsideTheName) {
    const auto parts = split_header("Frankfurt (Oder) (Germany)");
    expect_piece(parts.name, "Frankfurt (Oder)", 0);
    ASSERT_TRUE(parts.country.has_value());
    expect_piece(*parts.country, "Germany", 18);
    EXPECT_FALSE(parts.region.has_value());
}

TEST(SplitHeader, SplitsCountryAndRegionAtSpacedHyphen) {
    const auto parts = split_header("Pittsburgh (USA - Pennsylvania)");
    expect_piece(parts.name, "Pittsburgh", 0);
    ASSERT_TRUE(parts.country.has_value());
    expect_piece(*parts.country, "USA", 12);
    ASSERT_TRUE(parts.region.has_value());
    expect_piece(*parts.region, "Pennsylvania", 18);
}

TEST(SplitHeader, TakesARegionAfterTheNameBeforeTheBrackets) {
    const auto parts = split_header("Phoenix, Arizona (USA)");
    expect_piece(parts.name, "Phoenix", 0);
    ASSERT_TRUE(parts.region.has_value());
    expect_piece(*parts.region, "Arizona", 9);
    // a country there is no region
    EXPECT_FALSE(split_header("Győr, Hungary (HUN)").region.has_value());
}

TEST(SplitHeader, SplitsCountryAndRegionAtEnDash) {
    const auto parts = split_header("Shreveport (USA \xE2\x80\x93 Louisiana)");
    ASSERT_TRUE(parts.country.has_value());
    expect_piece(*parts.country, "USA", 12);
    ASSERT_TRUE(parts.region.has_value());
    expect_piece(*parts.region, "Louisiana", 20);
}

TEST(SplitHeader, SplitsCountryAndRegionAtUnspacedEmDash) {
    const auto parts = split_header("Shreveport (USA\xE2\x80\x94Louisiana)");
    ASSERT_TRUE(parts.country.has_value());
    expect_piece(*parts.country, "USA", 12);
    ASSERT_TRUE(parts.region.has_value());
    expect_piece(*parts.region, "Louisiana", 18);
}

TEST(SplitHeader, DoesNotSplitHyphenatedCountry) {
    const auto parts = split_header("Bissau (Guinea-Bissau)");
    expect_piece(parts.name, "Bissau", 0);
    ASSERT_TRUE(parts.country.has_value());
    expect_piece(*parts.country, "Guinea-Bissau", 8);
    EXPECT_FALSE(parts.region.has_value());
}

TEST(SplitHeader, KeepsRegionWithHyphenWhole) {
    const auto parts = split_header("Stuttgart (Germany - Baden-W\xC3\xBCrttemberg)");
    ASSERT_TRUE(parts.country.has_value());
    expect_piece(*parts.country, "Germany", 11);
    ASSERT_TRUE(parts.region.has_value());
    expect_piece(*parts.region, "Baden-W\xC3\xBCrttemberg", 21);
}

TEST(SplitHeader, TrimsPartsAndGivesOffsetsInTheGivenText) {
    const auto parts = split_header("  Split  (  Croatia  )  ");
    expect_piece(parts.name, "Split", 2);
    ASSERT_TRUE(parts.country.has_value());
    expect_piece(*parts.country, "Croatia", 12);
}

TEST(SplitHeader, KeepsUtf8Name) {
    const auto parts = split_header("Ko\xC5\xA1ice (Slovakia)");
    expect_piece(parts.name, "Ko\xC5\xA1ice", 0);
    ASSERT_TRUE(parts.country.has_value());
    expect_piece(*parts.country, "Slovakia", 9);
}

TEST(SplitHeader, GivesWholeTextAsNameWithoutBrackets) {
    const auto parts = split_header("Split");
    expect_piece(parts.name, "Split", 0);
    EXPECT_FALSE(parts.country.has_value());
    EXPECT_FALSE(parts.region.has_value());
}

TEST(SplitHeader, GivesWholeTextAsNameWhenBracketsAreNotLast) {
    const auto parts = split_header("Split (Croatia) town");
    expect_piece(parts.name, "Split (Croatia) town", 0);
    EXPECT_FALSE(parts.country.has_value());
}

TEST(SplitHeader, GivesWholeTextAsNameWhenNothingPrecedesTheBracket) {
    const auto parts = split_header("(Croatia)");
    expect_piece(parts.name, "(Croatia)", 0);
    EXPECT_FALSE(parts.country.has_value());
}

TEST(SplitHeader, GivesNoCountryForEmptyBrackets) {
    const auto parts = split_header("Split ( )");
    expect_piece(parts.name, "Split", 0);
    EXPECT_FALSE(parts.country.has_value());
    EXPECT_FALSE(parts.region.has_value());
}

// --- split_country_region ----------------------------------------------------

TEST(SplitCountryRegion, SplitsAtSpacedHyphen) {
    const auto parts = split_country_region(Piece{"USA - Pennsylvania", 5});
    expect_piece(parts.country, "USA", 5);
    ASSERT_TRUE(parts.region.has_value());
    expect_piece(*parts.region, "Pennsylvania", 11);
}

TEST(SplitCountryRegion, SplitsAtEnDashWithOrWithoutSpaces) {
    const auto spaced = split_country_region(Piece{"USA \xE2\x80\x93 Louisiana", 0});
    expect_piece(spaced.country, "USA", 0);
    ASSERT_TRUE(spaced.region.has_value());
    expect_piece(*spaced.region, "Louisiana", 8);
    const auto tight = split_country_region(Piece{"USA\xE2\x80\x93Louisiana", 0});
    expect_piece(tight.country, "USA", 0);
    ASSERT_TRUE(tight.region.has_value());
    expect_piece(*tight.region, "Louisiana", 6);
}

// Spaced as cleaned text would be: a line break or a no-break space counts.
TEST(SplitCountryRegion, SplitsAtAHyphenSpacedByAnyBlank) {
    const auto wrapped = split_country_region(Piece{"USA -\r\nOhio", 0});
    expect_piece(wrapped.country, "USA", 0);
    ASSERT_TRUE(wrapped.region.has_value());
    expect_piece(*wrapped.region, "Ohio", 7);
    const auto no_break = split_country_region(Piece{"USA\xC2\xA0-\xC2\xA0Ohio", 0});
    expect_piece(no_break.country, "USA", 0);
    ASSERT_TRUE(no_break.region.has_value());
}

TEST(SplitCountryRegion, DoesNotSplitAtUnspacedHyphen) {
    const auto parts = split_country_region(Piece{"USA-Pennsylvania", 0});
    expect_piece(parts.country, "USA-Pennsylvania", 0);
    EXPECT_FALSE(parts.region.has_value());
}

TEST(SplitCountryRegion, DoesNotSplitAtHalfSpacedHyphen) {
    const auto parts = split_country_region(Piece{"USA -Pennsylvania", 0});
    expect_piece(parts.country, "USA -Pennsylvania", 0);
    EXPECT_FALSE(parts.region.has_value());
}

TEST(SplitCountryRegion, NeverCutsAWholeCountryName) {
    const auto parts = split_country_region(Piece{"Guinea-Bissau", 3});
    expect_piece(parts.country, "Guinea-Bissau", 3);
    EXPECT_FALSE(parts.region.has_value());
}

TEST(SplitCountryRegion, KeepsTextWithoutDashWhole) {
    const auto parts = split_country_region(Piece{"Atlantis", 0});
    expect_piece(parts.country, "Atlantis", 0);
    EXPECT_FALSE(parts.region.has_value());
}

TEST(SplitCountryRegion, DoesNotSplitWhenOneSideIsEmpty) {
    const auto leading = split_country_region(Piece{"\xE2\x80\x93 Louisiana", 0});
    expect_piece(leading.country, "\xE2\x80\x93 Louisiana", 0);
    EXPECT_FALSE(leading.region.has_value());
    const auto trailing = split_country_region(Piece{"USA \xE2\x80\x93", 0});
    expect_piece(trailing.country, "USA \xE2\x80\x93", 0);
    EXPECT_FALSE(trailing.region.has_value());
}

// --- canonical_header --------------------------------------------------------

TEST(CanonicalHeader, RespacesNameCountryAndRegion) {
    EXPECT_EQ(canonical_header("  Shreveport  ( USA \xE2\x80\x93 Louisiana ) "), "Shreveport (USA - Louisiana)");
    EXPECT_EQ(canonical_header("Split(Croatia)"), "Split (Croatia)");
}

TEST(CanonicalHeader, KeepsTheNamesOwnBrackets) {
    EXPECT_EQ(canonical_header("Frankfurt (Oder)  (Germany)"), "Frankfurt (Oder) (Germany)");
}

TEST(CanonicalHeader, KeepsAHeaderWithoutCountryAsWrittenWithSpacesCleaned) {
    EXPECT_EQ(canonical_header("Katowice,   Silesia"), "Katowice, Silesia");
    EXPECT_EQ(canonical_header("Katowice ( )"), "Katowice ( )");
}

TEST(CanonicalHeader, WritesAPlaceAndItsCountryAfterACommaInBrackets) {
    EXPECT_EQ(canonical_header("Katowice,   Poland"), "Katowice (Poland)");
}

TEST(SplitHeader, DropsTheColonAfterAHeading) {
    const HeaderParts parts = split_header("Split (Croatia):");
    EXPECT_EQ(parts.name.text, "Split");
    ASSERT_TRUE(parts.country.has_value());
    EXPECT_EQ(parts.country->text, "Croatia");
}

// --- places without brackets ---------------------------------------------------

TEST(SplitHeader, ReadsACountryAfterAComma) {
    const HeaderParts parts = split_header("Tulln, Austria");
    EXPECT_EQ(parts.name.text, "Tulln");
    ASSERT_TRUE(parts.country.has_value());
    EXPECT_EQ(parts.country->text, "Austria");
    EXPECT_EQ(parts.country->offset, 7U);
    EXPECT_FALSE(parts.region.has_value());
}

TEST(SplitHeader, ReadsARegionBetweenThePlaceAndItsCountry) {
    const HeaderParts parts = split_header("Salem, Oregon, United States");
    EXPECT_EQ(parts.name.text, "Salem");
    ASSERT_TRUE(parts.region.has_value());
    EXPECT_EQ(parts.region->text, "Oregon");
    EXPECT_EQ(parts.country->text, "United States");
}

TEST(SplitHeader, ReadsACountryAfterASpacedDash) {
    const HeaderParts parts = split_header("Tulln \xE2\x80\x93 Austria");
    EXPECT_EQ(parts.name.text, "Tulln");
    ASSERT_TRUE(parts.country.has_value());
    EXPECT_EQ(parts.country->text, "Austria");
}

TEST(SplitHeader, KeepsANameWhoseLastPartIsNoCountry) {
    const HeaderParts parts = split_header("Frankfurt, Oder");
    EXPECT_EQ(parts.name.text, "Frankfurt, Oder");
    EXPECT_FALSE(parts.country.has_value());
}

TEST(SplitCountryRegion, ReadsTheRegionBeforeTheDashWhenTheCountryFollows) {
    const CountryParts parts = split_country_region(Piece{"Pennsylvania - USA", 4});
    EXPECT_EQ(parts.country.text, "USA");
    EXPECT_EQ(parts.country.offset, 19U);
    ASSERT_TRUE(parts.region.has_value());
    EXPECT_EQ(parts.region->text, "Pennsylvania");
}

TEST(SplitCountryRegion, ReadsARegionAndCountryEitherSideOfAComma) {
    const CountryParts after = split_country_region(Piece{"Oregon, USA", 0});
    EXPECT_EQ(after.country.text, "USA");
    ASSERT_TRUE(after.region.has_value());
    EXPECT_EQ(after.region->text, "Oregon");
    const CountryParts before = split_country_region(Piece{"USA, Texas", 0});
    EXPECT_EQ(before.country.text, "USA");
    EXPECT_EQ(before.region->text, "Texas");
    EXPECT_EQ(before.region->offset, 5U);
}

TEST(CanonicalHeader, KeepsACountryNameWithADashWhole) {
    EXPECT_EQ(canonical_header("Bissau (Guinea-Bissau)"), "Bissau (Guinea-Bissau)");
}

}  // namespace
