// Record blocks as real pages write them: headings above blank lines,
// blocks of fields split by blank lines, fields without colons, prose.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "collecting_sink.hpp"
#include "twinning/parser/parser.hpp"

namespace {

using twinning::model::Field;
using twinning::model::LabelReading;
using twinning_test::CollectedField;
using twinning_test::parse;

void expect_field(const CollectedField& field, Field kind, LabelReading reading, std::string_view value) {
    EXPECT_EQ(field.kind, kind);
    EXPECT_EQ(field.reading, reading);
    EXPECT_EQ(field.value, value);
}

// --- a heading, a blank line, then the fields ---------------------------------

TEST(Blocks, ReadsAHeadingAboveABlankLineAsTheHeader) {
    const auto parsed = parse("Olomouc (Czech Republic)\n\nAgreement signed: 12 May 2001\nPopulation: 100 000\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].header, "Olomouc (Czech Republic)");
    ASSERT_EQ(parsed.records[0].fields.size(), 2U);
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Blocks, KeepsASentenceAboveABlankLineAsText) {
    const auto parsed = parse("These are our partner towns.\n\npopulation: 100 000\nweb sites: www.olomouc.eu\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_FALSE(parsed.records[0].header.has_value());
    ASSERT_EQ(parsed.unrecognized.size(), 1U);
    EXPECT_EQ(parsed.unrecognized[0].text, "These are our partner towns.");
}

// --- blocks split by blank lines ------------------------------------------------

TEST(Blocks, JoinsABlockThatRepeatsNoLabelToTheRecordBefore) {
    const auto parsed = parse("Sopron (Hungary)\npopulation: 62 000\n\nweb sites: www.sopron.hu\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    ASSERT_EQ(parsed.records[0].fields.size(), 2U);
    EXPECT_EQ(parsed.records[0].joined_blocks, 1U);
    EXPECT_EQ(parsed.records[0].span.end.line, 4U);
}

TEST(Blocks, StartsANewRecordWithABlockThatRepeatsALabel) {
    const auto parsed =
        parse("Katowice (Poland)\npopulation: 281 711\n\npopulation: 563 311\nweb sites: www.dresden.de\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_FALSE(parsed.records[1].header.has_value());
    EXPECT_EQ(parsed.records[0].joined_blocks, 0U);
}

TEST(Blocks, DoesNotJoinAcrossAComment) {
    const auto parsed = parse("Sopron (Hungary)\npopulation: 62 000\n\n# later\nweb sites: www.sopron.hu\n");
    EXPECT_EQ(parsed.records.size(), 2U);
}

TEST(Blocks, ReadsABlockOfUnknownLabelsWithoutAHeaderAsText) {
    const auto parsed = parse("Opening hours: 9 to 5\nTickets: free\n");
    EXPECT_TRUE(parsed.records.empty());
    ASSERT_EQ(parsed.unrecognized.size(), 2U);
    EXPECT_EQ(parsed.unrecognized[0].text, "Opening hours: 9 to 5");
}

TEST(Blocks, KeepsTheCommentsOfABlockThatIsNoRecord) {
    const auto parsed = parse("Opening hours: 9 to 5\n# checked in May\nTickets: free\n");
    EXPECT_TRUE(parsed.records.empty());
    EXPECT_EQ(parsed.unrecognized.size(), 2U);
    ASSERT_EQ(parsed.comments.size(), 1U);
    EXPECT_EQ(parsed.comments[0].text, "# checked in May");
}

TEST(Blocks, ReadsABlockOfOnlyAWebAddressWithoutAHeaderAsText) {
    const auto parsed = parse("More about our partners on the regional page.\n\nwww.partnerstaedte.at\n");
    EXPECT_TRUE(parsed.records.empty());
    EXPECT_EQ(parsed.unrecognized.size(), 2U);
}

TEST(Blocks, JoinsAWebAddressAfterABlankLineToTheRecordBefore) {
    const auto parsed = parse("Tulln (Austria)\nPartnership since 1982\n\nwww.tulln.at\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].fields.size(), 2U);
    EXPECT_EQ(parsed.records[0].joined_blocks, 1U);
}

TEST(Blocks, ReadsALineEndingInItsColonAsProse) {
    const auto parsed = parse("See also:\nKatowice (Poland)\npopulation: 281 711\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].header, "Katowice (Poland)");
    ASSERT_EQ(parsed.unrecognized.size(), 1U);
    EXPECT_EQ(parsed.unrecognized[0].text, "See also:");
}

// --- lines without labels -------------------------------------------------------

TEST(Blocks, ReadsFieldsFromTheShapeOfLines) {
    const auto parsed = parse(
        "Mosonmagyar\xC3\xB3v\xC3\xA1r (Hungary)\n"
        "Partnership since 1972.\n"
        "Population \xE2\x80\x93 33 000 (2019)\n"
        "www.mosonmagyarovar.hu\n"
        "The town lies where the Leitha meets the Danube.\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    ASSERT_EQ(record.fields.size(), 3U);
    expect_field(record.fields[0], Field::signed_on, LabelReading::shape, "Partnership since 1972.");
    expect_field(record.fields[1], Field::population, LabelReading::dash, "33 000 (2019)");
    expect_field(record.fields[2], Field::websites, LabelReading::shape, "www.mosonmagyarovar.hu");
    ASSERT_EQ(record.notes.size(), 1U);
    EXPECT_EQ(record.notes[0], "The town lies where the Leitha meets the Danube.");
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Blocks, ReadsALabelAloneOnItsLineWithTheValueBelow) {
    const auto parsed = parse("Name\nPtuj\nYear of twinning\n1982\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    ASSERT_EQ(record.fields.size(), 2U);
    expect_field(record.fields[0], Field::name, LabelReading::own_line, "Ptuj");
    expect_field(record.fields[1], Field::signed_on, LabelReading::own_line, "1982");
}

TEST(Blocks, LetsAWebLineEndAPopulationButContinueAWebSite) {
    const auto parsed = parse(
        "Tulln (Austria)\npopulation: 16 800\nwww.tulln.at\n\nKrems (Austria)\nweb sites: "
        "www.krems.at\nwww.krems.gv.at\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    ASSERT_EQ(parsed.records[0].fields.size(), 2U);
    expect_field(parsed.records[0].fields[1], Field::websites, LabelReading::shape, "www.tulln.at");
    ASSERT_EQ(parsed.records[1].fields.size(), 1U);
    EXPECT_EQ(parsed.records[1].fields[0].value, "www.krems.at\nwww.krems.gv.at");
}

TEST(Blocks, ReadsARenewalLineAndADateLine) {
    const auto parsed = parse("Tulln (Austria)\n1982\nAgreement renewed in 2002\nwww.tulln.at\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 3U);
    expect_field(fields[0], Field::signed_on, LabelReading::shape, "1982");
    expect_field(fields[1], Field::renewed, LabelReading::shape, "Agreement renewed in 2002");
}

TEST(Blocks, KeepsASentenceAfterAShortTypedValueAsANote) {
    const auto parsed =
        parse("Tren\xC4\x8D\xC3\xADn (Slovakia)\nInhabitants: 55 000\nThe towns share a long history.\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    ASSERT_EQ(parsed.records[0].fields.size(), 1U);
    EXPECT_EQ(parsed.records[0].fields[0].value, "55 000");
    ASSERT_EQ(parsed.records[0].notes.size(), 1U);
}

TEST(Blocks, LetsASentenceContinueAreasOfCooperation) {
    const auto parsed = parse(
        "Trencin (Slovakia)\nmain areas of cooperation: culture, sport and the exchange\nof pupils between the two "
        "towns.\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_TRUE(parsed.records[0].notes.empty());
    EXPECT_EQ(parsed.records[0].fields[0].value, "culture, sport and the exchange\nof pupils between the two towns.");
}

TEST(Blocks, TakesProseAfterABlankLineAsNotesOfARecordReadFromLines) {
    const auto parsed = parse("Znojmo (Czech Republic)\nTwinned since 1991\n\nChoirs from both towns meet.\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    ASSERT_EQ(parsed.records[0].notes.size(), 1U);
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(Blocks, TakesNoMoreNotesThanARecordHasRoomFor) {
    std::string listing = "Znojmo (Czech Republic)\nTwinned since 1991\n\n";
    for (std::size_t i = 0; i < twinning::parser::max_fields_per_record + 5; ++i) {
        listing += "The towns meet every year.\n";
    }
    const auto parsed = parse(listing);
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].fields.size() + parsed.records[0].notes.size(),
              twinning::parser::max_fields_per_record);
    EXPECT_EQ(parsed.unrecognized.size(), 6U);
}

TEST(Blocks, KeepsProseAfterARecordOfLabelsAsText) {
    const auto parsed = parse("Katowice (Poland)\npopulation: 281 711\n\nChoirs from both towns meet.\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_TRUE(parsed.records[0].notes.empty());
    EXPECT_EQ(parsed.unrecognized.size(), 1U);
}

TEST(Blocks, StartsARecordAtAHeadingBetweenRecordsReadFromLines) {
    const auto parsed =
        parse("Tulln\nPartnership since 1972\nwww.tulln.at\nBrno\nPartnership since 1990\nwww.brno.cz\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_EQ(parsed.records[0].header, "Tulln");
    EXPECT_EQ(parsed.records[1].header, "Brno");
}

// --- headings with more on the line ---------------------------------------------

TEST(Blocks, ReadsTheDateAtTheEndOfAHeading) {
    for (const std::string_view heading :
         {"Tulln (Austria) 1982", "Tulln (Austria) - since 1982", "Tulln (Austria) (since 1982)"}) {
        SCOPED_TRACE(heading);
        const auto parsed = parse(std::string(heading) + "\npopulation: 16 800\n");
        ASSERT_EQ(parsed.records.size(), 1U);
        EXPECT_EQ(parsed.records[0].header, "Tulln (Austria)");
        ASSERT_EQ(parsed.records[0].fields.size(), 2U);
        EXPECT_EQ(parsed.records[0].fields[0].kind, Field::signed_on);
        EXPECT_EQ(parsed.records[0].fields[0].reading, LabelReading::shape);
    }
}

TEST(Blocks, ReadsADateHeadingWithoutBrackets) {
    const auto parsed = parse("Melk - 1990\npopulation: 5 600\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].header, "Melk");
    ASSERT_EQ(parsed.records[0].fields.size(), 2U);
    EXPECT_EQ(parsed.records[0].fields[0].value, "1990");
}

// --- fields run together on a PDF line -------------------------------------------

TEST(Blocks, EndsValuesAtLabelsThatNameNoField) {
    const auto parsed = parse(
        "City: Tulln State: Austria Address: Hauptplatz 1 Website: www.tulln.at E-mail: office@tulln.at City Mayor: "
        "Peter Eisenschenk Type/Date of Agreement: Partnership Agreement (1982)\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 7U);
    EXPECT_EQ(fields[0].kind, Field::name);
    EXPECT_EQ(fields[1].kind, Field::country);
    EXPECT_EQ(fields[2].label, "Address");
    EXPECT_EQ(fields[3].value, "www.tulln.at");
    EXPECT_EQ(fields[4].value, "office@tulln.at");
    EXPECT_EQ(fields[5].label, "City Mayor");
    expect_field(fields[6], Field::signed_on, LabelReading::colon, "Partnership Agreement (1982)");
}

// --- parts -------------------------------------------------------------------------

TEST(Blocks, CutsAListingForThreadsOnlyBeforeAHeader) {
    const std::string_view listing =
        "Sopron (Hungary)\npopulation: 62 000\n\nweb sites: www.sopron.hu\n\nKrems (Austria)\npopulation: 25 000\n";
    const auto parts = twinning::parser::split_listing(listing, 1);
    ASSERT_EQ(parts.size(), 2U);
    EXPECT_EQ(listing.substr(parts[1].begin, 5), "Krems");
}

}  // namespace
