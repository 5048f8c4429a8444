#include "line_roles.hpp"

#include <gtest/gtest.h>

#include <string_view>

namespace {

using twinning::model::Field;
using twinning::parser::dash_label_at;
using twinning::parser::looks_like_heading;
using twinning::parser::own_line_label_at;
using twinning::parser::shape_of_line;
using twinning::parser::trailing_date;

// --- a label before a dash ------------------------------------------------------

TEST(DashLabel, ReadsAKnownLabelBeforeADash) {
    const std::string_view line = "Population \xE2\x80\x93 41 250 (2019)";
    const auto hit = dash_label_at(line, 0);
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->match.kind, Field::population);
    EXPECT_EQ(hit->text_length, 10U);
    EXPECT_EQ(line.substr(hit->length), "41 250 (2019)");
}

TEST(DashLabel, ReadsAHyphenWithSpacesAndALabelByItsWords) {
    const auto hit = dash_label_at("Twinning year - 1982", 0);
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->match.kind, Field::signed_on);
}

TEST(DashLabel, ReadsACountOrDateRightAfterItsLabel) {
    const std::string_view line = "Population 380,000";
    const auto hit = dash_label_at(line, 0);
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->match.kind, Field::population);
    EXPECT_EQ(line.substr(hit->length), "380,000");
    EXPECT_EQ(dash_label_at("Twinned since 1991", 0)->match.kind, Field::signed_on);
    EXPECT_FALSE(dash_label_at("Website 2 www.tulln.at", 0).has_value());  // a web site is no number
    const std::string_view approximate = "Population approx. 11 000";
    const auto words_first = dash_label_at(approximate, 0);
    ASSERT_TRUE(words_first.has_value());
    EXPECT_EQ(approximate.substr(words_first->length), "approx. 11 000");
    EXPECT_FALSE(dash_label_at("Population of the region", 0).has_value());
}

TEST(DashLabel, RejectsTextThatIsNoLabel) {
    EXPECT_FALSE(dash_label_at("Melk - 1990", 0).has_value());
    EXPECT_FALSE(dash_label_at("Guinea-Bissau", 0).has_value());
    EXPECT_FALSE(dash_label_at("Populaton - 5", 0).has_value());  // no typos before a dash
}

TEST(DashLabel, RejectsADashWithNothingAfterIt) { EXPECT_FALSE(dash_label_at("Population - ", 0).has_value()); }

// --- a label alone on its line ----------------------------------------------------

TEST(OwnLineLabel, ReadsAKnownLabelWithTheValueOnTheNextLine) {
    const auto hit = own_line_label_at("Year of twinning\n1982\n", 0);
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->match.kind, Field::signed_on);
    EXPECT_EQ(hit->length, 16U);
}

TEST(OwnLineLabel, RejectsALabelFollowedByABlankLineALabelOrTheEnd) {
    EXPECT_FALSE(own_line_label_at("Population\n\n16 800", 0).has_value());
    EXPECT_FALSE(own_line_label_at("Population\nweb sites: www.tulln.at", 0).has_value());
    EXPECT_FALSE(own_line_label_at("Population\nWebsite\nwww.tulln.at", 0).has_value());
    EXPECT_FALSE(own_line_label_at("Population", 0).has_value());
}

TEST(OwnLineLabel, RejectsAPlaceName) { EXPECT_FALSE(own_line_label_at("Tulln\nAustria", 0).has_value()); }

// --- lines read by their shape -----------------------------------------------------

TEST(ShapeOfLine, ReadsALineOfWebAddressesAsTheWebSites) {
    EXPECT_EQ(shape_of_line("www.tulln.at"), Field::websites);
    EXPECT_EQ(shape_of_line("https://www.ptuj.si/, http://visit.ptuj.si"), Field::websites);
    EXPECT_EQ(shape_of_line("see www.tulln.at"), std::nullopt);
}

TEST(ShapeOfLine, ReadsAShortPartnershipPhraseWithAYearAsTheAgreementDate) {
    for (const std::string_view line : {"Partnership since 1972.", "Twinned since 1991", "Partners since 2004",
                                        "Agreement concluded on 14th May 1999"}) {
        EXPECT_EQ(shape_of_line(line), Field::signed_on) << line;
    }
}

TEST(ShapeOfLine, ReadsARenewalPhraseAsARenewal) {
    EXPECT_EQ(shape_of_line("Agreement renewed in 2002"), Field::renewed);
    EXPECT_EQ(shape_of_line("Renewal 2010"), Field::renewed);
    EXPECT_EQ(shape_of_line("Partnership agreement signed in 1995, renewed in 2005"), Field::signed_on);
}

TEST(ShapeOfLine, ReadsADateAloneAsTheAgreementDate) {
    EXPECT_EQ(shape_of_line("1982"), Field::signed_on);
    EXPECT_EQ(shape_of_line("12.05.1982"), Field::signed_on);
    EXPECT_EQ(shape_of_line("16 800"), std::nullopt);
}

TEST(ShapeOfLine, ReadsNoPhraseFromALineThatStartsWithAPlace) {
    EXPECT_EQ(shape_of_line("Tulln \xE2\x80\x93 since 1982"), std::nullopt);
    EXPECT_EQ(shape_of_line("Sister city since 2001"), Field::signed_on);
}

TEST(ShapeOfLine, ReadsNoDateFromProse) {
    EXPECT_EQ(shape_of_line("Partnership brings our towns together."), std::nullopt);
    EXPECT_EQ(shape_of_line("In 1991 the towns signed an agreement."), std::nullopt);
    EXPECT_EQ(shape_of_line("Partnership between the towns began with a school exchange that has grown every year "
                            "since 1991 into a festival"),
              std::nullopt);
}

// --- a date at the end of a heading -----------------------------------------------

TEST(TrailingDate, FindsTheDateAfterThePlace) {
    const std::string_view heading = "Tulln (Austria) - since 1982";
    const auto date = trailing_date(heading);
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(heading.substr(0, date->tail_begin), "Tulln (Austria) ");
    EXPECT_EQ(heading.substr(date->date_begin, date->date_end - date->date_begin), "since 1982");
}

TEST(TrailingDate, FindsADateInBrackets) {
    const std::string_view heading = "Tulln (Austria) (since 1968)";
    const auto date = trailing_date(heading);
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(heading.substr(date->date_begin, date->date_end - date->date_begin), "since 1968");
}

TEST(TrailingDate, FindsAFullDate) {
    const std::string_view heading = "Tulln (Austria) 12.05.1982";
    const auto date = trailing_date(heading);
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(heading.substr(date->date_begin), "12.05.1982");
}

TEST(TrailingDate, FindsNoDateWhereThereIsNone) {
    EXPECT_FALSE(trailing_date("Frankfurt (Oder) (Germany)").has_value());
    EXPECT_FALSE(trailing_date("1982").has_value());
    EXPECT_FALSE(trailing_date("Ostrava 2").has_value());
    EXPECT_FALSE(trailing_date("Route1982").has_value());
}

// --- sentences ---------------------------------------------------------------------

TEST(IsSentence, TakesAFewWordsEndingInAFullStop) {
    EXPECT_TRUE(twinning::parser::is_sentence("The towns meet every year.", 0));
    EXPECT_FALSE(twinning::parser::is_sentence("of the Danube.", 0));
    EXPECT_FALSE(twinning::parser::is_sentence("culture, sport and youth", 0));
    EXPECT_FALSE(twinning::parser::is_sentence("2 000 people live there.", 0));
}

// --- headings ----------------------------------------------------------------------

TEST(LooksLikeHeading, TakesAFewWordsThatEndAsANameDoes) {
    EXPECT_TRUE(looks_like_heading("Olomouc (Czech Republic)"));
    EXPECT_TRUE(looks_like_heading("Hollabrunn"));
    EXPECT_FALSE(looks_like_heading("The towns meet every year."));
    EXPECT_FALSE(looks_like_heading("Our partners:"));
    EXPECT_FALSE(looks_like_heading("1982 Tulln"));
    EXPECT_FALSE(looks_like_heading("one two three four five six seven eight nine"));
}

}  // namespace
