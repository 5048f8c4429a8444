#include "twinning/parser/suppression.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "collecting_sink.hpp"

namespace {

using twinning::parser::suppressed_rule_names;
using twinning_test::parse;

using Names = std::vector<std::string_view>;

void expect_names(std::string_view comment, const Names& names) {
    SCOPED_TRACE(comment);
    EXPECT_EQ(suppressed_rule_names(comment), names);
}

void expect_none(std::string_view comment) {
    SCOPED_TRACE(comment);
    EXPECT_TRUE(suppressed_rule_names(comment).empty());
}

// --- suppressed_rule_names: accepted forms -----------------------------------

TEST(SuppressedRuleNames, ReadsOneName) { expect_names("# twinning: ignore[missing-website]", {"missing-website"}); }

TEST(SuppressedRuleNames, ReadsSeveralNamesSeparatedByCommas) {
    expect_names("# twinning: ignore[missing-website, stale-population,misspelled-word]",
                 {"missing-website", "stale-population", "misspelled-word"});
}

TEST(SuppressedRuleNames, ReadsRuleCodes) {
    expect_names("# twinning: ignore[TW201]", {"TW201"});
    expect_names("# twinning: ignore[TW201, missing-population]", {"TW201", "missing-population"});
}

TEST(SuppressedRuleNames, AcceptsTheMarkerWithoutSpaces) {
    expect_names("#twinning:ignore[missing-website]", {"missing-website"});
}

TEST(SuppressedRuleNames, AcceptsSpacesAroundEveryPartOfTheMarker) {
    expect_names("  #  twinning  :  ignore  [  missing-website  ,  TW201  ]  ", {"missing-website", "TW201"});
}

TEST(SuppressedRuleNames, AcceptsTheMarkerInAnyCase) {
    expect_names("# Twinning: IGNORE[missing-website]", {"missing-website"});
}

TEST(SuppressedRuleNames, KeepsNamesAsWritten) {
    expect_names("# twinning: ignore[Missing-Website, tw201]", {"Missing-Website", "tw201"});
}

TEST(SuppressedRuleNames, KeepsSpacesInsideANameAndTrimsTheEnds) {
    expect_names("# twinning: ignore[ missing website ,stale  population]", {"missing website", "stale  population"});
}

TEST(SuppressedRuleNames, SkipsEmptyNames) {
    expect_names("# twinning: ignore[, missing-website,, ,TW201,]", {"missing-website", "TW201"});
}

TEST(SuppressedRuleNames, IgnoresTextAfterTheClosingBracket) {
    expect_names("# twinning: ignore[missing-website] -- the city has none", {"missing-website"});
}

TEST(SuppressedRuleNames, GivesViewsIntoTheComment) {
    const std::string comment = "# twinning: ignore[missing-website]";
    const auto names = suppressed_rule_names(comment);
    ASSERT_EQ(names.size(), 1U);
    EXPECT_EQ(names[0].data(), comment.data() + 19);
}

// --- suppressed_rule_names: rejected forms -----------------------------------

TEST(SuppressedRuleNames, GivesNoneForAnEmptyList) {
    expect_none("# twinning: ignore[]");
    expect_none("# twinning: ignore[ , ]");
}

TEST(SuppressedRuleNames, GivesNoneForAnOrdinaryComment) {
    expect_none("# checked 2024");
    expect_none("#");
    expect_none("");
}

TEST(SuppressedRuleNames, GivesNoneWithoutTheHash) { expect_none("twinning: ignore[missing-website]"); }

TEST(SuppressedRuleNames, GivesNoneWithoutTheColon) { expect_none("# twinning ignore[missing-website]"); }

TEST(SuppressedRuleNames, GivesNoneForAnotherTool) {
    expect_none("# twinningx: ignore[missing-website]");
    expect_none("# linter: ignore[missing-website]");
}

TEST(SuppressedRuleNames, GivesNoneForAnotherVerb) {
    expect_none("# twinning: disable[missing-website]");
    expect_none("# twinning: ignored[missing-website]");
}

TEST(SuppressedRuleNames, GivesNoneWithoutBrackets) {
    expect_none("# twinning: ignore missing-website");
    expect_none("# twinning: ignore(missing-website)");
}

TEST(SuppressedRuleNames, GivesNoneWithoutTheClosingBracket) { expect_none("# twinning: ignore[missing-website"); }

TEST(SuppressedRuleNames, GivesNoneWhenTheMarkerIsNotAtTheStart) {
    expect_none("# note: twinning: ignore[missing-website]");
}

// --- RawRecord::suppressed, as the grammar fills it --------------------------

TEST(RecordSuppression, AppliesACommentBeforeARecordToIt) {
    const auto parsed = parse("# twinning: ignore[missing-website]\nSplit (Croatia)\npopulation: 1\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].suppressed, (std::vector<std::string>{"missing-website"}));
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(RecordSuppression, AppliesACommentBeforeARecordToThatRecordOnly) {
    const auto parsed = parse(
        "# twinning: ignore[missing-website]\nSplit (Croatia)\npopulation: 1\n\n"
        "Zadar (Croatia)\npopulation: 2\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_EQ(parsed.records[0].suppressed, (std::vector<std::string>{"missing-website"}));
    EXPECT_TRUE(parsed.records[1].suppressed.empty());
}

TEST(RecordSuppression, AppliesACommentSeparatedByABlankLineToTheNextRecord) {
    const auto parsed = parse("# twinning: ignore[TW201]\n\nSplit (Croatia)\npopulation: 1\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].suppressed, (std::vector<std::string>{"TW201"}));
}

TEST(RecordSuppression, AppliesACommentBetweenRecordsToTheNextOne) {
    const auto parsed = parse(
        "Split (Croatia)\npopulation: 1\n\n"
        "# twinning: ignore[possible-duplicate]\nZadar (Croatia)\npopulation: 2\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_TRUE(parsed.records[0].suppressed.empty());
    EXPECT_EQ(parsed.records[1].suppressed, (std::vector<std::string>{"possible-duplicate"}));
}

TEST(RecordSuppression, AppliesACommentInsideARecordToThatRecord) {
    const auto parsed = parse(
        "Split (Croatia)\npopulation: 1\n# twinning: ignore[missing-website]\npartnership agreement signed: 1976\n\n"
        "Zadar (Croatia)\npopulation: 2\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_EQ(parsed.records[0].suppressed, (std::vector<std::string>{"missing-website"}));
    EXPECT_EQ(parsed.records[0].fields.size(), 2U);
    EXPECT_TRUE(parsed.records[1].suppressed.empty());
}

TEST(RecordSuppression, AppliesACommentBetweenHeaderAndFirstFieldToThatRecord) {
    const auto parsed = parse("Split (Croatia)\n# twinning: ignore[missing-website]\npopulation: 1\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].header, "Split (Croatia)");
    EXPECT_EQ(parsed.records[0].suppressed, (std::vector<std::string>{"missing-website"}));
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(RecordSuppression, CollectsTheNamesOfEveryCommentForTheRecord) {
    const auto parsed = parse(
        "# twinning: ignore[missing-website]\n"
        "# an ordinary comment\n"
        "# twinning: ignore[stale-population, TW203]\n"
        "Split (Croatia)\npopulation: 1\n"
        "# twinning: ignore[implausible-population]\n"
        "# twinning: ignore[missing-population-year]\n"
        "web sites: www.split.hr\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_EQ(parsed.records[0].suppressed,
              (std::vector<std::string>{"missing-website", "stale-population", "TW203", "implausible-population",
                                        "missing-population-year"}));
}

TEST(RecordSuppression, AppliesACommentAfterTheLastFieldToTheNextRecord) {
    // A comment belongs to the record it stands in only when a field of
    // that record follows it.
    const auto parsed = parse(
        "Split (Croatia)\npopulation: 1\n# twinning: ignore[missing-website]\n"
        "Zadar (Croatia)\npopulation: 2\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_TRUE(parsed.records[0].suppressed.empty());
    EXPECT_EQ(parsed.records[1].suppressed, (std::vector<std::string>{"missing-website"}));
    EXPECT_EQ(parsed.records[1].header, "Zadar (Croatia)");
}

TEST(RecordSuppression, AppliesACommentAfterTheLastFieldAndABlankLineToTheNextRecord) {
    const auto parsed = parse(
        "Split (Croatia)\npopulation: 1\n# twinning: ignore[missing-website]\n\n"
        "Zadar (Croatia)\npopulation: 2\n");
    ASSERT_EQ(parsed.records.size(), 2U);
    EXPECT_TRUE(parsed.records[0].suppressed.empty());
    EXPECT_EQ(parsed.records[1].suppressed, (std::vector<std::string>{"missing-website"}));
}

TEST(RecordSuppression, GivesNoNamesForOrdinaryComments) {
    const auto parsed = parse("# Partner cities\nSplit (Croatia)\n# checked 2024\npopulation: 1\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_TRUE(parsed.records[0].suppressed.empty());
}

TEST(RecordSuppression, DropsACommentAfterTheLastRecordWithoutEffect) {
    const auto parsed = parse("Split (Croatia)\npopulation: 1\n\n# twinning: ignore[missing-website]\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    EXPECT_TRUE(parsed.records[0].suppressed.empty());
    EXPECT_TRUE(parsed.unrecognized.empty());
}

TEST(RecordSuppression, KeepsACommentBeforeARecordAcrossStrayText) {
    // Top-level comments apply to the next record, even when a stray line
    // stands between them.
    const auto parsed =
        parse("# twinning: ignore[missing-website]\nCopied from us\n\nSplit (Croatia)\npopulation: 1\n");
    ASSERT_EQ(parsed.records.size(), 1U);
    ASSERT_EQ(parsed.unrecognized.size(), 1U);
    EXPECT_EQ(parsed.records[0].suppressed, (std::vector<std::string>{"missing-website"}));
}

}  // namespace
