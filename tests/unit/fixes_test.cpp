#include "twinning/fixes.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_sources.hpp"

namespace {

using twinning::apply_fixes;
using twinning::FixSafety;
using twinning::model::Diagnostic;
using twinning::model::Position;
using twinning::model::Rule;
using twinning::model::SourceSpan;

// A diagnostic whose fix replaces the bytes [begin, end) of a one-line text.
Diagnostic fixing(std::size_t begin, std::size_t end, std::string replacement, bool safe = true) {
    Diagnostic diagnostic;
    diagnostic.rule = Rule::label_typo;
    const SourceSpan span{Position{begin, 1, static_cast<std::uint32_t>(begin + 1)},
                          Position{end, 1, static_cast<std::uint32_t>(end + 1)}};
    diagnostic.span = span;
    diagnostic.fix = twinning::model::Fix{"fix", {{span, std::move(replacement)}}, safe};
    return diagnostic;
}

TEST(ApplyFixes, AppliesEditsWhereverTheirDiagnosticsStandInTheList) {
    const auto outcome = apply_fixes("populataion: 1 signd: 2", {fixing(15, 20, "signed"), fixing(0, 11, "population")},
                                     FixSafety::safe_only);
    EXPECT_EQ(outcome.text, "population: 1 signed: 2");
    EXPECT_EQ(outcome.applied.size(), 2U);
}

TEST(ApplyFixes, LeavesOutAFixThatOverlapsOneTaken) {
    const auto outcome = apply_fixes("abcdef", {fixing(0, 3, "X"), fixing(2, 4, "Y")}, FixSafety::safe_only);
    EXPECT_EQ(outcome.text, "Xdef");
    ASSERT_EQ(outcome.applied.size(), 1U);
    EXPECT_EQ(outcome.applied[0].fix->edits[0].replacement, "X");
}

TEST(ApplyFixes, LeavesOutASecondInsertionAtTheSamePlace) {
    const auto outcome = apply_fixes("ab", {fixing(1, 1, "X"), fixing(1, 1, "Y")}, FixSafety::safe_only);
    EXPECT_EQ(outcome.text, "aXb");
}

TEST(ApplyFixes, TakesAnInsertionRightAfterAReplacement) {
    const auto outcome = apply_fixes("abcd", {fixing(0, 2, "X"), fixing(2, 2, "Y")}, FixSafety::safe_only);
    EXPECT_EQ(outcome.text, "XYcd");
}

TEST(ApplyFixes, TakesAnInsertionRightBeforeAReplacement) {
    const auto outcome = apply_fixes("abcd", {fixing(2, 4, "X"), fixing(2, 2, "Y")}, FixSafety::safe_only);
    EXPECT_EQ(outcome.text, "abYX");
}

TEST(ApplyFixes, LeavesOutAnInsertionInsideAReplacement) {
    const auto outcome = apply_fixes("abcd", {fixing(1, 3, "X"), fixing(2, 2, "Y")}, FixSafety::safe_only);
    EXPECT_EQ(outcome.text, "aXd");
}

// Many fixes: each is checked against its neighbours only, and all apply.
TEST(ApplyFixes, AppliesTenThousandFixes) {
    std::string text;
    std::vector<Diagnostic> diagnostics;
    for (std::size_t i = 0; i < 10000; ++i) {
        text += "ab";
        diagnostics.push_back(fixing(2 * i, 2 * i + 1, "X"));
    }
    const auto outcome = apply_fixes(text, diagnostics, FixSafety::safe_only);
    EXPECT_EQ(outcome.applied.size(), 10000U);
    EXPECT_EQ(outcome.text.substr(0, 6), "XbXbXb");
}

TEST(ApplyFixes, AppliesUnsafeFixesOnlyWhenAsked) {
    const std::vector<Diagnostic> diagnostics{fixing(0, 1, "X", false)};
    EXPECT_EQ(apply_fixes("ab", diagnostics, FixSafety::safe_only).text, "ab");
    EXPECT_EQ(apply_fixes("ab", diagnostics, FixSafety::also_unsafe).text, "Xb");
}

TEST(ApplyFixes, IgnoresDiagnosticsWithoutFixes) {
    Diagnostic plain;
    plain.rule = Rule::missing_website;
    const auto outcome = apply_fixes("ab", {plain}, FixSafety::also_unsafe);
    EXPECT_EQ(outcome.text, "ab");
    EXPECT_TRUE(outcome.applied.empty());
}

TEST(ApplyFixes, WritesTheFilesOwnLineBreaks) {
    EXPECT_EQ(apply_fixes("a\r\nb\r\n", {fixing(3, 3, "\n")}, FixSafety::safe_only).text, "a\r\n\r\nb\r\n");
    EXPECT_EQ(apply_fixes("a\nb\n", {fixing(2, 2, "\n")}, FixSafety::safe_only).text, "a\n\nb\n");
}

TEST(FixListing, FixesWhatTheChecksOffer) {
    const auto outcome = twinning::fix_listing("Split (Croatia)\npopulataion: 1\nTartu (Estonia)\npopulation: 2\n",
                                               twinning_test::test_sources(), twinning_test::test_file("list.txt"), {},
                                               FixSafety::safe_only);
    EXPECT_EQ(outcome.text, "Split (Croatia)\npopulation: 1\n\nTartu (Estonia)\npopulation: 2\n");
    ASSERT_EQ(outcome.applied.size(), 2U);
    EXPECT_EQ(outcome.applied[0].rule, Rule::label_typo);
    EXPECT_EQ(outcome.applied[1].rule, Rule::missing_record_separator);
}

TEST(FixListing, FixesPastTheLimitOnFindingsOfOneRule) {
    std::string listing;
    for (int i = 0; i < 60; ++i) {
        listing += "City" + std::string(1, static_cast<char>('a' + i % 26)) + std::to_string(i) +
                   " (Chile)\npopulataion: 1\n\n";
    }
    twinning::Options options;
    options.max_per_rule = 2;  // ten rounds of two would leave forty
    const auto outcome = twinning::fix_listing(listing, twinning_test::test_sources(),
                                               twinning_test::test_file("list.txt"), options, FixSafety::safe_only);
    EXPECT_EQ(outcome.text.find("populataion"), std::string::npos);
}

}  // namespace
