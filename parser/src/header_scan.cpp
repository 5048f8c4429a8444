#include "twinning/parser/header_scan.hpp"

#include <algorithm>

#include "line_roles.hpp"
#include "list_line.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::parser {

namespace {

[[nodiscard]] bool at_line_break(std::string_view input, std::size_t i) {
    return i >= input.size() || input[i] == '\n' || input.substr(i, 2) == "\r\n";
}

[[nodiscard]] std::size_t skip_spaces(std::string_view input, std::size_t i) {
    while (i < input.size()) {
        const std::size_t space = text::space_length(input, i);
        if (space == 0) {
            break;
        }
        i += space;
    }
    return i;
}

[[nodiscard]] std::size_t skip_word(std::string_view input, std::size_t i) {
    while (!at_line_break(input, i) && text::space_length(input, i) == 0) {
        ++i;
    }
    return i;
}

[[nodiscard]] std::size_t skip_line_break(std::string_view input, std::size_t i) {
    return i + (input[i] == '\r' ? 2 : 1);
}

// A cheap first test for the strict form: most wrapped value lines have no
// closing bracket, and this spares them the word-by-word label walk.
[[nodiscard]] bool line_has_closing_bracket(std::string_view input, std::size_t offset) {
    const std::size_t end = input.find('\n', offset);
    const std::string_view line = input.substr(offset, end == std::string_view::npos ? end : end - offset);
    return line.find(')') != std::string_view::npos;
}

// Where the next line that is not a comment starts, after the line break
// at `i`; a header may have comments between it and its first field.
[[nodiscard]] std::size_t first_line_after_comments(std::string_view input, std::size_t i) {
    std::size_t line = skip_spaces(input, skip_line_break(input, i));
    while (line < input.size() && input[line] == '#') {
        const std::size_t end = input.find('\n', line);
        if (end == std::string_view::npos) {
            return input.size();
        }
        line = skip_spaces(input, end + 1);
    }
    return line;
}

// True when a field starts at `at`, a line start: a `label:`, or a field
// written without a colon (see line_roles.hpp).
[[nodiscard]] bool field_starts_at(std::string_view input, std::size_t at, LabelScanner& scanner) {
    if (at >= input.size()) {
        return false;
    }
    // `Twin towns: Tulln (Austria), …` is a list's heading with its partners.
    if (const auto line = line_within(input, at, longest_list_line);
        line && (is_list_heading(*line) || read_inline_list(*line))) {
        return false;
    }
    return scanner.label_at(at, true).has_value() || dash_label_at(input, at) || own_line_label_at(input, at) ||
           shape_of_line_at(input, at).has_value();
}

// A line that is itself a field without a colon is no header.
[[nodiscard]] bool is_field_line(std::string_view input, std::size_t at) {
    return dash_label_at(input, at) || own_line_label_at(input, at) || shape_of_line_at(input, at).has_value();
}

// Where the next line that is neither blank nor a comment starts, after
// the line break at `i`.
[[nodiscard]] std::size_t first_line_after_blanks(std::string_view input, std::size_t i) {
    std::size_t line = first_line_after_comments(input, i);
    while (line < input.size() && at_line_break(input, line)) {
        line = first_line_after_comments(input, line);
    }
    return line;
}

}  // namespace

bool has_header_shape(std::string_view header) {
    // A heading may end in the agreement date: `Tulln (Austria) 1982`.
    if (const auto date = trailing_date(header)) {
        header = header.substr(0, date->tail_begin);
    }
    const std::string_view trimmed = text::trim(header);
    if (trimmed.empty() || trimmed.back() != ')') {
        return false;
    }
    // The country group is the last bracket group, so `Frankfurt (Oder)
    // (Germany)` keeps its own brackets in the name.
    const std::size_t open = trimmed.rfind('(');
    if (open == std::string_view::npos) {
        return false;
    }
    const std::string_view name = text::trim(trimmed.substr(0, open));
    return !name.empty() && name.find_first_of(",;") == std::string_view::npos;
}

std::size_t header_text_length(std::string_view input, std::size_t offset, LabelScanner& scanner, bool needs_parens) {
    if (at_line_break(input, offset) || (needs_parens && !line_has_closing_bracket(input, offset)) ||
        scanner.label_at(offset, true) || is_field_line(input, offset)) {
        return 0;
    }
    // Walk the words of the line until a label or the line's end.
    std::size_t text_end = offset;
    std::size_t i = offset;
    bool label_follows = false;
    while (!at_line_break(input, i)) {
        if (i != offset && scanner.label_at(i, false)) {
            label_follows = true;
            break;
        }
        i = skip_word(input, i);
        text_end = i;
        i = skip_spaces(input, i);
    }
    const std::size_t length = text_end - offset;
    const std::string_view text = input.substr(offset, length);
    // `Bolzano (German name: Bozen) is …`: a label inside brackets is prose.
    if (label_follows && std::ranges::count(text, '(') > std::ranges::count(text, ')')) {
        return 0;
    }
    if (!label_follows) {
        if (i >= input.size()) {
            return 0;
        }
        const std::size_t next = first_line_after_comments(input, i);
        label_follows = field_starts_at(input, next, scanner);
        // A heading with a blank line below it, and the fields below that.
        if (!label_follows && !needs_parens && next < input.size() && at_line_break(input, next) &&
            looks_like_heading(text)) {
            label_follows = field_starts_at(input, first_line_after_blanks(input, i), scanner);
        }
    }
    if (!label_follows) {
        return 0;
    }
    if (needs_parens && !has_header_shape(text)) {
        return 0;
    }
    // A line ending in a colon introduces what follows (`See also:`); it
    // heads a record only when it names a place and its country.
    if (text.ends_with(':') && !has_header_shape(text.substr(0, text.size() - 1))) {
        return 0;
    }
    return length;
}

}  // namespace twinning::parser
