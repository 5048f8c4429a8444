#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "collecting_sink.hpp"
#include "raw_builder.hpp"
#include "test_sources.hpp"
#include "twinning/model/record.hpp"
#include "twinning/normalize/record.hpp"
#include "twinning/parser/parser.hpp"

namespace {

using twinning::model::Fact;
using twinning::model::Field;
using twinning::model::LabelReading;
using twinning::model::Layout;
using twinning::model::PartialDate;
using twinning::model::Position;
using twinning::model::RawField;
using twinning::model::RawHeader;
using twinning::model::RawRecord;
using twinning::model::Record;
using twinning::model::Rule;
using twinning::model::SourceSpan;
using twinning::normalize::DateOrder;
using twinning::normalize::normalize_record;
using twinning::normalize::Options;
using twinning::normalize::OrderSource;
using twinning::normalize::SlashDateReading;
using twinning_test::RawBuilder;

struct Normalized {
    std::vector<Record> records;
    // The facts of every record, in record order.
    std::vector<Fact> facts;
};

// Parses `input` and normalizes every record while its views are valid.
// By default slash dates are read day-first with nothing settling the
// order, as for a file without a configured or self-evident order.
Normalized normalize(std::string_view input, SlashDateReading reading = {}) {
    Normalized out;
    const Options options{reading};
    twinning_test::CallbackSink sink([&](const RawRecord& raw) {
        out.records.push_back(normalize_record(raw, options));
        const auto& facts = out.records.back().facts;
        out.facts.insert(out.facts.end(), facts.begin(), facts.end());
    });
    twinning::parser::parse_listing(input, sink);
    EXPECT_TRUE(sink.stray.empty());
    return out;
}

// A fact's payload as one line, to compare with what a test expects: a
// name, a count, a date as ISO 8601 (` settled` when the order was), a date
// problem, or `date<TAB>place` lines.
struct DescribeDetail {
    std::string operator()(std::monostate /*none*/) const { return {}; }
    std::string operator()(const twinning::model::NameFact& fact) const { return fact.name; }
    std::string operator()(const twinning::model::CountFact& fact) const { return std::to_string(fact.count); }
    std::string operator()(const twinning::model::SlashDateFact& fact) const {
        return twinning::model::to_iso8601(fact.read_as) + (fact.order_settled ? " settled" : "");
    }
    std::string operator()(twinning::model::DateProblem problem) const {
        switch (problem) {
            case twinning::model::DateProblem::off_calendar:
                return "off-calendar";
            case twinning::model::DateProblem::without_renewed:
                return "without-renewed";
            case twinning::model::DateProblem::unreadable:
                break;
        }
        return "unreadable";
    }
    std::string operator()(const twinning::model::DomainFact& fact) const { return fact.country_code; }
    std::string operator()(const std::vector<twinning::model::Signing>& signings) const {
        std::string lines;
        for (const auto& signing : signings) {
            lines += (lines.empty() ? "" : "\n") + signing.date + "\t" + signing.place;
        }
        return lines;
    }
};

void expect_fact(const Fact& fact, Rule rule, std::string_view text, std::string_view detail) {
    EXPECT_EQ(fact.rule, rule);
    EXPECT_EQ(fact.text, text);
    EXPECT_EQ(std::visit(DescribeDetail{}, fact.detail), detail);
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
    EXPECT_TRUE(out.facts.empty());
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
    population.label.kind = Field::population;
    population.label.canonical = "population";
    population.value = std::string_view(text).substr(28);
    population.value_span = {{28, 1, 29}, {42, 1, 43}};
    raw.fields.push_back(population);
    raw.span = {{0, 1, 1}, {42, 1, 43}};
    const Record record = normalize_record(raw, Options{});
    ASSERT_TRUE(record.name && record.country && record.population);
    EXPECT_EQ(record.name->value, "Split");
    EXPECT_EQ(record.country->value, "Croatia");
    EXPECT_EQ(record.country_code, "HR");
    expect_span(record.country->span, 7, 1, 8, 14, 1, 15);
    EXPECT_EQ(record.population->value, 160577U);
    EXPECT_EQ(record.population_year, std::optional<int>(2021));
    EXPECT_TRUE(record.facts.empty());
}

// --- names, countries and regions --------------------------------------------

TEST(NormalizeRecord, CollapsesWhitespaceInTheName) {
    const auto out = normalize("Frankfurt  (Oder)   (Germany)\npopulation: 57 015 (2022)\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].name.has_value());
    EXPECT_EQ(out.records[0].name->value, "Frankfurt (Oder)");
    EXPECT_EQ(out.records[0].country_code, "DE");
}

TEST(NormalizeRecord, GivesIsoNameForAliasCountryAndNotesTheAlias) {
    const auto out = normalize("Coventry (Great Britain)\npopulation: 353 200 (2016)\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].country.has_value());
    EXPECT_EQ(out.records[0].country->value, "United Kingdom");
    EXPECT_EQ(out.records[0].country_code, "GB");
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::country_alias, "Great Britain", "United Kingdom");
    expect_span(out.facts[0].span, 10, 1, 11, 23, 1, 24);
}

TEST(NormalizeRecord, GivesTurkiyeForTurkey) {
    const auto out = normalize("Gaziantep (Turkey)\npopulation: 1 680 723 (2022)\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].country.has_value());
    EXPECT_EQ(out.records[0].country->value, "T\xC3\xBCrkiye");
    EXPECT_EQ(out.records[0].country_code, "TR");
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::country_alias, "Turkey", "T\xC3\xBCrkiye");
}

TEST(NormalizeRecord, NotesNoAliasForIsoNameOrCode) {
    const auto out = normalize("Split (Croatia)\npopulation: 1\n\nZadar (HR)\npopulation: 2\n");
    ASSERT_EQ(out.records.size(), 2U);
    EXPECT_EQ(out.records[1].country_code, "HR");
    EXPECT_TRUE(out.facts.empty());
}

TEST(NormalizeRecord, ResolvesRegionWrittenAsCode) {
    const auto out = normalize("Pittsburgh (USA \xE2\x80\x93 PA)\npopulation: 300 431 (2021)\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].subdivision.has_value());
    EXPECT_EQ(out.records[0].subdivision->value, "Pennsylvania");
    EXPECT_EQ(out.records[0].subdivision_code, "US-PA");
}

TEST(NormalizeRecord, KeepsUnknownCountryAsWrittenAndSuggestsClosest) {
    // Two edits from `Germany`: too far for a typo, near enough to suggest.
    const auto out = normalize("Dresden (Grmny)\npopulation: 563 311 (2022)\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.country.has_value());
    EXPECT_EQ(record.country->value, "Grmny");
    EXPECT_EQ(record.country_code, "");
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::unknown_country, "Grmny", "Germany");
    expect_span(out.facts[0].span, 9, 1, 10, 14, 1, 15);
    EXPECT_EQ(record.facts.size(), 1U);
}

TEST(NormalizeRecord, NotesUnknownCountryWithoutClosestNameWhenNothingIsClose) {
    const auto out = normalize("Poseidonia (Atlantis)\npopulation: 1 000 (2020)\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].country.has_value());
    EXPECT_EQ(out.records[0].country->value, "Atlantis");
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::unknown_country, "Atlantis", "");
}

TEST(NormalizeRecord, KeepsUnknownRegionAsWrittenAndNotesIt) {
    const auto out = normalize("Pittsburgh (USA - Pennsilvania)\npopulation: 300 431 (2021)\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    EXPECT_EQ(record.country_code, "US");
    ASSERT_TRUE(record.subdivision.has_value());
    EXPECT_EQ(record.subdivision->value, "Pennsilvania");
    EXPECT_EQ(record.subdivision_code, "");
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::unknown_subdivision, "Pennsilvania", "US");
    expect_span(out.facts[0].span, 18, 1, 19, 30, 1, 31);
}

TEST(NormalizeRecord, KeepsRegionOfUnknownCountryWithoutCheckingIt) {
    const auto out = normalize("Poseidonia (Atlantis - North)\npopulation: 1 000 (2020)\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.country && record.subdivision);
    EXPECT_EQ(record.country->value, "Atlantis");
    EXPECT_EQ(record.subdivision->value, "North");
    EXPECT_EQ(record.subdivision_code, "");
    ASSERT_EQ(out.facts.size(), 1U);
    EXPECT_EQ(out.facts[0].rule, Rule::unknown_country);
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
    EXPECT_TRUE(out.facts.empty());
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
    const auto out = normalize("Katowice (Poland)\npopulation: several hundred thousand\n");
    ASSERT_EQ(out.records.size(), 1U);
    EXPECT_FALSE(out.records[0].population.has_value());
    EXPECT_FALSE(out.records[0].population_year.has_value());
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::invalid_population, "several hundred thousand", "");
    expect_span(out.facts[0].span, 30, 2, 13, 54, 2, 37);
}

TEST(NormalizeRecord, UsesTheFirstOfTwoPopulations) {
    const auto out = normalize("Katowice (Poland)\npopulation: 281 711 (2021)\npopulation: 290 000 (2023)\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].population.has_value());
    EXPECT_EQ(out.records[0].population->value, 281711U);
    EXPECT_EQ(out.records[0].population_year, std::optional<int>(2021));
    EXPECT_TRUE(out.facts.empty());
}

// --- mayor -------------------------------------------------------------------

TEST(NormalizeRecord, ReadsTheMayorUnderEachOfItsLabelsWhitespaceCleaned) {
    for (const std::string_view label : {"mayor", "City Mayor", "Lord Mayor"}) {
        const std::string input = "Lviv (Ukraine)\n" + std::string(label) + ":  Andriy\n  Sadovyi\n";
        const auto out = normalize(input);
        ASSERT_EQ(out.records.size(), 1U) << label;
        const Record& record = out.records[0];
        ASSERT_TRUE(record.mayor.has_value()) << label;
        EXPECT_EQ(record.mayor->value, "Andriy Sadovyi");
        EXPECT_EQ(input.substr(record.mayor->span.begin.offset,
                               record.mayor->span.end.offset - record.mayor->span.begin.offset),
                  "Andriy\n  Sadovyi");
        EXPECT_TRUE(record.extra.empty()) << label;
    }
}

TEST(NormalizeRecord, ReadsTheMayorColumnOfATable) {
    const auto out =
        normalize("| City | Country | Mayor |\n|---|---|---|\n| Cambridge | United Kingdom | Dinah Pounds |\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].mayor.has_value());
    EXPECT_EQ(out.records[0].mayor->value, "Dinah Pounds");
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
    EXPECT_TRUE(out.facts.empty());
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
    EXPECT_TRUE(out.facts.empty());
}

TEST(NormalizeRecord, ReadsSlashDatesInTheGivenOrder) {
    const std::string_view input = "Split (Croatia)\npartnership agreement signed: 3/4/2012\n";
    const auto dmy = normalize(input, {DateOrder::dmy, OrderSource::configuration});
    ASSERT_EQ(dmy.records.size(), 1U);
    ASSERT_TRUE(dmy.records[0].signed_on.has_value());
    expect_date(dmy.records[0].signed_on->value, 2012, 4, 3);
    ASSERT_EQ(dmy.facts.size(), 1U);
    expect_fact(dmy.facts[0], Rule::ambiguous_date, "3/4/2012", "2012-04-03 settled");
    const auto mdy = normalize(input, {DateOrder::mdy, OrderSource::configuration});
    ASSERT_EQ(mdy.records.size(), 1U);
    ASSERT_TRUE(mdy.records[0].signed_on.has_value());
    expect_date(mdy.records[0].signed_on->value, 2012, 3, 4);
    ASSERT_EQ(mdy.facts.size(), 1U);
    expect_fact(mdy.facts[0], Rule::ambiguous_date, "3/4/2012", "2012-03-04 settled");
}

TEST(NormalizeRecord, NotesAmbiguousSlashDateWhenOnlyTheDefaultOrderDecided) {
    const auto out = normalize("Split (Croatia)\npartnership agreement signed: 3/4/2012\n",
                               {DateOrder::dmy, OrderSource::default_order});
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].signed_on.has_value());
    expect_date(out.records[0].signed_on->value, 2012, 4, 3);
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::ambiguous_date, "3/4/2012", "2012-04-03");
    expect_span(out.facts[0].span, 46, 2, 31, 54, 2, 39);
}

// Whether a settled ambiguity matters is the ambiguous-date rule's
// judgement; the normalizer only says it was settled.
TEST(NormalizeRecord, NotesTheAmbiguityAsSettledWhenTheFileSettledTheOrder) {
    const auto out =
        normalize("Split (Croatia)\npartnership agreement signed: 3/4/2012\n", {DateOrder::mdy, OrderSource::file});
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].signed_on.has_value());
    expect_date(out.records[0].signed_on->value, 2012, 3, 4);
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::ambiguous_date, "3/4/2012", "2012-03-04 settled");
}

TEST(NormalizeRecord, NotesNoAmbiguityForSlashDatesThatReadOneWay) {
    const auto out = normalize("Split (Croatia)\npartnership agreement signed: 25/12/2012, renewed 3/3/2020\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].signed_on.has_value());
    expect_date(out.records[0].signed_on->value, 2012, 12, 25);
    ASSERT_EQ(out.records[0].renewed.size(), 1U);
    expect_date(out.records[0].renewed[0].value, 2020, 3, 3);
    EXPECT_TRUE(out.facts.empty());
}

TEST(NormalizeRecord, NotesAmbiguousRenewalToo) {
    const auto out = normalize("Split (Croatia)\npartnership agreement signed: 1976, renewed 5/6/2001\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_EQ(out.records[0].renewed.size(), 1U);
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::ambiguous_date, "5/6/2001", "2001-06-05");
}

TEST(NormalizeRecord, LeavesOffCalendarDateOutAndNotesIt) {
    const auto out = normalize("Katowice (Poland)\npartnership agreement signed: 31.2.2012\n");
    ASSERT_EQ(out.records.size(), 1U);
    EXPECT_FALSE(out.records[0].signed_on.has_value());
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::invalid_date, "31.2.2012", "off-calendar");
    expect_span(out.facts[0].span, 48, 2, 31, 57, 2, 40);
}

TEST(NormalizeRecord, LeavesOffCalendarRenewalOut) {
    const auto out = normalize("Katowice (Poland)\npartnership agreement signed: 1960, renewed 31.4.1996\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].signed_on.has_value());
    EXPECT_TRUE(out.records[0].renewed.empty());
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::invalid_date, "31.4.1996", "off-calendar");
}

TEST(NormalizeRecord, KeepsDatesBeforeADateWithoutRenewedAndQuotesTheTail) {
    const auto out = normalize("Dresden (Germany)\npartnership agreement signed: 1971, 1995\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].signed_on.has_value());
    expect_date(out.records[0].signed_on->value, 1971, 0, 0);
    EXPECT_TRUE(out.records[0].renewed.empty());
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::invalid_date, "1995", "without-renewed");
    expect_span(out.facts[0].span, 54, 2, 37, 58, 2, 41);
}

TEST(NormalizeRecord, KeepsDatesBeforeAnUnreadableTailAndQuotesTheTail) {
    const auto out = normalize("Dresden (Germany)\npartnership agreement signed: 1971, renewed soon\n");
    ASSERT_EQ(out.records.size(), 1U);
    ASSERT_TRUE(out.records[0].signed_on.has_value());
    expect_date(out.records[0].signed_on->value, 1971, 0, 0);
    EXPECT_TRUE(out.records[0].renewed.empty());
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::invalid_date, "soon", "unreadable");
    expect_span(out.facts[0].span, 62, 2, 45, 66, 2, 49);
}

TEST(NormalizeRecord, NotesWhollyUnreadableDate) {
    const auto out = normalize("Katowice (Poland)\npartnership agreement signed: in the sixties\n");
    ASSERT_EQ(out.records.size(), 1U);
    EXPECT_FALSE(out.records[0].signed_on.has_value());
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::invalid_date, "in the sixties", "unreadable");
}

// --- web sites, areas, extra fields ------------------------------------------

TEST(NormalizeRecord, NormalizesWebSitesAndNotesTheOnesThatAreNotAddresses) {
    const auto out = normalize("Katowice (Poland)\nweb sites: www.katowice.eu, n/a http://www.x.org\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_EQ(record.websites.size(), 2U);
    EXPECT_EQ(record.websites[0].value, "https://www.katowice.eu/");
    expect_span(record.websites[0].span, 29, 2, 12, 44, 2, 27);
    EXPECT_EQ(record.websites[1].value, "http://www.x.org/");
    expect_span(record.websites[1].span, 50, 2, 33, 66, 2, 49);
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::invalid_url, "n/a", "");
    expect_span(out.facts[0].span, 46, 2, 29, 49, 2, 32);
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
    const auto out = normalize("Lviv (Ukraine)\nclerk: Andriy   Sadovyi\npopulation: 717 273 (2022)\n");
    ASSERT_EQ(out.records.size(), 1U);
    const auto& extra = out.records[0].extra;
    ASSERT_EQ(extra.size(), 1U);
    EXPECT_EQ(extra[0].label, "clerk");
    EXPECT_EQ(extra[0].value, "Andriy Sadovyi");
    expect_span(extra[0].span, 22, 2, 8, 38, 2, 24);
    EXPECT_TRUE(out.facts.empty());
}

TEST(NormalizeRecord, SkipsEmptyValuesWithoutNotingThem) {
    const auto out = normalize("Katowice (Poland)\nweb sites:\npopulation:\n");
    ASSERT_EQ(out.records.size(), 1U);
    EXPECT_TRUE(out.records[0].websites.empty());
    EXPECT_FALSE(out.records[0].population.has_value());
    EXPECT_TRUE(out.facts.empty());
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
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::website_country_mismatch, "https://www.dresden.de/", "DE");
}

TEST(NormalizeRecord, NotesTheCountryOfEachCountryCodeDomain) {
    const auto out = normalize("Katowice (Poland)\nweb sites: www.katowice.eu, www.dresden.de, www.kosice.sk\n");
    ASSERT_EQ(out.facts.size(), 2U);
    expect_fact(out.facts[0], Rule::website_country_mismatch, "https://www.dresden.de/", "DE");
    expect_fact(out.facts[1], Rule::website_country_mismatch, "https://www.kosice.sk/", "SK");
}

TEST(NormalizeRecord, NotesNoCountryForADomainSoldAsGeneric) {
    const auto out = normalize("web sites: www.tulln.io\n");
    ASSERT_EQ(out.records.size(), 1U);
    EXPECT_TRUE(out.facts.empty());
    EXPECT_FALSE(out.records[0].country);
    EXPECT_EQ(out.records[0].inferred, (std::vector<Field>{Field::name}));
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

// --- the wording of the agreement --------------------------------------------

TEST(NormalizeRecord, ReadsTheAgreementWordingWithItsSpacesCleaned) {
    const std::string_view text = "Tulln (Austria)\nagreement: Agreement on  Cooperation\n between the Cities\n";
    const RawBuilder build(text);
    RawRecord raw;
    raw.header = build.header(build.part("Tulln (Austria)"));
    raw.fields.push_back(build.field(Field::agreement, "agreement", build.part("agreement"),
                                     build.part("Agreement on  Cooperation\n between the Cities"),
                                     LabelReading::colon));
    raw.span = build.span(text.substr(0, text.size() - 1));
    const Record record = normalize_record(raw, Options{});
    ASSERT_TRUE(record.agreement.has_value());
    EXPECT_EQ(record.agreement->value, "Agreement on Cooperation between the Cities");
    EXPECT_EQ(record.agreement->span, raw.fields[0].value_span);
    EXPECT_TRUE(record.inferred.empty());
    EXPECT_TRUE(record.facts.empty());
}

TEST(NormalizeRecord, ReadsTheFirstAgreementWordingThatHasAValue) {
    const std::string_view text = "Tulln (Austria)\nagreement:\nagreement: Friendship Agreement\n";
    const RawBuilder build(text);
    RawRecord raw;
    raw.header = build.header(build.part("Tulln (Austria)"));
    const std::size_t second = text.find("agreement: ");
    raw.fields.push_back(build.field(Field::agreement, "agreement", build.part("agreement"), text.substr(second - 1, 0),
                                     LabelReading::colon));
    raw.fields.push_back(build.field(Field::agreement, "agreement", text.substr(second, 9),
                                     build.part("Friendship Agreement"), LabelReading::colon));
    raw.span = build.span(text.substr(0, text.size() - 1));
    const Record record = normalize_record(raw, Options{});
    ASSERT_TRUE(record.agreement.has_value());
    EXPECT_EQ(record.agreement->value, "Friendship Agreement");
}

TEST(NormalizeRecord, ListsAnAgreementWordingReadByItsShapeAsInferred) {
    const std::string_view text = "Austria Tulln Agreement on Cooperation between the Cities 1982\n";
    const RawBuilder build(text);
    RawRecord raw;
    raw.fields.push_back(build.field(Field::name, "city", {}, build.part("Tulln"), LabelReading::shape));
    raw.fields.push_back(build.field(Field::agreement, "agreement", {},
                                     build.part("Agreement on Cooperation between the Cities"), LabelReading::shape));
    raw.span = build.span(text.substr(0, text.size() - 1));
    const Record record = normalize_record(raw, Options{});
    ASSERT_TRUE(record.agreement.has_value());
    EXPECT_EQ(record.agreement->value, "Agreement on Cooperation between the Cities");
    EXPECT_EQ(record.inferred, (std::vector<Field>{Field::name, Field::agreement}));
    EXPECT_EQ(record.layout, Layout::lines);
}

TEST(NormalizeRecord, LeavesTheAgreementWordingNullWithoutOne) {
    const auto out = normalize("Tulln (Austria)\npartnership agreement signed: 1982\n");
    ASSERT_EQ(out.records.size(), 1U);
    EXPECT_FALSE(out.records[0].agreement.has_value());
}

// --- table rows: a unit in the column's header ---------------------------------

// A table row as the grammar gives it: each cell a field labelled by its
// column's header.
Record normalize_row(std::string_view population_header, std::string_view count) {
    const std::string text = "| City | Country | " + std::string(population_header) + " |\n| Tulln | Austria | " +
                             std::string(count) + " |\n";
    const RawBuilder build(text);
    const std::size_t row = text.find('\n') + 1;
    RawRecord raw;
    raw.layout = Layout::table;
    raw.fields.push_back(
        build.field(Field::name, "city", build.part("City"), build.part("Tulln", row), LabelReading::column));
    raw.fields.push_back(build.field(Field::country, "country", build.part("Country"), build.part("Austria", row),
                                     LabelReading::column));
    raw.fields.push_back(build.field(Field::population, "population", build.part(population_header),
                                     build.part(count, row + 18), LabelReading::column));
    raw.span = build.span(std::string_view(text).substr(row, text.size() - row - 1));
    return normalize_record(raw, Options{});
}

TEST(NormalizeRecord, ScalesACountUnderAHeaderInThousands) {
    const Record record = normalize_row("Population (thousands)", "16");
    ASSERT_TRUE(record.population.has_value());
    EXPECT_EQ(record.population->value, 16000U);
    EXPECT_EQ(record.layout, Layout::table);
    ASSERT_EQ(record.facts.size(), 1U);
    expect_fact(record.facts[0], Rule::count_scaled, "16", "16000");
    EXPECT_EQ(record.facts[0].span, record.population->span);
}

TEST(NormalizeRecord, ScalesAFractionUnderAHeaderInMillions) {
    const Record record = normalize_row("Population (millions)", "1.2");
    ASSERT_TRUE(record.population.has_value());
    EXPECT_EQ(record.population->value, 1200000U);
    ASSERT_EQ(record.facts.size(), 1U);
    expect_fact(record.facts[0], Rule::count_scaled, "1.2", "1200000");
}

TEST(NormalizeRecord, ReportsAnApproximateCountUnderAUnitBothWays) {
    const Record record = normalize_row("Population ('000)", "about 85");
    ASSERT_TRUE(record.population.has_value());
    EXPECT_EQ(record.population->value, 85000U);
    ASSERT_EQ(record.facts.size(), 2U);
    expect_fact(record.facts[0], Rule::population_in_words, "about 85", "85000");
    expect_fact(record.facts[1], Rule::count_scaled, "about 85", "85000");
}

TEST(NormalizeRecord, ReadsACountUnderAHeaderWithoutAUnitAsWritten) {
    const Record record = normalize_row("Population (2021)", "16 800");
    ASSERT_TRUE(record.population.has_value());
    EXPECT_EQ(record.population->value, 16800U);
    EXPECT_TRUE(record.facts.empty());
}

TEST(NormalizeRecord, ReadsNoCountThatReadsTwoWaysUnderAUnit) {
    const Record record = normalize_row("Population (thousands)", "1.250");
    EXPECT_FALSE(record.population.has_value());
    ASSERT_EQ(record.facts.size(), 1U);
    expect_fact(record.facts[0], Rule::invalid_population, "1.250", "");
}

TEST(NormalizeRecord, TakesAUnitOnlyFromAColumnsHeader) {
    const std::string_view text = "Tulln (Austria)\nPopulation (thousands) 16\n";
    const RawBuilder build(text);
    RawRecord raw;
    raw.header = build.header(build.part("Tulln (Austria)"));
    raw.fields.push_back(build.field(Field::population, "population", build.part("Population (thousands)"),
                                     build.part("16"), LabelReading::dash));
    raw.span = build.span(text.substr(0, text.size() - 1));
    const Record record = normalize_record(raw, Options{});
    ASSERT_TRUE(record.population.has_value());
    EXPECT_EQ(record.population->value, 16U);
    EXPECT_TRUE(record.facts.empty());
}

// --- list lines: what was stripped ---------------------------------------------

TEST(NormalizeRecord, ReportsEveryDecorationStrippedFromAListLine) {
    const std::string_view text = "Twin towns:\n\xE2\x80\xA2 Tulln, Austria [3]\n";
    const RawBuilder build(text);
    RawRecord raw;
    raw.layout = Layout::list;
    raw.header = build.header(build.part("Tulln, Austria"));
    raw.decorations.push_back(build.decoration(build.part("\xE2\x80\xA2")));
    raw.decorations.push_back(build.decoration(build.part("[3]")));
    raw.span = build.span(build.part("\xE2\x80\xA2 Tulln, Austria [3]"));
    const Record record = normalize_record(raw, Options{});
    ASSERT_TRUE(record.name && record.country);
    EXPECT_EQ(record.name->value, "Tulln");
    EXPECT_EQ(record.country_code, "AT");
    EXPECT_EQ(record.layout, Layout::list);
    ASSERT_EQ(record.facts.size(), 2U);
    expect_fact(record.facts[0], Rule::decoration_stripped, "\xE2\x80\xA2", "");
    expect_fact(record.facts[1], Rule::decoration_stripped, "[3]", "");
    expect_span(record.facts[1].span, 31, 2, 18, 34, 2, 21);
}

TEST(NormalizeRecord, ReportsNoDecorationOfARecordWithoutOne) {
    const auto out = normalize("Tulln (Austria)\npopulation: 16 800 (2021)\n");
    ASSERT_EQ(out.records.size(), 1U);
    EXPECT_TRUE(out.facts.empty());
}

// --- an agreement signed in two places ------------------------------------------

TEST(NormalizeRecord, TakesNoDateOfAnAgreementSignedInTwoPlacesOnTwoDates) {
    const std::string_view text =
        "Austria Tulln Agreement on Cooperation between the Cities in Tulln 12/5/1982, in Krems 20/6/1982\n";
    const RawBuilder build(text);
    RawRecord raw;
    raw.fields.push_back(build.field(Field::signed_on, "partnership agreement signed", {},
                                     build.part("in Tulln 12/5/1982, in Krems 20/6/1982"), LabelReading::shape));
    raw.span = build.span(text.substr(0, text.size() - 1));
    const Record record = normalize_record(raw, Options{});
    EXPECT_FALSE(record.signed_on.has_value());
    EXPECT_TRUE(record.renewed.empty());
    ASSERT_EQ(record.facts.size(), 1U);
    expect_fact(record.facts[0], Rule::signed_in_two_places, "in Tulln 12/5/1982, in Krems 20/6/1982",
                "12/5/1982\tTulln\n20/6/1982\tKrems");
    expect_span(record.facts[0].span, 58, 1, 59, 96, 1, 97);
}

TEST(NormalizeRecord, ReadsTwoPlacesUnderALabelToo) {
    const auto out = normalize(
        "Krems (Austria)\npartnership agreement signed: in Krems on 20 June 1982 and in Tulln on 12 May 1982.\n");
    ASSERT_EQ(out.records.size(), 1U);
    EXPECT_FALSE(out.records[0].signed_on.has_value());
    ASSERT_EQ(out.facts.size(), 1U);
    expect_fact(out.facts[0], Rule::signed_in_two_places, "in Krems on 20 June 1982 and in Tulln on 12 May 1982",
                "20 June 1982\tKrems\n12 May 1982\tTulln");
}

TEST(NormalizeRecord, TakesTheDateOfAnAgreementSignedInTwoPlacesOnOneDate) {
    const auto out =
        normalize("Krems (Austria)\npartnership agreement signed: in Tulln 12 May 1982, in Krems 12.5.1982\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.signed_on.has_value());
    expect_date(record.signed_on->value, 1982, 5, 12);
    expect_span(record.signed_on->span, 55, 2, 40, 66, 2, 51);
    EXPECT_TRUE(out.facts.empty());
}

TEST(NormalizeRecord, ReadsASigningInOnePlaceAsAnyAgreementDate) {
    const auto out = normalize("Krems (Austria)\npartnership agreement signed: in Tulln 12.5.1982, renewed 2002\n");
    ASSERT_EQ(out.records.size(), 1U);
    const Record& record = out.records[0];
    ASSERT_TRUE(record.signed_on.has_value());
    expect_date(record.signed_on->value, 1982, 5, 12);
    ASSERT_EQ(record.renewed.size(), 1U);
    EXPECT_TRUE(out.facts.empty());
}

// --- regions from the gazetteer ----------------------------------------------

Record normalized_with_regions(std::string_view input, bool infer_regions, bool with_coordinates = false) {
    std::vector<Record> records;
    const Options options{.slash_dates = {}, .infer_regions = infer_regions, .with_coordinates = with_coordinates};
    twinning_test::CallbackSink sink([&](const RawRecord& raw) { records.push_back(normalize_record(raw, options)); });
    twinning::parser::parse_listing(input, sink);
    EXPECT_EQ(records.size(), 1U);
    return records.empty() ? Record{} : records.front();
}

bool lists_inferred(const Record& record, Field field) {
    return std::ranges::find(record.inferred, field) != record.inferred.end();
}

TEST(InferRegion, TakesTheGazetteersRegionWhenAsked) {
    const Record record = normalized_with_regions("Ostrava (Czechia)\npopulation: 284 982 (2022)\n", true);
    ASSERT_TRUE(record.subdivision.has_value());
    EXPECT_EQ(record.subdivision->value, "Moravskoslezský");
    EXPECT_EQ(record.subdivision_code, "CZ-80");
    EXPECT_EQ(record.subdivision->span.begin.offset, record.name->span.begin.offset);
    EXPECT_TRUE(lists_inferred(record, Field::subdivision));
}

TEST(InferRegion, InfersNothingUnlessAsked) {
    const Record record = normalized_with_regions("Ostrava (Czechia)\npopulation: 284 982 (2022)\n", false);
    EXPECT_FALSE(record.subdivision.has_value());
    EXPECT_FALSE(lists_inferred(record, Field::subdivision));
}

// Of several cities of one name in a country, none says which is meant.
TEST(InferRegion, InfersNothingForANameTheCountryHasTwice) {
    const Record record = normalized_with_regions("Springfield (United States)\npopulation: 116 565\n", true);
    EXPECT_FALSE(record.subdivision.has_value());
}

TEST(InferRegion, KeepsARegionTheRecordGives) {
    const Record record =
        normalized_with_regions("city: Ostrava\ncountry: Czechia\nregion: Silesia\npopulation: 284 982\n", true);
    ASSERT_TRUE(record.subdivision.has_value());
    EXPECT_EQ(record.subdivision->value, "Silesia");
    EXPECT_FALSE(lists_inferred(record, Field::subdivision));
}

// --- coordinates from the gazetteer -------------------------------------------

TEST(InferCoordinates, GivesTheGazetteersPointToFourDecimalsWhenAsked) {
    const Record record = normalized_with_regions("Ostrava (Czechia)\npopulation: 284 982\n", false, true);
    ASSERT_TRUE(record.latitude.has_value());
    ASSERT_TRUE(record.longitude.has_value());
    EXPECT_DOUBLE_EQ(*record.latitude, 49.8347);
    EXPECT_DOUBLE_EQ(*record.longitude, 18.282);
    EXPECT_TRUE(lists_inferred(record, Field::latitude));
    EXPECT_TRUE(lists_inferred(record, Field::longitude));
}

TEST(InferCoordinates, GivesNoneUnlessAskedOrForANameTheCountryHasTwice) {
    EXPECT_FALSE(normalized_with_regions("Ostrava (Czechia)\npopulation: 284 982\n", false).latitude.has_value());
    const Record springfield = normalized_with_regions("Springfield (United States)\npopulation: 1\n", false, true);
    EXPECT_FALSE(springfield.latitude.has_value());
    EXPECT_FALSE(lists_inferred(springfield, Field::latitude));
}

}  // namespace
