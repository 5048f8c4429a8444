#include "twinning/normalize/inference.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace {

using twinning::normalize::infer_from_host;

TEST(InferFromHost, GivesCityAndCountryFromCountryCodeDomain) {
    const auto place = infer_from_host("www.dresden.de");
    EXPECT_EQ(place.name, std::optional<std::string>("Dresden"));
    EXPECT_EQ(place.country_code, std::optional<std::string>("DE"));
}

TEST(InferFromHost, MapsUkDomainToGb) {
    const auto place = infer_from_host("www.coventry.gov.uk");
    EXPECT_EQ(place.name, std::optional<std::string>("Coventry"));
    EXPECT_EQ(place.country_code, std::optional<std::string>("GB"));
}

TEST(InferFromHost, GivesNoCountryForGenericDomain) {
    const auto place = infer_from_host("pittsburghpa.gov");
    EXPECT_EQ(place.name, std::optional<std::string>("Pittsburghpa"));
    EXPECT_EQ(place.country_code, std::nullopt);
}

TEST(InferFromHost, GivesNoCountryForComOrgOrEu) {
    EXPECT_EQ(infer_from_host("www.piraeus.org").country_code, std::nullopt);
    EXPECT_EQ(infer_from_host("www.katowice.eu").country_code, std::nullopt);
}

// Domains sold as generic name no country, for inference and for the
// website-country-mismatch rule alike.
TEST(InferFromHost, GivesNoCountryForCountryDomainsSoldAsGeneric) {
    EXPECT_EQ(infer_from_host("www.tulln.io").country_code, std::nullopt);
    EXPECT_EQ(infer_from_host("krems.tv").country_code, std::nullopt);
    EXPECT_EQ(infer_from_host("www.melk.co").country_code, std::nullopt);
    EXPECT_EQ(infer_from_host("www.tulln.io").name, std::optional<std::string>("Tulln"));
}

TEST(InferFromHost, ReadsHostWithoutWww) {
    const auto place = infer_from_host("split.hr");
    EXPECT_EQ(place.name, std::optional<std::string>("Split"));
    EXPECT_EQ(place.country_code, std::optional<std::string>("HR"));
}

TEST(InferFromHost, KeepsHyphenatedFirstLabel) {
    const auto place = infer_from_host("www.gaziantep-bld.gov.tr");
    EXPECT_EQ(place.name, std::optional<std::string>("Gaziantep-bld"));
    EXPECT_EQ(place.country_code, std::optional<std::string>("TR"));
}

TEST(InferFromHost, KeepsUtf8Name) {
    const auto place = infer_from_host("www.ko\xC5\xA1ice.sk");
    EXPECT_EQ(place.name, std::optional<std::string>("Ko\xC5\xA1ice"));
    EXPECT_EQ(place.country_code, std::optional<std::string>("SK"));
}

TEST(InferFromHost, GivesNoCountryForTwoLetterDomainThatIsNoCountry) {
    const auto place = infer_from_host("www.example.zz");
    EXPECT_EQ(place.name, std::optional<std::string>("Example"));
    EXPECT_EQ(place.country_code, std::nullopt);
}

TEST(InferFromHost, GivesNothingForHostWithoutDot) {
    const auto place = infer_from_host("localhost");
    EXPECT_EQ(place.name, std::nullopt);
    EXPECT_EQ(place.country_code, std::nullopt);
}

TEST(InferFromHost, GivesNothingForEmptyHost) {
    const auto place = infer_from_host("");
    EXPECT_EQ(place.name, std::nullopt);
    EXPECT_EQ(place.country_code, std::nullopt);
}

// A host writes no diacritics; the gazetteer's spelling stands in where it
// knows the city in the domain's country, and only there.
TEST(InferFromHost, TakesTheGazetteersSpellingWhereHostAndCountryAgree) {
    EXPECT_EQ(infer_from_host("www.zilina.sk").name, "Žilina");
    EXPECT_EQ(infer_from_host("www.kosice.sk").name, "Košice");
    EXPECT_EQ(infer_from_host("www.kosice.de").name, "Kosice");
    EXPECT_EQ(infer_from_host("www.zilina.com").name, "Zilina");
}

}  // namespace
