#include "twinning/text/unicode.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>

#include "twinning/text/hash.hpp"

namespace {

using twinning::text::decode;
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

// ASCII takes a path of its own; it must fold as the Unicode path does.
TEST(FoldKey, FoldsAsciiAsUnicodeTextIsFolded) {
    EXPECT_EQ(fold_key("Frankfurt (ODER)\t-  Nord"), "frankfurt (oder) - nord");
    EXPECT_EQ(fold_key("Ko\xC5\xA1ice KOSICE"), "kosice kosice");
    EXPECT_EQ(fold_key("KOSICE Ko\xC5\xA1ice"), "kosice kosice");
}

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

// --- decode ------------------------------------------------------------------

void expect_code_point(std::string_view text, std::size_t i, char32_t value, std::size_t length) {
    SCOPED_TRACE(text);
    const auto decoded = decode(text, i);
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(decoded->value, value);
    EXPECT_EQ(decoded->length, length);
}

TEST(Decode, ReadsAsciiAsOneByte) { expect_code_point("abc", 1, U'b', 1); }

TEST(Decode, ReadsTwoThreeAndFourByteSequences) {
    expect_code_point("Ko\xC5\xA1ice", 2, U'\u0161', 2);
    expect_code_point("\xE6\x9D\xB1", 0, U'\u6771', 3);
    expect_code_point("\xF0\x9F\x98\x80", 0, U'\U0001F600', 4);
}

TEST(Decode, ReadsControlCharacters) {
    expect_code_point("\x07", 0, U'\u0007', 1);
    expect_code_point("\xC2\x85", 0, U'\u0085', 2);
}

TEST(Decode, GivesNoneForInvalidBytes) {
    EXPECT_FALSE(decode("\xFF", 0).has_value());
    EXPECT_FALSE(decode("a\xE9"
                        "b",
                        1)
                     .has_value());
    EXPECT_FALSE(decode("\xC5", 0).has_value());
    // A continuation byte does not start a code point.
    EXPECT_FALSE(decode("\xC5\xA1", 1).has_value());
}

TEST(Decode, GivesNoneAtOrPastTheEnd) {
    EXPECT_FALSE(decode("ab", 2).has_value());
    EXPECT_FALSE(decode("", 0).has_value());
}

// --- stable_hash -------------------------------------------------------------

TEST(StableHash, MatchesTheFnv1aTestVectors) {
    EXPECT_EQ(twinning::text::stable_hash(""), 0xcbf29ce484222325ULL);
    EXPECT_EQ(twinning::text::stable_hash("a"), 0xaf63dc4c8601ec8cULL);
    EXPECT_EQ(twinning::text::stable_hash("foobar"), 0x85944171f73967e8ULL);
}

TEST(StableHash, IsAConstantExpression) {
    static_assert(twinning::text::stable_hash("a") == 0xaf63dc4c8601ec8cULL);
    EXPECT_NE(twinning::text::stable_hash("Kosice"), twinning::text::stable_hash("kosice"));
}

// A number is hashed as its four bytes, lowest first, on any platform.
TEST(StableHash, HashesANumberAsItsFourBytesLowestFirst) {
    using twinning::text::StableHash;
    EXPECT_EQ(StableHash().add_number(0x64636261U).value(), twinning::text::stable_hash("abcd"));
    EXPECT_NE(StableHash().add_number(1).value(), StableHash().add_number(256).value());
}

// --- letter case -------------------------------------------------------------

TEST(LetterCase, MapsLettersOfEveryScript) {
    EXPECT_EQ(twinning::text::to_lower("\u017DILINA"), "\u017Eilina");  // ŽILINA, žilina
    EXPECT_EQ(twinning::text::to_upper("f\u00FChrer"), "F\u00DCHRER");  // führer, FÜHRER
    EXPECT_EQ(twinning::text::to_lower("Culture"), "culture");
}

TEST(LetterCase, CapitalisesOnlyTheFirstLetter) {
    EXPECT_EQ(twinning::text::capitalise("\u017Eilina"), "\u017Dilina");
    EXPECT_EQ(twinning::text::capitalise("mcDonald"), "McDonald");
    EXPECT_EQ(twinning::text::capitalise(""), "");
}

TEST(LetterCase, LeavesBytesThatAreNotUtf8AsTheyAre) {
    const std::string bytes = std::string("a") + '\xFF' + "b";
    EXPECT_EQ(twinning::text::to_upper(bytes), std::string("A") + '\xFF' + "B");
}

}  // namespace
