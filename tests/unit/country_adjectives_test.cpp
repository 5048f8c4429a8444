#include "country_adjectives.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "twinning/normalize/country.hpp"

namespace {

using twinning::normalize::adjective_at;
using twinning::normalize::country_adjectives;
using twinning::normalize::find_country_as_written;
using twinning::normalize::find_country_by_adjective;

void expect_adjective(std::string_view adjective, std::string_view alpha2, std::string_view name) {
    SCOPED_TRACE(adjective);
    const auto country = find_country_by_adjective(adjective);
    ASSERT_TRUE(country.has_value());
    EXPECT_EQ(country->alpha2, alpha2);
    EXPECT_EQ(country->name, name);
    EXPECT_TRUE(country->subdivision_code.empty());
    EXPECT_FALSE(country->via_alias);
    EXPECT_FALSE(country->via_typo);
}

void expect_nation(std::string_view adjective, std::string_view code, std::string_view name) {
    SCOPED_TRACE(adjective);
    const auto country = find_country_by_adjective(adjective);
    ASSERT_TRUE(country.has_value());
    EXPECT_EQ(country->alpha2, "GB");
    EXPECT_EQ(country->subdivision_code, code);
    EXPECT_EQ(country->subdivision_name, name);
}

// --- the table ---------------------------------------------------------------

TEST(CountryAdjectives, EveryRowNamesACountryFindCountryKnows) {
    for (const auto& row : country_adjectives()) {
        SCOPED_TRACE(row.adjective);
        const auto named = find_country_as_written(row.country);
        ASSERT_TRUE(named.has_value()) << row.country;
        const auto read = find_country_by_adjective(row.adjective);
        ASSERT_TRUE(read.has_value());
        EXPECT_EQ(read->alpha2, named->alpha2);
        EXPECT_EQ(read->subdivision_code, named->subdivision_code);
    }
}

TEST(CountryAdjectives, SpellsEachAdjectiveOnceWithSingleSpaces) {
    const auto rows = country_adjectives();
    EXPECT_GT(rows.size(), 190U);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        EXPECT_NE(rows[i - 1].adjective, rows[i].adjective);
    }
    for (const auto& row : rows) {
        EXPECT_EQ(row.adjective.find("  "), std::string_view::npos) << row.adjective;
        EXPECT_FALSE(row.adjective.empty());
    }
}

// --- find_country_by_adjective -----------------------------------------------

TEST(FindCountryByAdjective, FindsTheCountriesOfCentralEurope) {
    expect_adjective("Austrian", "AT", "Austria");
    expect_adjective("German", "DE", "Germany");
    expect_adjective("Polish", "PL", "Poland");
    expect_adjective("Czech", "CZ", "Czechia");
    expect_adjective("Slovak", "SK", "Slovakia");
    expect_adjective("Hungarian", "HU", "Hungary");
    expect_adjective("Slovenian", "SI", "Slovenia");
    expect_adjective("Slovene", "SI", "Slovenia");
    expect_adjective("Swiss", "CH", "Switzerland");
}

TEST(FindCountryByAdjective, FindsCountriesWhoseNameIsNotTheirIsoName) {
    expect_adjective("American", "US", "United States");
    expect_adjective("British", "GB", "United Kingdom");
    expect_adjective("Dutch", "NL", "Netherlands");
    expect_adjective("Turkish", "TR", "T\xC3\xBCrkiye");
    expect_adjective("Russian", "RU", "Russian Federation");
    expect_adjective("Macedonian", "MK", "North Macedonia");
    expect_adjective("North Macedonian", "MK", "North Macedonia");
    expect_adjective("Vietnamese", "VN", "Vietnam");
}

TEST(FindCountryByAdjective, ReadsKoreanAsTheRepublicOfKorea) {
    const auto korean = find_country_by_adjective("Korean");
    const auto south_korean = find_country_by_adjective("South Korean");
    ASSERT_TRUE(korean && south_korean);
    EXPECT_EQ(korean->alpha2, "KR");
    EXPECT_EQ(south_korean->alpha2, "KR");
    const auto north_korean = find_country_by_adjective("North Korean");
    ASSERT_TRUE(north_korean);
    EXPECT_EQ(north_korean->alpha2, "KP");
}

TEST(FindCountryByAdjective, TakesEitherSpellingWhereEnglishHasTwo) {
    expect_adjective("Argentine", "AR", "Argentina");
    expect_adjective("Argentinian", "AR", "Argentina");
    expect_adjective("Filipino", "PH", "Philippines");
    expect_adjective("Philippine", "PH", "Philippines");
}

TEST(FindCountryByAdjective, FindsMultiWordAdjectives) {
    expect_adjective("New Zealand", "NZ", "New Zealand");
    expect_adjective("South African", "ZA", "South Africa");
    expect_adjective("Papua New Guinean", "PG", "Papua New Guinea");
}

TEST(FindCountryByAdjective, GivesTheNationsOfTheUnitedKingdomAsItsParts) {
    expect_nation("Welsh", "GB-WLS", "Wales");
    expect_nation("Scottish", "GB-SCT", "Scotland");
    expect_nation("English", "GB-ENG", "England");
    expect_nation("Northern Irish", "GB-NIR", "Northern Ireland");
    // The same part as the nation's own name gives.
    const auto wales = twinning::normalize::find_country("Wales");
    const auto welsh = find_country_by_adjective("Welsh");
    ASSERT_TRUE(wales && welsh);
    EXPECT_EQ(welsh->subdivision_name, wales->subdivision_name);
}

TEST(FindCountryByAdjective, TakesAnyCaseAndSpacing) {
    expect_adjective("austrian", "AT", "Austria");
    expect_adjective("AUSTRIAN", "AT", "Austria");
    expect_adjective("south  african", "ZA", "South Africa");
    expect_adjective(" New\nZealand ", "NZ", "New Zealand");
}

TEST(FindCountryByAdjective, FindsNothingForOtherWords) {
    for (const std::string_view word : {"", "Austria", "Germanic", "Germans", "South", "New", "Korea", "town",
                                        "Austrian town", "Congolese", "Austrianx", "Austrian-born"}) {
        EXPECT_FALSE(find_country_by_adjective(word).has_value()) << word;
    }
}

// --- adjective_at ------------------------------------------------------------

TEST(AdjectiveAt, TakesTheLongestAdjectiveAtTheStart) {
    const auto match = adjective_at("South Korean city of Suwon");
    ASSERT_TRUE(match.has_value());
    EXPECT_EQ(match->adjective, "South Korean");
    EXPECT_EQ(match->length, 12U);
    EXPECT_EQ(match->country.alpha2, "KR");
}

TEST(AdjectiveAt, TakesOneWordWhenTheNextMakesNoLongerAdjective) {
    const auto match = adjective_at("Irish town of Ennis");
    ASSERT_TRUE(match.has_value());
    EXPECT_EQ(match->adjective, "Irish");
    EXPECT_EQ(match->length, 5U);
    EXPECT_EQ(match->country.alpha2, "IE");
}

TEST(AdjectiveAt, PrefersTheNationOverTheCountryInNorthernIrish) {
    const auto match = adjective_at("Northern Irish town of Armagh");
    ASSERT_TRUE(match.has_value());
    EXPECT_EQ(match->length, 14U);
    EXPECT_EQ(match->country.subdivision_code, "GB-NIR");
}

TEST(AdjectiveAt, EndsAtPunctuationAndCountsTheBytesOfTheTextAsWritten) {
    const auto comma = adjective_at("Austrian, German and Czech towns");
    ASSERT_TRUE(comma.has_value());
    EXPECT_EQ(comma->length, 8U);
    const auto wrapped = adjective_at("New\n  Zealand city");
    ASSERT_TRUE(wrapped.has_value());
    EXPECT_EQ(wrapped->adjective, "New Zealand");
    EXPECT_EQ(wrapped->length, 13U);
    const auto no_break = adjective_at("Polish\xC2\xA0town");
    ASSERT_TRUE(no_break.has_value());
    EXPECT_EQ(no_break->length, 6U);
}

TEST(AdjectiveAt, FindsNothingInsideALongerWord) {
    EXPECT_FALSE(adjective_at("Germanic tribes").has_value());
    EXPECT_FALSE(adjective_at("Germans").has_value());
    EXPECT_FALSE(adjective_at("German-speaking towns").has_value());
    EXPECT_FALSE(adjective_at("Germ\xC3\xA1n").has_value());
    EXPECT_FALSE(adjective_at("the Austrian town").has_value());
    EXPECT_FALSE(adjective_at(" Austrian").has_value());
    EXPECT_FALSE(adjective_at("").has_value());
}

TEST(AdjectiveAt, ReadsOnlyTheStartOfALongText) {
    const std::string long_word(1 << 20, 'a');
    EXPECT_FALSE(adjective_at(long_word).has_value());
    const std::string prose = "Swedish " + std::string(1 << 20, 'x');
    const auto match = adjective_at(prose);
    ASSERT_TRUE(match.has_value());
    EXPECT_EQ(match->length, 7U);
}

}  // namespace
