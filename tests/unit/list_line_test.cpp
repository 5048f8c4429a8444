#include "list_line.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

using twinning::parser::is_list_heading;
using twinning::parser::LinePiece;
using twinning::parser::ListLine;
using twinning::parser::read_list_line;
using twinning::parser::read_register_line;
using twinning::parser::starts_with_bullet;

// The one partner `line` names, which the test asserts there is.
const twinning::parser::ListPartner& only_partner(const std::optional<ListLine>& item) {
    EXPECT_TRUE(item.has_value());
    EXPECT_EQ(item->partners.size(), 1U);
    return item->partners.front();
}

std::vector<std::string> decorations(std::string_view line, const ListLine& item) {
    std::vector<std::string> out;
    for (const LinePiece& piece : item.decorations) {
        out.emplace_back(piece.in(line));
    }
    return out;
}

TEST(ListLine, ReadsAPlaceWithItsCountry) {
    for (const std::string_view line :
         {"Tulln, Austria", "Tulln (Austria)", "Tulln, Lower Austria, Austria", "Salem, Oregon, United States"}) {
        SCOPED_TRACE(line);
        const auto item = read_list_line(line, false);
        EXPECT_EQ(only_partner(item).place.in(line), line);
    }
}

TEST(ListLine, ReadsADateBeforeOrAfterThePlace) {
    const std::vector<std::pair<std::string_view, std::string_view>> lines{
        {"1982 - Tulln, Austria", "1982"},
        {"Tulln, Austria (1982)", "1982"},
        {"Tulln, Austria, since 1982", "since 1982"},
        {"Tulln (Austria) \xE2\x80\x93 since 1982", "since 1982"},
        {"Tulln, Austria (since 1982)", "since 1982"},
        {"Tulln (Austria) ........ 1982", "1982"},
        {"Tulln, Austria \xE2\x80\xA6 1982", "1982"},
    };
    for (const auto& [line, date] : lines) {
        SCOPED_TRACE(line);
        const auto item = read_list_line(line, false);
        const auto& partner = only_partner(item);
        EXPECT_EQ(partner.date.in(line), date);
        EXPECT_TRUE(partner.place.in(line) == "Tulln, Austria" || partner.place.in(line) == "Tulln (Austria)");
    }
}

TEST(ListLine, ReadsADateAfterAPartnershipPhrase) {
    for (const std::string_view line :
         {"Tulln, Austria \xE2\x80\x93 partnership since 1982", "Tulln, Austria (twinned in 1982)",
          "Tulln, Austria, partner city since 1982", "Tulln, Austria\xC2\xA0\xE2\x80\x93 partnership since 1982"}) {
        SCOPED_TRACE(line);
        const auto item = read_list_line(line, false);
        EXPECT_EQ(only_partner(item).place.in(line), "Tulln, Austria");
        EXPECT_EQ(only_partner(item).date.in(line), "1982");
    }
}

TEST(ListLine, ReadsACountOfInhabitants) {
    const std::string_view line = "Tulln, Austria - 16 800 inhabitants";
    const auto item = read_list_line(line, false);
    EXPECT_EQ(only_partner(item).count.in(line), "16 800 inhabitants");
    EXPECT_EQ(only_partner(item).place.in(line), "Tulln, Austria");
}

TEST(ListLine, StripsBulletsNumbersReferenceMarksAndTrailingCommas) {
    for (const std::string_view line :
         {"\xE2\x80\xA2 Tulln, Austria", "- Tulln, Austria", "* Tulln, Austria", "\xE2\x80\x93 Tulln, Austria",
          "1. Tulln, Austria", "1) Tulln, Austria", "Tulln, Austria[3]", "Tulln, Austria;", "Tulln, Austria,"}) {
        SCOPED_TRACE(line);
        const auto item = read_list_line(line, false);
        EXPECT_EQ(only_partner(item).place.in(line), "Tulln, Austria");
        EXPECT_EQ(item->decorations.size(), 1U);
    }
}

TEST(ListLine, StripsACountryCodeAndAFlagsAltText) {
    const std::string_view coded = "AUT Tulln, Austria";
    const auto by_code = read_list_line(coded, false);
    EXPECT_EQ(only_partner(by_code).place.in(coded), "Tulln, Austria");
    EXPECT_EQ(decorations(coded, *by_code), std::vector<std::string>{"AUT"});

    const std::string_view flagged = "AustriaLower Austria Tulln, Lower Austria, Austria";
    const auto by_flag = read_list_line(flagged, false);
    EXPECT_EQ(only_partner(by_flag).place.in(flagged), "Tulln, Lower Austria, Austria");
    EXPECT_EQ(decorations(flagged, *by_flag), (std::vector<std::string>{"Austria", "Lower Austria "}));
}

TEST(ListLine, KeepsTheCountryCodeForAPlaceThatNamesNone) {
    const std::string_view line =
        "SVK P\xC3\xBA"
        "chov";
    const auto item = read_list_line(line, false);
    EXPECT_EQ(only_partner(item).place.in(line),
              "P\xC3\xBA"
              "chov");
    EXPECT_EQ(item->country_code.in(line), "SVK");
}

TEST(ListLine, KeepsANameThatStartsLikeItsCountry) {
    const std::string_view line = "Mexico City, Mexico";
    EXPECT_EQ(only_partner(read_list_line(line, false)).place.in(line), "Mexico City, Mexico");
}

TEST(ListLine, ReadsTheCountryFirstOrAfterIn) {
    for (const std::string_view line : {"Austria: Tulln (1982)", "Austria \xE2\x80\x93 Tulln", "Tulln in Austria"}) {
        SCOPED_TRACE(line);
        const auto item = read_list_line(line, false);
        EXPECT_EQ(only_partner(item).place.in(line), "Tulln");
        EXPECT_EQ(only_partner(item).country.in(line), "Austria");
    }
    EXPECT_FALSE(read_list_line("Population: 16 800", false).has_value());
}

TEST(ListLine, ReadsTwoPartnersJoinedByAnd) {
    const std::string_view line = "Tulln, Austria, and Krems, Austria";
    const auto item = read_list_line(line, false);
    ASSERT_TRUE(item.has_value());
    ASSERT_EQ(item->partners.size(), 2U);
    EXPECT_EQ(item->partners[0].place.in(line), "Tulln, Austria");
    EXPECT_EQ(item->partners[1].place.in(line), "Krems, Austria");
}

TEST(ListLine, TakesANameAloneOnlyBelowAHeading) {
    EXPECT_FALSE(read_list_line("Tulln", false).has_value());
    EXPECT_EQ(only_partner(read_list_line("Tulln", true)).place.in("Tulln"), "Tulln");
    EXPECT_FALSE(read_list_line("The towns meet every year in May", true).has_value());
    EXPECT_FALSE(read_list_line("population: 1", true).has_value());
}

TEST(ListLine, ReadsNoProseOrLongLine) {
    EXPECT_FALSE(read_list_line("We visited Tulln, Austria, last year with a large delegation of pupils", false));
    EXPECT_FALSE(read_list_line(std::string(500, 'a') + ", Austria", false).has_value());
    // running text that ends in a place and its country
    EXPECT_FALSE(read_list_line("Oxford also has a friendship link with Ramallah, Palestine.", true).has_value());
    EXPECT_FALSE(read_list_line("We are twinned with Krems (Austria) since 1990.", true).has_value());
    // but a name may hold a few small words
    const std::string_view line = "Bad Homburg vor der Höhe, Germany";
    EXPECT_EQ(only_partner(read_list_line(line, false)).place.in(line), line);
}

TEST(RegisterLine, ReadsTheCountryTheCityTheWordingAndTheDates) {
    const std::string_view line =
        "Austria Tulln Agreement on Cooperation between the Cities 12/5/1982. Renewal of the Agreement, 1996";
    const auto item = read_register_line(line);
    const auto& partner = only_partner(item);
    EXPECT_EQ(partner.country.in(line), "Austria");
    EXPECT_EQ(partner.place.in(line), "Tulln");
    EXPECT_EQ(partner.agreement.in(line), "Agreement on Cooperation between the Cities");
    EXPECT_EQ(partner.date.in(line), "12/5/1982");
    EXPECT_EQ(partner.renewal.in(line), "Renewal of the Agreement, 1996");
}

TEST(RegisterLine, KeepsBothPlacesOfSigningWithTheirDates) {
    const std::string_view line = "Austria Tulln Agreement on Cooperation in Tulln 12/5/1982, in Krems 20/6/1982";
    const auto item = read_register_line(line);
    const auto& partner = only_partner(item);
    EXPECT_EQ(partner.agreement.in(line), "Agreement on Cooperation");
    EXPECT_EQ(partner.date.in(line), "in Tulln 12/5/1982, in Krems 20/6/1982");
}

TEST(RegisterLine, TakesTheLongestCountryAndTheRegionAfterAComma) {
    const std::string_view line = "United States of America Sacramento, California Sister City Agreement 1999";
    const auto item = read_register_line(line);
    const auto& partner = only_partner(item);
    EXPECT_EQ(partner.country.in(line), "United States of America");
    EXPECT_EQ(partner.place.in(line), "Sacramento");
    EXPECT_EQ(partner.region.in(line), "California");
}

TEST(RegisterLine, NeedsACountryFirstAndWordingAfterTheCity) {
    EXPECT_FALSE(read_register_line("Tulln Agreement on Cooperation 1982").has_value());
    EXPECT_FALSE(read_register_line("Austria Tulln 1982").has_value());
}

TEST(InlineList, ReadsAHeadingAndItsPartnersOnOneLine) {
    const std::string_view line = "Twin towns: Tulln (Austria), Krems (Lower Austria, Austria) and Melk, Austria.";
    const auto list = twinning::parser::read_inline_list(line);
    ASSERT_TRUE(list.has_value());
    EXPECT_EQ(list->heading.in(line), "Twin towns:");
    ASSERT_EQ(list->items.size(), 3U);
    EXPECT_EQ(list->items[0].partners[0].place.in(line), "Tulln (Austria)");
    EXPECT_EQ(list->items[1].partners[0].place.in(line), "Krems (Lower Austria, Austria)");
    EXPECT_EQ(list->items[2].partners[0].place.in(line), "Melk, Austria");
    // each stretch runs over the separator after it, so the line is covered
    EXPECT_EQ(list->stretches[0].in(line), "Tulln (Austria),");
    EXPECT_EQ(list->stretches[1].in(line), "Krems (Lower Austria, Austria) and");
}

TEST(InlineList, KeepsTheAndOfACountryAndTheBracketsOfAName) {
    const std::string_view line = "Twin towns: Mostar, Bosnia and Herzegovina, Frankfurt (Oder), Germany";
    const auto list = twinning::parser::read_inline_list(line);
    ASSERT_TRUE(list.has_value());
    ASSERT_EQ(list->items.size(), 2U);
    EXPECT_EQ(list->items[0].partners[0].place.in(line), "Mostar, Bosnia and Herzegovina");
    EXPECT_EQ(list->items[1].partners[0].place.in(line), "Frankfurt (Oder), Germany");
}

TEST(InlineList, SplitsAtSemicolonsAndNeedsAHeading) {
    const std::string_view line = "Partner cities: Plauen, Germany; Katowice, Poland";
    const auto list = twinning::parser::read_inline_list(line);
    ASSERT_TRUE(list.has_value());
    ASSERT_EQ(list->items.size(), 2U);
    EXPECT_EQ(list->items[1].partners[0].place.in(line), "Katowice, Poland");
    EXPECT_FALSE(twinning::parser::read_inline_list("Population: 16 800").has_value());
    EXPECT_FALSE(twinning::parser::read_inline_list("Twin towns: we meet every year in May").has_value());
}

TEST(ListHeading, ReadsTheHeadingsPagesWrite) {
    for (const std::string_view line : {"Tulln is twinned with:", "Twin towns:", "Partner cities", "Sister cities",
                                        "Friendship cities:", "Ostrava is twinned with:[45]", "Town twinning",
                                        "St. Pölten is twinned with:", "Frankfurt (Oder) is twinned with:"}) {
        SCOPED_TRACE(line);
        EXPECT_TRUE(is_list_heading(line));
    }
}

TEST(ListHeading, IsNoLabelNoPlaceAndNoSentence) {
    for (const std::string_view line : {"Partnership agreement signed:", "Twinned since 1991", "Tulln, Austria",
                                        "The partner towns meet every year.", "Population: 1"}) {
        SCOPED_TRACE(line);
        EXPECT_FALSE(is_list_heading(line));
    }
}

TEST(Bullet, StartsAnItemButNotANumberOrWord) {
    EXPECT_TRUE(starts_with_bullet("\xE2\x80\xA2 Tulln"));
    EXPECT_TRUE(starts_with_bullet("  - Tulln"));
    EXPECT_TRUE(starts_with_bullet("12) Tulln"));
    EXPECT_FALSE(starts_with_bullet("-5 degrees"));
    EXPECT_FALSE(starts_with_bullet("12.05.1982"));
    EXPECT_FALSE(starts_with_bullet("Tulln"));
}

}  // namespace
