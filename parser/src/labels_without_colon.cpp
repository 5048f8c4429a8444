#include <algorithm>

#include "line_roles.hpp"
#include "twinning/parser/label_table.hpp"
#include "twinning/text/spaces.hpp"

// The labels of fields written without a colon, two of the roles
// line_roles.hpp declares: a label before a dash or a number
// (`Population – 41 250`, `Population 41 250`), and a label alone on its
// line with its value on the next.

namespace twinning::parser {

namespace {

using model::Field;

// How far into a line a label before a dash may end; labels are short.
constexpr std::size_t dash_window = LabelScanner::window;

// A known label of one of the record's fields, matched exactly or by its
// words, never through a typo.
[[nodiscard]] std::optional<LabelMatch> field_label(std::string_view candidate) {
    auto match = match_label_as_written(label_key(candidate));
    if (!match || match->kind == Field::extra) {
        return std::nullopt;
    }
    return match;
}

// Where the value after `at` starts, past blanks; the line's end when
// nothing follows.
[[nodiscard]] std::size_t value_start(std::string_view line, std::size_t at) {
    while (at < line.size() && text::space_length(line, at) != 0) {
        at += text::space_length(line, at);
    }
    return at;
}

// `Population – 41 250`: the first dash with blanks on both sides within
// the window decides; the label is what stands before it.
[[nodiscard]] std::optional<LabelHit> label_before_dash(std::string_view line) {
    const std::size_t limit = std::min(line.size(), dash_window);
    std::size_t blank_end = 0;  // where the last run of blanks ended
    for (std::size_t i = 1; i < limit; ++i) {
        if (const std::size_t space = text::space_length(line, i); space != 0) {
            blank_end = i + space;
            i += space - 1;
            continue;
        }
        const std::size_t dash = text::dash_length(line, i);
        if (dash == 0 || blank_end != i || text::space_length(line, i + dash) == 0) {
            continue;
        }
        const std::string_view label = text::trim(line.substr(0, i));
        const auto match = field_label(label);
        const std::size_t value = value_start(line, i + dash);
        if (!match || value == line.size()) {
            return std::nullopt;
        }
        return LabelHit{label.size(), value, *match};
    }
    return std::nullopt;
}

// True when a digit starts one of the first two words from `value`:
// `41 250`, `approx. 11 000`, but not `with Tulln (Austria) since 1982`.
[[nodiscard]] bool number_starts_value(std::string_view line, std::size_t value) {
    constexpr std::size_t words = 2;
    std::size_t i = value;
    for (std::size_t word = 0; word < words && i < line.size(); ++word) {
        if (line[i] >= '0' && line[i] <= '9') {
            return true;
        }
        while (i < line.size() && text::space_length(line, i) == 0) {
            ++i;
        }
        while (i < line.size() && text::space_length(line, i) != 0) {
            i += text::space_length(line, i);
        }
    }
    return false;
}

// `Population 41 250`, `Population approx. 11 000`, `Twinned since 1991`:
// the longest run of the first few words that is a label of a count or a
// date, then a number. The label has its capital, as a field's does: in
// small letters, `signed on 12 May 1982` goes on with a sentence above it.
[[nodiscard]] std::optional<LabelHit> label_before_number(std::string_view line) {
    constexpr std::size_t label_words = 3;
    if (line.empty() || line.front() < 'A' || line.front() > 'Z') {
        return std::nullopt;
    }
    std::optional<LabelHit> hit;
    std::size_t words = 0;
    // Each blank that ends a word ends a candidate label.
    for (std::size_t i = 1; i < std::min(line.size(), dash_window) && words < label_words; ++i) {
        if (text::space_length(line, i) == 0) {
            continue;
        }
        ++words;
        const std::string_view label = line.substr(0, i);
        const auto match = field_label(label);
        const std::size_t value = value_start(line, i);
        const bool number_field = match && (match->kind == Field::population || match->kind == Field::signed_on ||
                                            match->kind == Field::renewed);
        if (number_field && number_starts_value(line, value)) {
            hit = LabelHit{label.size(), value, *match};
        }
        i = value - 1;
    }
    return hit;
}

}  // namespace

std::optional<LabelHit> dash_label_at(std::string_view input, std::size_t offset) {
    // The label ends within the window, and a value must follow it.
    const std::string_view line =
        line_within(input, offset, dash_window * 2).value_or(input.substr(offset, dash_window * 2));
    if (auto hit = label_before_dash(line)) {
        return hit;
    }
    return label_before_number(line);
}

std::optional<LabelHit> own_line_label_at(std::string_view input, std::size_t offset) {
    const auto line = line_within(input, offset, LabelScanner::window);
    if (!line) {
        return std::nullopt;
    }
    const std::string_view label = text::trim(*line);
    if (label.empty() || label.find(':') != std::string_view::npos) {
        return std::nullopt;
    }
    const auto match = field_label(label);
    const std::size_t next_break = input.find('\n', offset + line->size());
    if (!match || next_break == std::string_view::npos) {
        return std::nullopt;
    }
    // Only the start of the value line is needed to tell it is no label.
    const std::size_t next = next_break + 1;
    const std::string_view value = text::trim(line_within(input, next).value_or(input.substr(next, longest_role_line)));
    if (value.empty() || value.front() == '#' || field_label(value) || field_label(value.substr(0, value.find(':'))) ||
        dash_label_at(value, 0)) {
        return std::nullopt;
    }
    return LabelHit{label.size(), label.size(), *match};
}

}  // namespace twinning::parser
