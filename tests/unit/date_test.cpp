#include "twinning/normalize/date.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using twinning::model::PartialDate;
using twinning::normalize::DateInValue;
using twinning::normalize::DateOrder;
using twinning::normalize::OrderSource;
using twinning::normalize::read_agreement_dates;
using twinning::normalize::read_date;
using twinning::normalize::read_date_list;
using twinning::normalize::read_dates_in_places;
using twinning::normalize::slash_date_reading;
using twinning::normalize::slash_order_shown_by;

void expect_date(std::string_view text, DateOrder order, PartialDate date, std::size_t length,
                 bool on_calendar = true) {
    SCOPED_TRACE(text);
    const auto read = read_date(text, order);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->date.year, date.year);
    EXPECT_EQ(read->date.month, date.month);
    EXPECT_EQ(read->date.day, date.day);
    EXPECT_EQ(read->length, length);
    EXPECT_EQ(read->on_calendar, on_calendar);
}

void expect_date(std::string_view text, PartialDate date, std::size_t length, bool on_calendar = true) {
    expect_date(text, DateOrder::dmy, date, length, on_calendar);
}

void expect_no_date(std::string_view text, DateOrder order = DateOrder::dmy) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(read_date(text, order).has_value());
}

void expect_in_value(const DateInValue& found, PartialDate date, std::size_t offset, std::size_t length,
                     bool on_calendar = true) {
    EXPECT_EQ(found.date.year, date.year);
    EXPECT_EQ(found.date.month, date.month);
    EXPECT_EQ(found.date.day, date.day);
    EXPECT_EQ(found.offset, offset);
    EXPECT_EQ(found.length, length);
    EXPECT_EQ(found.on_calendar, on_calendar);
}

// --- read_renewal_phrase ------------------------------------------------------

TEST(ReadRenewalPhrase, PassesOverWordsBetweenTheRenewalWordAndItsDate) {
    const auto dates = twinning::normalize::read_renewal_phrase("Renewal of the Agreement, 1996", DateOrder::dmy);
    ASSERT_EQ(dates.renewed.size(), 1U);
    EXPECT_EQ(dates.renewed[0].date.year, 1996);
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadRenewalPhrase, ReadsTheDatesAfterTheRenewalWord) {
    const auto dates = twinning::normalize::read_renewal_phrase("Agreement renewed in 2002 and 2012.", DateOrder::dmy);
    EXPECT_FALSE(dates.signed_on.has_value());
    ASSERT_EQ(dates.renewed.size(), 2U);
    EXPECT_EQ(dates.renewed[0].offset, 21U);
    EXPECT_EQ(dates.renewed[1].offset, 30U);
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadRenewalPhrase, LeavesAPhraseWithoutARenewalWordUnread) {
    const auto dates = twinning::normalize::read_renewal_phrase("Twinned since 1991", DateOrder::dmy);
    EXPECT_TRUE(dates.renewed.empty());
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(0));
}

// --- read_date: accepted -----------------------------------------------------

TEST(ReadDate, ReadsYearOnly) { expect_date("1960", {1960, 0, 0}, 4); }

TEST(ReadDate, ReadsDottedDayMonthYear) { expect_date("13.11.2015", {2015, 11, 13}, 10); }

TEST(ReadDate, ReadsDottedDateWithSingleDigits) { expect_date("9.11.2012", {2012, 11, 9}, 9); }

TEST(ReadDate, ReadsDottedDateWithSpaces) { expect_date("2. 3. 2012", {2012, 3, 2}, 10); }

TEST(ReadDate, ReadsDottedDateWithNoBreakSpaces) {
    expect_date(
        "9.\xC2\xA0"
        "11.\xC2\xA0"
        "2012",
        {2012, 11, 9}, 13);
}

TEST(ReadDate, ReadsIsoDate) { expect_date("2015-11-13", {2015, 11, 13}, 10); }

TEST(ReadDate, ReadsIsoDateWithSingleDigits) { expect_date("2015-1-3", {2015, 1, 3}, 8); }

TEST(ReadDate, ReadsDayMonthNameYear) { expect_date("9 November 2012", {2012, 11, 9}, 15); }

TEST(ReadDate, ReadsDayWithDotBeforeMonthName) { expect_date("9. November 2012", {2012, 11, 9}, 16); }

TEST(ReadDate, ReadsMonthNameDayCommaYear) { expect_date("November 9, 2012", {2012, 11, 9}, 16); }

TEST(ReadDate, ReadsMonthNameDayYearWithoutComma) { expect_date("November 9 2012", {2012, 11, 9}, 15); }

TEST(ReadDate, ReadsMonthNameYearAsMonthPrecision) { expect_date("November 2012", {2012, 11, 0}, 13); }

TEST(ReadDate, ReadsAbbreviatedMonth) {
    expect_date("Nov 2012", {2012, 11, 0}, 8);
    expect_date("Nov. 2012", {2012, 11, 0}, 9);
    expect_date("3 Mar 2012", {2012, 3, 3}, 10);
    expect_date("Sept 5, 2012", {2012, 9, 5}, 12);
}

TEST(ReadDate, ReadsMonthNamesInAnyCase) {
    expect_date("9 NOVEMBER 2012", {2012, 11, 9}, 15);
    expect_date("may 2001", {2001, 5, 0}, 8);
}

TEST(ReadDate, ReadsSlashDateDayFirstByDefault) { expect_date("3/4/2012", DateOrder::dmy, {2012, 4, 3}, 8); }

TEST(ReadDate, ReadsSlashDateMonthFirstWhenAsked) { expect_date("3/4/2012", DateOrder::mdy, {2012, 3, 4}, 8); }

TEST(ReadDate, ReadsDottedDateDayFirstEvenWhenMonthFirstIsAsked) {
    expect_date("3.4.2012", DateOrder::mdy, {2012, 4, 3}, 8);
}

TEST(ReadDate, ReadsOnlyTheDateAtTheStart) {
    expect_date("1960, renewed 1996", {1960, 0, 0}, 4);
    expect_date("13.11.2015 (Ostrava)", {2015, 11, 13}, 10);
}

TEST(ReadDate, AcceptsLeapDayInLeapYear) { expect_date("29.2.2024", {2024, 2, 29}, 9); }

// --- read_date: year first, with dots ----------------------------------------

TEST(ReadDate, ReadsYearFirstDottedWithSpaces) { expect_date("2012. 3. 2", {2012, 3, 2}, 10); }

TEST(ReadDate, ReadsYearFirstDottedWithoutSpaces) { expect_date("2012.03.02", {2012, 3, 2}, 10); }

TEST(ReadDate, ReadsTrailingDotOfYearFirstDottedAsPartOfTheDate) {
    expect_date("2012. 03. 02.", {2012, 3, 2}, 13);
    expect_date("2012.03.02.", {2012, 3, 2}, 11);
}

TEST(ReadDate, MarksYearFirstDottedDateOffCalendar) { expect_date("2012.02.30", {2012, 2, 30}, 10, false); }

TEST(ReadDate, ReadsYearFollowedByADotAsTheYear) {
    expect_date("1972.", {1972, 0, 0}, 4);
    expect_date("2012.3", {2012, 0, 0}, 4);
}

// --- read_date: ordinal days -------------------------------------------------

TEST(ReadDate, ReadsMonthNameOrdinalDayCommaYear) { expect_date("March 3rd, 2011", {2011, 3, 3}, 15); }

TEST(ReadDate, ReadsMonthNameOrdinalDayYear) { expect_date("May 22nd 2005", {2005, 5, 22}, 13); }

TEST(ReadDate, ReadsOrdinalDayMonthNameYear) { expect_date("14th May 1999", {1999, 5, 14}, 13); }

TEST(ReadDate, ReadsOrdinalDayOfMonthNameYear) { expect_date("1st of June 2004", {2004, 6, 1}, 16); }

TEST(ReadDate, ReadsOrdinalSuffixInAnyCase) { expect_date("2ND of MAY 2004", {2004, 5, 2}, 15); }

TEST(ReadDate, RejectsOfWithoutAnOrdinal) { expect_no_date("1 of June 2004"); }

TEST(ReadDate, RejectsLettersThatAreNoOrdinalSuffix) {
    expect_no_date("3xy May 2012");
    expect_no_date("3rdly May 2012");
    expect_no_date("May 3x, 2012");
}

// --- read_date: off the calendar ---------------------------------------------

TEST(ReadDate, MarksThirtyFirstOfFebruaryOffCalendar) { expect_date("31.2.2012", {2012, 2, 31}, 9, false); }

TEST(ReadDate, MarksLeapDayInCommonYearOffCalendar) { expect_date("29.2.2023", {2023, 2, 29}, 9, false); }

TEST(ReadDate, MarksThirtyFirstOfAprilOffCalendar) { expect_date("2012-04-31", {2012, 4, 31}, 10, false); }

TEST(ReadDate, MarksMonthThirteenOffCalendar) {
    expect_date("1.13.2012", {2012, 13, 1}, 9, false);
    expect_date("13/1/2012", DateOrder::mdy, {2012, 13, 1}, 9, false);
}

TEST(ReadDate, MarksDayZeroOffCalendar) { expect_date("0.5.2012", {2012, 5, 0}, 8, false); }

// --- read_date: rejected -----------------------------------------------------

TEST(ReadDate, RejectsWords) {
    expect_no_date("sometime");
    expect_no_date("renewed 1996");
}

TEST(ReadDate, RejectsEmptyText) { expect_no_date(""); }

TEST(ReadDate, RejectsNumbersThatAreNotYears) {
    expect_no_date("12");
    expect_no_date("196");
    expect_no_date("19601");
}

TEST(ReadDate, RejectsTwoDigitYear) {
    expect_no_date("13.11.15");
    expect_no_date("3/4/12");
}

TEST(ReadDate, RejectsDayWithThreeDigits) { expect_no_date("130.11.2015"); }

TEST(ReadDate, RejectsMixedSeparators) { expect_no_date("3/4.2012"); }

TEST(ReadDate, RejectsUnknownMonthName) {
    expect_no_date("9 Smarch 2012");
    expect_no_date("Novembre 2012");
    expect_no_date("No 2012");
}

TEST(ReadDate, RejectsMonthNameWithoutYear) { expect_no_date("November"); }

TEST(ReadDate, RejectsLeadingSpace) { expect_no_date(" 1960"); }

// --- read_agreement_dates ----------------------------------------------------

TEST(ReadAgreementDates, ReadsSigningAlone) {
    const auto dates = read_agreement_dates("1960", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    expect_in_value(*dates.signed_on, {1960, 0, 0}, 0, 4);
    EXPECT_TRUE(dates.renewed.empty());
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadAgreementDates, ReadsSigningAndRenewal) {
    const auto dates = read_agreement_dates("1960, renewed 1996", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    expect_in_value(*dates.signed_on, {1960, 0, 0}, 0, 4);
    ASSERT_EQ(dates.renewed.size(), 1U);
    expect_in_value(dates.renewed[0], {1996, 0, 0}, 14, 4);
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadAgreementDates, ReadsRenewalsJoinedWithAnd) {
    const auto dates = read_agreement_dates("1960, renewed 1996 and 2010", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    ASSERT_EQ(dates.renewed.size(), 2U);
    expect_in_value(dates.renewed[0], {1996, 0, 0}, 14, 4);
    expect_in_value(dates.renewed[1], {2010, 0, 0}, 23, 4);
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadAgreementDates, ReadsRenewedWrittenTwice) {
    const auto dates = read_agreement_dates("1960, renewed 1996, renewed 2005", DateOrder::dmy);
    ASSERT_EQ(dates.renewed.size(), 2U);
    expect_in_value(dates.renewed[0], {1996, 0, 0}, 14, 4);
    expect_in_value(dates.renewed[1], {2005, 0, 0}, 28, 4);
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadAgreementDates, ReadsRenewalsWithCommasSemicolonsAndAmpersand) {
    const auto dates = read_agreement_dates("1960 (renewed 1996; 2005 & 2015)", DateOrder::dmy);
    ASSERT_EQ(dates.renewed.size(), 3U);
    expect_in_value(dates.renewed[0], {1996, 0, 0}, 14, 4);
    expect_in_value(dates.renewed[1], {2005, 0, 0}, 20, 4);
    expect_in_value(dates.renewed[2], {2015, 0, 0}, 27, 4);
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadAgreementDates, SkipsInOrOnAfterRenewed) {
    const auto in = read_agreement_dates("1960, renewed in 1996", DateOrder::dmy);
    ASSERT_EQ(in.renewed.size(), 1U);
    expect_in_value(in.renewed[0], {1996, 0, 0}, 17, 4);
    const auto on = read_agreement_dates("1960, renewed on 9.11.2012", DateOrder::dmy);
    ASSERT_EQ(on.renewed.size(), 1U);
    expect_in_value(on.renewed[0], {2012, 11, 9}, 17, 9);
}

TEST(ReadAgreementDates, ReadsFullDates) {
    const auto dates = read_agreement_dates("13.11.2015, renewed 9 November 2020", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    expect_in_value(*dates.signed_on, {2015, 11, 13}, 0, 10);
    ASSERT_EQ(dates.renewed.size(), 1U);
    expect_in_value(dates.renewed[0], {2020, 11, 9}, 20, 15);
}

TEST(ReadAgreementDates, ReadsRenewedInAnyCase) {
    const auto dates = read_agreement_dates("1957, Renewed 1990", DateOrder::dmy);
    ASSERT_EQ(dates.renewed.size(), 1U);
    expect_in_value(dates.renewed[0], {1990, 0, 0}, 14, 4);
}

TEST(ReadAgreementDates, SkipsLeadingSpaces) {
    const auto dates = read_agreement_dates("  1960", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    expect_in_value(*dates.signed_on, {1960, 0, 0}, 2, 4);
}

TEST(ReadAgreementDates, ReadsRenewalAcrossALineBreak) {
    const auto dates = read_agreement_dates("1960, renewed\n1996", DateOrder::dmy);
    ASSERT_EQ(dates.renewed.size(), 1U);
    expect_in_value(dates.renewed[0], {1996, 0, 0}, 14, 4);
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadAgreementDates, UsesTheDateOrderForSlashDates) {
    const auto dmy = read_agreement_dates("3/4/2012", DateOrder::dmy);
    ASSERT_TRUE(dmy.signed_on.has_value());
    expect_in_value(*dmy.signed_on, {2012, 4, 3}, 0, 8);
    const auto mdy = read_agreement_dates("3/4/2012", DateOrder::mdy);
    ASSERT_TRUE(mdy.signed_on.has_value());
    expect_in_value(*mdy.signed_on, {2012, 3, 4}, 0, 8);
}

TEST(ReadAgreementDates, KeepsOffCalendarDateMarked) {
    const auto dates = read_agreement_dates("31.2.2012", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    expect_in_value(*dates.signed_on, {2012, 2, 31}, 0, 9, false);
}

TEST(ReadAgreementDates, StopsAtUnreadableTail) {
    const auto dates = read_agreement_dates("1960, renewed 1996 by the new mayor", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    ASSERT_EQ(dates.renewed.size(), 1U);
    expect_in_value(dates.renewed[0], {1996, 0, 0}, 14, 4);
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(19));
    EXPECT_FALSE(dates.unread_is_date);
}

TEST(ReadAgreementDates, StopsAtSecondDateWithoutRenewed) {
    const auto dates = read_agreement_dates("1971, 1995", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    expect_in_value(*dates.signed_on, {1971, 0, 0}, 0, 4);
    EXPECT_TRUE(dates.renewed.empty());
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(6));
    EXPECT_TRUE(dates.unread_is_date);
}

TEST(ReadAgreementDates, StopsAtRenewedWithoutDate) {
    const auto dates = read_agreement_dates("1960, renewed soon", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    EXPECT_TRUE(dates.renewed.empty());
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(14));
    EXPECT_FALSE(dates.unread_is_date);
}

TEST(ReadAgreementDates, ReportsUnreadableValueFromItsStart) {
    const auto dates = read_agreement_dates("unknown", DateOrder::dmy);
    EXPECT_FALSE(dates.signed_on.has_value());
    EXPECT_TRUE(dates.renewed.empty());
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(0));
    EXPECT_FALSE(dates.unread_is_date);
}

TEST(ReadAgreementDates, ReportsUnreadableValueAfterLeadingSpaces) {
    const auto dates = read_agreement_dates("  in the sixties", DateOrder::dmy);
    EXPECT_FALSE(dates.signed_on.has_value());
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(2));
}

// --- read_agreement_dates: dates inside a phrase ----------------------------

void expect_signing_only(std::string_view value, PartialDate date, std::size_t offset, std::size_t length) {
    SCOPED_TRACE(value);
    const auto dates = read_agreement_dates(value, DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    expect_in_value(*dates.signed_on, date, offset, length);
    EXPECT_TRUE(dates.renewed.empty());
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadAgreementDates, ReadsSinceYear) { expect_signing_only("since 1968", {1968, 0, 0}, 6, 4); }

TEST(ReadAgreementDates, ReadsSinceYearInBrackets) { expect_signing_only("(since 1968)", {1968, 0, 0}, 7, 4); }

TEST(ReadAgreementDates, ReadsDateAfterSignedOn) {
    expect_signing_only("signed on 8 October 1993", {1993, 10, 8}, 10, 14);
}

TEST(ReadAgreementDates, ReadsDateBeforeAFinalFullStop) {
    expect_signing_only("Partnership since 1972.", {1972, 0, 0}, 18, 4);
}

TEST(ReadAgreementDates, ReadsDateAfterTwinnedSince) { expect_signing_only("Twinned since 1991", {1991, 0, 0}, 14, 4); }

TEST(ReadAgreementDates, ReadsDateAfterPartnersSince) {
    expect_signing_only("Partners since 2004", {2004, 0, 0}, 15, 4);
}

TEST(ReadAgreementDates, ReadsOrdinalDateAfterAPhrase) {
    expect_signing_only("Agreement concluded on 14th May 1999", {1999, 5, 14}, 23, 13);
}

TEST(ReadAgreementDates, ReadsDateAfterEstablished) { expect_signing_only("Established 1968", {1968, 0, 0}, 12, 4); }

TEST(ReadAgreementDates, ReadsMonthNameDateAfterAPhrase) {
    expect_signing_only("signed in May 2005", {2005, 5, 0}, 10, 8);
}

TEST(ReadAgreementDates, ReadsYearFirstDottedDateWithItsDot) {
    expect_signing_only("2012. 03. 02.", {2012, 3, 2}, 0, 13);
}

TEST(ReadAgreementDates, ReadsPhraseWithRenewedIn) {
    const auto dates = read_agreement_dates("Partnership agreement signed in 1995, renewed in 2005", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    expect_in_value(*dates.signed_on, {1995, 0, 0}, 32, 4);
    ASSERT_EQ(dates.renewed.size(), 1U);
    expect_in_value(dates.renewed[0], {2005, 0, 0}, 49, 4);
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadAgreementDates, ReadsRenewalInBracketsAfterTheYear) {
    const auto dates = read_agreement_dates("1982 (renewed 2002)", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    expect_in_value(*dates.signed_on, {1982, 0, 0}, 0, 4);
    ASSERT_EQ(dates.renewed.size(), 1U);
    expect_in_value(dates.renewed[0], {2002, 0, 0}, 14, 4);
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadAgreementDates, ReadsRenewalAndExtendedAsRenewals) {
    const auto renewal = read_agreement_dates("1960, renewal 1996", DateOrder::dmy);
    ASSERT_EQ(renewal.renewed.size(), 1U);
    expect_in_value(renewal.renewed[0], {1996, 0, 0}, 14, 4);
    EXPECT_FALSE(renewal.unread_offset.has_value());
    const auto extended = read_agreement_dates("1960, extended in 2005.", DateOrder::dmy);
    ASSERT_EQ(extended.renewed.size(), 1U);
    expect_in_value(extended.renewed[0], {2005, 0, 0}, 18, 4);
    EXPECT_FALSE(extended.unread_offset.has_value());
}

TEST(ReadAgreementDates, StopsAtSecondDateWithoutRenewedAfterAPhrase) {
    const auto dates = read_agreement_dates("Twinned since 1991, 2001", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    expect_in_value(*dates.signed_on, {1991, 0, 0}, 14, 4);
    EXPECT_TRUE(dates.renewed.empty());
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(20));
    EXPECT_TRUE(dates.unread_is_date);
}

TEST(ReadAgreementDates, StopsAtAFullStopBeforeMoreText) {
    const auto dates = read_agreement_dates("Partnership since 1972. Renewed", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(22));
    EXPECT_FALSE(dates.unread_is_date);
}

// A date after `renewed` is a renewal, so the signing is not known.
TEST(ReadAgreementDates, DoesNotReadARenewalAsTheSigning) {
    const auto dates = read_agreement_dates("renewed 1996", DateOrder::dmy);
    EXPECT_FALSE(dates.signed_on.has_value());
    EXPECT_TRUE(dates.renewed.empty());
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(0));
    const auto phrase = read_agreement_dates("Partnership renewed in 1996", DateOrder::dmy);
    EXPECT_FALSE(phrase.signed_on.has_value());
    EXPECT_EQ(phrase.unread_offset, std::optional<std::size_t>(0));
}

TEST(ReadAgreementDates, ReportsPhraseWithoutDateFromItsStart) {
    const auto dates = read_agreement_dates(" Partnership since the sixties.", DateOrder::dmy);
    EXPECT_FALSE(dates.signed_on.has_value());
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(1));
    EXPECT_FALSE(dates.unread_is_date);
}

TEST(ReadAgreementDates, ReportsPhraseStoppedByANumberFromItsStart) {
    const auto dates = read_agreement_dates("signed in 12 copies in 1995", DateOrder::dmy);
    EXPECT_FALSE(dates.signed_on.has_value());
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(0));
}

// --- read_date_list ----------------------------------------------------------

TEST(ReadDateList, ReadsOneDate) {
    const auto dates = read_date_list("1996", DateOrder::dmy);
    EXPECT_FALSE(dates.signed_on.has_value());
    ASSERT_EQ(dates.renewed.size(), 1U);
    expect_in_value(dates.renewed[0], {1996, 0, 0}, 0, 4);
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadDateList, ReadsSeveralDates) {
    const auto dates = read_date_list("1996, 2005 and 13.11.2015", DateOrder::dmy);
    ASSERT_EQ(dates.renewed.size(), 3U);
    expect_in_value(dates.renewed[0], {1996, 0, 0}, 0, 4);
    expect_in_value(dates.renewed[1], {2005, 0, 0}, 6, 4);
    expect_in_value(dates.renewed[2], {2015, 11, 13}, 15, 10);
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadDateList, ReadsEmptyValueAsNoDates) {
    const auto dates = read_date_list("", DateOrder::dmy);
    EXPECT_TRUE(dates.renewed.empty());
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadDateList, StopsAtUnreadableText) {
    const auto dates = read_date_list("1996, soon", DateOrder::dmy);
    ASSERT_EQ(dates.renewed.size(), 1U);
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(6));
}

TEST(ReadDateList, ReadsNewFormsAndAFinalFullStop) {
    const auto dates = read_date_list("2012.03.02, 14th May 1999.", DateOrder::dmy);
    ASSERT_EQ(dates.renewed.size(), 2U);
    expect_in_value(dates.renewed[0], {2012, 3, 2}, 0, 10);
    expect_in_value(dates.renewed[1], {1999, 5, 14}, 12, 13);
    EXPECT_FALSE(dates.unread_offset.has_value());
}

TEST(ReadDateList, DoesNotSkipLeadingWords) {
    const auto dates = read_date_list("since 1996", DateOrder::dmy);
    EXPECT_TRUE(dates.renewed.empty());
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(0));
}

TEST(ReadDateList, DoesNotAcceptTheWordRenewed) {
    const auto dates = read_date_list("renewed 1996", DateOrder::dmy);
    EXPECT_TRUE(dates.renewed.empty());
    EXPECT_EQ(dates.unread_offset, std::optional<std::size_t>(0));
}

// --- read_date: slash dates that read both ways ------------------------------

void expect_ambiguous(std::string_view text, bool ambiguous, DateOrder order = DateOrder::dmy) {
    SCOPED_TRACE(text);
    const auto read = read_date(text, order);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->ambiguous, ambiguous);
}

TEST(ReadDate, MarksSlashDateThatReadsBothWaysAmbiguous) {
    expect_ambiguous("3/4/2012", true);
    expect_ambiguous("3/4/2012", true, DateOrder::mdy);
    expect_ambiguous("12/11/2012", true);
}

TEST(ReadDate, DoesNotMarkSlashDateWithADayAboveTwelveAmbiguous) {
    expect_ambiguous("25/12/2012", false);
    expect_ambiguous("12/25/2012", false, DateOrder::mdy);
}

TEST(ReadDate, DoesNotMarkSlashDateWithDayEqualToMonthAmbiguous) { expect_ambiguous("3/3/2012", false); }

TEST(ReadDate, DoesNotMarkDottedOrIsoDatesAmbiguous) {
    expect_ambiguous("3.4.2012", false);
    expect_ambiguous("2012-04-03", false);
    expect_ambiguous("4 March 2012", false);
}

TEST(ReadDate, DoesNotMarkOffCalendarSlashDateAmbiguous) {
    expect_ambiguous("13/1/2012", false, DateOrder::mdy);
    expect_ambiguous("0/4/2012", false);
}

TEST(ReadAgreementDates, MarksEachAmbiguousDateInTheValue) {
    const auto dates = read_agreement_dates("3/4/2012, renewed 25/12/2015 and 5/6/2020", DateOrder::dmy);
    ASSERT_TRUE(dates.signed_on.has_value());
    EXPECT_TRUE(dates.signed_on->ambiguous);
    ASSERT_EQ(dates.renewed.size(), 2U);
    EXPECT_FALSE(dates.renewed[0].ambiguous);
    expect_in_value(dates.renewed[1], {2020, 6, 5}, 33, 8);
    EXPECT_TRUE(dates.renewed[1].ambiguous);
}

// --- slash_order_shown_by ----------------------------------------------------

TEST(SlashOrderShownBy, SeesDayFirstInADayAboveTwelve) {
    EXPECT_EQ(slash_order_shown_by("partnership agreement signed: 25/12/2012\n"),
              std::optional<DateOrder>(DateOrder::dmy));
}

TEST(SlashOrderShownBy, SeesMonthFirstInASecondNumberAboveTwelve) {
    EXPECT_EQ(slash_order_shown_by("partnership agreement signed: 12/25/2012\n"),
              std::optional<DateOrder>(DateOrder::mdy));
}

TEST(SlashOrderShownBy, FindsTheTellingDateAmongAmbiguousOnes) {
    EXPECT_EQ(slash_order_shown_by("signed: 3/4/2012\n\nsigned: 5/6/2001, renewed 4/13/2010\n"),
              std::optional<DateOrder>(DateOrder::mdy));
}

TEST(SlashOrderShownBy, SeesNothingInAmbiguousDatesOnly) {
    EXPECT_EQ(slash_order_shown_by("signed: 3/4/2012, renewed 5/6/2020\n"), std::nullopt);
}

TEST(SlashOrderShownBy, SeesNothingWithoutSlashDates) {
    EXPECT_EQ(slash_order_shown_by(""), std::nullopt);
    EXPECT_EQ(slash_order_shown_by("signed: 25.12.2012\nweb sites: www.split.hr/en/\n"), std::nullopt);
}

TEST(SlashOrderShownBy, SeesNothingWhenTheFileShowsBothOrders) {
    EXPECT_EQ(slash_order_shown_by("signed: 25/12/2012\n\nsigned: 12/25/2012\n"), std::nullopt);
}

TEST(SlashOrderShownBy, IgnoresSlashNumbersThatAreNotDates) {
    EXPECT_EQ(slash_order_shown_by("population: 25/12 of the region\n"), std::nullopt);
    EXPECT_EQ(slash_order_shown_by("code 125/12/2012\n"), std::nullopt);
}

// --- slash_date_reading ------------------------------------------------------

void expect_reading(const twinning::normalize::SlashDateReading& reading, DateOrder order, OrderSource source) {
    EXPECT_EQ(reading.order, order);
    EXPECT_EQ(reading.settled_by, source);
}

TEST(SlashDateReading, PrefersTheConfiguredOrderOverTheFile) {
    expect_reading(slash_date_reading(DateOrder::mdy, "signed: 25/12/2012\n"), DateOrder::mdy,
                   OrderSource::configuration);
    expect_reading(slash_date_reading(DateOrder::dmy, "signed: 3/4/2012\n"), DateOrder::dmy,
                   OrderSource::configuration);
}

TEST(SlashDateReading, TakesTheOrderTheFileShowsWhenNoneIsConfigured) {
    expect_reading(slash_date_reading(std::nullopt, "signed: 12/25/2012\n"), DateOrder::mdy, OrderSource::file);
    expect_reading(slash_date_reading(std::nullopt, "signed: 25/12/2012\n"), DateOrder::dmy, OrderSource::file);
}

TEST(SlashDateReading, FallsBackToDayFirstByDefault) {
    expect_reading(slash_date_reading(std::nullopt, "signed: 3/4/2012\n"), DateOrder::dmy, OrderSource::default_order);
    expect_reading(slash_date_reading(std::nullopt, ""), DateOrder::dmy, OrderSource::default_order);
}

// --- read_dates_in_places --------------------------------------------------------

// The dates and places, each as the value writes them.
std::vector<std::pair<std::string_view, std::string_view>> places_of(std::string_view value,
                                                                     DateOrder order = DateOrder::dmy) {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    for (const auto& signing : read_dates_in_places(value, order)) {
        out.emplace_back(value.substr(signing.date.offset, signing.date.length), signing.place.text);
        EXPECT_EQ(value.substr(signing.place.offset, signing.place.text.size()), signing.place.text);
    }
    return out;
}

using Places = std::vector<std::pair<std::string_view, std::string_view>>;

TEST(ReadDatesInPlaces, ReadsARegistersTwoPlacesAfterItsPhrase) {
    const std::string_view value = "Agreement on Cooperation between the Cities in Tulln 12/5/1982, in Krems 20/6/1982";
    EXPECT_EQ(places_of(value), (Places{{"12/5/1982", "Tulln"}, {"20/6/1982", "Krems"}}));
    const auto signings = read_dates_in_places(value, DateOrder::dmy);
    ASSERT_EQ(signings.size(), 2U);
    EXPECT_EQ(signings[0].date.date, (PartialDate{1982, 5, 12}));
    EXPECT_EQ(signings[1].date.date, (PartialDate{1982, 6, 20}));
    EXPECT_EQ(value.substr(signings[0].offset, 9), "in Tulln ");
    EXPECT_EQ(value.substr(signings[1].offset, 9), "in Krems ");
}

TEST(ReadDatesInPlaces, ReadsTheValueAsTheShapeOfARegisterLeavesIt) {
    EXPECT_EQ(places_of("in Tulln 12/5/1982, in Krems 20/6/1982"),
              (Places{{"12/5/1982", "Tulln"}, {"20/6/1982", "Krems"}}));
}

TEST(ReadDatesInPlaces, ReadsPlacesOfSeveralWordsWithOnAndAnd) {
    EXPECT_EQ(places_of("signed in Krems an der Donau on 20 June 1982 and in Tulln on 12 May 1982."),
              (Places{{"20 June 1982", "Krems an der Donau"}, {"12 May 1982", "Tulln"}}));
}

TEST(ReadDatesInPlaces, ReadsThreePlacesAndNamesWithMarks) {
    EXPECT_EQ(places_of("In \xC3\x9Ast\xC3\xAD 1990; in Tulln, 1991; in Lyon 1992"),
              (Places{{"1990", "\xC3\x9Ast\xC3\xAD"}, {"1991", "Tulln"}, {"1992", "Lyon"}}));
}

TEST(ReadDatesInPlaces, TakesTheLastInBeforeADateAsItsPlace) {
    EXPECT_EQ(places_of("Cooperation in culture signed in Tulln 1982, in Krems 1983"),
              (Places{{"1982", "Tulln"}, {"1983", "Krems"}}));
}

TEST(ReadDatesInPlaces, ReadsNothingOfASigningInOnePlace) {
    EXPECT_TRUE(places_of("in Tulln 12/5/1982").empty());
    EXPECT_TRUE(places_of("in Tulln 12/5/1982, renewed 2002").empty());
}

TEST(ReadDatesInPlaces, ReadsNothingWhenADateHasNoPlace) {
    EXPECT_TRUE(places_of("1982, in Krems 1983").empty());
    EXPECT_TRUE(places_of("in Tulln 1982, 1983").empty());
    EXPECT_TRUE(places_of("signed in 1982, in 1983").empty());
    EXPECT_TRUE(places_of("signed in May 1982, in June 1983").empty());
}

TEST(ReadDatesInPlaces, ReadsNothingWhenWordsFollowADate) {
    EXPECT_TRUE(places_of("in Tulln 1982 by the mayors, in Krems 1983").empty());
    EXPECT_TRUE(places_of("in Tulln 1982, in Krems 1983 and more").empty());
    EXPECT_TRUE(places_of("in Tulln 1982, in Krems").empty());
}

TEST(ReadDatesInPlaces, ReadsNothingOfAnOrdinaryAgreementValue) {
    for (const std::string_view value : {"", "1960", "1960, renewed 1996", "Twinned since 1991", "13.11.2015",
                                         "Partnership since 1972.", "in Tulln"}) {
        EXPECT_TRUE(places_of(value).empty()) << value;
    }
}

TEST(ReadDatesInPlaces, ReadsSlashDatesInTheOrderGiven) {
    const auto signings = read_dates_in_places("in Tulln 5/12/1982, in Krems 6/20/1982", DateOrder::mdy);
    ASSERT_EQ(signings.size(), 2U);
    EXPECT_EQ(signings[0].date.date, (PartialDate{1982, 5, 12}));
    EXPECT_EQ(signings[1].date.date, (PartialDate{1982, 6, 20}));
}

TEST(ReadDatesInPlaces, ReadsALongValueOnce) {
    std::string value;
    for (int i = 0; i < 20000; ++i) {
        value += "in Tulln 1982, ";
    }
    value += "in Krems 1983";
    EXPECT_EQ(read_dates_in_places(value, DateOrder::dmy).size(), 20001U);
    std::string words(1 << 20, 'a');
    EXPECT_TRUE(read_dates_in_places(words, DateOrder::dmy).empty());
}

}  // namespace
