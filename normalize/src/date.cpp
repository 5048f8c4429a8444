#include "twinning/normalize/date.hpp"

#include <algorithm>

#include "date_cursor.hpp"

// The dates of an agreement's value: the signing, its renewals, and the
// places each was signed in, past the words around them.

namespace twinning::normalize {

namespace {

using dates::Cursor;
using dates::is_digit;
using dates::renewal_words;

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
