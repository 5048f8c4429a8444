#include "twinning/text/spaces.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using twinning::text::blank_run_length;
using twinning::text::collapse_whitespace;
using twinning::text::dash_length;
using twinning::text::has_blank_line;
using twinning::text::is_line_break;
using twinning::text::line_break_of;
using twinning::text::space_length;
using twinning::text::trim;
using twinning::text::with_line_breaks;

// --- space_length ------------------------------------------------------------

TEST(SpaceLength, AcceptsAsciiSpaceAndTab) {
    EXPECT_EQ(space_length(" ", 0), 1U);
    EXPECT_EQ(space_length("\t", 0), 1U);
    EXPECT_EQ(space_length("a b", 1), 1U);
}

// A lone CR is trimmed like a space, so the grammar must see it as one.
TEST(SpaceLength, TakesALoneCarriageReturnAsASpace) {
    EXPECT_EQ(space_length("a\rb", 1), 1U);
    EXPECT_EQ(space_length("\r", 0), 1U);
}

TEST(SpaceLength, LeavesTheCarriageReturnOfALineBreakAlone) { EXPECT_EQ(space_length("\r\n", 0), 0U); }

TEST(BlankRunLength, SpansSpacesAndLineBreaksTogether) {
    EXPECT_EQ(blank_run_length("a \t\r\n \xC2\xA0"
                               "b",
                               1),
              7U);
    EXPECT_EQ(blank_run_length("ab", 1), 0U);
    EXPECT_EQ(blank_run_length("a", 1), 0U);
}

TEST(HasBlankLine, FindsAnEmptyOrSpacesOnlyLine) {
    EXPECT_TRUE(has_blank_line("\n\n"));
    EXPECT_TRUE(has_blank_line(" \n \t\r\nx"));
}

TEST(HasBlankLine, DoesNotCountTheLinesItStartsOrEndsIn) {
    EXPECT_FALSE(has_blank_line("\n"));
    EXPECT_FALSE(has_blank_line("  "));
    EXPECT_FALSE(has_blank_line("\n   "));
}

TEST(WithLineBreaks, WritesEveryLineBreakOneWay) {
    EXPECT_EQ(with_line_breaks("a\r\nb\nc", "\n"), "a\nb\nc");
    EXPECT_EQ(with_line_breaks("a\r\nb\nc\r", "\r\n"), "a\r\nb\r\nc\r");
    EXPECT_EQ(with_line_breaks("a\r\r\n", "\n"), "a\r\n");
}

TEST(LineBreakOf, FollowsTheFirstLine) {
    EXPECT_EQ(line_break_of("a\r\nb\n"), "\r\n");
    EXPECT_EQ(line_break_of("a\nb\r\n"), "\n");
    EXPECT_EQ(line_break_of("no break"), "\n");
    EXPECT_EQ(line_break_of("\n"), "\n");
}

TEST(HasBlankLine, DoesNotCountACommentLine) { EXPECT_FALSE(has_blank_line("\n# checked\n")); }

TEST(SpaceLength, AcceptsNoBreakSpace) { EXPECT_EQ(space_length("\xC2\xA0", 0), 2U); }

TEST(SpaceLength, AcceptsNarrowNoBreakSpace) { EXPECT_EQ(space_length("\xE2\x80\xAF", 0), 3U); }

TEST(SpaceLength, AcceptsThinSpace) { EXPECT_EQ(space_length("\xE2\x80\x89", 0), 3U); }

TEST(SpaceLength, AcceptsWholeU2000ToU200AFamily) {
    EXPECT_EQ(space_length("\xE2\x80\x80", 0), 3U);  // en quad
    EXPECT_EQ(space_length("\xE2\x80\x83", 0), 3U);  // em space
    EXPECT_EQ(space_length("\xE2\x80\x8A", 0), 3U);  // hair space
}

TEST(SpaceLength, AcceptsMediumMathematicalAndIdeographicSpace) {
    EXPECT_EQ(space_length("\xE2\x81\x9F", 0), 3U);
    EXPECT_EQ(space_length("\xE3\x80\x80", 0), 3U);
}

TEST(SpaceLength, AcceptsSpaceInsideText) {
    const std::string_view text =
        "281\xC2\xA0"
        "711";
    EXPECT_EQ(space_length(text, 3), 2U);
}

TEST(SpaceLength, RejectsLettersDigitsAndLineBreaks) {
    EXPECT_EQ(space_length("a", 0), 0U);
    EXPECT_EQ(space_length("7", 0), 0U);
    EXPECT_EQ(space_length("\n", 0), 0U);
    EXPECT_EQ(space_length("\r\n", 0), 0U);
}

TEST(SpaceLength, RejectsZeroWidthSpaceAndDashes) {
    EXPECT_EQ(space_length("\xE2\x80\x8B", 0), 0U);  // zero width space
    EXPECT_EQ(space_length("\xE2\x80\x93", 0), 0U);  // en dash
}

TEST(SpaceLength, RejectsOtherMultibyteCharacters) {
    EXPECT_EQ(space_length("\xC5\xA1", 0), 0U);  // š
    EXPECT_EQ(space_length("\xC2\xA9", 0), 0U);  // ©
}

TEST(SpaceLength, RejectsTruncatedSequences) {
    EXPECT_EQ(space_length("\xC2", 0), 0U);
    EXPECT_EQ(space_length("\xE2\x80", 0), 0U);
}

TEST(SpaceLength, RejectsOffsetPastEnd) {
    EXPECT_EQ(space_length("", 0), 0U);
    EXPECT_EQ(space_length(" ", 1), 0U);
}

TEST(SpaceLength, IsUsableAtCompileTime) {
    static_assert(space_length("\xC2\xA0", 0) == 2);
    SUCCEED();
}

// --- dash_length -------------------------------------------------------------

TEST(DashLength, AcceptsHyphenMinus) { EXPECT_EQ(dash_length("-", 0), 1U); }

TEST(DashLength, AcceptsEnDash) { EXPECT_EQ(dash_length("\xE2\x80\x93", 0), 3U); }

TEST(DashLength, AcceptsEmDash) { EXPECT_EQ(dash_length("\xE2\x80\x94", 0), 3U); }

TEST(DashLength, AcceptsDashInsideText) { EXPECT_EQ(dash_length("USA \xE2\x80\x93 Texas", 4), 3U); }

TEST(DashLength, RejectsOtherDashesAndLetters) {
    EXPECT_EQ(dash_length("\xE2\x80\x92", 0), 0U);  // figure dash
    EXPECT_EQ(dash_length("\xE2\x80\x95", 0), 0U);  // horizontal bar
    EXPECT_EQ(dash_length("a", 0), 0U);
    EXPECT_EQ(dash_length(" ", 0), 0U);
}

TEST(DashLength, RejectsTruncatedDashAndOffsetPastEnd) {
    EXPECT_EQ(dash_length("\xE2\x80", 0), 0U);
    EXPECT_EQ(dash_length("-", 1), 0U);
}

// --- is_line_break -----------------------------------------------------------

TEST(IsLineBreak, AcceptsLfAndCr) {
    EXPECT_TRUE(is_line_break('\n'));
    EXPECT_TRUE(is_line_break('\r'));
}

TEST(IsLineBreak, RejectsSpacesAndLetters) {
    EXPECT_FALSE(is_line_break(' '));
    EXPECT_FALSE(is_line_break('\t'));
    EXPECT_FALSE(is_line_break('n'));
}

// --- collapse_whitespace -----------------------------------------------------

TEST(CollapseWhitespace, MakesEveryRunOneAsciiSpace) {
    EXPECT_EQ(collapse_whitespace("a \t\n b\xC2\xA0\xC2\xA0"
                                  "c"),
              "a b c");
}

TEST(CollapseWhitespace, DropsSpacesAtBothEnds) {
    EXPECT_EQ(collapse_whitespace("  \r\n culture \xE2\x80\xAF\n"), "culture");
}

TEST(CollapseWhitespace, CollapsesCrlfInsideText) {
    EXPECT_EQ(collapse_whitespace("safe transport\r\nin Europe"), "safe transport in Europe");
}

TEST(CollapseWhitespace, KeepsTextWithoutRunsUnchanged) {
    EXPECT_EQ(collapse_whitespace("Ko\xC5\xA1ice"), "Ko\xC5\xA1ice");
    EXPECT_EQ(collapse_whitespace("a b"), "a b");
}

TEST(CollapseWhitespace, GivesEmptyForBlankText) {
    EXPECT_EQ(collapse_whitespace(""), "");
    EXPECT_EQ(collapse_whitespace(" \t\r\n\xC2\xA0"), "");
}

// --- trim --------------------------------------------------------------------

TEST(Trim, RemovesAsciiSpacesAndLineBreaksAtBothEnds) { EXPECT_EQ(trim(" \t\r\n a b \r\n"), "a b"); }

TEST(Trim, RemovesUnicodeSpacesAtBothEnds) {
    EXPECT_EQ(trim("\xC2\xA0\xE2\x80\x89"
                   "a b\xE2\x80\xAF\xE3\x80\x80"),
              "a b");
}

TEST(Trim, KeepsInnerSpaces) { EXPECT_EQ(trim("a \xC2\xA0 b"), "a \xC2\xA0 b"); }

TEST(Trim, KeepsTrailingMultibyteLetters) {
    EXPECT_EQ(trim("Ko\xC5\xA1ice "), "Ko\xC5\xA1ice");
    EXPECT_EQ(trim("caf\xC3\xA9"), "caf\xC3\xA9");
    EXPECT_EQ(trim("\xC2\xA9"), "\xC2\xA9");
}

TEST(Trim, ReturnsViewIntoInput) {
    const std::string_view text = "  abc  ";
    const std::string_view trimmed = trim(text);
    EXPECT_EQ(trimmed.data(), text.data() + 2);
    EXPECT_EQ(trimmed.size(), 3U);
}

TEST(Trim, GivesEmptyForBlankText) {
    EXPECT_EQ(trim(""), "");
    EXPECT_EQ(trim(" \r\n\t\xC2\xA0"), "");
}

}  // namespace
