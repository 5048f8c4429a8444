#include "partner_sentence.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

using twinning::parser::read_partner_prose;
using twinning::parser::read_partner_sentence;

struct Named {
    std::string place;
    std::string country;
    std::string date;
};

std::vector<Named> partners(std::string_view sentence) {
    std::vector<Named> out;
    const auto found = read_partner_sentence(sentence);
    if (!found) {
        return out;
    }
    for (const auto& partner : found->partners) {
        out.push_back({std::string(partner.place.in(sentence)), std::string(partner.country.in(sentence)),
                       std::string(found->date.in(sentence))});
    }
    return out;
}

TEST(PartnerSentence, ReadsAPlaceInBracketsAndTheDate) {
    const auto found = partners("An agreement with the town of Tulln (Austria) was signed on 12 May 1982.");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].place, "Tulln (Austria)");
    EXPECT_EQ(found[0].country, "");
    EXPECT_EQ(found[0].date, "12 May 1982");
}

TEST(PartnerSentence, ReadsACountryByItsAdjective) {
    const auto found = partners("With the Austrian town of Tulln since 1982.");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].place, "Tulln");
    EXPECT_EQ(found[0].country, "Austrian");
    EXPECT_EQ(found[0].date, "1982");
}

TEST(PartnerSentence, ReadsAPlaceInItsCountry) {
    const auto found = partners("Tulln in Austria has been our partner since 1982.");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].place, "Tulln");
    EXPECT_EQ(found[0].country, "Austria");
}

TEST(PartnerSentence, ReadsAPlaceWithItsRegionAndCountryAfterCommas) {
    const auto found = partners("In 1995 the city signed a friendship agreement with Salem, Oregon, USA.");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].place, "Salem, Oregon, USA");
    EXPECT_EQ(found[0].date, "1995");
}

TEST(PartnerSentence, ReadsAnAbbreviatedNameAnArticleAndTheLongestPlace) {
    EXPECT_EQ(partners("An agreement with St. Petersburg (Russia) was signed in 1990.")[0].place,
              "St. Petersburg (Russia)");
    EXPECT_EQ(partners("The partnership with Haarlem, the Netherlands, was signed in 1970.")[0].place,
              "Haarlem, the Netherlands");
    const auto found = partners("The sister city agreement with Atlanta, Georgia, USA dates from 1985.");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].place, "Atlanta, Georgia, USA");
}

TEST(PartnerProse, EndsASentenceAfterACountryCode) {
    const std::string_view input =
        "Our oldest twin town is Bath, UK. Since 1995 we are twinned with Krems (Austria).\n";
    const auto prose = read_partner_prose(input, 0);
    ASSERT_TRUE(prose.has_value());
    ASSERT_EQ(prose->sentences.size(), 2U);
    EXPECT_TRUE(prose->sentences[0].date.empty());
    EXPECT_EQ(prose->sentences[1].date.in(input), "1995");
}

TEST(PartnerSentence, ReadsEveryPartnerOfASentence) {
    const auto found = partners("The town is twinned with Tulln (Austria) and Krems (Austria).");
    ASSERT_EQ(found.size(), 2U);
    EXPECT_EQ(found[0].place, "Tulln (Austria)");
    EXPECT_EQ(found[1].place, "Krems (Austria)");
}

TEST(PartnerSentence, NeedsAPartnershipWordAndACountry) {
    EXPECT_TRUE(partners("Bolzano (German name: Bozen) is the capital of South Tyrol.").empty());
    EXPECT_TRUE(partners("Tulln (Austria) lies on the Danube.").empty());
    EXPECT_TRUE(partners("The town has been twinned with Tulln since 1982.").empty());
}

TEST(PartnerProse, ReadsASentenceWrappedOverLinesAndStopsAtItsEnd) {
    const std::string_view input =
        "An agreement with the town of Tulln (Austria) was\nsigned on 12 May 1982.\nThe next line.\n";
    const auto prose = read_partner_prose(input, 0);
    ASSERT_TRUE(prose.has_value());
    EXPECT_EQ(prose->length, input.find("The next") - 1);
    ASSERT_EQ(prose->sentences.size(), 1U);
    EXPECT_EQ(prose->sentences[0].date.in(input), "12 May 1982");
}

TEST(PartnerProse, StopsBeforeAListAndReadsNoLongLine) {
    EXPECT_FALSE(read_partner_prose("Bristol has partnership links with:\n\xE2\x80\x93 Tbilisi, Georgia (1988)\n", 0));
    const std::string long_line = "The partnership with Tulln (Austria) " + std::string(2000, 'x') + ".\n";
    EXPECT_FALSE(read_partner_prose(long_line, 0).has_value());
}

}  // namespace
