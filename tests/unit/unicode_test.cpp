#include "twinning/text/unicode.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace {

using twinning::text::display_width;
using twinning::text::first_invalid_utf8;
using twinning::text::fold_key;

// --- fold_key ----------------------------------------------------------------

TEST(FoldKey, StripsDiacriticsAndFoldsCase) {
    EXPECT_EQ(fold_key("Ko\xC5\xA1ice"), "kosice");
    EXPECT_EQ(fold_key("KOSICE"), "kosice");
    EXPECT_EQ(fold_key("Kosice"), "kosice");
}

TEST(FoldKey, ComposesDecomposedText) {
    // `s` followed by a combining caron.
    EXPECT_EQ(fold_key("Kos\xCC\x8C"
                       "ice"),
              "kosice");
}

TEST(FoldKey, CollapsesWhitespaceIncludingNoBreakSpaces) {
    EXPECT_EQ(fold_key("  Frankfurt \t (Oder) \n"), "frankfurt (oder)");
    EXPECT_EQ(fold_key("Czech\xC2\xA0Republic"), "czech republic");
}

TEST(FoldKey, FoldsTurkishAndGermanLetters) {
    EXPECT_EQ(fold_key("T\xC3\xBCrkiye"), "turkiye");
    EXPECT_EQ(fold_key("Baden-W\xC3\xBCrttemberg"), "baden-wurttemberg");
}

TEST(FoldKey, KeepsPunctuation) { EXPECT_EQ(fold_key("U.S.A."), "u.s.a."); }

TEST(FoldKey, GivesEqualKeysForEqualInvalidInput) {
    EXPECT_EQ(fold_key("a\xFF  b"), fold_key("a\xFF b"));
    EXPECT_NE(fold_key("a\xFF"
                       "b"),
              fold_key("a\xFE"
                       "b"));
}

TEST(FoldKey, GivesEmptyKeyForBlankText) { EXPECT_EQ(fold_key("   "), ""); }

// --- first_invalid_utf8 ------------------------------------------------------

TEST(FirstInvalidUtf8, AcceptsAsciiAndValidMultibyteText) {
    EXPECT_EQ(first_invalid_utf8("Ostrava"), std::nullopt);
    EXPECT_EQ(first_invalid_utf8("Ko\xC5\xA1ice \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x87\xA8"), std::nullopt);
    EXPECT_EQ(first_invalid_utf8(""), std::nullopt);
}

TEST(FirstInvalidUtf8, FindsStrayByte) {
    EXPECT_EQ(first_invalid_utf8("a\xFF"
                                 "b"),
              std::optional<std::size_t>(1));
}

TEST(FirstInvalidUtf8, FindsTruncatedSequenceAtEnd) {
    EXPECT_EQ(first_invalid_utf8("Ko\xC5"), std::optional<std::size_t>(2));
}

TEST(FirstInvalidUtf8, FindsLoneContinuationByte) {
    EXPECT_EQ(first_invalid_utf8("abc\x80"), std::optional<std::size_t>(3));
}

TEST(FirstInvalidUtf8, FindsOverlongEncoding) {
    EXPECT_EQ(first_invalid_utf8("\xC0\xAF"), std::optional<std::size_t>(0));
}

TEST(FirstInvalidUtf8, FindsEncodedSurrogate) {
    EXPECT_EQ(first_invalid_utf8("ok \xED\xA0\x80"), std::optional<std::size_t>(3));
}

TEST(FirstInvalidUtf8, ReportsOnlyTheFirstProblem) {
    EXPECT_EQ(first_invalid_utf8("\xC5\xA1\xFF\xFE"), std::optional<std::size_t>(2));
}

// --- display_width -----------------------------------------------------------

TEST(DisplayWidth, CountsAsciiOneColumnEach) { EXPECT_EQ(display_width("Ostrava"), 7U); }

TEST(DisplayWidth, CountsAccentedLettersOneColumnEach) { EXPECT_EQ(display_width("Ko\xC5\xA1ice"), 6U); }

TEST(DisplayWidth, CountsWideCharactersTwoColumns) {
    EXPECT_EQ(display_width("\xE6\x9D\xB1\xE4\xBA\xAC"), 4U);  // 東京
}

TEST(DisplayWidth, CountsCombiningMarksAsZero) { EXPECT_EQ(display_width("e\xCC\x81"), 1U); }

TEST(DisplayWidth, CountsTabAsOneColumn) { EXPECT_EQ(display_width("a\tb"), 3U); }

TEST(DisplayWidth, CountsInvalidBytesOneColumnEach) { EXPECT_EQ(display_width("a\xFF\xFE"), 3U); }

TEST(DisplayWidth, IsZeroForEmptyText) { EXPECT_EQ(display_width(""), 0U); }

}  // namespace
