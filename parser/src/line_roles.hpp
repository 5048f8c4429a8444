#pragma once

// What a line is when it holds no `label:`. Pages that do not write the
// sample's `label: value` fields still give a record's facts a line each:
// a label before a dash, a label on a line of its own, a line of web
// addresses, a partnership phrase. Each function looks at one line, or one
// line and the start of the next, so asking costs no more than that.

#include <cstddef>
#include <optional>
#include <string_view>

#include "twinning/model/raw_record.hpp"
#include "twinning/parser/label_scanner.hpp"

namespace twinning::parser {

// The longest line read whole for a role. A field written without a colon
// is short; a longer line is prose or a value, and is never scanned whole
// at every line start.
inline constexpr std::size_t longest_role_line = 512;

// The line that starts at `offset`, without its line break, when it holds
// at most `limit` bytes; none for a longer line.
[[nodiscard]] std::optional<std::string_view> line_within(std::string_view input, std::size_t offset,
                                                          std::size_t limit = longest_role_line);

// `Population – 41 250 (2019)`: a label of a field, then a dash with
// blanks on both sides, then the value; or, for a count or a date, the
// number right after the label (`Population 41 250`, `Twinned since 1991`).
// `length` runs through the dash and the blanks after it. Only labels of
// the record's fields count, found exactly or by their words: a dash or a
// blank is weaker evidence than a colon.
[[nodiscard]] std::optional<LabelHit> dash_label_at(std::string_view input, std::size_t offset);

// A label of a field alone on its line, with no colon (`Year of twinning`),
// followed by a line that holds its value: not blank, not a comment, and
// not a label itself. `length` is the label's.
[[nodiscard]] std::optional<LabelHit> own_line_label_at(std::string_view input, std::size_t offset);

// The field a line with no label gives by its shape: the web sites for a
// line of web addresses only, the agreement date for a short partnership
// phrase with a year (`Twinned since 1991`), the country for a line that
// names one and nothing else. None for any other line.
[[nodiscard]] std::optional<model::Field> shape_of_line(std::string_view line);

// The shape of the line that starts at `offset`; none for a long line.
[[nodiscard]] std::optional<model::Field> shape_of_line_at(std::string_view input, std::size_t offset);

// The date a heading ends with, after the place: `1982`, `12.05.1982`,
// `- since 1982`, `(since 1968)`. Offsets are within the line: the tail
// starts at its dash or bracket, the date is what a date reader reads.
struct DateTail {
    std::size_t tail_begin = 0;
    std::size_t date_begin = 0;
    std::size_t date_end = 0;
};

[[nodiscard]] std::optional<DateTail> trailing_date(std::string_view line);

// `since 1982`, `12.05.1982` or `1982`: an optional `since`, then digits,
// dots, slashes and spaces that hold a year.
[[nodiscard]] bool is_date_phrase(std::string_view text);

// True for a line that reads as a sentence: a few words or more, from a
// letter to a full stop, question or exclamation mark.
[[nodiscard]] bool is_sentence(std::string_view input, std::size_t offset);

// True for a line that can head a record with a blank line below it: a
// few words that begin with a letter and end as a name does, not as a
// sentence or a list does.
[[nodiscard]] bool looks_like_heading(std::string_view line);

}  // namespace twinning::parser
