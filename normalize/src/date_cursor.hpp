#pragma once

// What every reader of dates shares: the month names, the words around
// dates, and a cursor over a value that reads a date's small pieces.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::normalize::dates {

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

[[nodiscard]] constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

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

constexpr int months_in_year = 12;

}  // namespace twinning::normalize::dates
