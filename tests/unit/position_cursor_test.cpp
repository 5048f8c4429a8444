#include <gtest/gtest.h>

#include <string_view>

#include "twinning/model/source_span.hpp"

namespace {

using twinning::model::Position;
using twinning::model::PositionCursor;
using twinning::model::SourceSpan;

void expect_position(const Position& actual, std::size_t offset, std::uint32_t line, std::uint32_t column) {
    EXPECT_EQ(actual.offset, offset);
    EXPECT_EQ(actual.line, line);
    EXPECT_EQ(actual.column, column);
}

TEST(PositionCursor, StartsAtLineOneColumnOne) {
    PositionCursor cursor("abc");
    expect_position(cursor.at(0), 0, 1, 1);
}

TEST(PositionCursor, CountsColumnsWithinFirstLine) {
    PositionCursor cursor("abc");
    expect_position(cursor.at(2), 2, 1, 3);
}

TEST(PositionCursor, MovesToNextLineAfterLineFeed) {
    PositionCursor cursor("ab\ncd\nef");
    expect_position(cursor.at(3), 3, 2, 1);
    expect_position(cursor.at(7), 7, 3, 2);
}

TEST(PositionCursor, TheLineFeedBelongsToTheLineItEnds) {
    PositionCursor cursor("ab\ncd");
    expect_position(cursor.at(2), 2, 1, 3);
}

TEST(PositionCursor, CountsCarriageReturnAsAColumn) {
    PositionCursor cursor("ab\r\ncd");
    expect_position(cursor.at(2), 2, 1, 3);
    expect_position(cursor.at(4), 4, 2, 1);
}

TEST(PositionCursor, CountsCodePointsNotBytes) {
    // `Košice x`: `š` is two bytes, so `x` is at byte 8 but column 8.
    PositionCursor cursor("Ko\xC5\xA1ice x");
    expect_position(cursor.at(4), 4, 1, 4);
    expect_position(cursor.at(8), 8, 1, 8);
}

TEST(PositionCursor, CountsWideAndFourByteCharactersAsOneColumn) {
    PositionCursor cursor("\xE6\x9D\xB1\xF0\x9F\x98\x80x");
    expect_position(cursor.at(7), 7, 1, 3);
}

TEST(PositionCursor, ResolvesPastTheLastByte) {
    PositionCursor cursor("ab\n");
    expect_position(cursor.at(3), 3, 2, 1);
}

TEST(PositionCursor, GoesBackWithinTheSameLine) {
    PositionCursor cursor("abcdef");
    expect_position(cursor.at(5), 5, 1, 6);
    expect_position(cursor.at(1), 1, 1, 2);
}

TEST(PositionCursor, GoesBackAcrossLines) {
    PositionCursor cursor("ab\ncd\nef");
    expect_position(cursor.at(7), 7, 3, 2);
    expect_position(cursor.at(4), 4, 2, 2);
    expect_position(cursor.at(0), 0, 1, 1);
    expect_position(cursor.at(6), 6, 3, 1);
}

TEST(PositionCursor, GoesBackOntoALineFeed) {
    PositionCursor cursor("ab\ncd\nef");
    expect_position(cursor.at(7), 7, 3, 2);
    expect_position(cursor.at(5), 5, 2, 3);
}

TEST(PositionCursor, GoesBackOverMultibyteCharacters) {
    PositionCursor cursor("x\nKo\xC5\xA1ice y");
    expect_position(cursor.at(10), 10, 2, 8);
    expect_position(cursor.at(6), 6, 2, 4);
}

TEST(PositionCursor, AsksTheSameOffsetTwice) {
    PositionCursor cursor("ab\ncd");
    expect_position(cursor.at(4), 4, 2, 2);
    expect_position(cursor.at(4), 4, 2, 2);
}

TEST(PositionCursor, StartsAtTheGivenOrigin) {
    // The text is a value that starts at byte 100, line 5, column 10.
    PositionCursor cursor("ab\ncd", Position{100, 5, 10});
    expect_position(cursor.at(100), 100, 5, 10);
    expect_position(cursor.at(101), 101, 5, 11);
    expect_position(cursor.at(104), 104, 6, 2);
}

TEST(PositionCursor, GoesBackToTheOriginLine) {
    PositionCursor cursor("ab\ncd", Position{100, 5, 10});
    expect_position(cursor.at(104), 104, 6, 2);
    expect_position(cursor.at(101), 101, 5, 11);
    expect_position(cursor.at(100), 100, 5, 10);
}

TEST(PositionCursor, GoesBackToALaterLineOfTheOrigin) {
    PositionCursor cursor("ab\ncde", Position{100, 5, 10});
    expect_position(cursor.at(105), 105, 6, 3);
    expect_position(cursor.at(103), 103, 6, 1);
}

TEST(PositionCursor, ResolvesSpans) {
    PositionCursor cursor("Split (Croatia)\npopulation: 1");
    const SourceSpan header = cursor.span(0, 15);
    expect_position(header.begin, 0, 1, 1);
    expect_position(header.end, 15, 1, 16);
    const SourceSpan label = cursor.span(16, 10);
    expect_position(label.begin, 16, 2, 1);
    expect_position(label.end, 26, 2, 11);
}

TEST(PositionCursor, ResolvesSpansThatCrossLines) {
    PositionCursor cursor("main areas of\ncooperation: x");
    const SourceSpan span = cursor.span(0, 25);
    expect_position(span.begin, 0, 1, 1);
    expect_position(span.end, 25, 2, 12);
}

TEST(SourceSpan, ReportsOffsetLengthAndEmptiness) {
    const SourceSpan span{{4, 1, 5}, {10, 1, 11}};
    EXPECT_EQ(span.offset(), 4U);
    EXPECT_EQ(span.length(), 6U);
    EXPECT_FALSE(span.empty());
    const SourceSpan empty{{4, 1, 5}, {4, 1, 5}};
    EXPECT_EQ(empty.length(), 0U);
    EXPECT_TRUE(empty.empty());
}

TEST(SourceSpan, ComparesAllPositionParts) {
    const SourceSpan a{{4, 1, 5}, {10, 1, 11}};
    const SourceSpan same{{4, 1, 5}, {10, 1, 11}};
    const SourceSpan other_column{{4, 1, 6}, {10, 1, 11}};
    EXPECT_EQ(a, same);
    EXPECT_NE(a, other_column);
}

TEST(PositionCursorForInput, CountsFromTheStartWithoutByteOrderMark) {
    PositionCursor cursor = PositionCursor::for_input("ab\ncd");
    expect_position(cursor.at(0), 0, 1, 1);
    expect_position(cursor.at(4), 4, 2, 2);
}

TEST(PositionCursorForInput, PutsColumnOneAfterTheByteOrderMark) {
    PositionCursor cursor = PositionCursor::for_input(
        "\xEF\xBB\xBF"
        "ab\ncd");
    expect_position(cursor.at(3), 3, 1, 1);
    expect_position(cursor.at(4), 4, 1, 2);
    expect_position(cursor.at(7), 7, 2, 2);
}

TEST(PositionCursorForInput, GoesBackToTheFirstLineAfterTheByteOrderMark) {
    PositionCursor cursor = PositionCursor::for_input(
        "\xEF\xBB\xBF"
        "ab\ncd");
    expect_position(cursor.at(7), 7, 2, 2);
    expect_position(cursor.at(4), 4, 1, 2);
}

}  // namespace
