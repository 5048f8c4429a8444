#include <algorithm>
#include <chrono>

#include "date_cursor.hpp"
#include "twinning/normalize/date.hpp"

// One date on its own, in each of the forms pages write, and the order
// slash dates are read in.

namespace twinning::normalize {

namespace {

using dates::Cursor;
using dates::is_digit;
using dates::months_in_year;
using dates::ordinal_suffixes;

constexpr int unstated = -1;

// A date from its parts; `unstated` parts set the precision. The calendar
// check uses <chrono>, so 29.2.2023 and 31.4.2012 are caught.
[[nodiscard]] std::optional<DateRead> finish(int y, int m, int d, std::size_t length) {
    using namespace std::chrono;
    model::PartialDate date{y, static_cast<std::uint8_t>(std::max(m, 0)), static_cast<std::uint8_t>(std::max(d, 0))};
    bool ok = true;
    if (d != unstated) {
        ok = year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}.ok();
    } else if (m != unstated) {
        ok = month{static_cast<unsigned>(m)}.ok();
    }
    return DateRead{date, length, ok};
}

// `1960-05-09`
[[nodiscard]] std::optional<DateRead> read_iso(std::string_view text) {
    Cursor c(text);
    const auto y = c.year();
    if (!y || !c.literal('-')) {
        return std::nullopt;
    }
    const auto m = c.number(1, 2);
    if (!m || !c.literal('-')) {
        return std::nullopt;
    }
    const auto d = c.number(1, 2);
    if (!d) {
        return std::nullopt;
    }
    return finish(*y, *m, *d, c.at());
}

// `2012.03.02`, `2012. 3. 2` and `2012. 03. 02.`: the trailing dot belongs
// to the date in Hungarian, so it is part of the text the date took.
[[nodiscard]] std::optional<DateRead> read_year_first_dotted(std::string_view text) {
    Cursor c(text);
    const auto y = c.year();
    if (!y || !c.literal('.')) {
        return std::nullopt;
    }
    c.spaces();
    const auto m = c.number(1, 2);
    if (!m || !c.literal('.')) {
        return std::nullopt;
    }
    c.spaces();
    const auto d = c.number(1, 2);
    if (!d) {
        return std::nullopt;
    }
    (void)c.literal('.');
    return finish(*y, *m, *d, c.at());
}

// `13.11.2015`, `2. 3. 2012`, `13/11/2015`
[[nodiscard]] std::optional<DateRead> read_numeric(std::string_view text, DateOrder order) {
    Cursor c(text);
    const auto first = c.number(1, 2);
    if (!first) {
        return std::nullopt;
    }
    char separator = '.';
    if (!c.literal('.')) {
        if (!c.literal('/')) {
            return std::nullopt;
        }
        separator = '/';
    }
    c.spaces();
    const auto second = c.number(1, 2);
    if (!second || !c.literal(separator)) {
        return std::nullopt;
    }
    c.spaces();
    const auto y = c.year();
    if (!y) {
        return std::nullopt;
    }
    const bool month_first = separator == '/' && order == DateOrder::mdy;
    auto read = month_first ? finish(*y, *first, *second, c.at()) : finish(*y, *second, *first, c.at());
    read->ambiguous =
        separator == '/' && *first != *second && *first >= 1 && *first <= 12 && *second >= 1 && *second <= 12;
    return read;
}

// `9 November 2012`, `9. November 2012`, `14th May 1999`, `1st of June 2004`
[[nodiscard]] std::optional<DateRead> read_day_month_name(std::string_view text) {
    Cursor c(text);
    const auto d = c.number(1, 2);
    if (!d) {
        return std::nullopt;
    }
    if (c.any_word(ordinal_suffixes)) {
        // `of` only after an ordinal: `1st of June`, never `1 of June`.
        c.spaces();
        (void)c.word("of");
    } else {
        (void)c.literal('.');
    }
    c.spaces();
    const auto m = c.month_name();
    if (!m) {
        return std::nullopt;
    }
    c.spaces();
    const auto y = c.year();
    if (!y) {
        return std::nullopt;
    }
    return finish(*y, *m, *d, c.at());
}

// `November 9, 2012`, `March 3rd, 2011` or `November 2012`
[[nodiscard]] std::optional<DateRead> read_month_name_first(std::string_view text) {
    Cursor c(text);
    const auto m = c.month_name();
    if (!m) {
        return std::nullopt;
    }
    c.spaces();
    if (const auto y = c.year()) {
        return finish(*y, *m, unstated, c.at());
    }
    const auto d = c.number(1, 2);
    if (!d) {
        return std::nullopt;
    }
    (void)c.any_word(ordinal_suffixes);
    (void)c.literal(',');
    c.spaces();
    const auto y = c.year();
    if (!y) {
        return std::nullopt;
    }
    return finish(*y, *m, *d, c.at());
}

// `1960`
[[nodiscard]] std::optional<DateRead> read_year(std::string_view text) {
    Cursor c(text);
    const auto y = c.year();
    if (!y) {
        return std::nullopt;
    }
    return finish(*y, unstated, unstated, c.at());
}

}  // namespace

std::optional<DateOrder> slash_order_shown_by(std::string_view input) {
    bool day_first = false;
    bool month_first = false;
    for (std::size_t at = input.find('/'); at != std::string_view::npos; at = input.find('/', at + 1)) {
        // Step back over the first number, then read the whole date.
        std::size_t start = at;
        while (start > 0 && is_digit(input[start - 1]) && at - start < 2) {
            --start;
        }
        if (start == at || (start > 0 && is_digit(input[start - 1]))) {
            continue;
        }
        Cursor c(input, start);
        const auto first = c.number(1, 2);
        if (!c.literal('/')) {
            continue;
        }
        const auto second = c.number(1, 2);
        if (!first || !second || !c.literal('/') || !c.year()) {
            continue;
        }
        day_first = day_first || (*first > months_in_year && *second <= months_in_year);
        month_first = month_first || (*second > months_in_year && *first <= months_in_year);
    }
    if (day_first == month_first) {
        return std::nullopt;
    }
    return day_first ? DateOrder::dmy : DateOrder::mdy;
}

SlashDateReading slash_date_reading(std::optional<DateOrder> configured, std::string_view input) {
    if (configured) {
        return {*configured, OrderSource::configuration};
    }
    if (const auto shown = slash_order_shown_by(input)) {
        return {*shown, OrderSource::file};
    }
    return {DateOrder::dmy, OrderSource::default_order};
}

std::optional<DateRead> read_date(std::string_view text, DateOrder order) {
    // Longest forms first, so `2012-11-09` is not read as the year 2012.
    for (const auto& reader :
         {read_iso, read_year_first_dotted, read_day_month_name, read_month_name_first, read_year}) {
        if (auto read = reader(text)) {
            return read;
        }
    }
    return read_numeric(text, order);
}

}  // namespace twinning::normalize
