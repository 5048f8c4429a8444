#include "twinning/normalize/country.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "twinning/normalize/place_key.hpp"

namespace {

using twinning::normalize::closest_country_name;
using twinning::normalize::country_by_alpha2;
using twinning::normalize::find_country;
using twinning::normalize::find_subdivision;
using twinning::normalize::place_key;

void expect_country(std::string_view written, std::string_view alpha2, std::string_view name, bool via_alias) {
    SCOPED_TRACE(written);
    const auto country = find_country(written);
    ASSERT_TRUE(country.has_value());
    EXPECT_EQ(country->alpha2, alpha2);
    EXPECT_EQ(country->name, name);
    EXPECT_EQ(country->via_alias, via_alias);
}

void expect_subdivision(std::string_view alpha2, std::string_view written, std::string_view code,
                        std::string_view name) {
    SCOPED_TRACE(written);
    const auto subdivision = find_subdivision(alpha2, written);
    ASSERT_TRUE(subdivision.has_value());
    EXPECT_EQ(subdivision->code, code);
    EXPECT_EQ(subdivision->name, name);
}

// --- place_key ---------------------------------------------------------------

TEST(PlaceKey, FoldsAndDropsFullStops) {
    EXPECT_EQ(place_key("U.S.A."), "usa");
    EXPECT_EQ(place_key(" T\xC3\xBCrkiye "), "turkiye");
}

// --- find_country: accepted --------------------------------------------------

TEST(FindCountry, FindsIsoShortName) { expect_country("Poland", "PL", "Poland", false); }

TEST(FindCountry, IgnoresCaseAndSurroundingSpaces) {
    expect_country("POLAND", "PL", "Poland", false);
    expect_country("  croatia ", "HR", "Croatia", false);
}

TEST(FindCountry, FindsAlpha3Code) {
    expect_country("USA", "US", "United States", false);
    expect_country("DEU", "DE", "Germany", false);
}

TEST(FindCountry, IgnoresFullStops) { expect_country("U.S.A.", "US", "United States", false); }

TEST(FindCountry, FindsIsoOfficialName) {
    expect_country("Czech Republic", "CZ", "Czechia", false);
    expect_country("United States of America", "US", "United States", false);
    expect_country("Federal Republic of Germany", "DE", "Germany", false);
}

TEST(FindCountry, GivesCommonNameWhereIsoHasOne) {
    expect_country("South Korea", "KR", "South Korea", false);
    expect_country("Korea, Republic of", "KR", "South Korea", false);
    expect_country("Bolivia", "BO", "Bolivia", false);
}

TEST(FindCountry, FindsNamesWithDiacriticsWithOrWithoutThem) {
    expect_country("T\xC3\xBCrkiye", "TR", "T\xC3\xBCrkiye", false);
    expect_country("Turkiye", "TR", "T\xC3\xBCrkiye", false);
}

TEST(FindCountry, FindsHyphenatedName) { expect_country("Guinea-Bissau", "GW", "Guinea-Bissau", false); }

TEST(FindCountry, FindsTrueAliasesAndSaysSo) {
    expect_country("Great Britain", "GB", "United Kingdom", true);
    expect_country("UK", "GB", "United Kingdom", true);
    expect_country("Holland", "NL", "Netherlands", true);
    expect_country("Russia", "RU", "Russian Federation", true);
}

TEST(FindCountry, FindsTurkeyUnderItsIsoNameTurkiye) { expect_country("Turkey", "TR", "T\xC3\xBCrkiye", true); }

TEST(FindCountry, FindsAliasInAnyCase) { expect_country("great britain", "GB", "United Kingdom", true); }

TEST(FindCountry, FindsCountryByAlpha2Code) {
    // "by any ISO name or code": the alpha-2 code is an ISO code too.
    expect_country("DE", "DE", "Germany", false);
    expect_country("PL", "PL", "Poland", false);
}

// --- find_country: rejected --------------------------------------------------

TEST(FindCountry, RejectsPlaceThatIsNotInIso3166) {
    EXPECT_EQ(find_country("KOSOVO"), std::nullopt);
    EXPECT_EQ(find_country("Atlantis"), std::nullopt);
}

TEST(FindCountry, RejectsMisspelledName) { EXPECT_EQ(find_country("Germny"), std::nullopt); }

TEST(FindCountry, RejectsCountryWithRegion) { EXPECT_EQ(find_country("USA - Pennsylvania"), std::nullopt); }

TEST(FindCountry, RejectsEmptyText) {
    EXPECT_EQ(find_country(""), std::nullopt);
    EXPECT_EQ(find_country("   "), std::nullopt);
}

// --- country_by_alpha2 -------------------------------------------------------

TEST(CountryByAlpha2, FindsCountry) {
    const auto germany = country_by_alpha2("DE");
    ASSERT_TRUE(germany.has_value());
    EXPECT_EQ(germany->alpha2, "DE");
    EXPECT_EQ(germany->name, "Germany");
    EXPECT_FALSE(germany->via_alias);
    const auto britain = country_by_alpha2("GB");
    ASSERT_TRUE(britain.has_value());
    EXPECT_EQ(britain->name, "United Kingdom");
}

TEST(CountryByAlpha2, RejectsUnassignedCodes) {
    EXPECT_EQ(country_by_alpha2("XK"), std::nullopt);
    EXPECT_EQ(country_by_alpha2("ZZ"), std::nullopt);
    EXPECT_EQ(country_by_alpha2("UK"), std::nullopt);
}

TEST(CountryByAlpha2, RejectsTextThatIsNotACode) {
    EXPECT_EQ(country_by_alpha2(""), std::nullopt);
    EXPECT_EQ(country_by_alpha2("DEU"), std::nullopt);
    EXPECT_EQ(country_by_alpha2("Germany"), std::nullopt);
}

// --- find_subdivision --------------------------------------------------------

TEST(FindSubdivision, FindsRegionByIsoName) { expect_subdivision("US", "Pennsylvania", "US-PA", "Pennsylvania"); }

TEST(FindSubdivision, FindsRegionByCodeAfterTheDash) { expect_subdivision("US", "PA", "US-PA", "Pennsylvania"); }

TEST(FindSubdivision, IgnoresCase) {
    expect_subdivision("US", "pennsylvania", "US-PA", "Pennsylvania");
    expect_subdivision("US", "pa", "US-PA", "Pennsylvania");
}

TEST(FindSubdivision, FindsRegionWrittenWithoutDiacritics) {
    expect_subdivision("PL", "Slaskie", "PL-24", "\xC5\x9Al\xC4\x85skie");
    expect_subdivision("DE", "Baden-Wurttemberg", "DE-BW", "Baden-W\xC3\xBCrttemberg");
}

TEST(FindSubdivision, FindsRegionOfOtherCountries) {
    expect_subdivision("US", "Louisiana", "US-LA", "Louisiana");
    expect_subdivision("DE", "Bayern", "DE-BY", "Bayern");
}

TEST(FindSubdivision, RejectsMisspelledRegion) { EXPECT_EQ(find_subdivision("US", "Pennsilvania"), std::nullopt); }

TEST(FindSubdivision, RejectsRegionOfAnotherCountry) {
    EXPECT_EQ(find_subdivision("CA", "Pennsylvania"), std::nullopt);
    EXPECT_EQ(find_subdivision("DE", "PA"), std::nullopt);
}

TEST(FindSubdivision, RejectsNameIsoDoesNotUse) { EXPECT_EQ(find_subdivision("DE", "Bavaria"), std::nullopt); }

TEST(FindSubdivision, RejectsEmptyText) { EXPECT_EQ(find_subdivision("US", ""), std::nullopt); }

// --- closest_country_name ----------------------------------------------------

TEST(ClosestCountryName, SuggestsNameOneEditAway) {
    EXPECT_EQ(closest_country_name("Germny"), std::optional<std::string_view>("Germany"));
    EXPECT_EQ(closest_country_name("Slovkia"), std::optional<std::string_view>("Slovakia"));
}

TEST(ClosestCountryName, SuggestsNameTwoEditsAway) {
    EXPECT_EQ(closest_country_name("Polnda"), std::optional<std::string_view>("Poland"));
}

TEST(ClosestCountryName, IgnoresCase) {
    EXPECT_EQ(closest_country_name("CROATA"), std::optional<std::string_view>("Croatia"));
}

TEST(ClosestCountryName, SuggestsNothingForFarAwayText) {
    EXPECT_EQ(closest_country_name("Atlantis"), std::nullopt);
    EXPECT_EQ(closest_country_name("Xyzzyland"), std::nullopt);
    EXPECT_EQ(closest_country_name(std::string(100000, '(')), std::nullopt);
}

// The longest names are still reached from two edits past their length.
TEST(ClosestCountryName, ReachesTheLongestNames) {
    EXPECT_EQ(closest_country_name("South Georgia and the South Sandwich Islandsxx"),
              std::optional<std::string_view>("South Georgia and the South Sandwich Islands"));
}

}  // namespace
