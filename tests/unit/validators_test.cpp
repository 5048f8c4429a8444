#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check_listing.hpp"
#include "test_sources.hpp"
#include "twinning/validators/validate.hpp"

namespace {

using twinning::model::Diagnostic;
using twinning::model::Rule;
using twinning::model::Severity;
using twinning::model::SourceSpan;
using twinning_test::of_rule;
using twinning_test::rules_of;

// Every check runs, with 2026-01-01 as today and no vocabulary. Records in
// these tests are often incomplete on purpose, so the checks for required
// fields (missing-population and the like) appear in the expected lists.
std::vector<Diagnostic> validate(std::string_view input) { return twinning_test::check_listing(input); }

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

TEST(ValidateRecord, RunsChecksInTheOrderOfTheRuleTable) {
    const auto found = validate("populataion: 1\nclerk: Jan Novak\npopulation: 2\n");
    EXPECT_EQ(rules_of(found),
              (std::vector<Rule>{Rule::missing_header, Rule::unknown_label, Rule::duplicate_field, Rule::label_typo,
                                 Rule::missing_website, Rule::missing_agreement_date, Rule::missing_cooperation_areas,
                                 Rule::implausible_population, Rule::missing_population_year}));
}

TEST(ValidateRecord, ReportsNormalizerFindingsAfterTheChecks) {
    const auto found = validate("Dresden (Grmny)\npopulation: many\nweb sites: www.dresden.de\n");
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::missing_agreement_date, Rule::missing_cooperation_areas,
                                                  Rule::unknown_country, Rule::invalid_population}));
}

// --- missing-header ----------------------------------------------------------

TEST(MissingHeader, SuggestsHeaderInferredFromTheWebSite) {
    const auto found = validate("population: 563 311 (2022) web sites: www.dresden.de\n");
    EXPECT_EQ(rules_of(found),
              (std::vector<Rule>{Rule::missing_header, Rule::missing_agreement_date, Rule::missing_cooperation_areas}));
    ASSERT_FALSE(found.empty());
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.rule, Rule::missing_header);
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(twinning_test::file_name(diagnostic.file), "list.txt");
    EXPECT_EQ(diagnostic.message, "record has no header line; its web site suggests `Dresden (Germany)`");
    // The fix says what to write; help would only repeat it.
    EXPECT_EQ(diagnostic.suggestion, std::nullopt);
    expect_span(diagnostic.span, 0, 1, 1, 10, 1, 11);
}

TEST(MissingHeader, OffersAnUnsafeFixThatInsertsTheHeader) {
    const auto found =
        of_rule(validate("population: 563 311 (2022) web sites: www.dresden.de\n"), Rule::missing_header);
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
    const auto all = validate("web sites: pittsburghpa.gov\n");
    EXPECT_EQ(rules_of(all), (std::vector<Rule>{Rule::missing_header, Rule::missing_population,
                                                Rule::missing_agreement_date, Rule::missing_cooperation_areas}));
    const auto found = of_rule(all, Rule::missing_header);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].message, "record has no header line; its web site suggests `Pittsburghpa`");
    ASSERT_TRUE(found[0].fix.has_value());
    ASSERT_EQ(found[0].fix->edits.size(), 1U);
    EXPECT_EQ(found[0].fix->edits[0].replacement, "Pittsburghpa\n");
}

// `.io` is sold as a generic domain: the record gets no country from it,
// as website-country-mismatch does not judge it either.
TEST(MissingHeader, InfersNoCountryFromADomainSoldAsGeneric) {
    const auto found = of_rule(validate("population: 16 050 (2021) web sites: www.tulln.io\n"), Rule::missing_header);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].message, "record has no header line; its web site suggests `Tulln`");
}

TEST(MissingHeader, ReportsRecordWithNothingToInferFrom) {
    const auto found = validate("partnership agreement signed: 2010\npopulation: 12 000 (2020)\n");
    EXPECT_EQ(rules_of(found),
              (std::vector<Rule>{Rule::missing_header, Rule::missing_website, Rule::missing_cooperation_areas}));
    ASSERT_FALSE(found.empty());
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.rule, Rule::missing_header);
    EXPECT_EQ(diagnostic.message, "record has no header line, and no web site to infer it from");
    EXPECT_EQ(diagnostic.suggestion, std::optional<std::string>("add a `Name (Country)` line above the record"));
    EXPECT_FALSE(diagnostic.fix.has_value());
    expect_span(diagnostic.span, 0, 1, 1, 28, 1, 29);
}

TEST(MissingHeader, AcceptsHeaderlessRecordThatNamesItsCity) {
    const auto found = validate("city: Dresden\ncountry: Germany\nweb sites: www.dresden.de\n");
    EXPECT_TRUE(of_rule(found, Rule::missing_header).empty());
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::missing_population, Rule::missing_agreement_date,
                                                  Rule::missing_cooperation_areas}));
}

TEST(MissingHeader, AcceptsRecordWithHeader) {
    const auto found = validate("Dresden (Germany)\nweb sites: www.dresden.de\n");
    EXPECT_TRUE(of_rule(found, Rule::missing_header).empty());
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::missing_population, Rule::missing_agreement_date,
                                                  Rule::missing_cooperation_areas}));
}

// --- label-typo --------------------------------------------------------------

TEST(LabelTypo, ReportsMisspelledLabelWithSafeFix) {
    const auto all =
        validate("Gaziantep (Turkey)\npopulataion: 1 680 723 (2022)\nweb sites: www.gaziantep-bld.gov.tr\n");
    EXPECT_EQ(rules_of(all), (std::vector<Rule>{Rule::label_typo, Rule::missing_agreement_date,
                                                Rule::missing_cooperation_areas, Rule::country_alias}));
    const auto found = of_rule(all, Rule::label_typo);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(diagnostic.message, "label `populataion` is misspelled; read as `population`");
    EXPECT_EQ(diagnostic.suggestion, std::nullopt);
    expect_span(diagnostic.span, 19, 2, 1, 30, 2, 12);
    ASSERT_TRUE(diagnostic.fix.has_value());
    // The fix title follows the wording every replacing fix now shares.
    EXPECT_EQ(diagnostic.fix->title, "write `population`");
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
    const auto all = validate("Lviv (Ukraine)\nclerk: Andriy Sadovyi\nweb sites: https://city-adm.lviv.ua\n");
    EXPECT_EQ(rules_of(all), (std::vector<Rule>{Rule::unknown_label, Rule::missing_population,
                                                Rule::missing_agreement_date, Rule::missing_cooperation_areas}));
    const auto found = of_rule(all, Rule::unknown_label);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(diagnostic.message, "unknown label `clerk`; its value is kept under `extra`");
    expect_span(diagnostic.span, 15, 2, 1, 20, 2, 6);
}

TEST(UnknownLabel, ReportsEachUnknownLabelButNeverAsDuplicate) {
    const auto found = validate("Lviv (Ukraine)\nclerk: Jan\nclerk: Petr\nweb sites: https://city-adm.lviv.ua\n");
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::unknown_label, Rule::unknown_label, Rule::missing_population,
                                                  Rule::missing_agreement_date, Rule::missing_cooperation_areas}));
}

// --- duplicate-field ---------------------------------------------------------

TEST(DuplicateField, ReportsSecondFieldWithNoteOnTheFirst) {
    const auto all = validate(
        "Katowice (Poland)\npopulation: 281 711 (2021)\npopulation: 290 000 (2023)\nweb sites: www.katowice.eu\n");
    EXPECT_EQ(rules_of(all), (std::vector<Rule>{Rule::duplicate_field, Rule::missing_agreement_date,
                                                Rule::missing_cooperation_areas}));
    const auto found = of_rule(all, Rule::duplicate_field);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(diagnostic.message, "`population` is given again; the first value is used");
    expect_span(diagnostic.span, 45, 3, 1, 55, 3, 11);
    ASSERT_EQ(diagnostic.notes.size(), 1U);
    EXPECT_EQ(diagnostic.notes[0].message, "first given here");
    EXPECT_FALSE(diagnostic.notes[0].file.has_value());
    expect_span(diagnostic.notes[0].span, 18, 2, 1, 28, 2, 11);
}

TEST(DuplicateField, PointsEveryRepeatAtTheFirst) {
    const auto all = validate("Split (Croatia)\nweb sites: a.hr\npopulation: 1\npopulation: 2\npopulation: 3\n");
    EXPECT_EQ(rules_of(all),
              (std::vector<Rule>{Rule::duplicate_field, Rule::duplicate_field, Rule::missing_agreement_date,
                                 Rule::missing_cooperation_areas, Rule::implausible_population,
                                 Rule::missing_population_year, Rule::website_name_mismatch,
                                 Rule::population_far_from_gazetteer}));
    const auto found = of_rule(all, Rule::duplicate_field);
    ASSERT_EQ(found.size(), 2U);
    for (const Diagnostic& diagnostic : found) {
        ASSERT_EQ(diagnostic.notes.size(), 1U);
        EXPECT_EQ(diagnostic.notes[0].span.begin.line, 3U);
    }
    EXPECT_EQ(found[0].span.begin.line, 4U);
    EXPECT_EQ(found[1].span.begin.line, 5U);
}

TEST(DuplicateField, TreatsAliasesOfOneLabelAsTheSameField) {
    const auto all = validate("Split (Croatia)\nweb sites: www.split.hr\nhomepage: www.visitsplit.com\n");
    EXPECT_EQ(rules_of(all), (std::vector<Rule>{Rule::duplicate_field, Rule::missing_population,
                                                Rule::missing_agreement_date, Rule::missing_cooperation_areas}));
    const auto found = of_rule(all, Rule::duplicate_field);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].message, "`homepage` is given again; the first value is used");
}

TEST(DuplicateField, ReportsCityFieldUnderAHeader) {
    const auto all = validate("Split (Croatia)\ncity: Spalato\nweb sites: www.split.hr\n");
    EXPECT_EQ(rules_of(all), (std::vector<Rule>{Rule::duplicate_field, Rule::missing_population,
                                                Rule::missing_agreement_date, Rule::missing_cooperation_areas}));
    const auto found = of_rule(all, Rule::duplicate_field);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.message, "`city` is given again; the first value is used");
    expect_span(diagnostic.span, 16, 2, 1, 20, 2, 5);
    ASSERT_EQ(diagnostic.notes.size(), 1U);
    expect_span(diagnostic.notes[0].span, 0, 1, 1, 15, 1, 16);
}

TEST(DuplicateField, ReportsCountryFieldUnderAHeaderThatNamesTheCountry) {
    const auto found =
        of_rule(validate("Split (Croatia)\ncountry: Croatia\nweb sites: www.split.hr\n"), Rule::duplicate_field);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].message, "`country` is given again; the first value is used");
}

TEST(DuplicateField, AcceptsCountryFieldUnderAHeaderWithoutCountry) {
    // The header `Split` states no country, and the normalizer takes the
    // country from the field, so the field is not a second country.
    const auto found = validate("Split\ncountry: Croatia\nweb sites: www.split.hr\n");
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::missing_population, Rule::missing_agreement_date,
                                                  Rule::missing_cooperation_areas}));
}

TEST(DuplicateField, AcceptsOneFieldOfEachKind) {
    const auto found = validate(
        "city: Split\ncountry: Croatia\nregion: Splitsko-dalmatinska\nweb sites: www.split.hr\n"
        "population: 1\npartnership agreement signed: 1976\nrenewed: 2000\n"
        "main areas of cooperation: culture\n");
    EXPECT_TRUE(of_rule(found, Rule::duplicate_field).empty());
    // ISO 3166-2 spells the region `Splitsko-dalmatinska županija`, and
    // the gazetteer counts Split's people by the hundred thousand.
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::implausible_population, Rule::missing_population_year,
                                                  Rule::population_far_from_gazetteer, Rule::unknown_subdivision}));
}

// --- empty-value -------------------------------------------------------------

TEST(EmptyValue, ReportsLabelWithNothingAfterIt) {
    const auto all = validate("Split (Croatia)\nweb sites:\n");
    EXPECT_EQ(rules_of(all), (std::vector<Rule>{Rule::empty_value, Rule::missing_website, Rule::missing_population,
                                                Rule::missing_agreement_date, Rule::missing_cooperation_areas}));
    const auto found = of_rule(all, Rule::empty_value);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(diagnostic.message, "`web sites` has no value");
    expect_span(diagnostic.span, 16, 2, 1, 25, 2, 10);
}

TEST(EmptyValue, ReportsEveryEmptyField) {
    const auto found = validate("Split (Croatia)\npopulation:\nweb sites: www.split.hr main areas of cooperation:\n");
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::empty_value, Rule::empty_value, Rule::missing_population,
                                                  Rule::missing_agreement_date, Rule::missing_cooperation_areas}));
}

// --- missing-website ---------------------------------------------------------

TEST(MissingWebsite, ReportsRecordWithoutWebSiteField) {
    const auto all = validate("Uralsk (Kazakhstan)\npopulation: 234 169 (2019)\n");
    EXPECT_EQ(rules_of(all), (std::vector<Rule>{Rule::missing_website, Rule::missing_agreement_date,
                                                Rule::missing_cooperation_areas}));
    const auto found = of_rule(all, Rule::missing_website);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(diagnostic.message, "`Uralsk` has no web site");
    EXPECT_EQ(diagnostic.suggestion, std::optional<std::string>("add a `web sites:` field"));
    expect_span(diagnostic.span, 0, 1, 1, 19, 1, 20);
}

TEST(MissingWebsite, AcceptsWebSiteUnderAnAlias) {
    const auto found = validate("Miskolc (Hungary)\nhomepage: https://www.miskolc.hu\n");
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::missing_population, Rule::missing_agreement_date,
                                                  Rule::missing_cooperation_areas}));
}

// An empty `web sites:` is now also a missing web site, as the rule's
// documentation says ("or one with an empty value"); before, it was left to
// empty-value alone.
TEST(MissingWebsite, ReportsEmptyWebSiteFieldAsMissingBesidesEmptyValue) {
    const auto found = validate("Split (Croatia)\npopulation: 1\nweb sites:\n");
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::empty_value, Rule::missing_website,
                                                  Rule::missing_agreement_date, Rule::missing_cooperation_areas,
                                                  Rule::implausible_population, Rule::missing_population_year,
                                                  Rule::population_far_from_gazetteer}));
}

TEST(MissingWebsite, AcceptsWebSiteThatIsNotAValidAddress) {
    // The value is reported as invalid-url, not as a missing web site.
    const auto found = validate("Split (Croatia)\nweb sites: n/a\n");
    EXPECT_TRUE(of_rule(found, Rule::missing_website).empty());
    EXPECT_EQ(rules_of(found), (std::vector<Rule>{Rule::missing_population, Rule::missing_agreement_date,
                                                  Rule::missing_cooperation_areas, Rule::invalid_url}));
}

// --- reports of the normalizers' findings ------------------------------------

TEST(UnknownCountry, QuotesTheCountryAndSuggestsTheClosest) {
    const auto found = of_rule(validate("Dresden (Grmny)\npopulation: 563 311 (2022)\n"), Rule::unknown_country);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(twinning_test::file_name(diagnostic.file), "list.txt");
    EXPECT_EQ(diagnostic.message, "`Grmny` is not a country in ISO 3166-1");
    EXPECT_EQ(diagnostic.suggestion, std::optional<std::string>("did you mean `Germany`?"));
    expect_span(diagnostic.span, 9, 1, 10, 14, 1, 15);
}

TEST(UnknownCountry, SuggestsNothingWhenNothingIsClose) {
    const auto found = of_rule(validate("Poseidonia (Atlantis)\npopulation: 1 000 (2020)\n"), Rule::unknown_country);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].message, "`Atlantis` is not a country in ISO 3166-1");
    EXPECT_EQ(found[0].suggestion, std::nullopt);
}

TEST(UnknownSubdivision, NamesTheRegionAndTheCountryCode) {
    const auto found =
        of_rule(validate("Pittsburgh (USA - Pennsilvania)\npopulation: 300 431 (2021)\n"), Rule::unknown_subdivision);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(diagnostic.message, "`Pennsilvania` is not a region of US in ISO 3166-2");
    expect_span(diagnostic.span, 18, 1, 19, 30, 1, 31);
}

TEST(InvalidPopulation, QuotesTheValueAndShowsTheForm) {
    const auto found =
        of_rule(validate("Katowice (Poland)\npopulation: several hundred thousand\n"), Rule::invalid_population);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(diagnostic.message, "cannot read `several hundred thousand` as a population count");
    EXPECT_EQ(diagnostic.suggestion,
              std::optional<std::string>(
                  "write the count in digits, optionally followed by its year in brackets: `281 711 (2021)`"));
    expect_span(diagnostic.span, 30, 2, 13, 54, 2, 37);
}

TEST(InvalidPopulation, QuotesAValueSpreadOverTwoLinesOnOneLine) {
    const auto found =
        of_rule(validate("Katowice (Poland)\npopulation: several\n  hundred thousand\n"), Rule::invalid_population);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].message, "cannot read `several hundred thousand` as a population count");
    expect_span(found[0].span, 30, 2, 13, 56, 3, 19);
}

TEST(InvalidDate, ReportsOffCalendarDate) {
    const auto found =
        of_rule(validate("Katowice (Poland)\npartnership agreement signed: 31.2.2012\n"), Rule::invalid_date);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(diagnostic.message, "`31.2.2012` is not a date on the calendar");
    EXPECT_EQ(diagnostic.suggestion, std::optional<std::string>("check the day and month"));
    expect_span(diagnostic.span, 48, 2, 31, 57, 2, 40);
}

TEST(InvalidDate, QuotesTheUnreadableTailAndShowsTheForms) {
    const auto found =
        of_rule(validate("Dresden (Germany)\npartnership agreement signed: 1971, renewed soon\n"), Rule::invalid_date);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.message, "cannot read `soon` as a date");
    EXPECT_EQ(diagnostic.suggestion,
              std::optional<std::string>(
                  "write dates as `1960`, `13.11.2015` or `2015-11-13`, renewals as `1960, renewed 1996`"));
    expect_span(diagnostic.span, 62, 2, 45, 66, 2, 49);
}

TEST(InvalidDate, DoesNotGuessTheMeaningOfASecondDateWithoutRenewed) {
    const auto found =
        of_rule(validate("Dresden (Germany)\npartnership agreement signed: 1971, 1995\n"), Rule::invalid_date);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.message, "`1995` follows the agreement date without `renewed`; its meaning is not guessed");
    EXPECT_EQ(diagnostic.suggestion,
              std::optional<std::string>("write `renewed` before a renewal date: `1960, renewed 1996`"));
    expect_span(diagnostic.span, 54, 2, 37, 58, 2, 41);
}

TEST(InvalidUrl, QuotesTheValue) {
    const auto found =
        of_rule(validate("Katowice (Poland)\nweb sites: www.katowice.eu, n/a http://www.x.org\n"), Rule::invalid_url);
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(diagnostic.message, "`n/a` is not a web address");
    expect_span(diagnostic.span, 46, 2, 29, 49, 2, 32);
}

// --- unrecognized-text -------------------------------------------------------

TEST(UnrecognizedText, QuotesTheStrayLine) {
    const auto found = validate(
        "Those as copied from the council's own web pages.\n"
        "\n"
        "Split (Croatia)\n"
        "population: 160 577 (2021) partnership agreement signed: 1976\n"
        "web sites: www.split.hr main areas of cooperation: culture\n");
    ASSERT_EQ(found.size(), 1U);
    const Diagnostic& diagnostic = found[0];
    EXPECT_EQ(diagnostic.rule, Rule::unrecognized_text);
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(twinning_test::file_name(diagnostic.file), "list.txt");
    EXPECT_EQ(diagnostic.message,
              "text outside any record or field: `Those as copied from the council's own web pages.`");
    EXPECT_EQ(diagnostic.suggestion, std::optional<std::string>("make it a comment with `#`, or give it a label"));
    expect_span(diagnostic.span, 0, 1, 1, 49, 1, 50);
}

TEST(UnrecognizedText, QuotesOnlyTheStartOfALongStrayLineAndMarksTheCut) {
    const std::string line(100, 'x');
    const auto found = validate(line + "\n");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].message, "text outside any record or field: `" + std::string(80, 'x') + "\xE2\x80\xA6`");
    EXPECT_EQ(found[0].span.length(), 100U);
}

TEST(UnrecognizedText, CutsTheQuoteBetweenCharactersNeverInsideOne) {
    // The 80th byte is the first of the two of `š`.
    const auto found = validate(std::string(79, 'x') + "\xC5\xA1" + std::string(20, 'y') + "\n");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].message, "text outside any record or field: `" + std::string(79, 'x') + "\xE2\x80\xA6`");
    EXPECT_EQ(found[0].span.length(), 101U);
}

TEST(UnrecognizedText, QuotesALineOfEightyCharactersWhole) {
    const auto found = validate(std::string(80, 'y') + "\n");
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].message, "text outside any record or field: `" + std::string(80, 'y') + "`");
}

TEST(UnrecognizedText, ReportsNothingWhenTheRuleIsOff) {
    auto options = twinning_test::checks_as_of_2026();
    options.enabled.reset(static_cast<std::size_t>(Rule::unrecognized_text));
    EXPECT_TRUE(twinning_test::check_listing("Copied from us\n", options).empty());
}

// --- rule documentation ------------------------------------------------------

TEST(RuleDoc, DocumentsEveryRuleUnderItsOwnRule) {
    for (const auto& info : twinning::model::rule_catalogue()) {
        SCOPED_TRACE(info.name);
        const auto& doc = twinning::validators::rule_doc(info.rule);
        EXPECT_EQ(doc.rule, info.rule);
        EXPECT_FALSE(doc.what.empty());
        EXPECT_FALSE(doc.why.empty());
        EXPECT_FALSE(doc.example.empty());
        EXPECT_FALSE(doc.instead.empty());
    }
}

TEST(RuleDoc, GivesTheExampleAndItsFix) {
    const auto& doc = twinning::validators::rule_doc(Rule::duplicate_cooperation_area);
    EXPECT_EQ(doc.example, "main areas of cooperation: culture, sport, culture");
    EXPECT_EQ(doc.instead, "main areas of cooperation: culture, sport");
}

}  // namespace
