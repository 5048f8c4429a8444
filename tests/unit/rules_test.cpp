// One firing and one quiet case for each rule, through
// Validator::check_record on parsed and normalized snippets (check_text for
// the rules on the bytes themselves).

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check_listing.hpp"
#include "raw_builder.hpp"
#include "test_sources.hpp"
#include "twinning/text/unicode.hpp"
#include "twinning/validators/validate.hpp"

namespace {

using twinning::model::Diagnostic;
using twinning::model::Field;
using twinning::model::LabelReading;
using twinning::model::Layout;
using twinning::model::RawRecord;
using twinning::model::Rule;
using twinning::model::Severity;
using twinning::model::SourceSpan;
using twinning::validators::CheckOptions;
using twinning::validators::Validator;
using twinning_test::check_listing;
using twinning_test::checks_as_of_2026;
using twinning_test::of_rule;
using twinning_test::RawBuilder;
using twinning_test::rules_of;

void expect_span(const SourceSpan& span, std::size_t begin_offset, std::uint32_t begin_line, std::uint32_t begin_column,
                 std::size_t end_offset, std::uint32_t end_line, std::uint32_t end_column) {
    EXPECT_EQ(span.begin.offset, begin_offset);
    EXPECT_EQ(span.begin.line, begin_line);
    EXPECT_EQ(span.begin.column, begin_column);
    EXPECT_EQ(span.end.offset, end_offset);
    EXPECT_EQ(span.end.line, end_line);
    EXPECT_EQ(span.end.column, end_column);
}

// The diagnostics of `rule` for `input`, checked as of 2026-01-01.
std::vector<Diagnostic> found(std::string_view input, Rule rule, CheckOptions options = checks_as_of_2026()) {
    return of_rule(check_listing(input, std::move(options)), rule);
}

// The text a span covers.
std::string_view under(std::string_view input, const SourceSpan& span) {
    return input.substr(span.begin.offset, span.length());
}

std::vector<Diagnostic> check_text(std::string_view input) {
    Validator validator(checks_as_of_2026());
    std::vector<Diagnostic> out;
    validator.check_text(input, twinning_test::test_file("list.txt"), out);
    return out;
}

// --- missing-record-separator ------------------------------------------------

TEST(MissingRecordSeparator, ReportsRecordRightAfterThePreviousOneWithSafeFix) {
    const auto diagnostics = found(
        "Split (Croatia)\npopulation: 1\n"
        "Zadar (Croatia)\npopulation: 2\n",
        Rule::missing_record_separator);
    ASSERT_EQ(diagnostics.size(), 1U);
    const Diagnostic& diagnostic = diagnostics[0];
    EXPECT_EQ(diagnostic.severity, Severity::info);
    EXPECT_EQ(diagnostic.message, "no blank line before the record `Zadar`");
    expect_span(diagnostic.span, 30, 3, 1, 45, 3, 16);
    ASSERT_TRUE(diagnostic.fix.has_value());
    EXPECT_TRUE(diagnostic.fix->safe);
    ASSERT_EQ(diagnostic.fix->edits.size(), 1U);
    EXPECT_EQ(diagnostic.fix->edits[0].replacement, "\n");
    expect_span(diagnostic.fix->edits[0].span, 30, 3, 1, 30, 3, 1);
}

TEST(MissingRecordSeparator, AcceptsRecordsSeparatedByABlankLine) {
    EXPECT_TRUE(
        found("Split (Croatia)\npopulation: 1\n\nZadar (Croatia)\npopulation: 2\n", Rule::missing_record_separator)
            .empty());
}

// --- control-character -------------------------------------------------------

TEST(ControlCharacter, ReportsBellInAValueWithItsCodePoint) {
    const auto diagnostics = check_text(
        "Split (Croatia)\npopulation: 160\x07"
        "577\n");
    ASSERT_EQ(diagnostics.size(), 1U);
    const Diagnostic& diagnostic = diagnostics[0];
    EXPECT_EQ(diagnostic.rule, Rule::control_character);
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(twinning_test::file_name(diagnostic.file), "list.txt");
    EXPECT_EQ(diagnostic.message, "control character U+0007 in the text");
    EXPECT_EQ(diagnostic.suggestion, std::optional<std::string>("delete it"));
    expect_span(diagnostic.span, 31, 2, 16, 32, 2, 17);
}

TEST(ControlCharacter, ReportsDeleteAndC1Controls) {
    const auto diagnostics = check_text(
        "a\x7F"
        "b\xC2\x85"
        "c\n");
    EXPECT_EQ(rules_of(diagnostics), (std::vector<Rule>{Rule::control_character, Rule::control_character}));
    ASSERT_EQ(diagnostics.size(), 2U);
    EXPECT_EQ(diagnostics[0].message, "control character U+007F in the text");
    EXPECT_EQ(diagnostics[1].message, "control character U+0085 in the text");
    expect_span(diagnostics[1].span, 3, 1, 4, 5, 1, 5);
}

TEST(ControlCharacter, AcceptsTabsAndLineEnds) {
    EXPECT_TRUE(check_text("Split (Croatia)\r\n\tpopulation: 160 577\r\n").empty());
}

// --- invalid-utf8 ------------------------------------------------------------

TEST(InvalidUtf8, ReportsTheByteAndItsOffset) {
    const auto diagnostics = check_text("Split (Croatia)\nKo\xE9ice\n");
    ASSERT_EQ(diagnostics.size(), 1U);
    const Diagnostic& diagnostic = diagnostics[0];
    EXPECT_EQ(diagnostic.rule, Rule::invalid_utf8);
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(diagnostic.message, "byte 0xE9 at byte offset 18 is not valid UTF-8");
    EXPECT_EQ(diagnostic.suggestion, std::optional<std::string>("save the file as UTF-8"));
    expect_span(diagnostic.span, 18, 2, 3, 19, 2, 4);
}

TEST(InvalidUtf8, CountsTheOffsetFromTheFileStartButTheColumnAfterTheByteOrderMark) {
    const auto diagnostics = check_text(
        "\xEF\xBB\xBF"
        "a\xFF\n");
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].message, "byte 0xFF at byte offset 4 is not valid UTF-8");
    expect_span(diagnostics[0].span, 4, 1, 2, 5, 1, 3);
}

TEST(InvalidUtf8, ReportsEachBadByte) {
    const auto diagnostics = check_text("\xC3\xC3x");
    ASSERT_EQ(diagnostics.size(), 2U);
    EXPECT_EQ(diagnostics[0].message, "byte 0xC3 at byte offset 0 is not valid UTF-8");
    EXPECT_EQ(diagnostics[1].message, "byte 0xC3 at byte offset 1 is not valid UTF-8");
}

TEST(InvalidUtf8, AcceptsValidMultiByteText) {
    EXPECT_TRUE(check_text("\xEF\xBB\xBFKo\xC5\xA1ice (Slovakia)\n\xE6\x9D\xB1\xE4\xBA\xAC\n").empty());
}

TEST(CheckText, RunsNeitherTextRuleWhenBothAreOff) {
    CheckOptions options = checks_as_of_2026();
    options.enabled.reset(static_cast<std::size_t>(Rule::invalid_utf8));
    options.enabled.reset(static_cast<std::size_t>(Rule::control_character));
    Validator validator(options);
    std::vector<Diagnostic> out;
    validator.check_text("a\x07\xFF", twinning_test::test_file("list.txt"), out);
    EXPECT_TRUE(out.empty());
}

// --- missing-population ------------------------------------------------------

TEST(MissingPopulation, ReportsRecordWithoutPopulationAtItsHeader) {
    const auto diagnostics = found(
        "Split (Croatia)\npartnership agreement signed: 1976\nweb sites: www.split.hr\n"
        "main areas of cooperation: culture\n",
        Rule::missing_population);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::error);
    EXPECT_EQ(diagnostics[0].message, "`Split` has no population");
    EXPECT_EQ(diagnostics[0].suggestion, std::optional<std::string>("add a `population:` field"));
    expect_span(diagnostics[0].span, 0, 1, 1, 15, 1, 16);
}

TEST(MissingPopulation, ReportsEmptyPopulation) {
    EXPECT_EQ(found("Split (Croatia)\npopulation:\n", Rule::missing_population).size(), 1U);
}

TEST(MissingPopulation, AcceptsPopulationEvenWhenUnreadable) {
    EXPECT_TRUE(found("Split (Croatia)\npopulation: many\n", Rule::missing_population).empty());
}

// --- missing-agreement-date --------------------------------------------------

TEST(MissingAgreementDate, ReportsRecordWithoutAgreementDate) {
    const auto diagnostics = found("Split (Croatia)\npopulation: 160 577 (2021)\n", Rule::missing_agreement_date);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::error);
    EXPECT_EQ(diagnostics[0].message, "`Split` has no agreement date");
    EXPECT_EQ(diagnostics[0].suggestion, std::optional<std::string>("add a `partnership agreement signed:` field"));
    expect_span(diagnostics[0].span, 0, 1, 1, 15, 1, 16);
}

TEST(MissingAgreementDate, AnchorsAHeaderlessRecordAtItsFirstLabel) {
    const auto diagnostics = found("population: 1 web sites: n/a\n", Rule::missing_agreement_date);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].message, "record has no agreement date");
    expect_span(diagnostics[0].span, 0, 1, 1, 10, 1, 11);
}

TEST(MissingAgreementDate, AcceptsRecordWithAgreementDate) {
    EXPECT_TRUE(found("Split (Croatia)\npartnership agreement signed: 1976\n", Rule::missing_agreement_date).empty());
}

// --- missing-cooperation-areas -----------------------------------------------

TEST(MissingCooperationAreas, ReportsRecordWithoutAreas) {
    const auto diagnostics = found("Split (Croatia)\npopulation: 160 577 (2021)\n", Rule::missing_cooperation_areas);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics[0].message, "`Split` has no areas of cooperation");
    EXPECT_EQ(diagnostics[0].suggestion, std::optional<std::string>("add a `main areas of cooperation:` field"));
}

TEST(MissingCooperationAreas, AcceptsRecordWithAreas) {
    EXPECT_TRUE(
        found("Split (Croatia)\nmain areas of cooperation: culture\n", Rule::missing_cooperation_areas).empty());
}

// --- missing-country ---------------------------------------------------------

TEST(MissingCountry, ReportsHeaderWithoutCountry) {
    const auto diagnostics = found("Split\npopulation: 160 577 (2021)\n", Rule::missing_country);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics[0].message, "`Split` has no country");
    EXPECT_EQ(diagnostics[0].suggestion, std::optional<std::string>("add the country in brackets: `Name (Country)`"));
    expect_span(diagnostics[0].span, 0, 1, 1, 5, 1, 6);
}

TEST(MissingCountry, AcceptsHeaderWithCountry) {
    EXPECT_TRUE(found("Split (Croatia)\npopulation: 160 577 (2021)\n", Rule::missing_country).empty());
}

TEST(MissingCountry, AcceptsCountryGivenInAField) {
    EXPECT_TRUE(found("Split\ncountry: Croatia\npopulation: 160 577 (2021)\n", Rule::missing_country).empty());
}

TEST(MissingCountry, LeavesARecordWithoutHeaderToMissingHeader) {
    EXPECT_TRUE(found("population: 160 577 (2021)\n", Rule::missing_country).empty());
}

// --- implausible-population --------------------------------------------------

TEST(ImplausiblePopulation, ReportsPopulationBelowOneHundred) {
    const auto diagnostics = found("Split (Croatia)\npopulation: 99 (2021)\n", Rule::implausible_population);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics[0].message, "a population of 99 is not plausible for a city");
    EXPECT_EQ(diagnostics[0].suggestion, std::optional<std::string>("check the count for missing or extra digits"));
    expect_span(diagnostics[0].span, 28, 2, 13, 37, 2, 22);
}

TEST(ImplausiblePopulation, AcceptsOneHundred) {
    EXPECT_TRUE(found("Split (Croatia)\npopulation: 100 (2021)\n", Rule::implausible_population).empty());
}

TEST(ImplausiblePopulation, ReportsPopulationAboveFortyMillion) {
    const auto diagnostics = found("Split (Croatia)\npopulation: 40 000 001 (2021)\n", Rule::implausible_population);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].message, "a population of 40000001 is not plausible for a city");
}

TEST(ImplausiblePopulation, AcceptsFortyMillion) {
    EXPECT_TRUE(found("Split (Croatia)\npopulation: 40 000 000 (2021)\n", Rule::implausible_population).empty());
}

// --- missing-population-year -------------------------------------------------

TEST(MissingPopulationYear, ReportsCountWithoutYear) {
    const auto diagnostics = found("Split (Croatia)\npopulation: 160 577\n", Rule::missing_population_year);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics[0].message, "the population 160577 has no year");
    EXPECT_EQ(diagnostics[0].suggestion,
              std::optional<std::string>("add the year of the count in brackets: `281 711 (2021)`"));
    expect_span(diagnostics[0].span, 28, 2, 13, 35, 2, 20);
}

TEST(MissingPopulationYear, AcceptsCountWithYear) {
    EXPECT_TRUE(found("Split (Croatia)\npopulation: 160 577 (2021)\n", Rule::missing_population_year).empty());
}

TEST(MissingPopulationYear, LeavesAnUnreadableCountToInvalidPopulation) {
    EXPECT_TRUE(found("Split (Croatia)\npopulation: many\n", Rule::missing_population_year).empty());
}

// --- future-population-year --------------------------------------------------

TEST(FuturePopulationYear, ReportsYearAfterTheReferenceDate) {
    const auto diagnostics = found("Split (Croatia)\npopulation: 160 577 (2027)\n", Rule::future_population_year);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics[0].message, "the population was counted in 2027, after 2026");
    expect_span(diagnostics[0].span, 28, 2, 13, 42, 2, 27);
}

TEST(FuturePopulationYear, AcceptsTheReferenceYear) {
    EXPECT_TRUE(found("Split (Croatia)\npopulation: 160 577 (2026)\n", Rule::future_population_year).empty());
}

// --- stale-population --------------------------------------------------------

CheckOptions stale_after_ten_years() {
    CheckOptions options = checks_as_of_2026();
    options.stale_population_years = 10;
    return options;
}

TEST(StalePopulation, AcceptsACountTenYearsOld) {
    EXPECT_TRUE(found("Split (Croatia)\npopulation: 160 577 (2016)\n", Rule::stale_population, stale_after_ten_years())
                    .empty());
}

TEST(StalePopulation, ReportsACountElevenYearsOld) {
    const auto diagnostics =
        found("Split (Croatia)\npopulation: 160 577 (2015)\n", Rule::stale_population, stale_after_ten_years());
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::info);
    EXPECT_EQ(diagnostics[0].message, "the population was counted in 2015, 11 years before 2026");
    EXPECT_EQ(diagnostics[0].suggestion, std::optional<std::string>("look up a newer count"));
}

TEST(StalePopulation, UsesTheConfiguredNumberOfYears) {
    CheckOptions options = checks_as_of_2026();
    options.stale_population_years = 3;
    EXPECT_EQ(found("Split (Croatia)\npopulation: 160 577 (2022)\n", Rule::stale_population, options).size(), 1U);
    EXPECT_TRUE(found("Split (Croatia)\npopulation: 160 577 (2023)\n", Rule::stale_population, options).empty());
}

// --- ambiguous-date ----------------------------------------------------------

TEST(AmbiguousDate, ReportsSlashDateThatNothingSettles) {
    const auto diagnostics = found("Split (Croatia)\npartnership agreement signed: 3/4/2012\n", Rule::ambiguous_date);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics[0].message,
              "`3/4/2012` reads both ways; read day-first as 2012-04-03, since nothing in the file or the "
              "configuration settles the order");
    EXPECT_EQ(diagnostics[0].suggestion,
              std::optional<std::string>("write it as `2012-04-03` if that is meant, or set `--date-order`"));
    expect_span(diagnostics[0].span, 46, 2, 31, 54, 2, 39);
}

TEST(AmbiguousDate, AcceptsSlashDateWhenAnotherDateInTheFileSettlesTheOrder) {
    EXPECT_TRUE(found("Split (Croatia)\npartnership agreement signed: 3/4/2012\n\n"
                      "Zadar (Croatia)\npartnership agreement signed: 25/12/2012\n",
                      Rule::ambiguous_date)
                    .empty());
}

TEST(AmbiguousDate, AcceptsDottedDate) {
    EXPECT_TRUE(found("Split (Croatia)\npartnership agreement signed: 3.4.2012\n", Rule::ambiguous_date).empty());
}

// --- future-date -------------------------------------------------------------

CheckOptions as_of_28_november_2026() {
    CheckOptions options = checks_as_of_2026();
    options.reference_date = std::chrono::year{2026} / std::chrono::November / std::chrono::day{28};
    return options;
}

TEST(FutureDate, AcceptsTheCurrentYearAtYearPrecision) {
    EXPECT_TRUE(
        found("Split (Croatia)\npartnership agreement signed: 2026\n", Rule::future_date, as_of_28_november_2026())
            .empty());
}

// `2026-12` is not a form the date reader accepts; month precision is
// written `December 2026`, and reported in ISO form.
TEST(FutureDate, ReportsNextMonthAtMonthPrecision) {
    const auto diagnostics = found("Split (Croatia)\npartnership agreement signed: December 2026\n", Rule::future_date,
                                   as_of_28_november_2026());
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics[0].message, "2026-12 is after 2026-11-28");
    expect_span(diagnostics[0].span, 46, 2, 31, 59, 2, 44);
}

TEST(FutureDate, AcceptsTheCurrentMonthAtMonthPrecision) {
    EXPECT_TRUE(found("Split (Croatia)\npartnership agreement signed: November 2026\n", Rule::future_date,
                      as_of_28_november_2026())
                    .empty());
}

TEST(FutureDate, ReportsTomorrowAndAcceptsToday) {
    EXPECT_EQ(found("Split (Croatia)\npartnership agreement signed: 29.11.2026\n", Rule::future_date,
                    as_of_28_november_2026())
                  .size(),
              1U);
    EXPECT_TRUE(found("Split (Croatia)\npartnership agreement signed: 28.11.2026\n", Rule::future_date,
                      as_of_28_november_2026())
                    .empty());
}

TEST(FutureDate, ReportsAFutureRenewal) {
    const auto diagnostics = found("Split (Croatia)\npartnership agreement signed: 1976, renewed 2061\n",
                                   Rule::future_date, as_of_28_november_2026());
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].message, "2061 is after 2026-11-28");
}

// --- renewal-before-signing --------------------------------------------------

TEST(RenewalBeforeSigning, ReportsRenewalBeforeTheSigningWithANote) {
    const auto diagnostics =
        found("Split (Croatia)\npartnership agreement signed: 1996, renewed 1960\n", Rule::renewal_before_signing);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics[0].message, "renewed 1960, before the signing in 1996");
    expect_span(diagnostics[0].span, 60, 2, 45, 64, 2, 49);
    ASSERT_EQ(diagnostics[0].notes.size(), 1U);
    EXPECT_EQ(diagnostics[0].notes[0].message, "signed here");
    expect_span(diagnostics[0].notes[0].span, 46, 2, 31, 50, 2, 35);
}

TEST(RenewalBeforeSigning, AcceptsRenewalAfterTheSigning) {
    EXPECT_TRUE(
        found("Split (Croatia)\npartnership agreement signed: 1960, renewed 1996\n", Rule::renewal_before_signing)
            .empty());
}

TEST(RenewalBeforeSigning, ComparesOnlyAtThePrecisionBothDatesHave) {
    EXPECT_TRUE(
        found("Split (Croatia)\npartnership agreement signed: 13.11.1996, renewed 1996\n", Rule::renewal_before_signing)
            .empty());
    EXPECT_EQ(found("Split (Croatia)\npartnership agreement signed: 13.11.1996, renewed 12.11.1996\n",
                    Rule::renewal_before_signing)
                  .size(),
              1U);
}

// --- insecure-url ------------------------------------------------------------

TEST(InsecureUrl, ReportsHttpWithAnUnsafeFixThatReplacesExactlyTheScheme) {
    const std::string_view input = "Split (Croatia)\nweb sites: http://www.split.hr\n";
    const auto diagnostics = found(input, Rule::insecure_url);
    ASSERT_EQ(diagnostics.size(), 1U);
    const Diagnostic& diagnostic = diagnostics[0];
    EXPECT_EQ(diagnostic.severity, Severity::info);
    EXPECT_EQ(diagnostic.message, "`http://www.split.hr/` uses http, not https");
    expect_span(diagnostic.span, 27, 2, 12, 46, 2, 31);
    ASSERT_TRUE(diagnostic.fix.has_value());
    EXPECT_FALSE(diagnostic.fix->safe);
    ASSERT_EQ(diagnostic.fix->edits.size(), 1U);
    EXPECT_EQ(diagnostic.fix->edits[0].replacement, "https");
    expect_span(diagnostic.fix->edits[0].span, 27, 2, 12, 31, 2, 16);
    EXPECT_EQ(under(input, diagnostic.fix->edits[0].span), "http");
}

TEST(InsecureUrl, AcceptsHttpsAndBareHosts) {
    EXPECT_TRUE(found("Split (Croatia)\nweb sites: https://www.split.hr www.split.hr\n", Rule::insecure_url).empty());
}

// --- country-alias -----------------------------------------------------------

TEST(CountryAlias, ReportsAliasWithAnUnsafeFixToTheIsoName) {
    const auto diagnostics = found("Coventry (Great Britain)\npopulation: 353 200 (2016)\n", Rule::country_alias);
    ASSERT_EQ(diagnostics.size(), 1U);
    const Diagnostic& diagnostic = diagnostics[0];
    EXPECT_EQ(diagnostic.severity, Severity::info);
    EXPECT_EQ(diagnostic.message, "`Great Britain` is recorded as `United Kingdom`");
    expect_span(diagnostic.span, 10, 1, 11, 23, 1, 24);
    ASSERT_TRUE(diagnostic.fix.has_value());
    EXPECT_FALSE(diagnostic.fix->safe);
    ASSERT_EQ(diagnostic.fix->edits.size(), 1U);
    EXPECT_EQ(diagnostic.fix->edits[0].replacement, "United Kingdom");
    expect_span(diagnostic.fix->edits[0].span, 10, 1, 11, 23, 1, 24);
}

TEST(CountryAlias, AcceptsTheIsoName) {
    EXPECT_TRUE(found("Coventry (United Kingdom)\npopulation: 353 200 (2016)\n", Rule::country_alias).empty());
}

// --- misspelled-word ---------------------------------------------------------

TEST(MisspelledWord, ReportsMisspelledWordWithSuggestionsAndAnUnsafeFix) {
    const std::string_view input = "Split (Croatia)\nmain areas of cooperation: culture, sport bussiness\n";
    const auto diagnostics = found(input, Rule::misspelled_word);
    ASSERT_EQ(diagnostics.size(), 1U);
    const Diagnostic& diagnostic = diagnostics[0];
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(diagnostic.message, "`bussiness` is not an English word");
    expect_span(diagnostic.span, 58, 2, 43, 67, 2, 52);
    // The first guess is the fix; help names only the others.
    ASSERT_TRUE(diagnostic.suggestion.has_value());
    EXPECT_TRUE(diagnostic.suggestion->starts_with("other suggestions: `")) << *diagnostic.suggestion;
    EXPECT_EQ(diagnostic.suggestion->find("`business`"), std::string::npos) << *diagnostic.suggestion;
    ASSERT_TRUE(diagnostic.fix.has_value());
    EXPECT_FALSE(diagnostic.fix->safe);
    ASSERT_EQ(diagnostic.fix->edits.size(), 1U);
    EXPECT_EQ(diagnostic.fix->edits[0].replacement, "business");
    EXPECT_EQ(under(input, diagnostic.fix->edits[0].span), "bussiness");
}

// With one suggestion only, it is the fix, and there is no help.
TEST(MisspelledWord, OffersASingleSuggestionAsTheFixAlone) {
    const std::string_view input = "Split (Croatia)\nmain areas of cooperation: culture, sport aktivity\n";
    const auto diagnostics = found(input, Rule::misspelled_word);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_FALSE(diagnostics[0].suggestion.has_value());
    ASSERT_TRUE(diagnostics[0].fix.has_value());
    EXPECT_EQ(diagnostics[0].fix->edits[0].replacement, "activity");
}

TEST(MisspelledWord, AcceptsBritishAndAmericanSpelling) {
    EXPECT_TRUE(found("Split (Croatia)\nmain areas of cooperation: colour of the city, color of the city\n",
                      Rule::misspelled_word)
                    .empty());
}

TEST(MisspelledWord, SkipsAcronymsAndWordsWithDigits) {
    EXPECT_TRUE(
        found("Split (Croatia)\nmain areas of cooperation: EU funds, UNESCO, 5G networks\n", Rule::misspelled_word)
            .empty());
}

TEST(MisspelledWord, AcceptsApostrophesInAWord) {
    EXPECT_TRUE(
        found("Split (Croatia)\nmain areas of cooperation: the city's culture\n", Rule::misspelled_word).empty());
}

TEST(MisspelledWord, DoesNotTakeQuotesAroundAWordAsPartOfIt) {
    EXPECT_TRUE(found("Split (Croatia)\nmain areas of cooperation: 'youth', culture\n", Rule::misspelled_word).empty());
}

TEST(MisspelledWord, SplitsWordsAtANoBreakSpace) {
    EXPECT_TRUE(found("Split (Croatia)\nmain areas of cooperation: cultural\xC2\xA0"
                      "exchange\n",
                      Rule::misspelled_word)
                    .empty());
}

TEST(MisspelledWord, SplitsWordsAtAnEnDash) {
    EXPECT_TRUE(found("Split (Croatia)\nmain areas of cooperation: youth\xE2\x80\x93"
                      "sport\n",
                      Rule::misspelled_word)
                    .empty());
}

TEST(MisspelledWord, FindsTheWordInAnAreaSpreadOverTwoLines) {
    const std::string_view input = "Split (Croatia)\nmain areas of cooperation: culture,\n  safe   aktivity\n";
    const auto diagnostics = found(input, Rule::misspelled_word);
    ASSERT_EQ(diagnostics.size(), 1U);
    expect_span(diagnostics[0].span, 61, 3, 10, 69, 3, 18);
    EXPECT_EQ(under(input, diagnostics[0].span), "aktivity");
}

// --- duplicate-cooperation-area ----------------------------------------------

TEST(DuplicateCooperationArea, ReportsTheRepeatWithASafeFixThatRemovesIt) {
    const std::string_view input = "Split (Croatia)\nmain areas of cooperation: culture, sport, culture\n";
    const auto diagnostics = found(input, Rule::duplicate_cooperation_area);
    ASSERT_EQ(diagnostics.size(), 1U);
    const Diagnostic& diagnostic = diagnostics[0];
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(diagnostic.message, "`culture` is listed again");
    expect_span(diagnostic.span, 59, 2, 44, 66, 2, 51);
    ASSERT_EQ(diagnostic.notes.size(), 1U);
    EXPECT_EQ(diagnostic.notes[0].message, "first listed here");
    expect_span(diagnostic.notes[0].span, 43, 2, 28, 50, 2, 35);
    ASSERT_TRUE(diagnostic.fix.has_value());
    EXPECT_TRUE(diagnostic.fix->safe);
    ASSERT_EQ(diagnostic.fix->edits.size(), 1U);
    EXPECT_EQ(diagnostic.fix->edits[0].replacement, "");
    expect_span(diagnostic.fix->edits[0].span, 57, 2, 42, 66, 2, 51);
    EXPECT_EQ(under(input, diagnostic.fix->edits[0].span), ", culture");
}

TEST(DuplicateCooperationArea, ComparesWithoutCaseAccentsOrSpacing) {
    EXPECT_EQ(found("Split (Croatia)\nmain areas of cooperation: urban renewal, Urban  Renewal\n",
                    Rule::duplicate_cooperation_area)
                  .size(),
              1U);
}

TEST(DuplicateCooperationArea, AcceptsDistinctAreas) {
    EXPECT_TRUE(found("Split (Croatia)\nmain areas of cooperation: culture, sport\n", Rule::duplicate_cooperation_area)
                    .empty());
}

// --- unknown-cooperation-area ------------------------------------------------

CheckOptions with_vocabulary() {
    CheckOptions options = checks_as_of_2026();
    options.vocabulary = {twinning::text::fold_key("culture"), twinning::text::fold_key("sport")};
    return options;
}

TEST(UnknownCooperationArea, ReportsAreaOutsideTheVocabulary) {
    const auto diagnostics = found("Split (Croatia)\nmain areas of cooperation: Culture, sporting events\n",
                                   Rule::unknown_cooperation_area, with_vocabulary());
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics[0].message, "`sporting events` is not in the vocabulary");
    expect_span(diagnostics[0].span, 52, 2, 37, 67, 2, 52);
}

TEST(UnknownCooperationArea, AcceptsAreasInTheVocabularyInAnyCase) {
    EXPECT_TRUE(found("Split (Croatia)\nmain areas of cooperation: CULTURE, sport\n", Rule::unknown_cooperation_area,
                      with_vocabulary())
                    .empty());
}

TEST(UnknownCooperationArea, IsOffWithAnEmptyVocabulary) {
    EXPECT_TRUE(
        found("Split (Croatia)\nmain areas of cooperation: sporting events\n", Rule::unknown_cooperation_area).empty());
}

// --- duplicate-record --------------------------------------------------------

TEST(DuplicateRecord, ReportsTheSameCityWithoutDiacriticsAndPointsAtTheFirst) {
    const auto diagnostics = found(
        "Ko\xC5\xA1ice (Slovakia)\npopulation: 229 040 (2021)\n\n"
        "Kosice (Slovakia)\npopulation: 229 040 (2021)\n",
        Rule::duplicate_record);
    ASSERT_EQ(diagnostics.size(), 1U);
    const Diagnostic& diagnostic = diagnostics[0];
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(diagnostic.message, "`Kosice` is listed again");
    expect_span(diagnostic.span, 47, 4, 1, 64, 4, 18);
    ASSERT_EQ(diagnostic.notes.size(), 1U);
    EXPECT_EQ(diagnostic.notes[0].message, "first listed here");
    EXPECT_EQ(twinning_test::file_name(diagnostic.notes[0].file.value()), "list.txt");
    expect_span(diagnostic.notes[0].span, 0, 1, 1, 18, 1, 18);
}

TEST(DuplicateRecord, IsNotAlsoAPossibleDuplicate) {
    EXPECT_TRUE(
        found("Ko\xC5\xA1ice (Slovakia)\npopulation: 1\n\nKosice (Slovakia)\npopulation: 2\n", Rule::possible_duplicate)
            .empty());
}

TEST(DuplicateRecord, AcceptsTheSameNameInAnotherCountry) {
    EXPECT_TRUE(found("Ko\xC5\xA1ice (Slovakia)\npopulation: 1\n\nKo\xC5\xA1ice (Czechia)\npopulation: 2\n",
                      Rule::duplicate_record)
                    .empty());
}

TEST(DuplicateRecord, ReportsAcrossCallsToTheSameValidator) {
    Validator validator(checks_as_of_2026());
    const auto first = check_listing(validator, "Split (Croatia)\npopulation: 1\n", "a.txt");
    const auto second = check_listing(validator, "Split (HR)\npopulation: 1\n", "b.txt");
    EXPECT_TRUE(of_rule(first, Rule::duplicate_record).empty());
    const auto duplicates = of_rule(second, Rule::duplicate_record);
    ASSERT_EQ(duplicates.size(), 1U);
    EXPECT_EQ(twinning_test::file_name(duplicates[0].file), "b.txt");
    ASSERT_EQ(duplicates[0].notes.size(), 1U);
    EXPECT_EQ(twinning_test::file_name(duplicates[0].notes[0].file.value()), "a.txt");
}

// --- possible-duplicate ------------------------------------------------------

TEST(PossibleDuplicate, ReportsNamesOneLetterApartInOneCountry) {
    const auto diagnostics = found(
        "Katowice (Poland)\npopulation: 281 711 (2021)\n\n"
        "Katovice (Poland)\npopulation: 281 711 (2021)\n",
        Rule::possible_duplicate);
    ASSERT_EQ(diagnostics.size(), 1U);
    const Diagnostic& diagnostic = diagnostics[0];
    EXPECT_EQ(diagnostic.severity, Severity::info);
    EXPECT_EQ(diagnostic.message, "`Katovice` is one letter away from a city listed before");
    expect_span(diagnostic.span, 46, 4, 1, 63, 4, 18);
    ASSERT_EQ(diagnostic.notes.size(), 1U);
    EXPECT_EQ(diagnostic.notes[0].message, "the near name is here");
    expect_span(diagnostic.notes[0].span, 0, 1, 1, 17, 1, 18);
}

TEST(PossibleDuplicate, AcceptsNearNamesInDifferentCountries) {
    EXPECT_TRUE(found("Katowice (Poland)\npopulation: 281 711 (2021)\n\n"
                      "Katovice (Czechia)\npopulation: 281 711 (2021)\n",
                      Rule::possible_duplicate)
                    .empty());
}

TEST(PossibleDuplicate, AcceptsNamesTwoLettersApart) {
    EXPECT_TRUE(
        found("Katowice (Poland)\npopulation: 1\n\nKatovize (Poland)\npopulation: 2\n", Rule::possible_duplicate)
            .empty());
}

// --- website-name-mismatch ---------------------------------------------------

TEST(WebsiteNameMismatch, ReportsHostThatSharesNothingWithTheName) {
    const auto diagnostics = found("Split (Croatia)\nweb sites: www.piraeus.org\n", Rule::website_name_mismatch);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::info);
    EXPECT_EQ(diagnostics[0].message, "the host of `https://www.piraeus.org/` has nothing of the name `Split`");
    expect_span(diagnostics[0].span, 27, 2, 12, 42, 2, 27);
}

TEST(WebsiteNameMismatch, AcceptsHostThatContainsTheName) {
    EXPECT_TRUE(found("Ko\xC5\xA1ice (Slovakia)\nweb sites: www.kosice.sk\n", Rule::website_name_mismatch).empty());
}

TEST(WebsiteNameMismatch, LeavesAnInferredNameUnchecked) {
    EXPECT_TRUE(found("web sites: www.dresden.de\n", Rule::website_name_mismatch).empty());
}

// --- website-country-mismatch ------------------------------------------------

TEST(WebsiteCountryMismatch, ReportsDomainOfAnotherCountry) {
    const auto diagnostics = found("Katowice (Poland)\nweb sites: www.dresden.de\n", Rule::website_country_mismatch);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::info);
    EXPECT_EQ(diagnostics[0].message, "`https://www.dresden.de/` is on the domain of DE, not PL");
    expect_span(diagnostics[0].span, 29, 2, 12, 43, 2, 26);
}

TEST(WebsiteCountryMismatch, AcceptsGenericCountryDomains) {
    EXPECT_TRUE(found("Katowice (Poland)\nweb sites: www.katowice.io\n", Rule::website_country_mismatch).empty());
}

TEST(WebsiteCountryMismatch, AcceptsDomainOfTheOwnCountry) {
    EXPECT_TRUE(found("Katowice (Poland)\nweb sites: www.katowice.pl\n", Rule::website_country_mismatch).empty());
}

// --- Validator ---------------------------------------------------------------

TEST(Validator, RunsNoneOfARuleThatIsOff) {
    CheckOptions options = checks_as_of_2026();
    options.enabled.reset(static_cast<std::size_t>(Rule::missing_population));
    options.enabled.reset(static_cast<std::size_t>(Rule::country_alias));
    const auto diagnostics = check_listing("Coventry (Great Britain)\nweb sites: www.coventry.gov.uk\n", options);
    EXPECT_EQ(rules_of(diagnostics),
              (std::vector<Rule>{Rule::missing_agreement_date, Rule::missing_cooperation_areas}));
}

TEST(Validator, KeepsItsOptions) {
    CheckOptions options = checks_as_of_2026();
    options.stale_population_years = 7;
    const Validator validator(options);
    EXPECT_EQ(validator.options().stale_population_years, 7);
    EXPECT_EQ(validator.options().reference_date, std::chrono::year{2026} / std::chrono::January / std::chrono::day{1});
}

// --- rules of lists, tables and sentences ------------------------------------
//
// The grammar gives these records; here they are built by hand as it will.

// The diagnostics of `rule` for one hand-built record, normalized as the
// pipeline normalizes it.
std::vector<Diagnostic> found_in(const RawRecord& raw, Rule rule) {
    const twinning::model::Record record = twinning::normalize::normalize_record(raw, {});
    Validator validator(checks_as_of_2026());
    std::vector<Diagnostic> out;
    validator.check_record(raw, record, out);
    return of_rule(out, rule);
}

TEST(CountScaled, SaysWhatTheCountBecameAndPointsAtTheHeaderWithTheUnit) {
    const std::string_view text = "| City | Country | Population (thousands) |\n| Tulln | Austria | 16 |\n";
    const RawBuilder build(text);
    const std::size_t row = text.find('\n') + 1;
    RawRecord raw;
    raw.layout = Layout::table;
    raw.fields.push_back(
        build.field(Field::name, "city", build.part("City"), build.part("Tulln", row), LabelReading::column));
    raw.fields.push_back(build.field(Field::population, "population", build.part("Population (thousands)"),
                                     build.part("16", row), LabelReading::column));
    raw.span = build.span(text.substr(row, text.size() - row - 1));
    const auto diagnostics = found_in(raw, Rule::count_scaled);
    ASSERT_EQ(diagnostics.size(), 1U);
    const Diagnostic& diagnostic = diagnostics[0];
    EXPECT_EQ(diagnostic.severity, Severity::info);
    EXPECT_EQ(diagnostic.message, "count `16` is read as 16000, in the unit its column's header gives");
    EXPECT_EQ(under(text, diagnostic.span), "16");
    ASSERT_EQ(diagnostic.notes.size(), 1U);
    EXPECT_EQ(diagnostic.notes[0].message, "the unit is given here: `Population (thousands)`");
    EXPECT_EQ(under(text, diagnostic.notes[0].span), "Population (thousands)");
}

TEST(CountScaled, IsQuietForACountUnderAHeaderWithoutAUnit) {
    const std::string_view text = "| City | Population |\n| Tulln | 16 800 |\n";
    const RawBuilder build(text);
    RawRecord raw;
    raw.layout = Layout::table;
    raw.fields.push_back(build.field(Field::population, "population", build.part("Population"), build.part("16 800"),
                                     LabelReading::column));
    raw.span = build.span(build.part("| Tulln | 16 800 |"));
    EXPECT_TRUE(found_in(raw, Rule::count_scaled).empty());
}

TEST(DecorationStripped, QuotesWhatWasStrippedFromTheListLine) {
    const std::string_view text = "Twin towns:\n\xE2\x80\xA2 Tulln, Austria [3]\n";
    const RawBuilder build(text);
    RawRecord raw;
    raw.layout = Layout::list;
    raw.header = build.header(build.part("Tulln, Austria"));
    raw.decorations.push_back(build.decoration(build.part("\xE2\x80\xA2")));
    raw.decorations.push_back(build.decoration(build.part("[3]")));
    raw.span = build.span(build.part("\xE2\x80\xA2 Tulln, Austria [3]"));
    const auto diagnostics = found_in(raw, Rule::decoration_stripped);
    ASSERT_EQ(diagnostics.size(), 2U);
    EXPECT_EQ(diagnostics[0].message, "`\xE2\x80\xA2` is stripped from the list line of `Tulln`");
    EXPECT_EQ(diagnostics[1].message, "`[3]` is stripped from the list line of `Tulln`");
    EXPECT_EQ(under(text, diagnostics[1].span), "[3]");
    EXPECT_EQ(diagnostics[1].severity, Severity::info);
}

TEST(DecorationStripped, IsQuietForARecordWithNothingStripped) {
    EXPECT_TRUE(found("Tulln (Austria)\npopulation: 16 800 (2021)\n", Rule::decoration_stripped).empty());
}

TEST(SignedInTwoPlaces, QuotesBothDatesAndTakesNeither) {
    const std::string_view input =
        "Tulln (Austria)\npartnership agreement signed: in Tulln 12/5/1982, in Krems 20/6/1982\n";
    const auto diagnostics = found(input, Rule::signed_in_two_places);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics[0].message,
              "signed in two places on two dates: `12/5/1982` in Tulln and `20/6/1982` in Krems; neither is taken as "
              "the signing");
    EXPECT_EQ(under(input, diagnostics[0].span), "in Tulln 12/5/1982, in Krems 20/6/1982");
    EXPECT_EQ(diagnostics[0].suggestion,
              std::optional<std::string>("write the date that made the agreement binding as the agreement date"));
    // Nothing else is said of the dates: the agreement date is unknown, not unreadable.
    const auto all = check_listing(input);
    EXPECT_TRUE(of_rule(all, Rule::invalid_date).empty());
    EXPECT_TRUE(of_rule(all, Rule::ambiguous_date).empty());
}

TEST(SignedInTwoPlaces, ListsThreePlaces) {
    const auto diagnostics =
        found("Tulln (Austria)\npartnership agreement signed: in Tulln 1982, in Krems 1983 and in Melk 1984\n",
              Rule::signed_in_two_places);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].message,
              "signed in three places on different dates: `1982` in Tulln, `1983` in Krems and `1984` in Melk; none "
              "is taken as the signing");
}

TEST(SignedInTwoPlaces, IsQuietWhenBothPlacesGiveTheSameDate) {
    const std::string_view input =
        "Tulln (Austria)\npartnership agreement signed: in Tulln 12 May 1982, in Krems 12.5.1982\n";
    EXPECT_TRUE(found(input, Rule::signed_in_two_places).empty());
    EXPECT_TRUE(found(input, Rule::missing_agreement_date).empty());
}

TEST(SignedInTwoPlaces, IsQuietForASigningInOnePlace) {
    EXPECT_TRUE(found("Tulln (Austria)\npartnership agreement signed: in Tulln 12.5.1982\n", Rule::signed_in_two_places)
                    .empty());
}

// A sentence as the grammar will give it: the partner's name and country
// read from the prose by their shape.
RawRecord sentence_record(const RawBuilder& build, std::string_view sentence) {
    RawRecord raw;
    raw.layout = Layout::sentence;
    raw.fields.push_back(build.field(Field::name, "city", {}, build.part("Tulln"), LabelReading::shape));
    raw.fields.push_back(build.field(Field::country, "country", {}, build.part("Austria"), LabelReading::shape));
    raw.span = build.span(sentence);
    return raw;
}

TEST(PartnerFromSentence, NamesThePartnerAndItsCountryAtTheSentence) {
    const std::string_view text = "An agreement with the town of Tulln (Austria) was signed on 12 May 1982.\n";
    const RawBuilder build(text);
    const std::string_view sentence = text.substr(0, text.size() - 1);
    const auto diagnostics = found_in(sentence_record(build, sentence), Rule::partner_from_sentence);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].severity, Severity::info);
    EXPECT_EQ(diagnostics[0].message, "the partner `Tulln` (Austria) is read from a sentence");
    EXPECT_EQ(under(text, diagnostics[0].span), sentence);
    EXPECT_EQ(diagnostics[0].suggestion,
              std::optional<std::string>(
                  "check the name and the country against the sentence, or list the partner as `Name (Country)`"));
}

TEST(PartnerFromSentence, SaysWhenTheSentenceGaveNoCountry) {
    const std::string_view text = "Tulln has been a partner since 1982.\n";
    const RawBuilder build(text);
    RawRecord raw;
    raw.layout = Layout::sentence;
    raw.fields.push_back(build.field(Field::name, "city", {}, build.part("Tulln"), LabelReading::shape));
    raw.span = build.span(text.substr(0, text.size() - 1));
    const auto diagnostics = found_in(raw, Rule::partner_from_sentence);
    ASSERT_EQ(diagnostics.size(), 1U);
    EXPECT_EQ(diagnostics[0].message, "the partner `Tulln`, with no country, is read from a sentence");
}

TEST(PartnerFromSentence, IsQuietForRecordsOfOtherLayouts) {
    const std::string_view text = "Tulln (Austria)\n";
    const RawBuilder build(text);
    RawRecord raw = sentence_record(build, text.substr(0, text.size() - 1));
    for (const Layout layout : {Layout::fields, Layout::lines, Layout::list, Layout::table}) {
        raw.layout = layout;
        EXPECT_TRUE(found_in(raw, Rule::partner_from_sentence).empty());
    }
}

}  // namespace
