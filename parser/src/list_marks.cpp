#include <array>

#include "list_line.hpp"
#include "list_line_reader.hpp"
#include "twinning/normalize/country.hpp"
#include "twinning/text/spaces.hpp"
#include "words.hpp"

// The marks a list sets around a partner, which the reader of a line
// strips as decorations: bullets and numbers, an ISO alpha-3 code before
// the name, reference marks, and the commas, semicolons and full stop at
// the end.

namespace twinning::parser {

namespace {

using words::is_digit;
using words::is_letter;

// The marks an item of a list starts with, besides its number.
constexpr std::array<std::string_view, 15> bullets = {
    "\xE2\x80\xA2",  // •
    "\xC2\xB7",      // ·
    "\xE2\x96\xAA",  // ▪
    "\xE2\x97\xA6",  // ◦
    "\xE2\x96\xBA",  // ►
    "\xE2\x80\xA3",  // ‣
    "\xE2\x97\x8F",  // ●
    "\xE2\x97\x8B",  // ○
    "\xE2\x96\xA0",  // ■
    "\xE2\x80\x93",  // –
    "\xE2\x80\x94",  // —
    "\xC2\xBB",      // »
    "-",
    "*",
    "+",
};

// The longest reference mark: `[12]`, `[a]`, `[citation needed]`.
constexpr std::size_t longest_reference = 32;

// The length of the bullet or number that starts `rest`, with the blank
// after it; 0 for none.
[[nodiscard]] std::size_t item_mark_length(std::string_view rest) {
    for (const std::string_view bullet : bullets) {
        if (rest.starts_with(bullet)) {
            const std::size_t after = bullet.size();
            // An ASCII mark needs a blank after it: `-5` or `*note` is text.
            if (text::space_length(rest, after) != 0 || (static_cast<unsigned char>(bullet.front()) >= 0x80U &&
                                                         after < rest.size() && is_letter(rest[after]))) {
                return after;
            }
            return 0;
        }
    }
    // `1.`, `12)`, `(3)` or `a)`, then a blank.
    std::size_t i = rest.starts_with('(') ? 1 : 0;
    const std::size_t digits_begin = i;
    while (i < rest.size() && is_digit(rest[i]) && i - digits_begin < 3) {
        ++i;
    }
    if (i == digits_begin && i + 1 < rest.size() && rest[i] >= 'a' && rest[i] <= 'z' && rest[i + 1] == ')') {
        ++i;
    }
    if (i == digits_begin || i >= rest.size()) {
        return 0;
    }
    const char close = rest[i];
    const bool closed = digits_begin == 1 ? close == ')' : close == '.' || close == ')';
    return closed && text::space_length(rest, i + 1) != 0 ? i + 1 : 0;
}

// The length of an ISO alpha-3 code and its blank at the start of `rest`:
// `AUT Tulln, Austria`.
[[nodiscard]] std::size_t country_code_length(std::string_view rest) {
    constexpr std::size_t code = 3;
    if (rest.size() <= code + 1 || text::space_length(rest, code) == 0 ||
        !std::ranges::all_of(rest.substr(0, code), words::is_upper)) {
        return 0;
    }
    const auto country = normalize::find_country_as_written(rest.substr(0, code));
    return country && !country->via_alias ? code : 0;
}

}  // namespace

std::size_t reference_before(std::string_view line, std::size_t begin, std::size_t end) {
    if (end == begin || line[end - 1] != ']') {
        return std::string_view::npos;
    }
    const std::size_t open = line.rfind('[', end - 1);
    if (open == std::string_view::npos || open < begin || end - open > longest_reference ||
        line.substr(open + 1, end - open - 2).find_first_of("[]") != std::string_view::npos) {
        return std::string_view::npos;
    }
    return open;
}

void ListLineReader::strip_leading_marks() {
    while (begin_ < end_) {
        const std::string_view rest = line_.substr(begin_, end_ - begin_);
        std::size_t length = item_mark_length(rest);
        if (length == 0) {
            length = country_code_length(rest);
            if (length != 0) {
                result_.country_code = {begin_, begin_ + length};
            }
        }
        if (length == 0) {
            return;
        }
        decoration(begin_, begin_ + length);
        begin_ = skip_blanks(line_, begin_ + length);
    }
}

void ListLineReader::strip_trailing_marks() {
    while (end_ > begin_) {
        std::size_t from = reference_before(line_, begin_, end_);
        if (from == std::string_view::npos) {
            const char last = line_[end_ - 1];
            if (last != ',' && last != ';' && last != '.') {
                return;
            }
            from = end_ - 1;
        }
        decoration(from, end_);
        end_ = trim_back(line_, begin_, from);
    }
}

bool starts_with_bullet(std::string_view line) {
    const std::string_view rest = text::trim(line);
    return item_mark_length(rest) != 0;
}

}  // namespace twinning::parser
