// Lists, tables and sentences as the grammar hands them over: which lines
// become records, headings or text, and what each record holds.

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "collecting_sink.hpp"
#include "twinning/parser/parser.hpp"

namespace {

using twinning::model::Field;
using twinning::model::LabelReading;
using twinning::model::Layout;
using twinning_test::CollectedRecord;
using twinning_test::parse;

std::vector<std::string> headers(const std::vector<CollectedRecord>& records) {
    std::vector<std::string> out;
    for (const auto& record : records) {
        out.push_back(record.header.value_or("-"));
    }
    return out;
}

TEST(PageShapes, ReadsAListBelowItsHeading) {
    const auto parsed = parse("Twin towns:\n\xE2\x80\xA2 Tulln, Austria (1982)[3]\n\xE2\x80\xA2 Krems\n");
    ASSERT_EQ(parsed.headings.size(), 1U);
    EXPECT_EQ(parsed.headings[0].text, "Twin towns:");
    EXPECT_EQ(headers(parsed.records), (std::vector<std::string>{"Tulln, Austria", "Krems"}));
    EXPECT_EQ(parsed.records[0].layout, Layout::list);
    EXPECT_EQ(parsed.records[0].decorations, (std::vector<std::string>{"\xE2\x80\xA2", "[3]"}));
    ASSERT_EQ(parsed.records[0].fields.size(), 1U);
    EXPECT_EQ(parsed.records[0].fields[0].kind, Field::signed_on);
    EXPECT_EQ(parsed.records[0].fields[0].value, "1982");
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(PageShapes, TakesNoNameAloneWithoutAHeadingOrAfterTheListsBlankLine) {
    const auto alone = parse("\xE2\x80\xA2 Home\n\xE2\x80\xA2 Contact\n");
    EXPECT_TRUE(alone.records.empty());
    EXPECT_EQ(alone.unrecognized.size(), 2U);
    const auto after = parse("Sister cities\nTulln\n\nNotes\n");
    EXPECT_EQ(headers(after.records), std::vector<std::string>{"Tulln"});
    ASSERT_EQ(after.unrecognized.size(), 1U);
    EXPECT_EQ(after.unrecognized[0].text, "Notes");
}

TEST(PageShapes, GivesAGroupsCountryToTheNamesBelowIt) {
    const auto parsed = parse("Partner towns\nAustria:\n- Tulln\n- Krems, Lower Austria, Austria\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    ASSERT_EQ(parsed.records[0].fields.size(), 1U);
    EXPECT_EQ(parsed.records[0].fields[0].kind, Field::country);
    EXPECT_EQ(parsed.records[0].fields[0].value, "Austria");
    EXPECT_TRUE(parsed.records[1].fields.empty());  // it names its own
}

TEST(PageShapes, KeepsTheHostTownsBlockAboveAHeadingAsText) {
    const auto parsed = parse("Population: 215 000\nRegion: Moravia\n\nTwin towns:\n\xE2\x80\xA2 Tulln, Austria\n");
    EXPECT_EQ(headers(parsed.records), std::vector<std::string>{"Tulln, Austria"});
    ASSERT_EQ(parsed.unrecognized.size(), 2U);
    EXPECT_EQ(parsed.unrecognized[0].text, "Population: 215 000");
}

TEST(PageShapes, TakesNoListLineForTheHeadingOfAnInlineListBelowIt) {
    const auto parsed = parse("Opava in Czechia (2005)\n\nFriendship towns: Trnava, Slovakia; Darkhan (Mongolia)\n");
    EXPECT_EQ(headers(parsed.records), (std::vector<std::string>{"Opava", "Trnava, Slovakia", "Darkhan (Mongolia)"}));
    for (const auto& record : parsed.records) {
        EXPECT_EQ(record.layout, Layout::list);
    }
}

TEST(PageShapes, EndsAValueAtABulletLine) {
    const auto parsed = parse("Tulln (Austria)\nweb sites: www.tulln.at\n- Krems, Austria\n- Melk, Austria\n");
    ASSERT_EQ(parsed.records.size(), 3U);
    EXPECT_EQ(parsed.records[0].fields[0].value, "www.tulln.at");
    EXPECT_EQ(headers(parsed.records)[2], "Melk, Austria");
}

TEST(PageShapes, ReadsARegisterLineWrappedBeforeItsDate) {
    const auto parsed = parse(
        "Germany Saarbr\xC3\xBC"
        "cken Agreement on Partnership between the Cities of Tbilisi and\n"
        "Saarbr\xC3\xBC"
        "cken 1975\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& fields = parsed.records[0].fields;
    ASSERT_EQ(fields.size(), 3U);
    EXPECT_EQ(fields[0].kind, Field::country);
    EXPECT_EQ(fields[1].kind, Field::signed_on);
    EXPECT_EQ(fields[1].value, "1975");
    EXPECT_EQ(fields[2].kind, Field::agreement);
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(PageShapes, ReadsATableRowAsARecordLabelledByItsColumns) {
    const auto parsed = parse("| City | Country | Motto |\n|---|---|---|\n| Tulln | Austria | On the Danube |\n");
    ASSERT_EQ(parsed.headings.size(), 1U);
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& row = parsed.records[0];
    EXPECT_EQ(row.layout, Layout::table);
    EXPECT_EQ(row.header, "Tulln");
    ASSERT_EQ(row.fields.size(), 2U);
    EXPECT_EQ(row.fields[0].label, "Country");
    EXPECT_EQ(row.fields[0].reading, LabelReading::column);
    EXPECT_EQ(row.fields[1].kind, Field::extra);
    EXPECT_EQ(row.fields[1].value, "On the Danube");
    // the header's cell is where the label stands, for every row
    EXPECT_EQ(row.fields[0].label_span.begin.line, 1U);
}

TEST(PageShapes, ClosesATableAtALineThatIsNoRow) {
    const auto parsed = parse("City\tCountry\nTulln\tAustria\n\nKrems\tAustria\n");
    EXPECT_EQ(headers(parsed.records), std::vector<std::string>{"Tulln"});
    EXPECT_EQ(parsed.unrecognized.size(), 1U);
}

TEST(PageShapes, ReadsAnIndentedTableAlignedWithSpaces) {
    const auto parsed = parse(
        "Our partner municipalities\n\n  Country        Municipality      Year\n"
        "  Norway         Bergen            1975\n    Finland      Turku             1980\n");
    EXPECT_EQ(headers(parsed.records), (std::vector<std::string>{"Bergen", "Turku"}));
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_EQ(parsed.records[1].layout, Layout::table);
    ASSERT_EQ(parsed.records[1].fields.size(), 2U);
    EXPECT_EQ(parsed.records[1].fields[0].value, "Finland");
    EXPECT_EQ(parsed.records[1].fields[1].value, "1980");
}

TEST(PageShapes, TakesATableHeaderThatNamesAPartnershipForNoListHeading) {
    const auto parsed = parse(
        "City         Country          Partnership   Mayor\n"
        "Watford      United Kingdom   1956          Peter Taylor\n");
    EXPECT_EQ(headers(parsed.records), std::vector<std::string>{"Watford"});
    EXPECT_EQ(parsed.headings.size(), 1U);
}

TEST(PageShapes, KeepsAContactLineBelowProseAsText) {
    const auto parsed =
        parse("Our partner cities are listed below.\n\nContact: Office for City Partnerships, Town Hall\n");
    EXPECT_TRUE(parsed.records.empty());
    EXPECT_EQ(parsed.unrecognized.size(), 2U);
}

TEST(PageShapes, ReadsASentenceWrappedBeforeItsPartnershipWords) {
    for (const std::string_view text :
         {"Our town has been\ntwinned with Tulln (Austria) since 1982.\n",
          "An agreement with the town of Tulln (Austria) was\nsigned on 12 May 1982.\n"}) {
        SCOPED_TRACE(text);
        const auto parsed = parse(text);
        ASSERT_EQ(parsed.records.size(), 1U);
        EXPECT_EQ(parsed.records[0].layout, Layout::sentence);
        EXPECT_EQ(parsed.records[0].header, "Tulln (Austria)");
    }
}

TEST(PageShapes, KeepsThePartnersSentenceAsItsNoteAndTheRestAsText) {
    const auto parsed = parse(
        "The town lies on the Danube. An agreement with the town of Tulln (Austria) was signed on 12 May 1982.\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    const auto& record = parsed.records[0];
    EXPECT_EQ(record.layout, Layout::sentence);
    EXPECT_EQ(record.header, "Tulln (Austria)");
    EXPECT_EQ(record.notes,
              std::vector<std::string>{"An agreement with the town of Tulln (Austria) was signed on 12 May 1982."});
    ASSERT_EQ(parsed.unrecognized.size(), 1U);
    EXPECT_EQ(parsed.unrecognized[0].text, "The town lies on the Danube.");
}

TEST(PageShapes, KeepsProseWithoutAPartnershipAsText) {
    const auto parsed = parse("Bolzano (German name: Bozen) is the capital of South Tyrol.\n");
    EXPECT_TRUE(parsed.records.empty());
    EXPECT_EQ(parsed.unrecognized.size(), 1U);
}

}  // namespace
