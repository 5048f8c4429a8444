#include "twinning/parser/label_table.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string_view>

namespace {

using twinning::model::Field;
using twinning::parser::label_key;
using twinning::parser::match_label;

void expect_match(std::string_view key, Field kind, std::string_view canonical, bool exact) {
    SCOPED_TRACE(key);
    const auto match = match_label(key);
    ASSERT_TRUE(match.has_value());
    EXPECT_EQ(match->kind, kind);
    EXPECT_EQ(match->canonical, canonical);
    EXPECT_EQ(match->exact, exact);
}

// --- label_key ---------------------------------------------------------------

TEST(LabelKey, FoldsAsciiCase) {
    EXPECT_EQ(label_key("Web Site"), "web site");
    EXPECT_EQ(label_key("POPULATION"), "population");
}

TEST(LabelKey, CollapsesSpacesAndTrimsEnds) { EXPECT_EQ(label_key("  WEB \t SITES "), "web sites"); }

TEST(LabelKey, CollapsesUnicodeSpaces) { EXPECT_EQ(label_key("web\xC2\xA0sites\xE2\x80\xAF"), "web sites"); }

TEST(LabelKey, JoinsALabelWrappedAcrossALineBreak) {
    EXPECT_EQ(label_key("main areas of\ncooperation"), "main areas of cooperation");
    EXPECT_EQ(label_key("main areas of\r\n  cooperation"), "main areas of cooperation");
}

TEST(LabelKey, MakesHyphensWordBreaks) {
    EXPECT_EQ(label_key("Main Areas of Co-operation"), "main areas of co operation");
    EXPECT_EQ(label_key("Partnership-Agreement Signed"), "partnership agreement signed");
}

TEST(LabelKey, KeepsApostrophesAndNonAsciiLetters) {
    EXPECT_EQ(label_key("mayor's office"), "mayor's office");
    EXPECT_EQ(label_key("B\xC3\xBCrgermeister"), "b\xC3\xBCrgermeister");
}

TEST(LabelKey, AcceptsFiveWords) {
    EXPECT_EQ(label_key("number of inhabitants in city"), "number of inhabitants in city");
}

TEST(LabelKey, RejectsMoreWordsThanAnyLabel) { EXPECT_EQ(label_key("one two three four five six"), ""); }

TEST(LabelKey, RejectsDigits) {
    EXPECT_EQ(label_key("population 2021"), "");
    EXPECT_EQ(label_key("10"), "");
}

TEST(LabelKey, RejectsPunctuation) {
    EXPECT_EQ(label_key("(2021) partnership"), "");
    EXPECT_EQ(label_key("culture, sport"), "");
    EXPECT_EQ(label_key("www.split.hr"), "");
    EXPECT_EQ(label_key("web sites+links"), "");
}

TEST(LabelKey, MakesSlashesWordBreaks) { EXPECT_EQ(label_key("Type/Date of Agreement"), "type date of agreement"); }

TEST(LabelKey, GivesEmptyKeyForBlankCandidate) {
    EXPECT_EQ(label_key(""), "");
    EXPECT_EQ(label_key("  "), "");
}

TEST(MaxLabelWords, IsFive) { EXPECT_EQ(twinning::parser::max_label_words, 5); }

// --- match_label: exact ------------------------------------------------------

TEST(MatchLabel, FindsCanonicalLabels) {
    expect_match("city", Field::name, "city", true);
    expect_match("country", Field::country, "country", true);
    expect_match("region", Field::subdivision, "region", true);
    expect_match("population", Field::population, "population", true);
    expect_match("partnership agreement signed", Field::signed_on, "partnership agreement signed", true);
    expect_match("renewed", Field::renewed, "renewed", true);
    expect_match("web sites", Field::websites, "web sites", true);
    expect_match("main areas of cooperation", Field::cooperation_areas, "main areas of cooperation", true);
}

TEST(MatchLabel, FindsAliasesUnderTheirCanonicalSpelling) {
    expect_match("town", Field::name, "city", true);
    expect_match("partner city", Field::name, "city", true);
    expect_match("inhabitants", Field::population, "population", true);
    expect_match("number of inhabitants", Field::population, "population", true);
    expect_match("date of signing", Field::signed_on, "partnership agreement signed", true);
    expect_match("agreement signed", Field::signed_on, "partnership agreement signed", true);
    expect_match("twinned since", Field::signed_on, "partnership agreement signed", true);
    expect_match("agreement renewed", Field::renewed, "renewed", true);
    expect_match("homepage", Field::websites, "web sites", true);
    expect_match("url", Field::websites, "web sites", true);
    expect_match("fields of cooperation", Field::cooperation_areas, "main areas of cooperation", true);
}

TEST(MatchLabel, ComparesLettersOnlySoWordBreaksDoNotMatter) {
    expect_match("website", Field::websites, "web sites", true);
    expect_match("web site", Field::websites, "web sites", true);
    expect_match("websites", Field::websites, "web sites", true);
    expect_match("home page", Field::websites, "web sites", true);
    expect_match("main areas of co operation", Field::cooperation_areas, "main areas of cooperation", true);
}

// --- match_label: typos ------------------------------------------------------

TEST(MatchLabel, ReadsInsertionTypoAsInexactMatch) {
    expect_match("populataion", Field::population, "population", false);
}

TEST(MatchLabel, ReadsSwappedLettersAsInexactMatch) {
    expect_match("popluation", Field::population, "population", false);
    expect_match("regoin", Field::subdivision, "region", false);
}

TEST(MatchLabel, ReadsMissingLetterAsInexactMatch) {
    expect_match("websits", Field::websites, "web sites", false);
    expect_match("partnership agreement signd", Field::signed_on, "partnership agreement signed", false);
}

TEST(MatchLabel, AllowsTwoEditsOnLabelsLongerThanEightLetters) {
    expect_match("poplatoin", Field::population, "population", false);
    expect_match("populaton", Field::population, "population", false);
    expect_match("poulaton", Field::population, "population", false);
}

// The letter-count filter in front of the edit distance must let through
// every word the distance accepts: two substitutions move four counts.
TEST(MatchLabel, AllowsTwoSubstitutionsAndNonAsciiLettersOnLongLabels) {
    expect_match("pxpulatiyn", Field::population, "population", false);
    expect_match("populati\u00f6n", Field::population, "population", false);
    expect_match("inhabitnats", Field::population, "population", false);
    EXPECT_EQ(match_label("pxpxlatiyn"), std::nullopt);
}

TEST(MatchLabel, AllowsNoTypoOnLabelsOfFourLettersOrFewer) {
    EXPECT_EQ(match_label("citi"), std::nullopt);
    EXPECT_EQ(match_label("towm"), std::nullopt);
    EXPECT_EQ(match_label("urls"), std::nullopt);
}

TEST(MatchLabel, AllowsOnlyOneEditOnLabelsUpToEightLetters) {
    expect_match("regin", Field::subdivision, "region", false);
    EXPECT_EQ(match_label("regn"), std::nullopt);
    EXPECT_EQ(match_label("rgeino"), std::nullopt);
}

TEST(MatchLabel, RejectsUnknownLabels) {
    EXPECT_EQ(match_label("clerk"), std::nullopt);
    EXPECT_EQ(match_label("twin towns"), std::nullopt);
}

TEST(MatchLabel, RejectsWordsCommonInRunningText) {
    EXPECT_EQ(match_label("cooperation"), std::nullopt);
    EXPECT_EQ(match_label("since"), std::nullopt);
    EXPECT_EQ(match_label("sites"), std::nullopt);
}

TEST(MatchLabel, ReadsShortAliasesOnlyExactly) {
    expect_match("web", Field::websites, "web sites", true);
    EXPECT_EQ(match_label("wed"), std::nullopt);
}

TEST(MatchLabel, ReadsALabelByItsHeadWords) {
    for (const std::string_view key :
         {"twinning year", "date of the partnership agreement", "type date of agreement"}) {
        SCOPED_TRACE(key);
        const auto match = match_label(key);
        ASSERT_TRUE(match.has_value());
        EXPECT_EQ(match->kind, Field::signed_on);
        EXPECT_TRUE(match->by_words);
    }
    const auto web = match_label("official web page");
    ASSERT_TRUE(web.has_value());
    EXPECT_EQ(web->kind, Field::websites);
    EXPECT_TRUE(web->by_words);
}

TEST(MatchLabel, LetsTheHeadOfThePhraseDecide) {
    EXPECT_EQ(match_label("city web site")->kind, Field::websites);
    EXPECT_EQ(match_label("name of the partner city")->kind, Field::name);
    EXPECT_EQ(match_label("year of partnership")->kind, Field::signed_on);
}

TEST(MatchLabel, ReadsNoLabelByWordsWithAnUnknownWord) {
    EXPECT_EQ(match_label("date of birth"), std::nullopt);
    EXPECT_EQ(match_label("the main"), std::nullopt);  // filler names no field
}

TEST(MatchLabel, ReadsTheOneWordLabelsOfTheAgreement) {
    for (const std::string_view key : {"partnership", "twinning", "agreement"}) {
        EXPECT_EQ(match_label(key)->kind, Field::signed_on) << key;
    }
}

TEST(MatchLabel, KnowsLabelsThatNameNoField) {
    const auto address = match_label("address");
    ASSERT_TRUE(address.has_value());
    EXPECT_EQ(address->kind, Field::extra);
    EXPECT_EQ(address->canonical, "address");
    EXPECT_EQ(match_label("e mail")->canonical, "email");
}

TEST(MatchLabel, RejectsEmptyKey) { EXPECT_EQ(match_label(""), std::nullopt); }

}  // namespace
