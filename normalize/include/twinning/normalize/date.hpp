#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "twinning/model/partial_date.hpp"
#include "twinning/normalize/pieces.hpp"

namespace twinning::normalize {

// How to read `D/M/YYYY`-style dates, which are written both ways.
enum class DateOrder { dmy, mdy };

// What decided the order slash dates are read in.
enum class OrderSource { configuration, file, default_order };

struct SlashDateReading {
    DateOrder order = DateOrder::dmy;
    OrderSource settled_by = OrderSource::default_order;
};

// The order a file's own slash dates show: `25/12/2012` can only be day
// first, `12/25/2012` only month first. None when the file has no such
// date, or has both kinds.
[[nodiscard]] std::optional<DateOrder> slash_order_shown_by(std::string_view input);

// The configured order wins, then the file's own, then day-first.
[[nodiscard]] SlashDateReading slash_date_reading(std::optional<DateOrder> configured, std::string_view input);

struct DateRead {
    model::PartialDate date;
    std::size_t length = 0;   // bytes of the text the date took
    bool on_calendar = true;  // false for 31.2.2012
    bool ambiguous = false;   // a slash date that reads both ways, as 3/4/2012
};

// Reads one date at the start of `text`. The forms: `1960`, `D.M.YYYY`,
// `D. M. YYYY`, `DD.MM.YYYY`, `YYYY-MM-DD`, `YYYY.MM.DD`, `YYYY. M. D` (and
// either with the trailing dot Hungarian writes, `2012. 03. 02.`, which is
// part of the date), `D Month YYYY`, `Month D, YYYY`, `Month YYYY` and
// `D/M/YYYY` (or `M/D/YYYY` with DateOrder::mdy). Month names are English,
// full or abbreviated. A day before or after a month name may be an
// ordinal, with any of `st`, `nd`, `rd`, `th`: `March 3rd, 2011`,
// `14th May 1999`, and `1st of June 2004` (`of` only after an ordinal).
[[nodiscard]] std::optional<DateRead> read_date(std::string_view text, DateOrder order);

// A date found inside a longer value, with where it stands in that value.
struct DateInValue {
    model::PartialDate date;
    std::size_t offset = 0;
    std::size_t length = 0;
    bool on_calendar = true;
    bool ambiguous = false;
};

// An agreement value such as `1960, renewed 1996 and 2010`: the first date
// is the signing, every date after a renewal word a renewal. The renewal
// words are `renewed`, `renewal` and `extended`, each optionally followed by
// `in` or `on`. Words and an opening bracket before the first date are the
// phrase it stands in and are skipped: `signed on 8 October 1993`,
// `Partnership since 1972.`, `(since 1968)`; but not a renewal word, as then
// the signing is not stated (`renewed 1996` is unread). A full stop may end
// the value. Reading stops at the first text it does not understand, which
// is returned; a value with no date is unread from its first non-space.
// Offsets and lengths are those of the date text itself.
struct AgreementDates {
    std::optional<DateInValue> signed_on;
    std::vector<DateInValue> renewed;
    std::optional<std::size_t> unread_offset;  // where the value stopped making sense
    bool unread_is_date = false;               // a date, but with no `renewed` before it
};

[[nodiscard]] AgreementDates read_agreement_dates(std::string_view value, DateOrder order);

// A value of dates only, as under a `renewed:` label. No words are
// skipped here; a full stop may end the value.
[[nodiscard]] AgreementDates read_date_list(std::string_view value, DateOrder order);

// A phrase that states renewals, as a line of a record block does:
// `Renewed in 2002`, `Agreement renewed 2010 and 2015`. The words before
// the renewal word are passed over; every date after it is a renewal.
[[nodiscard]] AgreementDates read_renewal_phrase(std::string_view value, DateOrder order);

// A date a value says was signed in a place, with the place.
struct DateInPlace {
    DateInValue date;
    Piece place;             // `Tulln` in `in Tulln 12/5/1982`
    std::size_t offset = 0;  // of the `in` that opens it
};

// The dates of an agreement signed in two or more places, as a register
// writes it: `Agreement on Cooperation between the Cities in Tulln
// 12/5/1982, in Krems 20/6/1982`. Each date has its place after an `in`
// before it (`in Tulln on 12 May 1982` too); words before the first `in`
// are the phrase and are passed over. Between one date and the next `in`
// only commas, semicolons, brackets and `and` may stand, and a full stop
// may end the value. Empty unless the value is all of that with two
// places or more, so `in Tulln 12/5/1982` alone, or with `renewed 2002`
// after it, is left to read_agreement_dates.
[[nodiscard]] std::vector<DateInPlace> read_dates_in_places(std::string_view value, DateOrder order);

}  // namespace twinning::normalize
