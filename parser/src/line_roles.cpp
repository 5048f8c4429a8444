#include "line_roles.hpp"

#include <algorithm>

#include "twinning/normalize/country.hpp"
#include "twinning/parser/label_table.hpp"
#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"
#include "words.hpp"

namespace twinning::parser {

namespace {

using model::Field;

// The most words a partnership phrase has; a longer line is prose.
constexpr std::size_t phrase_words = 12;
// How many words at its start may name the partnership.
constexpr std::size_t phrase_lead_words = 3;
// A phrase of more words that ends in a full stop is a sentence, which may
// name a partner: `The partnership with Haarlem, the Netherlands, was
// signed in 1970.`
constexpr std::size_t phrase_sentence_words = 5;
// The most words a heading has.
constexpr std::size_t heading_words = 8;
// The longest line looked up as a country: longer than any country's name.
constexpr std::size_t country_line_bytes = 64;

using words::count_words;
using words::is_digit;
using words::is_letter;

// The words of a line, each handed to `visit` until it returns false.
template <typename Visit>
void for_each_word(std::string_view line, Visit visit) {
    words::for_each_word(line, [&](std::string_view word, std::size_t /*at*/) { return visit(word); });
}

[[nodiscard]] bool is_web_address(std::string_view word) {
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) {
        word.remove_suffix(1);
    }
    return word.size() > 4 && (text::starts_with_ignoring_ascii_case(word, "http://") ||
                               text::starts_with_ignoring_ascii_case(word, "https://") ||
                               text::starts_with_ignoring_ascii_case(word, "www."));
}

[[nodiscard]] bool is_web_line(std::string_view line) {
    bool all = true;
    for_each_word(line, [&](std::string_view word) { return all = is_web_address(word); });
    return all && !line.empty();
}

// Four digits that are not part of a longer number: a year.
[[nodiscard]] bool holds_year(std::string_view line) {
    std::size_t run = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i < line.size() && is_digit(line[i])) {
            ++run;
            continue;
        }
        if (run == 4) {
            return true;
        }
        run = 0;
    }
    return false;
}

// A short line with a year whose first words, before any bracket, name a
// partnership (`Twinned since 1991`, `Partner city since 1960`) or its
// renewal (`Agreement renewed in 2002`): the agreement date, or a renewal.
// The first word must be one labels are made of, so a line that starts
// with a place (`Tulln – since 1982`, an item of a list) is none; and it
// has its capital, so a sentence wrapped onto the line (`twinned with
// Tulln (Austria) since 1982.`) is none either.
[[nodiscard]] std::optional<Field> phrase_kind(std::string_view line) {
    if (line.empty() || line.front() < 'A' || line.front() > 'Z') {
        return std::nullopt;
    }
    // No head word is longer; a longer word is not copied whole.
    constexpr std::size_t longest_word = 16;
    std::size_t words = 0;
    bool partnership = false;
    bool renewal = false;
    for_each_word(line, [&](std::string_view word) {
        if (word.front() == '(') {
            return false;  // a bracket group: `Tulln (Austria) (since 1982)` is a heading
        }
        std::string folded;
        for (std::size_t i = 0; i < word.size() && folded.size() <= longest_word; ++i) {
            if (is_letter(word[i])) {
                folded.push_back(text::ascii_lower(word[i]));
            }
        }
        const bool named_partnership = is_partnership_word(folded);
        const bool named_renewal = is_renewal_word(folded);
        if (words == 0 && !named_partnership && !named_renewal && !is_filler_word(folded)) {
            return false;
        }
        partnership = partnership || named_partnership;
        renewal = renewal || named_renewal;
        return ++words < phrase_lead_words;
    });
    if ((!partnership && !renewal) || count_words(line, phrase_words) > phrase_words || !holds_year(line) ||
        (line.ends_with('.') && count_words(line, phrase_sentence_words) > phrase_sentence_words)) {
        return std::nullopt;
    }
    return renewal ? Field::renewed : Field::signed_on;
}

// A line that is a country's name and nothing else, written right: a
// misspelled one may be a place of its own.
[[nodiscard]] bool is_country_line(std::string_view line) {
    // Looking a name up folds it through utf8proc; a line with a digit or a
    // colon, most lines of a record, names no country and is spared that.
    if (line.size() > country_line_bytes || line.find_first_of("0123456789:") != std::string_view::npos) {
        return false;
    }
    return normalize::find_country_as_written(line).has_value();
}

}  // namespace

bool is_date_phrase(std::string_view text) {
    text = text::trim(text);
    if (text::starts_with_ignoring_ascii_case(text, "since") && text.size() > 5 && text::space_length(text, 5) != 0) {
        text = text::trim(text.substr(5));
    }
    const bool date_characters =
        std::ranges::all_of(text, [&](char c) { return is_digit(c) || c == '.' || c == '/' || c == ' '; });
    return date_characters && !text.empty() && is_digit(text.front()) && holds_year(text);
}

namespace {

// Where the run of date characters that ends `text` starts, taking a
// `since` before it in.
[[nodiscard]] std::size_t date_run_begin(std::string_view text) {
    std::size_t begin = text.size();
    while (begin > 0 &&
           (is_digit(text[begin - 1]) || text[begin - 1] == '.' || text[begin - 1] == '/' || text[begin - 1] == ' ')) {
        --begin;
    }
    while (begin < text.size() && text[begin] == ' ') {
        ++begin;
    }
    const std::string_view before = text::trim(text.substr(0, begin));
    if (before.size() >= 5 && text::starts_with_ignoring_ascii_case(before.substr(before.size() - 5), "since") &&
        (before.size() == 5 || !is_letter(before[before.size() - 6]))) {
        return static_cast<std::size_t>(before.data() - text.data()) + before.size() - 5;
    }
    return begin;
}

// Where the leader that ends `trimmed` starts, a run of three or more full
// stops or an ellipsis as print sets between a name and its year
// (`Clichy (France) ........ 1958`), with a blank before it; npos for none.
[[nodiscard]] std::size_t leader_start(std::string_view trimmed) {
    constexpr std::string_view ellipsis = "\xE2\x80\xA6";
    constexpr std::size_t shortest_leader = 3;
    std::size_t start = trimmed.size();
    std::size_t dots = 0;
    while (start > 0) {
        if (trimmed[start - 1] == '.') {
            --start;
            ++dots;
        } else if (trimmed.substr(0, start).ends_with(ellipsis)) {
            start -= ellipsis.size();
            dots += shortest_leader;
        } else {
            break;
        }
    }
    const bool blank_before = start > 0 && text::trim(trimmed.substr(0, start)).size() < start;
    return dots >= shortest_leader && blank_before ? start : std::string_view::npos;
}

// A dash with blanks on both sides that ends `text`, or a leader of dots
// after a blank, and where it starts.
[[nodiscard]] std::optional<std::size_t> spaced_dash_before(std::string_view text) {
    const std::string_view trimmed = text::trim(text);
    if (trimmed.size() == text.size() && !text.empty()) {
        return std::nullopt;  // no blank before the date
    }
    if (const std::size_t leader = leader_start(trimmed); leader != std::string_view::npos) {
        return static_cast<std::size_t>(trimmed.data() - text.data()) + leader;
    }
    for (const std::size_t length : {std::size_t{1}, std::size_t{3}}) {
        if (trimmed.size() < length + 1) {
            continue;
        }
        const std::size_t at = trimmed.size() - length;
        if (text::dash_length(trimmed, at) == length && text::trim(trimmed.substr(at)) == trimmed.substr(at) &&
            trimmed.substr(0, at) != text::trim(trimmed.substr(0, at))) {
            return static_cast<std::size_t>(trimmed.data() - text.data()) + at;
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string_view> line_within(std::string_view input, std::size_t offset, std::size_t limit) {
    const std::string_view ahead = input.substr(offset, limit + 2);  // room for the CR and LF after it
    std::size_t end = ahead.find('\n');
    if (end == std::string_view::npos) {
        if (offset + ahead.size() < input.size()) {
            return std::nullopt;
        }
        end = ahead.size();
    } else if (end > 0 && ahead[end - 1] == '\r') {
        --end;
    }
    if (end > limit) {
        return std::nullopt;
    }
    return ahead.substr(0, end);
}

std::optional<model::Field> shape_of_line(std::string_view line) {
    line = text::trim(line);
    if (is_web_line(line)) {
        return Field::websites;
    }
    if (const auto kind = phrase_kind(line)) {
        return kind;
    }
    // A date alone on its line under a heading is the agreement's.
    if (is_date_phrase(line)) {
        return Field::signed_on;
    }
    if (is_country_line(line)) {
        return Field::country;
    }
    return std::nullopt;
}

std::optional<model::Field> shape_of_line_at(std::string_view input, std::size_t offset) {
    const auto line = line_within(input, offset);
    return line ? shape_of_line(*line) : std::nullopt;
}

std::optional<DateTail> trailing_date(std::string_view line) {
    const std::string_view trimmed = text::trim(line);
    const auto at = [&](std::string_view part) { return static_cast<std::size_t>(part.data() - line.data()); };
    if (trimmed.ends_with(')')) {
        const std::size_t open = trimmed.rfind('(');
        const std::string_view inner = text::trim(trimmed.substr(open + 1, trimmed.size() - open - 2));
        if (open == std::string_view::npos || text::trim(trimmed.substr(0, open)).empty() || !is_date_phrase(inner)) {
            return std::nullopt;
        }
        return DateTail{at(trimmed) + open, at(inner), at(inner) + inner.size()};
    }
    std::size_t begin = date_run_begin(trimmed);
    // A date never starts with a full stop: those are a leader's.
    while (begin < trimmed.size() && (trimmed[begin] == '.' || text::space_length(trimmed, begin) != 0)) {
        begin += std::max<std::size_t>(text::space_length(trimmed, begin), 1);
    }
    const std::string_view date = trimmed.substr(begin);
    std::string_view before = trimmed.substr(0, begin);
    if (!is_date_phrase(date)) {
        return std::nullopt;
    }
    std::size_t tail = begin;
    if (const auto dash = spaced_dash_before(before)) {
        tail = *dash;
        before = before.substr(0, *dash);
    }
    if (text::trim(before).empty() || before == text::trim(before)) {
        return std::nullopt;  // nothing before the date, or no blank between them
    }
    return DateTail{at(trimmed) + tail, at(date), at(date) + date.size()};
}

bool is_sentence(std::string_view input, std::size_t offset) {
    // Fewer words are more often a wrapped value: `… of the Danube.`
    constexpr std::size_t sentence_words = 4;
    const std::string_view line = text::trim(line_within(input, offset).value_or(std::string_view()));
    if (line.empty() || !is_letter(line.front())) {
        return false;
    }
    const char last = line.back();
    return (last == '.' || last == '!' || last == '?') && count_words(line, sentence_words) >= sentence_words;
}

bool looks_like_heading(std::string_view line) {
    line = text::trim(line);
    if (line.empty() || !is_letter(line.front())) {
        return false;
    }
    const char last = line.back();
    return last != '.' && last != ':' && last != ',' && last != ';' && last != '!' && last != '?' &&
           count_words(line, heading_words) <= heading_words;
}

}  // namespace twinning::parser
