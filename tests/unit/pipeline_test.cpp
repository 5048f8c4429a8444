#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check_listing.hpp"
#include "test_sources.hpp"
#include "twinning/twinning.hpp"

namespace {

using twinning::model::Diagnostic;
using twinning::model::Record;
using twinning::model::Rule;
using twinning::model::Severity;
using twinning_test::of_rule;
using twinning_test::rules_of;

// Options with 2026-01-01 as today, so dates in the input stay in the past.
twinning::Options as_of_2026() {
    twinning::Options options;
    options.checks.reference_date = std::chrono::year{2026} / std::chrono::January / std::chrono::day{1};
    return options;
}

void ignore_record(const Record& /*record*/) {}

// A record with every field, so only what a test adds is reported.
constexpr std::string_view complete_split =
    "Split (Croatia)\n"
    "population: 160 577 (2021) partnership agreement signed: 1976\n"
    "web sites: www.split.hr main areas of cooperation: culture\n";

// --- process_listing ---------------------------------------------------------

TEST(ProcessListing, HandsEveryRecordToTheHandlerInInputOrder) {
    std::vector<std::string> names;
    const auto report = twinning_test::process_listing(
        "Katowice (Poland)\nweb sites: www.katowice.eu\n\n"
        "population: 563 311 (2022) web sites: www.dresden.de\n\n"
        "Split (Croatia)\nweb sites: www.split.hr\n",
        "list.txt", as_of_2026(),
        [&](const Record& record) { names.push_back(record.name ? record.name->value : "?"); });
    EXPECT_EQ(report.records, 3U);
    EXPECT_EQ(names, (std::vector<std::string>{"Katowice", "Dresden", "Split"}));
}

// Each record names the file it was read from, by the id the caller gave.
TEST(Checker, GivesEachRecordAndDiagnosticTheIdOfItsFile) {
    twinning::Checker checker(as_of_2026(), twinning_test::test_sources());
    const twinning::model::FileId first = twinning_test::test_file("a.txt");
    const twinning::model::FileId second = twinning_test::test_file("b.txt");
    std::vector<std::string> files;
    const auto note = [&](const Record& record) { files.push_back(twinning_test::file_name(record.file)); };
    const auto in_first = checker.process("Katowice (Poland)\n", first, note);
    const auto in_second = checker.process("Split (Croatia)\npopulation: 1\n", second, note);
    EXPECT_EQ(files, (std::vector<std::string>{"a.txt", "b.txt"}));
    ASSERT_FALSE(in_first.diagnostics.empty());
    ASSERT_FALSE(in_second.diagnostics.empty());
    EXPECT_EQ(in_first.diagnostics[0].file, first);
    EXPECT_EQ(in_second.diagnostics[0].file, second);
}

// With one job a record is handed on before the next is read, so a
// listing with no blank line to cut into parts at is never held whole.
TEST(ProcessListing, HandsEachRecordOnBeforeReadingTheNextWithOneJob) {
    twinning::Checker checker(as_of_2026(), twinning_test::test_sources());
    std::vector<std::string> events;
    (void)checker.process(
        "Katowice (Poland)\nweb sites: www.katowice.eu\nSplit (Croatia)\nweb sites: www.split.hr\n",
        twinning_test::test_file("list.txt"),
        [&](const Record& record, std::string& out) {
            events.push_back("made " + record.name->value);
            out += record.name->value;
        },
        [&](const Record& /*record*/, std::string_view rendered) {
            events.push_back("handed " + std::string(rendered));
        });
    EXPECT_EQ(events, (std::vector<std::string>{"made Katowice", "handed Katowice", "made Split", "handed Split"}));
}

TEST(ProcessListing, CollectsDiagnosticsOfEveryStageInInputOrder) {
    const auto report = twinning_test::process_listing(
        "Copied from us\n"
        "\n"
        "Katowice (Poland)\n"
        "population: about 280 thousand\n"
        "web sites: www.katowice.eu\n"
        "\n"
        "population: 563 311 (2022) web sites: www.dresden.de\n"
        "\n"
        "partnership agreement signed: 2010\n",
        "list.txt", as_of_2026(), ignore_record);
    // The last block repeats no label of the headerless record before it,
    // so it is the rest of that record; neither record gives its areas.
    EXPECT_EQ(report.records, 2U);
    EXPECT_EQ(rules_of(report.diagnostics),
              (std::vector<Rule>{Rule::unrecognized_text, Rule::missing_agreement_date, Rule::listing_lacks_field,
                                 Rule::missing_population_year, Rule::population_in_words, Rule::missing_header,
                                 Rule::joined_block}));
    ASSERT_EQ(report.diagnostics.size(), 7U);
    const std::vector<std::uint32_t> lines{1, 3, 3, 4, 4, 7, 9};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        EXPECT_EQ(report.diagnostics[i].span.begin.line, lines[i]) << i;
    }
    for (const Diagnostic& diagnostic : report.diagnostics) {
        EXPECT_EQ(twinning_test::file_name(diagnostic.file), "list.txt");
    }
}

TEST(ProcessListing, SortsNormalizerAndValidatorFindingsOfOneRecordByPlace) {
    const auto report = twinning_test::process_listing("Dresden (Germny)\npopulataion: 1\nweb sites: n/a\n", "list.txt",
                                                       as_of_2026(), ignore_record);
    EXPECT_EQ(rules_of(report.diagnostics),
              (std::vector<Rule>{Rule::missing_agreement_date, Rule::missing_cooperation_areas, Rule::country_typo,
                                 Rule::label_typo, Rule::implausible_population, Rule::missing_population_year,
                                 Rule::population_far_from_gazetteer,
                                 Rule::invalid_url}));
}

TEST(ProcessListing, UsesTheGivenDateOrder) {
    twinning::Options options = as_of_2026();
    options.date_order = twinning::normalize::DateOrder::mdy;
    std::vector<std::string> dates;
    const auto report = twinning_test::process_listing(
        "Split (Croatia)\npartnership agreement signed: 3/4/2012\nweb sites: www.split.hr\n", "list.txt", options,
        [&](const Record& record) { dates.push_back(record.signed_on ? to_iso8601(record.signed_on->value) : ""); });
    EXPECT_EQ(dates, (std::vector<std::string>{"2012-03-04"}));
    // A configured order settles the reading: nothing is ambiguous.
    EXPECT_EQ(rules_of(report.diagnostics),
              (std::vector<Rule>{Rule::missing_population, Rule::missing_cooperation_areas}));
}

TEST(ProcessListing, ReadsSlashDatesInTheOrderTheFileShows) {
    std::vector<std::string> dates;
    const auto report = twinning_test::process_listing(
        "Split (Croatia)\npopulation: 160 577 (2021) partnership agreement signed: 3/4/2012\n"
        "web sites: www.split.hr main areas of cooperation: culture\n\n"
        "Zadar (Croatia)\npopulation: 70 779 (2021) partnership agreement signed: 12/25/2012\n"
        "web sites: www.grad-zadar.hr main areas of cooperation: culture\n",
        "list.txt", as_of_2026(),
        [&](const Record& record) { dates.push_back(record.signed_on ? to_iso8601(record.signed_on->value) : ""); });
    EXPECT_EQ(dates, (std::vector<std::string>{"2012-03-04", "2012-12-25"}));
    EXPECT_TRUE(report.diagnostics.empty());
}

TEST(ProcessListing, ReportsAmbiguousSlashDateWhenNothingSettlesTheOrder) {
    std::vector<std::string> dates;
    const auto report = twinning_test::process_listing(
        "Split (Croatia)\npopulation: 160 577 (2021) partnership agreement signed: 3/4/2012\n"
        "web sites: www.split.hr main areas of cooperation: culture\n",
        "list.txt", as_of_2026(),
        [&](const Record& record) { dates.push_back(record.signed_on ? to_iso8601(record.signed_on->value) : ""); });
    EXPECT_EQ(dates, (std::vector<std::string>{"2012-04-03"}));
    ASSERT_EQ(rules_of(report.diagnostics), (std::vector<Rule>{Rule::ambiguous_date}));
    EXPECT_EQ(report.diagnostics[0].message,
              "`3/4/2012` reads both ways; read day-first as 2012-04-03, since nothing in the file or the "
              "configuration settles the order");
}

TEST(ProcessListing, ReportsNothingForEmptyInput) {
    int calls = 0;
    const auto report = twinning_test::process_listing("", "empty.txt", {}, [&](const Record&) { ++calls; });
    EXPECT_EQ(report.records, 0U);
    EXPECT_TRUE(report.diagnostics.empty());
    EXPECT_EQ(calls, 0);
}

TEST(ProcessListing, ReportsInvalidUtf8AndControlCharactersOfTheText) {
    const std::string input = std::string(complete_split) + "# caf\xE9 \x07\n";
    const auto report = twinning_test::process_listing(input, "list.txt", as_of_2026(), ignore_record);
    EXPECT_EQ(rules_of(report.diagnostics), (std::vector<Rule>{Rule::invalid_utf8, Rule::control_character}));
}

// --- Checker: suppression ----------------------------------------------------

TEST(ProcessListing, SaysOnceThatTextWithNoRecordIsNoListing) {
    const std::string_view prose = "Twinning links towns.\nMayors sign the agreements.\n";
    const auto report = twinning_test::process_listing(prose, "list.txt", as_of_2026(), ignore_record);
    ASSERT_EQ(rules_of(report.diagnostics), (std::vector<Rule>{Rule::not_a_listing}));
    EXPECT_EQ(report.diagnostics[0].span.begin.line, 1U);
    EXPECT_NE(report.diagnostics[0].message.find("2 lines"), std::string::npos);
}

TEST(ProcessListing, CountsStrayLinesForNotAListingWithUnrecognizedTextOff) {
    twinning::Options options = as_of_2026();
    options.checks.enabled.reset(static_cast<std::size_t>(Rule::unrecognized_text));
    const auto report = twinning_test::process_listing("Twinning links towns.\n", "list.txt", options, ignore_record);
    EXPECT_EQ(rules_of(report.diagnostics), (std::vector<Rule>{Rule::not_a_listing}));
}

TEST(ProcessListing, ShowsEveryStrayLineWithNotAListingOff) {
    twinning::Options options = as_of_2026();
    options.checks.enabled.reset(static_cast<std::size_t>(Rule::not_a_listing));
    const auto report = twinning_test::process_listing("Twinning links towns.\nMayors sign the agreements.\n",
                                                       "list.txt", options, ignore_record);
    EXPECT_EQ(rules_of(report.diagnostics), (std::vector<Rule>{Rule::unrecognized_text, Rule::unrecognized_text}));
}

TEST(ProcessListing, CapsHeldStrayLinesLikeAnyOtherFinding) {
    twinning::Options options = as_of_2026();
    options.max_per_rule = 1;
    const auto report = twinning_test::process_listing("Copied from us\nOn a Monday\n\nKatowice (Poland)\n", "list.txt",
                                                       options, ignore_record);
    const auto stray = of_rule(report.diagnostics, Rule::unrecognized_text);
    ASSERT_EQ(stray.size(), 1U);
    EXPECT_EQ(stray[0].span.begin.line, 1U);
    const auto hidden = of_rule(report.diagnostics, Rule::too_many_findings);
    ASSERT_EQ(hidden.size(), 1U);
    EXPECT_EQ(hidden[0].span.begin.line, 2U);
    EXPECT_EQ(hidden[0].message, "1 more unrecognized-text finding in this file is not shown");
}

TEST(Checker, DropsASuppressedRuleForThatRecordOnly) {
    twinning::Checker checker(as_of_2026(), twinning_test::test_sources());
    const auto report = checker.process(
        "# twinning: ignore[missing-website]\n"
        "Uralsk (Kazakhstan)\n"
        "population: 234 169 (2019) partnership agreement signed: 2008 main areas of cooperation: culture\n"
        "\n"
        "Oral (Kazakhstan)\n"
        "population: 234 169 (2019) partnership agreement signed: 2008 main areas of cooperation: culture\n",
        twinning_test::test_file("list.txt"), ignore_record);
    const auto missing = of_rule(report.diagnostics, Rule::missing_website);
    ASSERT_EQ(missing.size(), 1U);
    EXPECT_EQ(missing[0].message, "`Oral` has no web site");
    EXPECT_EQ(missing[0].span.begin.line, 5U);
}

TEST(Checker, DropsARuleSuppressedByItsCode) {
    twinning::Checker checker(as_of_2026(), twinning_test::test_sources());
    const auto report = checker.process(
        "# twinning: ignore[TW201]\n"
        "Uralsk (Kazakhstan)\n"
        "population: 234 169 (2019) partnership agreement signed: 2008 main areas of cooperation: culture\n",
        twinning_test::test_file("list.txt"), ignore_record);
    EXPECT_TRUE(report.diagnostics.empty());
}

TEST(Checker, DropsARuleSuppressedByACommentInsideTheRecord) {
    twinning::Checker checker(as_of_2026(), twinning_test::test_sources());
    const auto report = checker.process(
        "Uralsk (Kazakhstan)\n"
        "population: 234 169 (2019)\n"
        "# twinning: ignore[missing-website, missing-cooperation-areas]\n"
        "partnership agreement signed: 2008\n",
        twinning_test::test_file("list.txt"), ignore_record);
    EXPECT_TRUE(report.diagnostics.empty());
}

TEST(Checker, KeepsRulesTheCommentDoesNotName) {
    twinning::Checker checker(as_of_2026(), twinning_test::test_sources());
    const auto report = checker.process(
        "# twinning: ignore[missing-website]\n"
        "Uralsk (Kazakhstan)\n"
        "population: 234 169 (2019) partnership agreement signed: 2008\n",
        twinning_test::test_file("list.txt"), ignore_record);
    EXPECT_EQ(rules_of(report.diagnostics), (std::vector<Rule>{Rule::missing_cooperation_areas}));
}

// --- Checker: severity and enabled rules -------------------------------------

TEST(Checker, AppliesASeverityOverride) {
    twinning::Options options = as_of_2026();
    options.severity.at(static_cast<std::size_t>(Rule::missing_website)) = Severity::error;
    twinning::Checker checker(options, twinning_test::test_sources());
    const auto report = checker.process(
        "Uralsk (Kazakhstan)\n"
        "population: 234 169 (2019) partnership agreement signed: 2008 main areas of cooperation: culture\n",
        twinning_test::test_file("list.txt"), ignore_record);
    ASSERT_EQ(rules_of(report.diagnostics), (std::vector<Rule>{Rule::missing_website}));
    EXPECT_EQ(report.diagnostics[0].severity, Severity::error);
}

TEST(Checker, KeepsTheDefaultSeverityOfRulesWithoutOverride) {
    twinning::Options options = as_of_2026();
    options.severity.at(static_cast<std::size_t>(Rule::missing_population)) = Severity::info;
    twinning::Checker checker(options, twinning_test::test_sources());
    const auto report = checker.process(
        "Uralsk (Kazakhstan)\n"
        "population: 234 169 (2019) partnership agreement signed: 2008 main areas of cooperation: culture\n",
        twinning_test::test_file("list.txt"), ignore_record);
    ASSERT_EQ(rules_of(report.diagnostics), (std::vector<Rule>{Rule::missing_website}));
    EXPECT_EQ(report.diagnostics[0].severity, Severity::warning);
}

TEST(Checker, RunsNoneOfARuleThatIsOff) {
    twinning::Options options = as_of_2026();
    options.checks.enabled.reset(static_cast<std::size_t>(Rule::missing_website));
    twinning::Checker checker(options, twinning_test::test_sources());
    const auto report = checker.process(
        "Uralsk (Kazakhstan)\npopulation: 234 169 (2019)\n\nOral (Kazakhstan)\npopulation: 234 169 (2019)\n",
        twinning_test::test_file("list.txt"), ignore_record);
    EXPECT_TRUE(of_rule(report.diagnostics, Rule::missing_website).empty());
    // Neither record gives a date or areas: the listing does not use them.
    EXPECT_EQ(rules_of(report.diagnostics), (std::vector<Rule>{Rule::listing_lacks_field, Rule::listing_lacks_field}));
}

// --- Checker: fingerprints ---------------------------------------------------

TEST(Checker, GivesEveryDiagnosticAFingerprintOfSixteenHexDigits) {
    twinning::Checker checker(as_of_2026(), twinning_test::test_sources());
    const auto report = checker.process("Copied from us\n\nUralsk (Kazakhstan)\npopulation: 234 169 (2019)\n",
                                        twinning_test::test_file("list.txt"), ignore_record);
    ASSERT_EQ(report.diagnostics.size(), 4U);
    for (const Diagnostic& diagnostic : report.diagnostics) {
        EXPECT_EQ(diagnostic.fingerprint.size(), 16U);
        EXPECT_TRUE(std::ranges::all_of(diagnostic.fingerprint, [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        })) << diagnostic.fingerprint;
    }
}

// The fingerprint is FNV-1a of the file, the rule name, the folded name and
// country code, the text under the span and an occurrence count, joined by
// U+001F. The values below were worked out from that recipe outside
// twinning, so a change to it (which would orphan every baseline) shows
// here.
TEST(Checker, KeepsFingerprintsWhenBlankLinesAreInsertedAboveARecord) {
    const std::string record =
        "Katowice (Poland)\npopulation: 281 711\npartnership agreement signed: 2061\nweb sites: www.katowice.eu\n";
    twinning::Checker before_checker(as_of_2026(), twinning_test::test_sources());
    const auto before =
        before_checker.process("Copied from us\n\n" + record, twinning_test::test_file("list.txt"), ignore_record);
    twinning::Checker after_checker(as_of_2026(), twinning_test::test_sources());
    const auto after =
        after_checker.process("Copied from us\n\n\n\n\n" + record, twinning_test::test_file("list.txt"), ignore_record);
    const std::vector<Rule> rules{Rule::unrecognized_text, Rule::missing_cooperation_areas,
                                  Rule::missing_population_year, Rule::future_date};
    const std::vector<std::string> fingerprints{"625456ca294fe890", "295a5adde3907384", "59ff100519df0d91",
                                                "683903d5ed616fc4"};
    const std::vector<std::uint32_t> lines_before{1, 3, 4, 5};
    const std::vector<std::uint32_t> lines_after{1, 6, 7, 8};
    ASSERT_EQ(rules_of(before.diagnostics), rules);
    ASSERT_EQ(rules_of(after.diagnostics), rules);
    for (std::size_t i = 0; i < rules.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(before.diagnostics[i].span.begin.line, lines_before[i]);
        EXPECT_EQ(after.diagnostics[i].span.begin.line, lines_after[i]);
        EXPECT_EQ(before.diagnostics[i].fingerprint, fingerprints[i]);
        EXPECT_EQ(after.diagnostics[i].fingerprint, fingerprints[i]);
    }
}

TEST(Checker, GivesDifferentFingerprintsToTheSameRuleInDifferentRecords) {
    twinning::Options options = as_of_2026();
    options.checks.enabled.reset(static_cast<std::size_t>(Rule::listing_lacks_field));  // judge every record
    twinning::Checker checker(options, twinning_test::test_sources());
    const auto report = checker.process(
        "Uralsk (Kazakhstan)\npopulation: 234 169 (2019) partnership agreement signed: 2008 "
        "main areas of cooperation: culture\n\n"
        "Split (Croatia)\npopulation: 160 577 (2021) partnership agreement signed: 1976 "
        "main areas of cooperation: culture\n",
        twinning_test::test_file("list.txt"), ignore_record);
    ASSERT_EQ(rules_of(report.diagnostics), (std::vector<Rule>{Rule::missing_website, Rule::missing_website}));
    EXPECT_NE(report.diagnostics[0].fingerprint, report.diagnostics[1].fingerprint);
}

TEST(Checker, GivesDifferentFingerprintsToEqualFindingsInOneRecord) {
    twinning::Checker checker(as_of_2026(), twinning_test::test_sources());
    const auto report = checker.process(
        "Split (Croatia)\npopulation: 160 577 (2021) partnership agreement signed: 1976\n"
        "web sites: www.split.hr main areas of cooperation: culture\nclerk: A\nclerk: A\n",
        twinning_test::test_file("list.txt"), ignore_record);
    ASSERT_EQ(rules_of(report.diagnostics), (std::vector<Rule>{Rule::unknown_label, Rule::unknown_label}));
    EXPECT_NE(report.diagnostics[0].fingerprint, report.diagnostics[1].fingerprint);
}

// --- Checker: across files ---------------------------------------------------

TEST(Checker, FindsADuplicateRecordAcrossFilesAndNamesTheFirstFile) {
    twinning::Checker checker(as_of_2026(), twinning_test::test_sources());
    const auto first = checker.process(complete_split, twinning_test::test_file("a.txt"), ignore_record);
    const auto second = checker.process(complete_split, twinning_test::test_file("b.txt"), ignore_record);
    EXPECT_TRUE(first.diagnostics.empty());
    ASSERT_EQ(rules_of(second.diagnostics), (std::vector<Rule>{Rule::duplicate_record}));
    const Diagnostic& duplicate = second.diagnostics[0];
    EXPECT_EQ(twinning_test::file_name(duplicate.file), "b.txt");
    ASSERT_EQ(duplicate.notes.size(), 1U);
    EXPECT_EQ(twinning_test::file_name(duplicate.notes[0].file.value()), "a.txt");
    EXPECT_EQ(duplicate.notes[0].span.begin.line, 1U);
}

TEST(Checker, ForgetsRecordsOfAnotherChecker) {
    const auto first = twinning_test::process_listing(complete_split, "a.txt", as_of_2026(), ignore_record);
    const auto second = twinning_test::process_listing(complete_split, "b.txt", as_of_2026(), ignore_record);
    EXPECT_TRUE(first.diagnostics.empty());
    EXPECT_TRUE(second.diagnostics.empty());
}

}  // namespace
