#include "twinning/parser/label_scanner.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

namespace {

using twinning::model::Field;
using twinning::parser::LabelHit;
using twinning::parser::LabelScanner;

void expect_hit(const std::optional<LabelHit>& hit, std::size_t text_length, std::size_t length, Field kind,
                bool exact = true) {
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->text_length, text_length);
    EXPECT_EQ(hit->length, length);
    EXPECT_EQ(hit->match.kind, kind);
    EXPECT_EQ(hit->match.exact, exact);
}

TEST(LabelScanner, FindsKnownLabelAtLineStart) {
    LabelScanner scanner("population: 281 711 (2021)");
    expect_hit(scanner.label_at(0, true), 10, 11, Field::population);
}

TEST(LabelScanner, FindsKnownLabelInsideALine) {
    LabelScanner scanner("population: 1 web sites: www.split.hr");
    expect_hit(scanner.label_at(14, false), 9, 10, Field::websites);
}

TEST(LabelScanner, GivesTheCanonicalSpelling) {
    LabelScanner scanner("Web Site: www.katowice.eu");
    const auto hit = scanner.label_at(0, true);
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->match.canonical, "web sites");
}

TEST(LabelScanner, LeavesSpacesBeforeTheColonOutOfTheLabelText) {
    LabelScanner scanner("population : 5");
    expect_hit(scanner.label_at(0, true), 10, 12, Field::population);
}

TEST(LabelScanner, FindsMisspelledLabelAsInexact) {
    LabelScanner scanner("populataion: 1 680 723 (2022)");
    expect_hit(scanner.label_at(0, true), 11, 12, Field::population, false);
}

TEST(LabelScanner, FindsLabelWrappedOnceAcrossALineBreak) {
    LabelScanner scanner("main areas of\ncooperation: culture");
    expect_hit(scanner.label_at(0, true), 25, 26, Field::cooperation_areas);
}

TEST(LabelScanner, FindsLabelWrappedAcrossCrlf) {
    LabelScanner scanner("main areas of\r\ncooperation: culture");
    expect_hit(scanner.label_at(0, true), 26, 27, Field::cooperation_areas);
}

TEST(LabelScanner, RejectsLabelAcrossABlankLine) {
    LabelScanner scanner("main areas of\n\ncooperation: culture");
    EXPECT_EQ(scanner.label_at(0, true), std::nullopt);
}

TEST(LabelScanner, FindsUnknownLabelAtLineStart) {
    LabelScanner scanner("clerk: Jan Nov\xC3\xA1k");
    const auto hit = scanner.label_at(0, true);
    expect_hit(hit, 5, 6, Field::extra);
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->match.canonical, "");
}

TEST(LabelScanner, RejectsUnknownLabelInsideALine) {
    LabelScanner scanner("population: 5 clerk: X");
    EXPECT_EQ(scanner.label_at(14, false), std::nullopt);
}

TEST(LabelScanner, SameOffsetAnswersDependOnLineStart) {
    LabelScanner scanner("clerk: X");
    EXPECT_EQ(scanner.label_at(0, false), std::nullopt);
    expect_hit(scanner.label_at(0, true), 5, 6, Field::extra);
    EXPECT_EQ(scanner.label_at(0, false), std::nullopt);
}

TEST(LabelScanner, RejectsUnknownLabelWrappedAcrossALine) {
    LabelScanner scanner("clerk of the\ntown: X");
    EXPECT_EQ(scanner.label_at(0, true), std::nullopt);
}

TEST(LabelScanner, RejectsUnknownLabelWhoseColonDoesNotEndAWord) {
    LabelScanner scanner("note:see below");
    EXPECT_EQ(scanner.label_at(0, true), std::nullopt);
}

TEST(LabelScanner, ReadsALineEndingInAnUnknownLabelsColonAsProse) {
    LabelScanner at_end("See also:");
    EXPECT_FALSE(at_end.label_at(0, true).has_value());
    LabelScanner before_crlf("More information:  \r\nX");
    EXPECT_FALSE(before_crlf.label_at(0, true).has_value());
}

TEST(LabelScanner, AcceptsAKnownLabelWithItsValueOnTheNextLine) {
    LabelScanner scanner("population:\n16 800");
    expect_hit(scanner.label_at(0, true), 10, 11, Field::population);
}

TEST(LabelScanner, AcceptsKnownLabelWithNoSpaceAfterTheColon) {
    LabelScanner scanner("web sites:www.split.hr");
    expect_hit(scanner.label_at(0, true), 9, 10, Field::websites);
}

TEST(LabelScanner, RejectsUrlScheme) {
    LabelScanner at_start("http://www.shreveportla.gov/");
    EXPECT_EQ(at_start.label_at(0, true), std::nullopt);
    LabelScanner inside("web sites: http://www.shreveportla.gov/");
    EXPECT_EQ(inside.label_at(11, false), std::nullopt);
}

TEST(LabelScanner, RejectsCandidateStartingWithDigitOrBracket) {
    LabelScanner time("10:30 meeting");
    EXPECT_EQ(time.label_at(0, true), std::nullopt);
    LabelScanner year("(2021) partnership agreement signed: 1960");
    EXPECT_EQ(year.label_at(0, false), std::nullopt);
}

TEST(LabelScanner, FindsLabelAfterABracketedYear) {
    LabelScanner scanner("(2021) partnership agreement signed: 1960");
    expect_hit(scanner.label_at(7, false), 28, 29, Field::signed_on);
}

TEST(LabelScanner, RejectsCandidateHoldingDigitsOrPunctuation) {
    LabelScanner scanner("281 711 (2021) partnership agreement signed: 1960");
    EXPECT_EQ(scanner.label_at(0, true), std::nullopt);
    LabelScanner list("culture, sport: x");
    EXPECT_EQ(list.label_at(0, true), std::nullopt);
}

TEST(LabelScanner, RejectsCandidateWithTooManyWords) {
    LabelScanner scanner("one two three four five six: x");
    EXPECT_EQ(scanner.label_at(0, true), std::nullopt);
}

TEST(LabelScanner, RejectsOffsetNotOnALetter) {
    LabelScanner scanner(" population: 5");
    EXPECT_EQ(scanner.label_at(0, true), std::nullopt);
    expect_hit(scanner.label_at(1, true), 10, 11, Field::population);
}

TEST(LabelScanner, RejectsOffsetAtOrPastTheEnd) {
    LabelScanner scanner("population");
    EXPECT_EQ(scanner.label_at(10, true), std::nullopt);
    EXPECT_EQ(scanner.label_at(99, true), std::nullopt);
    LabelScanner empty("");
    EXPECT_EQ(empty.label_at(0, true), std::nullopt);
}

TEST(LabelScanner, RejectsTextWithoutColon) {
    LabelScanner scanner("population 281 711");
    EXPECT_EQ(scanner.label_at(0, true), std::nullopt);
}

TEST(LabelScanner, FindsColonWithinTheWindow) {
    const std::string input = "population" + std::string(30, ' ') + ": 5";
    LabelScanner scanner(input);
    expect_hit(scanner.label_at(0, true), 10, 41, Field::population);
}

TEST(LabelScanner, IgnoresColonBeyondTheWindow) {
    const std::string input = "population" + std::string(40, 'x') + ": 5";
    LabelScanner scanner(input);
    EXPECT_EQ(scanner.label_at(0, true), std::nullopt);
}

// The window counts a run of spaces as one character, so how text is
// spaced cannot decide whether a label is found.
TEST(LabelScanner, CountsARunOfSpacesAsOneCharacterOfTheWindow) {
    const std::string wide = "population" + std::string(40, ' ') + ": 5";
    LabelScanner wide_scanner(wide);
    expect_hit(wide_scanner.label_at(0, true), 10, 51, Field::population);

    const std::string tabs = "areaof coopera" + std::string(10, '\t') + "\n" + std::string(19, '\t') + "tion:p";
    const std::string tight = "areaof coopera\ntion:p";
    LabelScanner tabs_scanner(tabs);
    LabelScanner tight_scanner(tight);
    const auto spaced = tabs_scanner.label_at(0, true);
    const auto close = tight_scanner.label_at(0, true);
    ASSERT_TRUE(spaced.has_value());
    ASSERT_TRUE(close.has_value());
    EXPECT_EQ(spaced->match.kind, Field::cooperation_areas);
    EXPECT_EQ(close->match.kind, Field::cooperation_areas);
}

TEST(LabelScanner, EndsTheWindowAtASecondLineBreak) {
    LabelScanner scanner("main areas\n\nof cooperation: culture");
    EXPECT_EQ(scanner.label_at(0, true), std::nullopt);
}

TEST(LabelScanner, AnswersQuestionsInAnyOrder) {
    LabelScanner scanner("population: 1 web sites: x.cz");
    expect_hit(scanner.label_at(0, true), 10, 11, Field::population);
    EXPECT_EQ(scanner.label_at(12, false), std::nullopt);
    expect_hit(scanner.label_at(14, false), 9, 10, Field::websites);
    expect_hit(scanner.label_at(0, false), 10, 11, Field::population);
    expect_hit(scanner.label_at(14, false), 9, 10, Field::websites);
}

TEST(LabelScanner, FindsLaterLabelAfterAWordWithNoColonInWindow) {
    // The first question scans 48 bytes and finds no colon; a later one
    // must still find the colon beyond that stretch.
    const std::string input = "culture " + std::string(45, 'x') + " web sites: x.cz";
    LabelScanner scanner(input);
    EXPECT_EQ(scanner.label_at(0, false), std::nullopt);
    EXPECT_EQ(scanner.label_at(8, false), std::nullopt);
    expect_hit(scanner.label_at(54, false), 9, 10, Field::websites);
}

}  // namespace
