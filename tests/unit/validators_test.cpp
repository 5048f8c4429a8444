#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "collecting_sink.hpp"
#include "twinning/normalize/record.hpp"
#include "twinning/parser/parser.hpp"
#include "twinning/validators/validate.hpp"

namespace {

using twinning::model::Diagnostic;
using twinning::model::RawRecord;
using twinning::model::Rule;
using twinning::model::Severity;
using twinning::model::SourceSpan;

// Parses and normalizes `input`, then returns only what the validators
// report; the normalizers' own findings are tested elsewhere.
std::vector<Diagnostic> validate(std::string_view input) {
    std::vector<Diagnostic> found;
    twinning_test::CallbackSink sink([&](const RawRecord& raw) {
        std::vector<Diagnostic> normalizer_findings;
        const auto record = twinning::normalize::normalize_record(raw, "list.txt", {}, normalizer_findings);
        twinning::validators::validate_record({raw, record}, found);
    });
    twinning::parser::parse_listing(input, "list.txt", sink);
    return found;
}

std::vector<Rule> rules_of(const std::vector<Diagnostic>& diagnostics) {
    std::vector<Rule> rules;
    for (const Diagnostic& diagnostic : diagnostics) {
        rules.push_back(diagnostic.rule);
    }
    return rules;
}

void expect_span(const SourceSpan& span, std::size_t begin_offset, std::uint32_t begin_line, std::uint32_t begin_column,
                 std::size_t end_offset, std::uint32_t end_line, std::uint32_t end_column) {
    EXPECT_EQ(span.begin.offset, begin_offset);
    EXPECT_EQ(span.begin.line, begin_line);
    EXPECT_EQ(span.begin.column, begin_column);
    EXPECT_EQ(span.end.offset, end_offset);
    EXPECT_EQ(span.end.line, end_line);
    EXPECT_EQ(span.end.column, end_column);
}

TEST(ValidateRecord, FindsNothingInACleanRecord) {
    EXPECT_TRUE(validate("Split (Croatia)\n"
                         "population: 160 577 (2021) partnership agreement signed: 1976\n"
                         "web sites: www.split.hr main areas of cooperation: culture\n")
                    .empty());
}

TEST(ValidateRecord, RunsChecksInTheirFixedOrder) {
    const auto found = validate("populataion: 1\nmayor: Jan Novak\npopulation: 2\n");
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::missing_header, Rule::label_typo, Rule::unknown_label,
                                                  Rule::duplicate_field, Rule::missing_website}));
}

// --- missing-header ----------------------------------------------------------

TEST(MissingHeader, SuggestsHeaderInferredFromTheWebSite) {
    const auto found = validate("population: 563 311 (2022) web sites: www.dresden.de\n");
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.rule, Rule::missing_header);
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(diagnostic.file, "list.txt");
    EXPECT_EQ(diagnostic.message, "record has no header line; its web site suggests `Dresden (Germany)`");
    EXPECT_EQ(diagnostic.suggestion,
              std::optional<std::string>("add the header line `Dresden (Germany)` above the record"));
    expect_span(diagnostic.span, 0, 1, 1, 10, 1, 11);
}

TEST(MissingHeader, OffersAnUnsafeFixThatInsertsTheHeader) {
    const auto found = validate("population: 563 311 (2022) web sites: www.dresden.de\n");
    ASSERT_EQ(found.size(), 1U);
    ASSERT_TRUE(found[0].fix.has_value());
    const auto& fix = *found[0].fix;
    EXPECT_EQ(fix.title, "insert header `Dresden (Germany)`");
    EXPECT_FALSE(fix.safe);
    ASSERT_EQ(fix.edits.size(), 1U);
    EXPECT_EQ(fix.edits[0].replacement, "Dresden (Germany)\n");
    expect_span(fix.edits[0].span, 0, 1, 1, 0, 1, 1);
}

TEST(MissingHeader, SuggestsNameAloneWhenNoCountryIsInferred) {
    const auto found = validate("web sites: pittsburghpa.gov\n");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].message, "record has no header line; its web site suggests `Pittsburghpa`");
    ASSERT_TRUE(found[0].fix.has_value());
    ASSERT_EQ(found[0].fix->edits.size(), 1U);
    EXPECT_EQ(found[0].fix->edits[0].replacement, "Pittsburghpa\n");
}

TEST(MissingHeader, ReportsRecordWithNothingToInferFrom) {
    const auto found = validate("partnership agreement signed: 2010\npopulation: 12 000 (2020)\n");
    ASSERT_EQ(found.size(), 2U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.rule, Rule::missing_header);
    EXPECT_EQ(diagnostic.message, "record has no header line, and no web site to infer it from");
    EXPECT_EQ(diagnostic.suggestion, std::optional<std::string>("add a `Name (Country)` line above the record"));
    EXPECT_FALSE(diagnostic.fix.has_value());
    expect_span(diagnostic.span, 0, 1, 1, 28, 1, 29);
    EXPECT_EQ(found[1].rule, Rule::missing_website);
}

TEST(MissingHeader, AcceptsHeaderlessRecordThatNamesItsCity) {
    EXPECT_TRUE(validate("city: Dresden\ncountry: Germany\nweb sites: www.dresden.de\n").empty());
}

TEST(MissingHeader, AcceptsRecordWithHeader) {
    EXPECT_TRUE(validate("Dresden (Germany)\nweb sites: www.dresden.de\n").empty());
}

// --- label-typo --------------------------------------------------------------

TEST(LabelTypo, ReportsMisspelledLabelWithSafeFix) {
    const auto found =
        validate("Gaziantep (Turkey)\npopulataion: 1 680 723 (2022)\nweb sites: www.gaziantep-bld.gov.tr\n");
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.rule, Rule::label_typo);
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(diagnostic.message, "label `populataion` is misspelled; read as `population`");
    EXPECT_EQ(diagnostic.suggestion, std::optional<std::string>("write `population`"));
    expect_span(diagnostic.span, 19, 2, 1, 30, 2, 12);
    ASSERT_TRUE(diagnostic.fix.has_value());
    EXPECT_EQ(diagnostic.fix->title, "replace with `population`");
    EXPECT_TRUE(diagnostic.fix->safe);
    ASSERT_EQ(diagnostic.fix->edits.size(), 1U);
    EXPECT_EQ(diagnostic.fix->edits[0].replacement, "population");
    expect_span(diagnostic.fix->edits[0].span, 19, 2, 1, 30, 2, 12);
}

TEST(LabelTypo, AcceptsLabelVariantsThatAreNotTypos) {
    EXPECT_TRUE(validate("Katowice (Poland)\n"
                         "POPULATION : 281 711 (2021)\n"
                         "Partnership-Agreement Signed: 1960\n"
                         "Web Site: www.katowice.eu\n"
                         "Main Areas of Co-operation: culture\n")
                    .empty());
}

// --- unknown-label -----------------------------------------------------------

TEST(UnknownLabel, ReportsLabelNotInTheTable) {
    const auto found = validate("Lviv (Ukraine)\nmayor: Andriy Sadovyi\nweb sites: https://city-adm.lviv.ua\n");
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.rule, Rule::unknown_label);
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(diagnostic.message, "unknown label `mayor`; its value is kept under `extra`");
    expect_span(diagnostic.span, 15, 2, 1, 20, 2, 6);
}

TEST(UnknownLabel, ReportsEachUnknownLabelButNeverAsDuplicate) {
    const auto found = validate("Lviv (Ukraine)\nmayor: Jan\nmayor: Petr\nweb sites: https://city-adm.lviv.ua\n");
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::unknown_label, Rule::unknown_label}));
}

// --- duplicate-field ---------------------------------------------------------

TEST(DuplicateField, ReportsSecondFieldWithNoteOnTheFirst) {
    const auto found = validate(
        "Katowice (Poland)\npopulation: 281 711 (2021)\npopulation: 290 000 (2023)\nweb sites: www.katowice.eu\n");
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.rule, Rule::duplicate_field);
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(diagnostic.message, "`population` is given again; the first value is used");
    expect_span(diagnostic.span, 45, 3, 1, 55, 3, 11);
    ASSERT_EQ(diagnostic.notes.size(), 1U);
    EXPECT_EQ(diagnostic.notes[0].message, "first given here");
    expect_span(diagnostic.notes[0].span, 18, 2, 1, 28, 2, 11);
}

TEST(DuplicateField, PointsEveryRepeatAtTheFirst) {
    const auto found = validate("Split (Croatia)\nweb sites: a.hr\npopulation: 1\npopulation: 2\npopulation: 3\n");
    ASSERT_EQ(found.size(), 2U);
    for (const Diagnostic& diagnostic : found) {
        EXPECT_EQ(diagnostic.rule, Rule::duplicate_field);
        ASSERT_EQ(diagnostic.notes.size(), 1U);
        EXPECT_EQ(diagnostic.notes[0].span.begin.line, 3U);
    }
    EXPECT_EQ(found[0].span.begin.line, 4U);
    EXPECT_EQ(found[1].span.begin.line, 5U);
}

TEST(DuplicateField, TreatsAliasesOfOneLabelAsTheSameField) {
    const auto found = validate("Split (Croatia)\nweb sites: www.split.hr\nhomepage: www.visitsplit.com\n");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].rule, Rule::duplicate_field);
    EXPECT_EQ(found[0].message, "`homepage` is given again; the first value is used");
}

TEST(DuplicateField, ReportsCityFieldUnderAHeader) {
    const auto found = validate("Split (Croatia)\ncity: Spalato\nweb sites: www.split.hr\n");
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.rule, Rule::duplicate_field);
    EXPECT_EQ(diagnostic.message, "`city` is given again; the first value is used");
    expect_span(diagnostic.span, 16, 2, 1, 20, 2, 5);
    ASSERT_EQ(diagnostic.notes.size(), 1U);
    expect_span(diagnostic.notes[0].span, 0, 1, 1, 15, 1, 16);
}

TEST(DuplicateField, ReportsCountryFieldUnderAHeaderThatNamesTheCountry) {
    const auto found = validate("Split (Croatia)\ncountry: Croatia\nweb sites: www.split.hr\n");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].rule, Rule::duplicate_field);
    EXPECT_EQ(found[0].message, "`country` is given again; the first value is used");
}

TEST(DuplicateField, AcceptsCountryFieldUnderAHeaderWithoutCountry) {
    // The header `Split` states no country, and the normalizer takes the
    // country from the field, so the field is not a second country.
    EXPECT_TRUE(validate("Split\ncountry: Croatia\nweb sites: www.split.hr\n").empty());
}

TEST(DuplicateField, AcceptsOneFieldOfEachKind) {
    EXPECT_TRUE(validate("city: Split\ncountry: Croatia\nregion: Splitsko-dalmatinska\nweb sites: www.split.hr\n"
                         "population: 1\npartnership agreement signed: 1976\nrenewed: 2000\n"
                         "main areas of cooperation: culture\n")
                    .empty());
}

// --- empty-value -------------------------------------------------------------

TEST(EmptyValue, ReportsLabelWithNothingAfterIt) {
    const auto found = validate("Split (Croatia)\nweb sites:\n");
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.rule, Rule::empty_value);
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(diagnostic.message, "`web sites` has no value");
    expect_span(diagnostic.span, 16, 2, 1, 25, 2, 10);
}

TEST(EmptyValue, ReportsEveryEmptyField) {
    const auto found = validate("Split (Croatia)\npopulation:\nweb sites: www.split.hr main areas of cooperation:\n");
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::empty_value, Rule::empty_value}));
}

// --- missing-website ---------------------------------------------------------

TEST(MissingWebsite, ReportsRecordWithoutWebSiteField) {
    const auto found = validate("Uralsk (Kazakhstan)\npopulation: 234 169 (2019)\n");
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.rule, Rule::missing_website);
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(diagnostic.message, "`Uralsk` has no web site");
    EXPECT_EQ(diagnostic.suggestion, std::optional<std::string>("add a `web sites:` field"));
    expect_span(diagnostic.span, 0, 1, 1, 19, 1, 20);
}

TEST(MissingWebsite, AcceptsWebSiteUnderAnAlias) {
    EXPECT_TRUE(validate("Miskolc (Hungary)\nhomepage: https://www.miskolc.hu\n").empty());
}

TEST(MissingWebsite, LeavesEmptyWebSiteFieldToEmptyValue) {
    const auto found = validate("Split (Croatia)\npopulation: 1\nweb sites:\n");
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::empty_value}));
}

TEST(MissingWebsite, AcceptsWebSiteThatIsNotAValidAddress) {
    // The value is reported as invalid-url by the normalizer, not here.
    EXPECT_TRUE(validate("Split (Croatia)\nweb sites: n/a\n").empty());
}

}  // namespace
