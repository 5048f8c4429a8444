#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "twinning/twinning.hpp"

namespace {

using twinning::model::Diagnostic;
using twinning::model::Record;
using twinning::model::Rule;

std::vector<Rule> rules_of(const std::vector<Diagnostic>& diagnostics) {
    std::vector<Rule> rules;
    for (const Diagnostic& diagnostic : diagnostics) {
        rules.push_back(diagnostic.rule);
    }
    return rules;
}

TEST(ProcessListing, HandsEveryRecordToTheHandlerInInputOrder) {
    std::vector<std::string> names;
    const auto report = twinning::process_listing(
        "Katowice (Poland)\nweb sites: www.katowice.eu\n\n"
        "population: 563 311 (2022) web sites: www.dresden.de\n\n"
        "Split (Croatia)\nweb sites: www.split.hr\n",
        "list.txt", {}, [&](const Record& record) { names.push_back(record.name ? record.name->value : "?"); });
    EXPECT_EQ(report.records, 3U);
    EXPECT_EQ(names, (std::vector<std::string>{"Katowice", "Dresden", "Split"}));
}

TEST(ProcessListing, CollectsDiagnosticsOfEveryStageInInputOrder) {
    const auto report = twinning::process_listing(
        "Partner cities\n"
        "\n"
        "Katowice (Poland)\n"
        "population: about 280 thousand\n"
        "web sites: www.katowice.eu\n"
        "\n"
        "population: 563 311 (2022) web sites: www.dresden.de\n"
        "\n"
        "partnership agreement signed: 2010\n",
        "list.txt", {}, [](const Record&) {});
    EXPECT_EQ(report.records, 3U);
    EXPECT_EQ(rules_of(report.diagnostics),
              (std::vector<Rule>{Rule::unrecognized_text, Rule::invalid_population, Rule::missing_header,
                                 Rule::missing_header, Rule::missing_website}));
    ASSERT_EQ(report.diagnostics.size(), 5U);
    EXPECT_EQ(report.diagnostics[0].span.begin.line, 1U);
    EXPECT_EQ(report.diagnostics[1].span.begin.line, 4U);
    EXPECT_EQ(report.diagnostics[2].span.begin.line, 7U);
    EXPECT_EQ(report.diagnostics[3].span.begin.line, 9U);
    EXPECT_EQ(report.diagnostics[4].span.begin.line, 9U);
    for (const Diagnostic& diagnostic : report.diagnostics) {
        EXPECT_EQ(diagnostic.file, "list.txt");
    }
}

TEST(ProcessListing, SortsNormalizerAndValidatorFindingsOfOneRecordByPlace) {
    const auto report = twinning::process_listing("Dresden (Germny)\npopulataion: 1\nweb sites: n/a\n", "list.txt", {},
                                                  [](const Record&) {});
    EXPECT_EQ(rules_of(report.diagnostics),
              (std::vector<Rule>{Rule::unknown_country, Rule::label_typo, Rule::invalid_url}));
}

TEST(ProcessListing, UsesTheGivenDateOrder) {
    twinning::Options options;
    options.normalize.date_order = twinning::normalize::DateOrder::mdy;
    std::vector<std::string> dates;
    const auto report = twinning::process_listing(
        "Split (Croatia)\npartnership agreement signed: 3/4/2012\nweb sites: www.split.hr\n", "list.txt", options,
        [&](const Record& record) { dates.push_back(record.signed_on ? to_iso8601(record.signed_on->value) : ""); });
    EXPECT_EQ(dates, (std::vector<std::string>{"2012-03-04"}));
    EXPECT_TRUE(report.diagnostics.empty());
}

TEST(ProcessListing, ReportsNothingForEmptyInput) {
    int calls = 0;
    const auto report = twinning::process_listing("", "empty.txt", {}, [&](const Record&) { ++calls; });
    EXPECT_EQ(report.records, 0U);
    EXPECT_TRUE(report.diagnostics.empty());
    EXPECT_EQ(calls, 0);
}

}  // namespace
