#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "collecting_sink.hpp"
#include "twinning/model/record.hpp"
#include "twinning/normalize/record.hpp"
#include "twinning/parser/parser.hpp"

namespace {

using twinning::model::Diagnostic;
using twinning::model::Field;
using twinning::model::LabelKind;
using twinning::model::PartialDate;
using twinning::model::Position;
using twinning::model::RawField;
using twinning::model::RawHeader;
using twinning::model::RawRecord;
using twinning::model::Record;
using twinning::model::Rule;
using twinning::model::Severity;
using twinning::model::SourceSpan;
using twinning::normalize::DateOrder;
using twinning::normalize::normalize_record;
using twinning::normalize::Options;

struct Normalized {
    std::vector<Record> records;
    std::vector<Diagnostic> diagnostics;
};

// Parses `input` and normalizes every record while its views are valid.
Normalized normalize(std::string_view input, DateOrder order = DateOrder::dmy) {
    Normalized out;
    const Options options{order};
    twinning_test::CallbackSink sink([&](const RawRecord& raw) {
        out.records.push_back(normalize_record(raw, "list.txt", options, out.diagnostics));
    });
    twinning::parser::parse_listing(input, "list.txt", sink);
    EXPECT_TRUE(sink.diagnostics.empty());
    return out;
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

void expect_date(const PartialDate& date, int year, int month, int day) {
    EXPECT_EQ(date.year, year);
    EXPECT_EQ(date.month, month);
    EXPECT_EQ(date.day, day);
}

// --- a complete record -------------------------------------------------------

TEST(NormalizeRecord, TypesEveryFieldOfACompleteRecord) {
    const auto out = normalize(
        "Pittsburgh (USA - Pennsylvania)\n"
        "population: 300 431 (2021) partnership agreement signed: 2001 web sites: pittsburghpa.gov "
        "main areas of cooperation: revitalization of industrial areas, ecology\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    EXPECT_EQ(record.file, "list.txt");
    EXPECT_EQ(record.line, 1U);
    EXPECT_EQ(record.end_line, 2U);
    ASSERT_TRUE(record.name.has_value());
    EXPECT_EQ(record.name->value, "Pittsburgh");
    ASSERT_TRUE(record.country.has_value());
    EXPECT_EQ(record.country->value, "United States");
    EXPECT_EQ(record.country_code, "US");
    ASSERT_TRUE(record.subdivision.has_value());
    EXPECT_EQ(record.subdivision->value, "Pennsylvania");
    EXPECT_EQ(record.subdivision_code, "US-PA");
    ASSERT_TRUE(record.population.has_value());
    EXPECT_EQ(record.population->value, 300431U);
    EXPECT_EQ(record.population_year, std::optional<int>(2021));
    ASSERT_TRUE(record.signed_on.has_value());
    expect_date(record.signed_on->value, 2001, 0, 0);
    EXPECT_TRUE(record.renewed.empty());
    ASSERT_EQ(record.websites.size(), 1U);
    EXPECT_EQ(record.websites[0].value, "https://pittsburghpa.gov/");
    ASSERT_EQ(record.cooperation_areas.size(), 2U);
    EXPECT_EQ(record.cooperation_areas[0].value, "revitalization of industrial areas");
    EXPECT_EQ(record.cooperation_areas[1].value, "ecology");
    EXPECT_TRUE(record.extra.empty());
    EXPECT_TRUE(record.inferred.empty());
    EXPECT_TRUE(out.diagnostics.empty());
}

TEST(NormalizeRecord, GivesEveryValueTheSpanOfItsSourceText) {
    const auto out = normalize(
        "Pittsburgh (USA - Pennsylvania)\n"
        "population: 300 431 (2021) partnership agreement signed: 2001 web sites: pittsburghpa.gov "
        "main areas of cooperation: revitalization of industrial areas, ecology\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.name && record.country && record.subdivision && record.population && record.signed_on);
    expect_span(record.name->span, 0, 1, 1, 10, 1, 11);
    expect_span(record.country->span, 12, 1, 13, 15, 1, 16);
    expect_span(record.subdivision->span, 18, 1, 19, 30, 1, 31);
    expect_span(record.population->span, 44, 2, 13, 58, 2, 27);
    expect_span(record.signed_on->span, 89, 2, 58, 93, 2, 62);
    ASSERT_EQ(record.websites.size(), 1U);
    expect_span(record.websites[0].span, 105, 2, 74, 121, 2, 90);
    ASSERT_EQ(record.cooperation_areas.size(), 2U);
    expect_span(record.cooperation_areas[0].span, 149, 2, 118, 183, 2, 152);
    expect_span(record.cooperation_areas[1].span, 185, 2, 154, 192, 2, 161);
}

TEST(NormalizeRecord, GivesSpansInCodePointColumns) {
    const auto out = normalize("Ko\xC5\xA1ice (Slovakia)\npopulation: 229 040 (2021)\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.name && record.country);
    EXPECT_EQ(record.name->value, "Ko\xC5\xA1ice");
    expect_span(record.name->span, 0, 1, 1, 7, 1, 7);
    EXPECT_EQ(record.country->value, "Slovakia");
    EXPECT_EQ(record.country_code, "SK");
    expect_span(record.country->span, 9, 1, 9, 17, 1, 17);
}

TEST(NormalizeRecord, WorksOnAHandBuiltRawRecord) {
    const std::string text = "Split (Croatia) population: 160 577 (2021)";
    RawRecord raw;
    raw.header = RawHeader{std::string_view(text).substr(0, 15), {{0, 1, 1}, {15, 1, 16}}};
    RawField population;
    population.label.text = std::string_view(text).substr(16, 10);
    population.label.span = {{16, 1, 17}, {26, 1, 27}};
    population.label.kind = LabelKind::population;
    population.label.canonical = "population";
    population.value = std::string_view(text).substr(28);
    population.value_span = {{28, 1, 29}, {42, 1, 43}};
    raw.fields.push_back(population);
    raw.span = {{0, 1, 1}, {42, 1, 43}};
    std::vector<Diagnostic> diagnostics;
    const Record record = normalize_record(raw, "hand.txt", Options{}, diagnostics);
    EXPECT_EQ(record.file, "hand.txt");
    ASSERT_TRUE(record.name && record.country && record.population);
    EXPECT_EQ(record.name->value, "Split");
    EXPECT_EQ(record.country->value, "Croatia");
    EXPECT_EQ(record.country_code, "HR");
    expect_span(record.country->span, 7, 1, 8, 14, 1, 15);
    EXPECT_EQ(record.population->value, 160577U);
    EXPECT_EQ(record.population_year, std::optional<int>(2021));
    EXPECT_TRUE(diagnostics.empty());
}

// --- names, countries and regions --------------------------------------------

TEST(NormalizeRecord, CollapsesWhitespaceInTheName) {
    const auto out = normalize("Frankfurt  (Oder)   (Germany)\npopulation: 57 015 (2022)\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].name.has_value());
    EXPECT_EQ(out.records[0].name->value, "Frankfurt (Oder)");
    EXPECT_EQ(out.records[0].country_code, "DE");
}

TEST(NormalizeRecord, GivesIsoNameForAliasCountry) {
    const auto out = normalize("Coventry (Great Britain)\npopulation: 353 200 (2016)\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].country.has_value());
    EXPECT_EQ(out.records[0].country->value, "United Kingdom");
    EXPECT_EQ(out.records[0].country_code, "GB");
    EXPECT_TRUE(out.diagnostics.empty());
}

TEST(NormalizeRecord, GivesTurkiyeForTurkey) {
    const auto out = normalize("Gaziantep (Turkey)\npopulation: 1 680 723 (2022)\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].country.has_value());
    EXPECT_EQ(out.records[0].country->value, "T\xC3\xBCrkiye");
    EXPECT_EQ(out.records[0].country_code, "TR");
}

TEST(NormalizeRecord, ResolvesRegionWrittenAsCode) {
    const auto out = normalize("Pittsburgh (USA \xE2\x80\x93 PA)\npopulation: 300 431 (2021)\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].subdivision.has_value());
    EXPECT_EQ(out.records[0].subdivision->value, "Pennsylvania");
    EXPECT_EQ(out.records[0].subdivision_code, "US-PA");
}

TEST(NormalizeRecord, KeepsUnknownCountryAsWrittenAndSuggestsClosest) {
    const auto out = normalize("Dresden (Germny)\npopulation: 563 311 (2022)\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.country.has_value());
    EXPECT_EQ(record.country->value, "Germny");
    EXPECT_EQ(record.country_code, "");
    ASSERT_EQ(out.diagnostics.size(), 1U);
    const Diagnostic& diagnostic = out.diagnostics[0];
    EXPECT_EQ(diagnostic.rule, Rule::unknown_country);
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(diagnostic.file, "list.txt");
    EXPECT_EQ(diagnostic.message, "`Germny` is not a country in ISO 3166-1");
    EXPECT_EQ(diagnostic.suggestion, std::optional<std::string>("did you mean `Germany`?"));
    expect_span(diagnostic.span, 9, 1, 10, 15, 1, 16);
}

TEST(NormalizeRecord, ReportsUnknownCountryWithoutSuggestionWhenNothingIsClose) {
    const auto out = normalize("Poseidonia (Atlantis)\npopulation: 1 000 (2020)\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].country.has_value());
    EXPECT_EQ(out.records[0].country->value, "Atlantis");
    ASSERT_EQ(out.diagnostics.size(), 1U);
    EXPECT_EQ(out.diagnostics[0].rule, Rule::unknown_country);
    EXPECT_EQ(out.diagnostics[0].suggestion, std::nullopt);
}

TEST(NormalizeRecord, KeepsUnknownRegionAsWrittenAndReportsIt) {
    const auto out = normalize("Pittsburgh (USA - Pennsilvania)\npopulation: 300 431 (2021)\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    EXPECT_EQ(record.country_code, "US");
    ASSERT_TRUE(record.subdivision.has_value());
    EXPECT_EQ(record.subdivision->value, "Pennsilvania");
    EXPECT_EQ(record.subdivision_code, "");
    ASSERT_EQ(out.diagnostics.size(), 1U);
    const Diagnostic& diagnostic = out.diagnostics[0];
    EXPECT_EQ(diagnostic.rule, Rule::unknown_subdivision);
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(diagnostic.message, "`Pennsilvania` is not a region of US in ISO 3166-2");
    expect_span(diagnostic.span, 18, 1, 19, 30, 1, 31);
}

TEST(NormalizeRecord, KeepsRegionOfUnknownCountryWithoutCheckingIt) {
    const auto out = normalize("Poseidonia (Atlantis - North)\npopulation: 1 000 (2020)\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.country && record.subdivision);
    EXPECT_EQ(record.country->value, "Atlantis");
    EXPECT_EQ(record.subdivision->value, "North");
    EXPECT_EQ(record.subdivision_code, "");
    ASSERT_EQ(out.diagnostics.size(), 1U);
    EXPECT_EQ(out.diagnostics[0].rule, Rule::unknown_country);
}

TEST(NormalizeRecord, ReadsNameCountryAndRegionFromFields) {
    const auto out = normalize(
        "city: Pittsburgh\n"
        "country: USA - Pennsylvania\n"
        "web sites: pittsburghpa.gov\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.name && record.country && record.subdivision);
    EXPECT_EQ(record.name->value, "Pittsburgh");
    EXPECT_EQ(record.country->value, "United States");
    EXPECT_EQ(record.country_code, "US");
    expect_span(record.country->span, 26, 2, 10, 29, 2, 13);
    EXPECT_EQ(record.subdivision->value, "Pennsylvania");
    EXPECT_EQ(record.subdivision_code, "US-PA");
    expect_span(record.subdivision->span, 32, 2, 16, 44, 2, 28);
    EXPECT_TRUE(record.inferred.empty());
    EXPECT_TRUE(out.diagnostics.empty());
}

TEST(NormalizeRecord, ReadsRegionField) {
    const auto out = normalize("Pittsburgh (USA)\nregion: Pennsylvania\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].subdivision.has_value());
    EXPECT_EQ(out.records[0].subdivision->value, "Pennsylvania");
    EXPECT_EQ(out.records[0].subdivision_code, "US-PA");
}

TEST(NormalizeRecord, ReadsCountryFieldUnderHeaderWithoutCountry) {
    const auto out = normalize("Split\ncountry: Croatia\npopulation: 160 577 (2021)\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.name && record.country);
    EXPECT_EQ(record.name->value, "Split");
    EXPECT_EQ(record.country->value, "Croatia");
    EXPECT_EQ(record.country_code, "HR");
}

TEST(NormalizeRecord, PrefersTheHeaderOverNameAndCountryFields) {
    const auto out = normalize("Split (Croatia)\ncity: Spalato\ncountry: Italy\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.name && record.country);
    EXPECT_EQ(record.name->value, "Split");
    EXPECT_EQ(record.country->value, "Croatia");
    EXPECT_EQ(record.country_code, "HR");
}

// --- population --------------------------------------------------------------

TEST(NormalizeRecord, ReadsPopulationWithoutYear) {
    const auto out = normalize(
        "Split (Croatia)\npopulation: 160\xE2\x80\xAF"
        "577\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].population.has_value());
    EXPECT_EQ(out.records[0].population->value, 160577U);
    EXPECT_EQ(out.records[0].population_year, std::nullopt);
}

TEST(NormalizeRecord, LeavesUnreadablePopulationOutAndQuotesIt) {
    const auto out = normalize("Katowice (Poland)\npopulation: about 280 thousand\n");
    ASSERT_EQ(out.records.size(), 1U);
    EXPECT_FALSE(out.records[0].population.has_value());
    EXPECT_FALSE(out.records[0].population_year.has_value());
    ASSERT_EQ(out.diagnostics.size(), 1U);
    const Diagnostic& diagnostic = out.diagnostics[0];
    EXPECT_EQ(diagnostic.rule, Rule::invalid_population);
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(diagnostic.message, "cannot read `about 280 thousand` as a population count");
    EXPECT_EQ(diagnostic.suggestion,
              std::optional<std::string>(
                  "write the count in digits, optionally followed by its year in brackets: `281 711 (2021)`"));
    expect_span(diagnostic.span, 30, 2, 13, 48, 2, 31);
}

TEST(NormalizeRecord, UsesTheFirstOfTwoPopulations) {
    const auto out = normalize("Katowice (Poland)\npopulation: 281 711 (2021)\npopulation: 290 000 (2023)\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].population.has_value());
    EXPECT_EQ(out.records[0].population->value, 281711U);
    EXPECT_EQ(out.records[0].population_year, std::optional<int>(2021));
    EXPECT_TRUE(out.diagnostics.empty());
}

// --- dates -------------------------------------------------------------------

TEST(NormalizeRecord, ReadsSigningAndRenewals) {
    const auto out = normalize("Katowice (Poland)\npartnership agreement signed: 1960, renewed 1996 and 2010\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.signed_on.has_value());
    expect_date(record.signed_on->value, 1960, 0, 0);
    ASSERT_EQ(record.renewed.size(), 2U);
    expect_date(record.renewed[0].value, 1996, 0, 0);
    expect_span(record.renewed[0].span, 62, 2, 45, 66, 2, 49);
    expect_date(record.renewed[1].value, 2010, 0, 0);
    expect_span(record.renewed[1].span, 71, 2, 54, 75, 2, 58);
    EXPECT_TRUE(out.diagnostics.empty());
}

TEST(NormalizeRecord, ReadsFullDates) {
    const auto out = normalize("Shreveport (USA - Louisiana)\npartnership agreement signed: 13.11.2015\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].signed_on.has_value());
    expect_date(out.records[0].signed_on->value, 2015, 11, 13);
}

TEST(NormalizeRecord, ReadsRenewedField) {
    const auto out = normalize("Katowice (Poland)\npartnership agreement signed: 1960\nrenewed: 1996, 2005\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.signed_on.has_value());
    expect_date(record.signed_on->value, 1960, 0, 0);
    ASSERT_EQ(record.renewed.size(), 2U);
    expect_date(record.renewed[0].value, 1996, 0, 0);
    expect_date(record.renewed[1].value, 2005, 0, 0);
    EXPECT_TRUE(out.diagnostics.empty());
}

TEST(NormalizeRecord, ReadsSlashDatesInTheGivenOrder) {
    const std::string_view input = "Split (Croatia)\npartnership agreement signed: 3/4/2012\n";
    const auto dmy = normalize(input, DateOrder::dmy);
    ASSERT_EQ(dmy.records.size(), 1U);
    ASSERT_TRUE(dmy.records[0].signed_on.has_value());
    expect_date(dmy.records[0].signed_on->value, 2012, 4, 3);
    const auto mdy = normalize(input, DateOrder::mdy);
    ASSERT_EQ(mdy.records.size(), 1U);
    ASSERT_TRUE(mdy.records[0].signed_on.has_value());
    expect_date(mdy.records[0].signed_on->value, 2012, 3, 4);
}

TEST(NormalizeRecord, LeavesOffCalendarDateOutAndReportsIt) {
    const auto out = normalize("Katowice (Poland)\npartnership agreement signed: 31.2.2012\n");
    ASSERT_EQ(out.records.size(), 1U);
    EXPECT_FALSE(out.records[0].signed_on.has_value());
    ASSERT_EQ(out.diagnostics.size(), 1U);
    const Diagnostic& diagnostic = out.diagnostics[0];
    EXPECT_EQ(diagnostic.rule, Rule::invalid_date);
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(diagnostic.message, "`31.2.2012` is not a date on the calendar");
    EXPECT_EQ(diagnostic.suggestion, std::nullopt);
    expect_span(diagnostic.span, 48, 2, 31, 57, 2, 40);
}

TEST(NormalizeRecord, LeavesOffCalendarRenewalOut) {
    const auto out = normalize("Katowice (Poland)\npartnership agreement signed: 1960, renewed 31.4.1996\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].signed_on.has_value());
    EXPECT_TRUE(out.records[0].renewed.empty());
    ASSERT_EQ(out.diagnostics.size(), 1U);
    EXPECT_EQ(out.diagnostics[0].message, "`31.4.1996` is not a date on the calendar");
}

TEST(NormalizeRecord, KeepsDatesBeforeAnUnreadableTailAndQuotesTheTail) {
    const auto out = normalize("Dresden (Germany)\npartnership agreement signed: 1971, 1995\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].signed_on.has_value());
    expect_date(out.records[0].signed_on->value, 1971, 0, 0);
    EXPECT_TRUE(out.records[0].renewed.empty());
    ASSERT_EQ(out.diagnostics.size(), 1U);
    const Diagnostic& diagnostic = out.diagnostics[0];
    EXPECT_EQ(diagnostic.rule, Rule::invalid_date);
    EXPECT_EQ(diagnostic.message, "cannot read `1995` as a date");
    EXPECT_EQ(diagnostic.suggestion,
              std::optional<std::string>(
                  "write dates as `1960`, `13.11.2015` or `2015-11-13`, renewals as `1960, renewed 1996`"));
    expect_span(diagnostic.span, 54, 2, 37, 58, 2, 41);
}

TEST(NormalizeRecord, ReportsWhollyUnreadableDate) {
    const auto out = normalize("Katowice (Poland)\npartnership agreement signed: in the sixties\n");
    ASSERT_EQ(out.records.size(), 1U);
    EXPECT_FALSE(out.records[0].signed_on.has_value());
    ASSERT_EQ(out.diagnostics.size(), 1U);
    EXPECT_EQ(out.diagnostics[0].message, "cannot read `in the sixties` as a date");
}

// --- web sites, areas, extra fields ------------------------------------------

TEST(NormalizeRecord, NormalizesWebSitesAndReportsTheOnesThatAreNotAddresses) {
    const auto out = normalize("Katowice (Poland)\nweb sites: www.katowice.eu, n/a http://www.x.org\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_EQ(record.websites.size(), 2U);
    EXPECT_EQ(record.websites[0].value, "https://www.katowice.eu/");
    expect_span(record.websites[0].span, 29, 2, 12, 44, 2, 27);
    EXPECT_EQ(record.websites[1].value, "http://www.x.org/");
    expect_span(record.websites[1].span, 50, 2, 33, 66, 2, 49);
    ASSERT_EQ(out.diagnostics.size(), 1U);
    const Diagnostic& diagnostic = out.diagnostics[0];
    EXPECT_EQ(diagnostic.rule, Rule::invalid_url);
    EXPECT_EQ(diagnostic.severity, Severity::error);
    EXPECT_EQ(diagnostic.message, "`n/a` is not a web address");
    expect_span(diagnostic.span, 46, 2, 29, 49, 2, 32);
}

TEST(NormalizeRecord, SplitsCooperationAreasAndCollapsesTheirWhitespace) {
    const auto out = normalize(
        "Split (Croatia)\n"
        "main areas of cooperation: culture,\n"
        "  safe   transport in Europe; sport\n");
    ASSERT_EQ(out.records.size(), 1U);
    const auto& areas = out.records[0].cooperation_areas;
    ASSERT_EQ(areas.size(), 3U);
    EXPECT_EQ(areas[0].value, "culture");
    EXPECT_EQ(areas[1].value, "safe transport in Europe");
    expect_span(areas[1].span, 54, 3, 3, 80, 3, 29);
    EXPECT_EQ(areas[2].value, "sport");
    expect_span(areas[2].span, 82, 3, 31, 87, 3, 36);
}

TEST(NormalizeRecord, KeepsUnknownFieldsAsExtra) {
    const auto out = normalize("Lviv (Ukraine)\nmayor: Andriy   Sadovyi\npopulation: 717 273 (2022)\n");
    ASSERT_EQ(out.records.size(), 1U);
    const auto& extra = out.records[0].extra;
    ASSERT_EQ(extra.size(), 1U);
    EXPECT_EQ(extra[0].label, "mayor");
    EXPECT_EQ(extra[0].value, "Andriy Sadovyi");
    expect_span(extra[0].span, 22, 2, 8, 38, 2, 24);
    EXPECT_TRUE(out.diagnostics.empty());
}

TEST(NormalizeRecord, SkipsEmptyValuesWithoutReportingThem) {
    const auto out = normalize("Katowice (Poland)\nweb sites:\npopulation:\n");
    ASSERT_EQ(out.records.size(), 1U);
    EXPECT_TRUE(out.records[0].websites.empty());
    EXPECT_FALSE(out.records[0].population.has_value());
    EXPECT_TRUE(out.diagnostics.empty());
}

// --- records without a header ------------------------------------------------

TEST(NormalizeRecord, InfersNameAndCountryFromTheWebSite) {
    const auto out = normalize("population: 563 311 (2022) web sites: www.dresden.de\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.name && record.country);
    EXPECT_EQ(record.name->value, "Dresden");
    expect_span(record.name->span, 38, 1, 39, 52, 1, 53);
    EXPECT_EQ(record.country->value, "Germany");
    EXPECT_EQ(record.country_code, "DE");
    expect_span(record.country->span, 38, 1, 39, 52, 1, 53);
    EXPECT_EQ(record.inferred, (std::vector<Field>{Field::name, Field::country}));
    EXPECT_TRUE(out.diagnostics.empty());
}

TEST(NormalizeRecord, InfersUnitedKingdomFromUkDomain) {
    const auto out = normalize("web sites: www.coventry.gov.uk/\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].name && out.records[0].country);
    EXPECT_EQ(out.records[0].name->value, "Coventry");
    EXPECT_EQ(out.records[0].country->value, "United Kingdom");
    EXPECT_EQ(out.records[0].country_code, "GB");
}

TEST(NormalizeRecord, InfersOnlyTheNameFromAGenericDomain) {
    const auto out = normalize("web sites: pittsburghpa.gov\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.name.has_value());
    EXPECT_EQ(record.name->value, "Pittsburghpa");
    EXPECT_FALSE(record.country.has_value());
    EXPECT_EQ(record.country_code, "");
    EXPECT_EQ(record.inferred, (std::vector<Field>{Field::name}));
}

TEST(NormalizeRecord, InfersFromTheFirstValidWebSite) {
    const auto out = normalize("web sites: n/a www.split.hr www.dresden.de\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].name.has_value());
    EXPECT_EQ(out.records[0].name->value, "Split");
    EXPECT_EQ(out.records[0].country_code, "HR");
}

TEST(NormalizeRecord, InfersNothingWithoutAWebSite) {
    const auto out = normalize("partnership agreement signed: 2010\npopulation: 12 000 (2020)\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    EXPECT_FALSE(record.name.has_value());
    EXPECT_FALSE(record.country.has_value());
    EXPECT_TRUE(record.inferred.empty());
}

TEST(NormalizeRecord, DoesNotInferWhatFieldsState) {
    const auto out = normalize("city: Dresden\ncountry: Germany\nweb sites: www.stadt-dresden.at\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.name && record.country);
    EXPECT_EQ(record.name->value, "Dresden");
    EXPECT_EQ(record.country_code, "DE");
    EXPECT_TRUE(record.inferred.empty());
}

TEST(NormalizeRecord, DoesNotInferWhenTheRecordHasAHeader) {
    const auto out = normalize("Split\nweb sites: www.dresden.de\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.name.has_value());
    EXPECT_EQ(record.name->value, "Split");
    EXPECT_FALSE(record.country.has_value());
    EXPECT_TRUE(record.inferred.empty());
}

}  // namespace
