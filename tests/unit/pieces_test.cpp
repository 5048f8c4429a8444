#include "twinning/normalize/pieces.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace {

using twinning::normalize::Piece;
using twinning::normalize::split_trimmed;
using twinning::normalize::split_words;

void expect_piece(const Piece& piece, std::string_view text, std::size_t offset) {
    EXPECT_EQ(piece.text, text);
    EXPECT_EQ(piece.offset, offset);
}

// --- split_trimmed -----------------------------------------------------------

TEST(SplitTrimmed, CutsAtSeparatorsAndTrims) {
    const auto pieces = split_trimmed("culture, sport; tourism", ",;");
    ASSERT_EQ(pieces.size(), 3U);
    expect_piece(pieces[0], "culture", 0);
    expect_piece(pieces[1], "sport", 9);
    expect_piece(pieces[2], "tourism", 16);
}

TEST(SplitTrimmed, LeavesEmptyPiecesOut) {
    const auto pieces = split_trimmed("culture, sport ,, tourism,", ",;");
    ASSERT_EQ(pieces.size(), 3U);
    expect_piece(pieces[0], "culture", 0);
    expect_piece(pieces[1], "sport", 9);
    expect_piece(pieces[2], "tourism", 18);
}

TEST(SplitTrimmed, KeepsWholeValueWithoutSeparators) {
    const auto pieces = split_trimmed("  science  ", ",;");
    ASSERT_EQ(pieces.size(), 1U);
    expect_piece(pieces[0], "science", 2);
}

TEST(SplitTrimmed, KeepsSpacesInsidePieces) {
    const auto pieces = split_trimmed("urbanism and urban renewal, safe transport in Europe", ",");
    ASSERT_EQ(pieces.size(), 2U);
    expect_piece(pieces[0], "urbanism and urban renewal", 0);
    expect_piece(pieces[1], "safe transport in Europe", 28);
}

TEST(SplitTrimmed, TrimsLineBreaksAndUnicodeSpaces) {
    const auto pieces = split_trimmed("culture,\n\xC2\xA0sport\r\n", ",");
    ASSERT_EQ(pieces.size(), 2U);
    expect_piece(pieces[0], "culture", 0);
    expect_piece(pieces[1], "sport", 11);
}

TEST(SplitTrimmed, CutsOnlyAtTheGivenSeparators) {
    const auto pieces = split_trimmed("culture; sport, youth", ";");
    ASSERT_EQ(pieces.size(), 2U);
    expect_piece(pieces[0], "culture", 0);
    expect_piece(pieces[1], "sport, youth", 9);
}

TEST(SplitTrimmed, GivesNoPiecesForEmptyOrSeparatorOnlyValue) {
    EXPECT_TRUE(split_trimmed("", ",;").empty());
    EXPECT_TRUE(split_trimmed(" , ; ,", ",;").empty());
}

// --- split_words -------------------------------------------------------------

TEST(SplitWords, CutsAtSpacesCommasSemicolonsAndLineBreaks) {
    const auto pieces = split_words("www.a.cz, www.b.cz\nwww.c.cz;www.d.cz");
    ASSERT_EQ(pieces.size(), 4U);
    expect_piece(pieces[0], "www.a.cz", 0);
    expect_piece(pieces[1], "www.b.cz", 10);
    expect_piece(pieces[2], "www.c.cz", 19);
    expect_piece(pieces[3], "www.d.cz", 28);
}

TEST(SplitWords, CutsAtUnicodeSpaces) {
    const auto pieces = split_words(
        "a.cz\xC2\xA0"
        "b.cz\xE2\x80\x89"
        "c.cz");
    ASSERT_EQ(pieces.size(), 3U);
    expect_piece(pieces[0], "a.cz", 0);
    expect_piece(pieces[1], "b.cz", 6);
    expect_piece(pieces[2], "c.cz", 13);
}

TEST(SplitWords, CutsAtCrlf) {
    const auto pieces = split_words("a.cz\r\nb.cz");
    ASSERT_EQ(pieces.size(), 2U);
    expect_piece(pieces[0], "a.cz", 0);
    expect_piece(pieces[1], "b.cz", 6);
}

TEST(SplitWords, LeavesEmptyPiecesOut) {
    const auto pieces = split_words("  a.cz ,, ; b.cz  ");
    ASSERT_EQ(pieces.size(), 2U);
    expect_piece(pieces[0], "a.cz", 2);
    expect_piece(pieces[1], "b.cz", 12);
}

TEST(SplitWords, KeepsOneWordWhole) {
    const auto pieces = split_words("http://www.shreveportla.gov/");
    ASSERT_EQ(pieces.size(), 1U);
    expect_piece(pieces[0], "http://www.shreveportla.gov/", 0);
}

TEST(SplitWords, GivesNoPiecesForBlankValue) {
    EXPECT_TRUE(split_words("").empty());
    EXPECT_TRUE(split_words(" \t\n,;").empty());
}

}  // namespace
