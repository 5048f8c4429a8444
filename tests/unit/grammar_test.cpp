#include "grammar.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "collecting_sink.hpp"

namespace {

using twinning::model::Field;
using twinning::model::Position;
using twinning_test::CollectedField;
using twinning_test::parse;

void expect_position(const Position& actual, std::size_t offset, std::uint32_t line, std::uint32_t column) {
    EXPECT_EQ(actual.offset, offset);
    EXPECT_EQ(actual.line, line);
    EXPECT_EQ(actual.column, column);
}

void expect_field(const CollectedField& field, std::string_view label, Field kind, std::string_view value) {
    EXPECT_EQ(field.label, label);
    EXPECT_EQ(field.kind, kind);
    EXPECT_EQ(field.value, value);
}

TEST(Grammar, HasNoInfiniteLoops) { EXPECT_EQ(tao::pegtl::analyze<twinning::parser::rules::document>(0), 0U); }

// --- layouts -----------------------------------------------------------------

TEST(Grammar, ReadsInlineFieldsOnOneLine) {
    const auto parsed = parse(
        "Katowice (Poland)\n"
        "population: 281 711 (2021) partnership agreement signed: 1960, renewed 1996 web sites: www.katowice.eu "
        "main areas of cooperation: culture, sport\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    EXPECT_EQ(record.header, "Katowice (Poland)");
    ASSERT_EQ(record.fields.size(), 4U);
    expect_field(record.fields[0], "population", Field::population, "281 711 (2021)");
    expect_field(record.fields[1], "partnership agreement signed", Field::signed_on, "1960, renewed 1996");
    expect_field(record.fields[2], "web sites", Field::websites, "www.katowice.eu");
    expect_field(record.fields[3], "main areas of cooperation", Field::cooperation_areas, "culture, sport");
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, GivesSpansOfInlineFields) {
    const auto parsed = parse(
        "Katowice (Poland)\n"
        "population: 281 711 (2021) partnership agreement signed: 1960, renewed 1996 web sites: www.katowice.eu "
        "main areas of cooperation: culture, sport\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    expect_position(record.header_span.begin, 0, 1, 1);
    expect_position(record.header_span.end, 17, 1, 18);
    ASSERT_EQ(record.fields.size(), 4U);
    expect_position(record.fields[0].label_span.begin, 18, 2, 1);
    expect_position(record.fields[0].label_span.end, 28, 2, 11);
    expect_position(record.fields[0].value_span.begin, 30, 2, 13);
    expect_position(record.fields[0].value_span.end, 44, 2, 27);
    expect_position(record.fields[1].label_span.begin, 45, 2, 28);
    expect_position(record.fields[1].value_span.begin, 75, 2, 58);
    expect_position(record.fields[1].value_span.end, 93, 2, 76);
    expect_position(record.fields[2].label_span.begin, 94, 2, 77);
    expect_position(record.fields[3].value_span.begin, 148, 2, 131);
    expect_position(record.fields[3].value_span.end, 162, 2, 145);
    expect_position(record.span.begin, 0, 1, 1);
    expect_position(record.span.end, 162, 2, 145);
}

TEST(Grammar, ReadsOneFieldPerLine) {
    const auto parsed = parse(
        "Split (Croatia)\n"
        "population: 160 577 (2021)\n"
        "partnership agreement signed: 1976\n"
        "web sites: www.split.hr\n"
        "main areas of cooperation: culture, safe transport in Europe\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    EXPECT_EQ(record.header, "Split (Croatia)");
    ASSERT_EQ(record.fields.size(), 4U);
    expect_field(record.fields[0], "population", Field::population, "160 577 (2021)");
    expect_field(record.fields[1], "partnership agreement signed", Field::signed_on, "1976");
    expect_field(record.fields[2], "web sites", Field::websites, "www.split.hr");
    expect_field(record.fields[3], "main areas of cooperation", Field::cooperation_areas,
                 "culture, safe transport in Europe");
    EXPECT_EQ(record.span.begin.line, 1U);
    EXPECT_EQ(record.span.end.line, 5U);
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, ReadsMixedLayoutWithHeaderAndFieldsOnOneLine) {
    const auto parsed = parse(
        "Krak\xC3\xB3w (Poland) population: 804 237 (2022) web sites: www.krakow.pl partnership agreement signed: "
        "1994\n"
        "main areas of cooperation: tourism, culture and\n"
        "heritage, education\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    EXPECT_EQ(record.header, "Krak\xC3\xB3w (Poland)");
    ASSERT_EQ(record.fields.size(), 4U);
    expect_field(record.fields[0], "population", Field::population, "804 237 (2022)");
    expect_field(record.fields[1], "web sites", Field::websites, "www.krakow.pl");
    expect_field(record.fields[2], "partnership agreement signed", Field::signed_on, "1994");
    expect_field(record.fields[3], "main areas of cooperation", Field::cooperation_areas,
                 "tourism, culture and\nheritage, education");
    EXPECT_EQ(record.span.end.line, 3U);
}

TEST(Grammar, ReadsFieldsInAnyOrder) {
    const auto parsed = parse(
        "Tartu (Estonia)\n"
        "web sites: www.tartu.ee population: 97 759 (2023) partnership agreement signed: 1996 "
        "main areas of cooperation: science\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 4U);
    expect_field(fields[0], "web sites", Field::websites, "www.tartu.ee");
    expect_field(fields[1], "population", Field::population, "97 759 (2023)");
    expect_field(fields[2], "partnership agreement signed", Field::signed_on, "1996");
    expect_field(fields[3], "main areas of cooperation", Field::cooperation_areas, "science");
}

TEST(Grammar, ReadsRecordWithoutHeader) {
    const auto parsed = parse("population: 563 311 (2022) web sites: www.dresden.de\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    EXPECT_FALSE(record.header.has_value());
    ASSERT_EQ(record.fields.size(), 2U);
    expect_field(record.fields[0], "population", Field::population, "563 311 (2022)");
    expect_field(record.fields[1], "web sites", Field::websites, "www.dresden.de");
    expect_position(record.span.begin, 0, 1, 1);
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, ReadsHeaderlessRecordBetweenRecords) {
    const auto parsed = parse(
        "Katowice (Poland)\npopulation: 281 711 (2021)\n\n"
        "population: 563 311 (2022) web sites: www.dresden.de\n\n"
        "Split (Croatia)\npopulation: 160 577 (2021)\n");
    ASSERT_EQ(parsed.records.size(), 3U);
    EXPECT_EQ(parsed.records[0].header, "Katowice (Poland)");
    EXPECT_FALSE(parsed.records[1].header.has_value());
    EXPECT_EQ(parsed.records[1].span.begin.line, 4U);
    EXPECT_EQ(parsed.records[2].header, "Split (Croatia)");
}

TEST(Grammar, SplitsRecordsAtBlankLines) {
    const auto parsed = parse(
        "Split (Croatia)\npopulation: 160 577 (2021)\n\n"
        "Ko\xC5\xA1ice (Slovakia)\npopulation: 229 040 (2021)\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_EQ(parsed.records[0].header, "Split (Croatia)");
    EXPECT_EQ(parsed.records[1].header, "Ko\xC5\xA1ice (Slovakia)");
    EXPECT_FALSE(parsed.records[0].follows_without_blank_line);
    EXPECT_FALSE(parsed.records[1].follows_without_blank_line);
}

TEST(Grammar, TreatsLineOfSpacesAsBlankLine) {
    const auto parsed = parse(
        "Split (Croatia)\npopulation: 160 577 (2021)\n   \t\n"
        "Ko\xC5\xA1ice (Slovakia)\npopulation: 229 040 (2021)\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_EQ(parsed.records[0].fields.at(0).value, "160 577 (2021)");
    EXPECT_EQ(parsed.records[1].header, "Ko\xC5\xA1ice (Slovakia)");
}

TEST(Grammar, StartsNewRecordAtHeaderWithoutBlankLine) {
    const auto parsed = parse(
        "Pittsburgh (USA - Pennsylvania)\n"
        "population: 300 431 (2021) main areas of cooperation: revitalization of industrial areas, ecology\n"
        "Uralsk (Kazakhstan)\n"
        "population: 234 169 (2019)\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    const auto& first = parsed.records[0];
    EXPECT_EQ(first.header, "Pittsburgh (USA - Pennsylvania)");
    ASSERT_EQ(first.fields.size(), 2U);
    EXPECT_EQ(first.fields[1].value, "revitalization of industrial areas, ecology");
    expect_position(first.span.end, 129, 2, 98);
    EXPECT_FALSE(first.follows_without_blank_line);
    const auto& second = parsed.records[1];
    EXPECT_EQ(second.header, "Uralsk (Kazakhstan)");
    expect_position(second.header_span.begin, 130, 3, 1);
    ASSERT_EQ(second.fields.size(), 1U);
    expect_field(second.fields[0], "population", Field::population, "234 169 (2019)");
    expect_position(second.fields[0].value_span.begin, 162, 4, 13);
    EXPECT_TRUE(second.follows_without_blank_line);
}

TEST(Grammar, ReadsLineWithoutBracketsAfterAValueAsWrappedValue) {
    const auto parsed = parse(
        "Split (Croatia)\n"
        "main areas of cooperation: culture\n"
        "sport\n"
        "population: 160 577 (2021)\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 2U);
    EXPECT_EQ(fields[0].value, "culture\nsport");
    EXPECT_EQ(fields[1].value, "160 577 (2021)");
}

TEST(Grammar, ReadsListLikeLineWithBracketsAfterAValueAsWrappedValue) {
    const auto parsed = parse(
        "Split (Croatia)\n"
        "main areas of cooperation: culture,\n"
        "sport, science (basic)\n"
        "population: 160 577 (2021)\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 2U);
    EXPECT_EQ(fields[0].value, "culture,\nsport, science (basic)");
}

TEST(Grammar, ReadsValueWrappedAcrossLines) {
    const auto parsed = parse(
        "Split (Croatia)\n"
        "main areas of cooperation: culture,\n"
        "  safe transport in Europe\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    ASSERT_EQ(record.fields.size(), 1U);
    EXPECT_EQ(record.fields[0].value, "culture,\n  safe transport in Europe");
    expect_position(record.fields[0].value_span.begin, 43, 2, 28);
    expect_position(record.fields[0].value_span.end, 78, 3, 27);
    EXPECT_EQ(record.span.end.line, 3U);
}

TEST(Grammar, ReadsValueStartingOnTheLineAfterItsLabel) {
    const auto parsed = parse("Split (Croatia)\nweb sites:\nhttp://www.split.hr\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 1U);
    expect_field(fields[0], "web sites", Field::websites, "http://www.split.hr");
    expect_position(fields[0].value_span.begin, 27, 3, 1);
}

TEST(Grammar, ReadsInputWithoutFinalNewline) {
    const auto parsed = parse("Split (Croatia)\npopulation: 160 577 (2021)");
    ASSERT_EQ(parsed.records.size(), 1U);
    ASSERT_EQ(parsed.records[0].fields.size(), 1U);
    EXPECT_EQ(parsed.records[0].fields[0].value, "160 577 (2021)");
    expect_position(parsed.records[0].span.end, 42, 2, 27);
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, ReadsCrlfLineEnds) {
    const auto parsed = parse(
        "Split (Croatia)\r\n"
        "population: 160 577 (2021)\r\n"
        "web sites: www.split.hr\r\n"
        "\r\n"
        "Ko\xC5\xA1ice (Slovakia)\r\n"
        "population: 229 040 (2021)\r\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    const auto& first = parsed.records[0];
    EXPECT_EQ(first.header, "Split (Croatia)");
    ASSERT_EQ(first.fields.size(), 2U);
    EXPECT_EQ(first.fields[0].value, "160 577 (2021)");
    EXPECT_EQ(first.fields[1].value, "www.split.hr");
    expect_position(first.fields[1].label_span.begin, 45, 3, 1);
    expect_position(first.span.end, 68, 3, 24);
    const auto& second = parsed.records[1];
    EXPECT_EQ(second.header, "Ko\xC5\xA1ice (Slovakia)");
    EXPECT_EQ(second.header_span.begin.line, 5U);
    ASSERT_EQ(second.fields.size(), 1U);
    EXPECT_EQ(second.fields[0].value, "229 040 (2021)");
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, ReadsValueWrappedAcrossCrlf) {
    const auto parsed = parse(
        "Split (Croatia)\r\n"
        "main areas of cooperation: culture,\r\n"
        "sport\r\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    ASSERT_EQ(parsed.records[0].fields.size(), 1U);
    EXPECT_EQ(parsed.records[0].fields[0].value, "culture,\r\nsport");
}

TEST(Grammar, SkipsByteOrderMarkAndCountsColumnsAfterIt) {
    const auto parsed = parse("\xEF\xBB\xBFSplit (Croatia)\npopulation: 160 577 (2021)\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    EXPECT_EQ(record.header, "Split (Croatia)");
    expect_position(record.header_span.begin, 3, 1, 1);
    expect_position(record.header_span.end, 18, 1, 16);
    ASSERT_EQ(record.fields.size(), 1U);
    expect_position(record.fields[0].label_span.begin, 19, 2, 1);
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, SkipsByteOrderMarkBeforeHeaderlessRecord) {
    const auto parsed = parse("\xEF\xBB\xBFpopulation: 1\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    ASSERT_EQ(parsed.records[0].fields.size(), 1U);
    EXPECT_EQ(parsed.records[0].fields[0].label, "population");
    EXPECT_EQ(parsed.records[0].fields[0].kind, Field::population);
    expect_position(parsed.records[0].fields[0].label_span.begin, 3, 1, 1);
}

TEST(Grammar, IgnoresTabsAndTrailingSpaces) {
    const auto parsed = parse(
        "\tSplit (Croatia)  \t\n"
        "population:\t160\xC2\xA0"
        "577 (2021)   \n"
        "  web sites: www.split.hr \t\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    EXPECT_EQ(record.header, "Split (Croatia)");
    expect_position(record.header_span.begin, 1, 1, 2);
    ASSERT_EQ(record.fields.size(), 2U);
    expect_field(record.fields[0], "population", Field::population,
                 "160\xC2\xA0"
                 "577 (2021)");
    expect_field(record.fields[1], "web sites", Field::websites, "www.split.hr");
    expect_position(record.fields[1].label_span.begin, 53, 3, 3);
}

TEST(Grammar, GivesColumnsInCodePoints) {
    const auto parsed = parse("Ko\xC5\xA1ice (Slovakia) population: 229 040 (2021)\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    EXPECT_EQ(record.header, "Ko\xC5\xA1ice (Slovakia)");
    expect_position(record.header_span.end, 18, 1, 18);
    ASSERT_EQ(record.fields.size(), 1U);
    expect_position(record.fields[0].label_span.begin, 19, 1, 19);
    expect_position(record.fields[0].value_span.begin, 31, 1, 31);
}

// --- labels ------------------------------------------------------------------

TEST(Grammar, ReadsMisspelledLabelAsInexact) {
    const auto parsed = parse("Gaziantep (Turkey)\npopulataion: 1 680 723 (2022)\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    ASSERT_EQ(parsed.records[0].fields.size(), 1U);
    const auto& field = parsed.records[0].fields[0];
    EXPECT_EQ(field.label, "populataion");
    EXPECT_EQ(field.kind, Field::population);
    EXPECT_EQ(field.canonical, "population");
    EXPECT_FALSE(field.exact);
    EXPECT_EQ(field.value, "1 680 723 (2022)");
}

TEST(Grammar, ReadsLabelVariants) {
    const auto parsed = parse(
        "Katowice (Poland)\n"
        "Population: 281 711 (2021)\n"
        "Partnership-Agreement Signed: 1960, renewed 1996\n"
        "Web Site: www.katowice.eu\n"
        "Main Areas of Co-operation: culture, sport\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 4U);
    expect_field(fields[0], "Population", Field::population, "281 711 (2021)");
    expect_field(fields[1], "Partnership-Agreement Signed", Field::signed_on, "1960, renewed 1996");
    expect_field(fields[2], "Web Site", Field::websites, "www.katowice.eu");
    expect_field(fields[3], "Main Areas of Co-operation", Field::cooperation_areas, "culture, sport");
    for (const auto& field : fields) {
        EXPECT_TRUE(field.exact) << field.label;
    }
    EXPECT_EQ(fields[3].canonical, "main areas of cooperation");
}

TEST(Grammar, ReadsUpperCaseLabelsAndSpaceBeforeColon) {
    const auto parsed = parse(
        "Split (Croatia)\n"
        "POPULATION : 160 577 (2021)\n"
        "WEB SITES: www.split.hr\n"
        "co-operation areas: culture\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 3U);
    expect_field(fields[0], "POPULATION", Field::population, "160 577 (2021)");
    expect_position(fields[0].label_span.end, 26, 2, 11);
    expect_field(fields[1], "WEB SITES", Field::websites, "www.split.hr");
    expect_field(fields[2], "co-operation areas", Field::cooperation_areas, "culture");
    EXPECT_TRUE(fields[2].exact);
}

TEST(Grammar, ReadsLowerCaseWebsiteLabelInline) {
    const auto parsed = parse("Piraeus (Greece)\npopulation: 168 151 (2021) website: www.piraeus.org\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 2U);
    expect_field(fields[1], "website", Field::websites, "www.piraeus.org");
}

TEST(Grammar, ReadsLabelWrappedAcrossALineBreak) {
    const auto parsed = parse(
        "Coventry (Great Britain)\n"
        "population: 353 200 (2016) web\n"
        "sites: www.coventry.gov.uk/ main areas of\n"
        "cooperation: education, environment\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 3U);
    expect_field(fields[0], "population", Field::population, "353 200 (2016)");
    expect_field(fields[1], "web\nsites", Field::websites, "www.coventry.gov.uk/");
    expect_position(fields[1].label_span.begin, 52, 2, 28);
    expect_position(fields[1].label_span.end, 61, 3, 6);
    expect_field(fields[2], "main areas of\ncooperation", Field::cooperation_areas, "education, environment");
    expect_position(fields[2].label_span.begin, 84, 3, 29);
    expect_position(fields[2].label_span.end, 109, 4, 12);
    expect_position(fields[2].value_span.begin, 111, 4, 14);
}

TEST(Grammar, ReadsLabelWrappedAcrossALineBreakAtLineStart) {
    const auto parsed = parse(
        "Split (Croatia)\n"
        "population: 160 577 (2021)\n"
        "main areas of\n"
        "cooperation: culture\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 2U);
    EXPECT_EQ(fields[0].value, "160 577 (2021)");
    expect_field(fields[1], "main areas of\ncooperation", Field::cooperation_areas, "culture");
}

TEST(Grammar, ReadsHeaderFollowedByAWrappedLabel) {
    const auto parsed = parse("Split (Croatia)\nmain areas of\ncooperation: culture\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].header, "Split (Croatia)");
    ASSERT_EQ(parsed.records[0].fields.size(), 1U);
    expect_field(parsed.records[0].fields[0], "main areas of\ncooperation", Field::cooperation_areas, "culture");
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, ReadsLowerCaseLabelWithSpaceBeforeColonInline) {
    const auto parsed = parse("Split (Croatia)\nweb sites: www.split.hr population : 160 577 (2021)\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 2U);
    expect_field(fields[0], "web sites", Field::websites, "www.split.hr");
    expect_field(fields[1], "population", Field::population, "160 577 (2021)");
    EXPECT_TRUE(fields[1].exact);
}

TEST(Grammar, ReadsUnknownLabelAtLineStart) {
    const auto parsed = parse(
        "Lviv (Ukraine)\n"
        "clerk: Andriy Sadovyi\n"
        "population: 717 273 (2022)\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    EXPECT_EQ(record.header, "Lviv (Ukraine)");
    ASSERT_EQ(record.fields.size(), 2U);
    expect_field(record.fields[0], "clerk", Field::extra, "Andriy Sadovyi");
    EXPECT_EQ(record.fields[0].canonical, "");
    EXPECT_TRUE(record.fields[0].exact);
    expect_field(record.fields[1], "population", Field::population, "717 273 (2022)");
}

TEST(Grammar, KeepsShortLastWordOfAValueOutOfTheNextLinesLabel) {
    // `B` ends the value; `web sites:` on the next line is an exact label,
    // not the end of a misspelled label `B web sites` wrapped across lines.
    const auto parsed = parse("Lviv (Ukraine)\nclerk: Andriy B\nweb sites: www.lviv.ua\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 2U);
    expect_field(fields[0], "clerk", Field::extra, "Andriy B");
    expect_field(fields[1], "web sites", Field::websites, "www.lviv.ua");
    EXPECT_TRUE(fields[1].exact);
}

TEST(Grammar, KeepsTwoLetterLastWordOfAValueOutOfTheNextLinesLabel) {
    const auto parsed = parse(
        "Split (Croatia)\n"
        "main areas of cooperation: culture, projects funded by the EU\n"
        "population: 160 577 (2021)\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 2U);
    expect_field(fields[0], "main areas of cooperation", Field::cooperation_areas,
                 "culture, projects funded by the EU");
    expect_field(fields[1], "population", Field::population, "160 577 (2021)");
    EXPECT_TRUE(fields[1].exact);
}

TEST(Grammar, KeepsUnknownLabelInsideALineInTheValue) {
    const auto parsed = parse("Lviv (Ukraine)\npopulation: 717 273 (2022) clerk: Andriy Sadovyi\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 1U);
    expect_field(fields[0], "population", Field::population, "717 273 (2022) clerk: Andriy Sadovyi");
}

TEST(Grammar, KeepsWordWithColonInsideValue) {
    const auto parsed = parse("Split (Croatia)\nmain areas of cooperation: culture: music, theatre\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    ASSERT_EQ(parsed.records[0].fields.size(), 1U);
    EXPECT_EQ(parsed.records[0].fields[0].value, "culture: music, theatre");
}

TEST(Grammar, DoesNotReadUrlSchemeAsLabel) {
    const auto parsed = parse(
        "Shreveport (USA - Louisiana)\n"
        "web sites: http://www.shreveportla.gov/ https://example.org\n"
        "main areas of cooperation: science\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 2U);
    expect_field(fields[0], "web sites", Field::websites, "http://www.shreveportla.gov/ https://example.org");
    expect_field(fields[1], "main areas of cooperation", Field::cooperation_areas, "science");
}

TEST(Grammar, DoesNotReadBracketedYearAsPartOfALabel) {
    const auto parsed = parse("Katowice (Poland)\npopulation: 281 711 (2021) partnership agreement signed: 1960\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 2U);
    expect_field(fields[0], "population", Field::population, "281 711 (2021)");
    expect_field(fields[1], "partnership agreement signed", Field::signed_on, "1960");
}

TEST(Grammar, ReadsRenewedLabel) {
    const auto parsed = parse("Katowice (Poland)\npartnership agreement signed: 1960 renewed: 1996, 2005\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 2U);
    expect_field(fields[0], "partnership agreement signed", Field::signed_on, "1960");
    expect_field(fields[1], "renewed", Field::renewed, "1996, 2005");
}

TEST(Grammar, ReadsEmptyValueWithEmptySpanAfterTheLabel) {
    const auto parsed = parse("Split (Croatia)\nweb sites:\npopulation: 1\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 2U);
    expect_field(fields[0], "web sites", Field::websites, "");
    EXPECT_TRUE(fields[0].value_span.empty());
    expect_position(fields[0].value_span.begin, 26, 2, 11);
    expect_field(fields[1], "population", Field::population, "1");
}

TEST(Grammar, EndsRecordSpanAfterTheColonWhenLastValueIsEmpty) {
    // `web sites:` occupies bytes 30..39, so the colon ends at 40, column 11.
    const auto parsed = parse("Split (Croatia)\npopulation: 1\nweb sites:\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    expect_position(parsed.records[0].span.end, 40, 3, 11);
}

// --- comments, stray text, empty input ---------------------------------------

TEST(Grammar, SkipsCommentLinesBetweenRecordsAndFields) {
    const auto parsed = parse(
        "# Partner cities\n"
        "\n"
        "Split (Croatia)\n"
        "population: 160 577 (2021)\n"
        "# checked 2024\n"
        "web sites: www.split.hr\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 2U);
    EXPECT_EQ(fields[0].value, "160 577 (2021)");
    EXPECT_EQ(fields[1].value, "www.split.hr");
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, HandsCommentsOutsideRecordsToTheSinkTrimmed) {
    const auto parsed = parse("# Partner cities  \n\n  # of Ostrava\nSplit (Croatia)\npopulation: 1\n# end\n");
    ASSERT_EQ(parsed.comments.size(), 3U);
    EXPECT_EQ(parsed.comments[0].text, "# Partner cities");
    EXPECT_EQ(parsed.comments[1].text, "# of Ostrava");
    expect_position(parsed.comments[1].span.begin, 22, 3, 3);
    EXPECT_EQ(parsed.comments[2].text, "# end");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_TRUE(parsed.records[0].comments.empty());
}

TEST(Grammar, GivesCommentsInsideARecordWithTheRecord) {
    const auto parsed = parse("Split (Croatia)\n# checked 2024\npopulation: 1\n  # source: census\nsigned: 1976\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].comments, (std::vector<std::string>{"# checked 2024", "# source: census"}));
    EXPECT_TRUE(parsed.comments.empty());
}

TEST(Grammar, ReadsALineStartingWithALoneCarriageReturnAsIndented) {
    const auto parsed = parse("Split (Croatia)\npopulation: 1\n\n\r# a comment\n\rpopulation: 2\n");
    ASSERT_EQ(parsed.comments.size(), 1U);
    EXPECT_EQ(parsed.comments[0].text, "# a comment");
    ASSERT_EQ(parsed.records.size(), 2U);
    ASSERT_EQ(parsed.records[1].fields.size(), 1U);
    EXPECT_EQ(parsed.records[1].fields[0].label, "population");
}

TEST(Grammar, KeepsTheHeaderWhenACommentStandsBeforeTheFirstField) {
    const auto parsed = parse("Split (Croatia)\n# checked 2024\npopulation: 160 577 (2021)\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].header, "Split (Croatia)");
    ASSERT_EQ(parsed.records[0].fields.size(), 1U);
    EXPECT_EQ(parsed.records[0].fields[0].value, "160 577 (2021)");
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, HandsStrayLineToTheSinkAsUnrecognizedText) {
    const auto parsed = parse(
        "Those as copied from the council's own web pages.\n"
        "\n"
        "Split (Croatia)\n"
        "population: 160 577 (2021)\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].header, "Split (Croatia)");
    ASSERT_EQ(parsed.unrecognized.size(), 1U);
    const auto& stray = parsed.unrecognized[0];
    EXPECT_EQ(stray.text, "Those as copied from the council's own web pages.");
    expect_position(stray.span.begin, 0, 1, 1);
    expect_position(stray.span.end, 49, 1, 50);
}

TEST(Grammar, HandsStrayLineBetweenRecordsTrimmedWithTrimmedSpan) {
    const auto parsed = parse(
        "Split (Croatia)\npopulation: 1\n\n"
        "  see also the annex  \n\n"
        "Ko\xC5\xA1ice (Slovakia)\npopulation: 2\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    ASSERT_EQ(parsed.unrecognized.size(), 1U);
    EXPECT_EQ(parsed.unrecognized[0].text, "see also the annex");
    expect_position(parsed.unrecognized[0].span.begin, 33, 4, 3);
    expect_position(parsed.unrecognized[0].span.end, 51, 4, 21);
}

TEST(Grammar, HandsStrayLastLineWithoutNewline) {
    const auto parsed = parse("Split (Croatia)\npopulation: 1\n\nthe end");
    ASSERT_EQ(parsed.records.size(), 1U);
    ASSERT_EQ(parsed.unrecognized.size(), 1U);
    EXPECT_EQ(parsed.unrecognized[0].text, "the end");
    expect_position(parsed.unrecognized[0].span.begin, 31, 4, 1);
}

TEST(Grammar, CountsColumnsAfterByteOrderMarkForStrayText) {
    const auto parsed = parse(
        "\xEF\xBB\xBF"
        "Copied from us\n");
    EXPECT_TRUE(parsed.records.empty());
    ASSERT_EQ(parsed.unrecognized.size(), 1U);
    EXPECT_EQ(parsed.unrecognized[0].text, "Copied from us");
    expect_position(parsed.unrecognized[0].span.begin, 3, 1, 1);
    expect_position(parsed.unrecognized[0].span.end, 17, 1, 15);
}

// Quoting only the start of a long line is the validator's business now
// (see UnrecognizedText in validators_test.cpp); the grammar hands over all
// of it.
TEST(Grammar, HandsALongStrayLineOverWhole) {
    const std::string line(100, 'x');
    const auto parsed = parse(line + "\n");
    ASSERT_EQ(parsed.unrecognized.size(), 1U);
    EXPECT_EQ(parsed.unrecognized[0].text, std::string(100, 'x'));
    EXPECT_EQ(parsed.unrecognized[0].span.length(), 100U);
}

TEST(Grammar, HandsEachStrayLineSeparately) {
    const auto parsed = parse("Copied from us\nof Ostrava\n");
    ASSERT_EQ(parsed.unrecognized.size(), 2U);
    EXPECT_EQ(parsed.unrecognized[0].text, "Copied from us");
    EXPECT_EQ(parsed.unrecognized[1].text, "of Ostrava");
    expect_position(parsed.unrecognized[1].span.begin, 15, 2, 1);
}

TEST(Grammar, ReadsBlankInputAsNoRecords) {
    const auto parsed = parse("");
    EXPECT_TRUE(parsed.records.empty());
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, ReadsWhitespaceOnlyInputAsNoRecords) {
    const auto parsed = parse("  \n\t\n\r\n   ");
    EXPECT_TRUE(parsed.records.empty());
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, ReadsByteOrderMarkAloneAsNoRecords) {
    const auto parsed = parse("\xEF\xBB\xBF");
    EXPECT_TRUE(parsed.records.empty());
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, ReadsCommentOnlyInputAsNoRecords) {
    const auto parsed = parse("# nothing here\n# yet\n");
    EXPECT_TRUE(parsed.records.empty());
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Grammar, ReadsTheWholeSampleListing) {
    const auto parsed = parse(
        "Katowice (Poland)\n"
        "population: 281 711 (2021) partnership agreement signed: 1960, renewed 1996 web sites: www.katowice.eu "
        "main areas of cooperation: culture\n"
        "\n"
        "population: 563 311 (2022) partnership agreement signed: 1971, renewed 1995 web sites: www.dresden.de\n"
        "\n"
        "Pittsburgh (USA - Pennsylvania)\n"
        "population: 300 431 (2021) web sites: pittsburghpa.gov main areas of cooperation: ecology\n"
        "Uralsk (Kazakhstan)\n"
        "population: 234 169 (2019) partnership agreement signed: 2008\n"
        "\n"
        "Gaziantep (Turkey)\n"
        "populataion: 1 680 723 (2022)\n"
        "partnership agreement signed: 9.11.2012 web sites: www.gaziantep-bld.gov.tr\n"
        "main areas of cooperation: culture\n"
        "Abomey (Benin)\n"
        "population: 67 885 (2013)\n"
        "partnership agreement signed: 2. 3. 2012\n");
    ASSERT_EQ(parsed.records.size(), 6U);
    EXPECT_EQ(parsed.records[0].header, "Katowice (Poland)");
    EXPECT_FALSE(parsed.records[1].header.has_value());
    EXPECT_EQ(parsed.records[2].header, "Pittsburgh (USA - Pennsylvania)");
    EXPECT_EQ(parsed.records[3].header, "Uralsk (Kazakhstan)");
    EXPECT_TRUE(parsed.records[3].follows_without_blank_line);
    EXPECT_EQ(parsed.records[4].header, "Gaziantep (Turkey)");
    EXPECT_EQ(parsed.records[4].fields.size(), 4U);
    EXPECT_EQ(parsed.records[5].header, "Abomey (Benin)");
    EXPECT_TRUE(parsed.records[5].follows_without_blank_line);
    ASSERT_EQ(parsed.records[5].fields.size(), 2U);
    EXPECT_EQ(parsed.records[5].fields[1].value, "2. 3. 2012");
    EXPECT_TRUE(parsed.unrecognized.empty());
}

}  // namespace
