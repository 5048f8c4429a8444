// Listings cut into parts and checked on several threads give exactly what
// one pass over the whole listing gives: the same records in the same order,
// the same diagnostics with the same fingerprints, the same counts.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "listings.hpp"
#include "test_sources.hpp"
#include "twinning/emit/record_writer.hpp"
#include "twinning/model/rule.hpp"
#include "twinning/parser/parser.hpp"
#include "twinning/text/spaces.hpp"
#include "twinning/twinning.hpp"

namespace {

using twinning::parser::ListingPart;
using twinning::parser::split_listing;

// --- split_listing ----------------------------------------------------------

// Parts follow each other with no gap, and each but the first starts on the
// line after a blank line, on the line it says.
void expect_valid_parts(std::string_view input, const std::vector<ListingPart>& parts) {
    ASSERT_FALSE(parts.empty());
    EXPECT_EQ(parts.front().begin, 0U);
    EXPECT_EQ(parts.back().end, input.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const ListingPart& part = parts.at(i);
        const auto lines_before =
            std::count(input.begin(), input.begin() + static_cast<std::ptrdiff_t>(part.begin), '\n');
        EXPECT_EQ(part.first_line, static_cast<std::uint32_t>(lines_before + 1)) << "part " << i;
        if (i == 0) {
            continue;
        }
        EXPECT_EQ(part.begin, parts.at(i - 1).end);
        const std::string_view before = input.substr(0, part.begin);
        const std::size_t blank_start = before.substr(0, before.size() - 1).rfind('\n') + 1;
        EXPECT_TRUE(twinning::text::trim(before.substr(blank_start)).empty()) << "part " << i << " follows text";
    }
}

TEST(SplitListing, CutsOnlyAfterBlankLines) {
    const std::string input = "A (X)\npopulation: 1\n\nB (Y)\npopulation: 2\n \t\nC (Z)\npopulation: 3\n";
    const auto parts = split_listing(input, 1);
    expect_valid_parts(input, parts);
    ASSERT_EQ(parts.size(), 3U);
    EXPECT_EQ(input.substr(parts.at(1).begin, 5), "B (Y)");
    EXPECT_EQ(parts.at(2).first_line, 7U);
}

TEST(SplitListing, KeepsAListingWithoutBlankLinesWhole) {
    const std::string input = "A (X)\npopulation: 1\nB (Y)\npopulation: 2\n";
    EXPECT_EQ(split_listing(input, 1).size(), 1U);
}

TEST(SplitListing, KeepsPartsAtLeastTheTargetSize) {
    std::string input;
    for (int i = 0; i < 100; ++i) {
        input += "City (Country)\npopulation: 1\n\n";
    }
    const auto parts = split_listing(input, 200);
    expect_valid_parts(input, parts);
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        EXPECT_GE(parts.at(i).end - parts.at(i).begin, 200U);
    }
    EXPECT_GT(parts.size(), 5U);
}

TEST(SplitListing, HandlesCrlfAndNeverStartsAPartWithAByteOrderMark) {
    const std::string input =
        "A (X)\r\npopulation: 1\r\n\r\n\xEF\xBB\xBF"
        "B (Y)\r\npopulation: 2\r\n\r\nC (Z)\r\npopulation: 3\r\n";
    const auto parts = split_listing(input, 1);
    expect_valid_parts(input, parts);
    ASSERT_EQ(parts.size(), 2U);
    EXPECT_EQ(input.substr(parts.at(1).begin, 5), "C (Z)");
}

// --- parts on threads ---------------------------------------------------------

struct Outcome {
    std::vector<std::string> records;  // as JSON lines
    std::vector<std::string> diagnostics;
    std::size_t count = 0;
    std::array<std::size_t, 3> hidden{};
};

// Spelling is off unless asked for: each thread loads hunspell's
// dictionaries, which would take the suite seconds.
Outcome run(std::string_view input, std::size_t jobs, std::size_t part_bytes, std::size_t max_per_rule,
            bool spelling = false) {
    twinning::Options options;
    options.checks.enabled.set(static_cast<std::size_t>(twinning::model::Rule::misspelled_word), spelling);
    options.checks.reference_date = std::chrono::year{2026} / std::chrono::January / std::chrono::day{1};
    options.checks.vocabulary = {"culture", "sport"};
    options.max_per_rule = max_per_rule;
    options.jobs = jobs;
    options.part_bytes = part_bytes;
    Outcome outcome;
    const auto report = twinning_test::process_listing(input, "list.txt", options, [&](const auto& record) {
        outcome.records.push_back(twinning::emit::record_json_line(record, twinning_test::test_sources()));
    });
    for (const auto& d : report.diagnostics) {
        std::string notes;
        for (const auto& note : d.notes) {
            notes += note.message + "@" + std::to_string(note.span.offset()) + ";";
        }
        outcome.diagnostics.push_back(
            std::string(twinning::model::info(d.rule).name) + " " + std::to_string(d.span.begin.offset) + ":" +
            std::to_string(d.span.begin.line) + ":" + std::to_string(d.span.begin.column) + "-" +
            std::to_string(d.span.end.offset) + " " + d.message + " " + d.fingerprint + " " + notes);
    }
    outcome.count = report.records;
    outcome.hidden = report.hidden;
    return outcome;
}

void expect_same_outcome(std::string_view input, std::size_t max_per_rule, const std::string& what,
                         bool spelling = false) {
    const Outcome whole = run(input, 1, 1, max_per_rule, spelling);
    for (const std::size_t jobs : {2U, 3U}) {
        const Outcome parted = run(input, jobs, 1, max_per_rule, spelling);
        EXPECT_EQ(parted.records, whole.records) << what << " on " << jobs << " threads";
        EXPECT_EQ(parted.diagnostics, whole.diagnostics) << what << " on " << jobs << " threads";
        EXPECT_EQ(parted.count, whole.count) << what;
        EXPECT_EQ(parted.hidden, whole.hidden) << what;
    }
}

TEST(ProcessListingInParts, GivesWhatOnePassGivesOnEverySampleAndFixture) {
    std::size_t cut = 0;
    for (const auto& path : twinning_test::sample_and_fixture_listings()) {
        const std::string input = twinning_test::read_file(path);
        cut += split_listing(input, 1).size() > 1 ? 1 : 0;
        expect_same_outcome(input, 0, path.string());
        expect_same_outcome(input, 2, path.string() + " with at most 2 findings a rule");
    }
    EXPECT_GT(cut, 30U);  // nearly every listing has blank lines to cut at
}

// Each thread has its own spelling cache; the findings and suggestions are
// the same.
TEST(ProcessListingInParts, ChecksSpellingOnEveryThreadAlike) {
    const std::string seed =
        twinning_test::read_file(std::filesystem::path(TWINNING_SOURCE_DIR) / "samples/ostrava-partner-cities.txt");
    expect_same_outcome(seed, 0, "the seed", true);
    EXPECT_TRUE(std::ranges::any_of(run(seed, 2, 1, 0, true).diagnostics,
                                    [](const std::string& d) { return d.starts_with("misspelled-word "); }));
}

TEST(ProcessListingInParts, FindsDuplicatesAcrossParts) {
    const std::string input =
        "Split (Croatia)\nweb sites: www.split.hr\n\n"
        "Dresden (Germany)\nweb sites: www.dresden.de\n\n"
        "Split (Croatia)\nweb sites: www.split.hr\n";
    const Outcome parted = run(input, 2, 1, 0);
    EXPECT_EQ(parted.diagnostics, run(input, 1, 1, 0).diagnostics);
    EXPECT_TRUE(std::ranges::any_of(parted.diagnostics,
                                    [](const std::string& d) { return d.starts_with("duplicate-record "); }));
}

// A suppression comment applies to the next record even when a blank line,
// and so a cut, stands between them.
TEST(ProcessListingInParts, CarriesSuppressionsToTheNextPart) {
    const std::string input =
        "Split (Croatia)\nweb sites: www.split.hr\n\n"
        "# twinning: ignore[missing-population]\n\n"
        "\n"
        "Dresden (Germany)\nweb sites: www.dresden.de\n";
    const Outcome whole = run(input, 1, 1, 0);
    const Outcome parted = run(input, 2, 1, 0);
    EXPECT_EQ(parted.diagnostics, whole.diagnostics);
    const auto population = std::ranges::count_if(
        parted.diagnostics, [](const std::string& d) { return d.starts_with("missing-population "); });
    EXPECT_EQ(population, 1);  // Split's; Dresden's is suppressed
}

TEST(ProcessListingInParts, KeepsTheSameFindingsUnderTheLimitAcrossParts) {
    std::string input;
    for (int i = 0; i < 30; ++i) {
        input += "City" + std::string(1, static_cast<char>('a' + i % 26)) + std::to_string(i) + " (Atlantis)\n";
        input += "population: 12\n\n";
    }
    expect_same_outcome(input, 3, "thirty unknown countries");
}

}  // namespace
