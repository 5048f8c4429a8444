#include "twinning/normalize/date.hpp"

#include <algorithm>
#include <array>
#include <chrono>

#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::normalize {

namespace {

constexpr std::array<std::string_view, 12> month_names{
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december",
};

// `3rd`, `14th`: any of them after any day, as pages mix them up (`22th`).
constexpr std::array<std::string_view, 4> ordinal_suffixes{"st", "nd", "rd", "th"};

// Words that make the dates after them renewals of the agreement.
constexpr std::array<std::string_view, 3> renewal_words{"renewed", "renewal", "extended"};

constexpr std::size_t year_width = 4;
constexpr std::size_t abbreviation_width = 3;

[[nodiscard]] bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A cursor over a value with the small reads a date needs. Every read
// either succeeds and moves, or fails and leaves the cursor alone.
class Cursor {
public:
    explicit Cursor(std::string_view text, std::size_t at = 0) : text_(text), at_(at) {}

    [[nodiscard]] std::size_t at() const { return at_; }
    [[nodiscard]] bool done() const { return at_ >= text_.size(); }

    // 1 to `max_width` digits, not followed by another digit.
    [[nodiscard]] std::optional<int> number(std::size_t min_width, std::size_t max_width) {
        std::size_t end = at_;
        int value = 0;
        while (end < text_.size() && is_digit(text_[end])) {
            value = value * 10 + (text_[end] - '0');
            ++end;
            if (end - at_ > max_width) {
                return std::nullopt;
            }
        }
        if (end - at_ < min_width) {
            return std::nullopt;
        }
        at_ = end;
        return value;
    }

    [[nodiscard]] std::optional<int> year() { return number(year_width, year_width); }

    [[nodiscard]] bool literal(char c) {
        if (!done() && text_[at_] == c) {
            ++at_;
            return true;
        }
        return false;
    }

    void spaces() { at_ += text::blank_run_length(text_, at_); }

    // A run of letters, whatever word it makes; false when there is none.
    [[nodiscard]] bool letters() {
        const std::size_t length = peek_letters().size();
        at_ += length;
        return length > 0;
    }

    // A whole word, case-insensitively; the cursor does not move otherwise.
    [[nodiscard]] bool word(std::string_view expected) {
        const std::string_view letters = peek_letters();
        if (letters.size() != expected.size()) {
            return false;
        }
        for (std::size_t i = 0; i < letters.size(); ++i) {
            if (text::ascii_lower(letters[i]) != expected[i]) {
                return false;
            }
        }
        at_ += letters.size();
        return true;
    }

    // Any of the whole words in `words`.
    template <std::size_t size>
    [[nodiscard]] bool any_word(const std::array<std::string_view, size>& words) {
        return std::ranges::any_of(words, [this](std::string_view expected) { return word(expected); });
    }

    // `November`, `Nov` or `Nov.`; month 1-12.
    [[nodiscard]] std::optional<int> month_name() {
        const std::string_view letters = peek_letters();
        if (letters.size() < abbreviation_width) {
            return std::nullopt;
        }
        for (std::size_t m = 0; m < month_names.size(); ++m) {
            const std::string_view name = month_names.at(m);
            if (letters.size() > name.size()) {
                continue;
            }
            bool prefix = true;
            for (std::size_t i = 0; i < letters.size() && prefix; ++i) {
                prefix = text::ascii_lower(letters[i]) == name[i];
            }
            // Whole names, three-letter abbreviations and `Sept`.
            if (prefix && (letters.size() == name.size() || letters.size() == abbreviation_width ||
                           (m == 8 && letters.size() == 4))) {
                at_ += letters.size();
                if (letters.size() < name.size()) {
                    (void)literal('.');
                }
                return static_cast<int>(m + 1);
            }
        }
        return std::nullopt;
    }

private:
    [[nodiscard]] std::string_view peek_letters() const {
        std::size_t end = at_;
        while (end < text_.size() && text::is_ascii_letter(text_[end])) {
            ++end;
        }
        return text_.substr(at_, end - at_);
    }

    std::string_view text_;
    std::size_t at_;
};

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

// Separators between dates: spaces, commas, semicolons, brackets, `and`.
void skip_separators(Cursor& c) {
    while (true) {
        c.spaces();
        if (c.literal(',') || c.literal(';') || c.literal('(') || c.literal(')') || c.literal('&') || c.word("and")) {
            continue;
        }
        return;
    }
}

// A full stop that ends the value, as in `Partnership since 1972.`
[[nodiscard]] bool only_full_stop_left(Cursor c) {
    if (!c.literal('.')) {
        return false;
    }
    c.spaces();
    return c.done();
}

// `renewed`, `renewed in` or `renewed on`, and the like.
[[nodiscard]] bool renewal_words_at(Cursor& c) {
    if (!c.any_word(renewal_words)) {
        return false;
    }
    c.spaces();
    (void)(c.word("in") || c.word("on"));
    return true;
}

[[nodiscard]] std::optional<DateInValue> date_at(std::string_view value, Cursor& c, DateOrder order) {
    const auto read = read_date(value.substr(c.at()), order);
    if (!read) {
        return std::nullopt;
    }
    DateInValue found{read->date, c.at(), read->length, read->on_calendar, read->ambiguous};
    c = Cursor(value, c.at() + read->length);
    return found;
}

// One word of the phrase a first date stands in (`signed on`, `Partnership
// since`), or an opening bracket, with the spaces after it. Not a renewal
// word: the date after it would be a renewal, and the signing unknown.
[[nodiscard]] bool skip_phrase_word(Cursor& c) {
    if (Cursor probe = c; renewal_words_at(probe)) {
        return false;
    }
    if (!c.letters() && !c.literal('(')) {
        return false;
    }
    c.spaces();
    return true;
}

// The first date, past the words before it. Each step reads a date or
// moves past a word, so the value is read once.
[[nodiscard]] std::optional<DateInValue> first_date_in_phrase(std::string_view value, Cursor& c, DateOrder order) {
    while (true) {
        if (auto date = date_at(value, c, order)) {
            return date;
        }
        if (!skip_phrase_word(c)) {
            return std::nullopt;
        }
    }
}

// The dates from `c` to the end of the value, each a renewal; reading stops
// at the first text that is none.
void read_renewals_from(std::string_view value, Cursor& c, DateOrder order, AgreementDates& dates) {
    while (true) {
        skip_separators(c);
        if (c.done() || only_full_stop_left(c)) {
            return;
        }
        const std::size_t before = c.at();
        auto date = date_at(value, c, order);
        if (!date) {
            dates.unread_offset = before;
            return;
        }
        dates.renewed.push_back(*date);
    }
}

constexpr int months_in_year = 12;

[[nodiscard]] bool is_word_byte(char c) {
    return text::is_ascii_letter(c) || is_digit(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80U;
}

// Past the word at the cursor, or past one character that is none, as a
// place's name or the phrase before it is read over.
void skip_token(std::string_view value, Cursor& c) {
    std::size_t end = c.at();
    while (end < value.size() && is_word_byte(value[end]) && text::space_length(value, end) == 0) {
        ++end;
    }
    c = Cursor(value, end == c.at() ? end + 1 : end);
}

// The place between `in` and its date, without the spaces, commas and
// `on` before the date: `Tulln` in `in Tulln, on 12 May 1982`.
[[nodiscard]] std::optional<Piece> place_before(std::string_view value, std::size_t begin, std::size_t end) {
    std::string_view place = value.substr(begin, end - begin);
    while (true) {
        place = text::trim(place);
        if (!place.empty() && place.back() == ',') {
            place.remove_suffix(1);
            continue;
        }
        constexpr std::string_view on = " on";
        if (place.size() > on.size() && text::ascii_lower(place[place.size() - 2]) == 'o' &&
            text::ascii_lower(place.back()) == 'n' && text::space_length(place, place.size() - 3) > 0) {
            place.remove_suffix(2);
            continue;
        }
        break;
    }
    if (place.empty()) {
        return std::nullopt;
    }
    return Piece{place, static_cast<std::size_t>(place.data() - value.data())};
}

// The words up to the next date, the last `in` before it opening its
// place; the date and its place, or none when a date has no place or the
// value ends first. `phrase` allows words before the `in`, as before the
// first place.
[[nodiscard]] std::optional<DateInPlace> next_date_in_place(std::string_view value, Cursor& c, DateOrder order,
                                                            bool phrase) {
    std::optional<std::size_t> place_begin;
    std::size_t in_offset = 0;
    while (true) {
        c.spaces();
        if (c.done()) {
            return std::nullopt;
        }
        const std::size_t before = c.at();
        if (auto date = date_at(value, c, order)) {
            const auto place = place_begin ? place_before(value, *place_begin, before) : std::nullopt;
            if (!place) {
                return std::nullopt;
            }
            return DateInPlace{*date, *place, in_offset};
        }
        if (c.word("in")) {
            in_offset = before;
            place_begin = c.at();
            continue;
        }
        if (!place_begin && !phrase) {
            return std::nullopt;  // after a place's date, only `in` opens the next
        }
        skip_token(value, c);
    }
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

AgreementDates read_agreement_dates(std::string_view value, DateOrder order) {
    AgreementDates dates;
    Cursor c(value);
    c.spaces();
    const std::size_t start = c.at();
    dates.signed_on = first_date_in_phrase(value, c, order);
    if (!dates.signed_on) {
        dates.unread_offset = start;
        return dates;
    }
    bool renewing = false;
    while (true) {
        skip_separators(c);
        if (c.done() || only_full_stop_left(c)) {
            return dates;
        }
        if (renewal_words_at(c)) {
            renewing = true;
            continue;
        }
        // A second date with no renewal word before it means something the
        // reader cannot know, so it stops rather than guess.
        const std::size_t before = c.at();
        auto date = date_at(value, c, order);
        if (!date || !renewing) {
            dates.unread_offset = before;
            dates.unread_is_date = date.has_value();
            return dates;
        }
        dates.renewed.push_back(*date);
    }
}

std::vector<DateInPlace> read_dates_in_places(std::string_view value, DateOrder order) {
    Cursor c(value);
    std::vector<DateInPlace> found;
    auto first = next_date_in_place(value, c, order, true);
    if (!first) {
        return {};
    }
    found.push_back(*first);
    while (true) {
        skip_separators(c);
        if (c.done() || only_full_stop_left(c)) {
            break;
        }
        auto next = next_date_in_place(value, c, order, false);
        if (!next) {
            return {};
        }
        found.push_back(*next);
    }
    if (found.size() < 2) {
        return {};
    }
    return found;
}

AgreementDates read_date_list(std::string_view value, DateOrder order) {
    AgreementDates dates;
    Cursor c(value);
    read_renewals_from(value, c, order, dates);
    return dates;
}

AgreementDates read_renewal_phrase(std::string_view value, DateOrder order) {
    AgreementDates dates;
    Cursor c(value);
    c.spaces();
    const std::size_t start = c.at();
    while (skip_phrase_word(c)) {
    }
    if (!renewal_words_at(c)) {
        dates.unread_offset = start;
        return dates;
    }
    // `Renewal of the Agreement, 1996`: words may stand before the dates.
    while (skip_phrase_word(c)) {
    }
    read_renewals_from(value, c, order, dates);
    return dates;
}

}  // namespace twinning::normalize
