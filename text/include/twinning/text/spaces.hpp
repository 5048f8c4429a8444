#pragma once

#include <cstddef>
#include <string_view>

namespace twinning::text {

// Byte length of the horizontal space starting at `text[i]`, or 0 if there is
// none. Besides space and tab this knows the Unicode spaces that pasted text
// carries: NBSP, the U+2000..U+200A family (thin space among them), the
// narrow NBSP, the medium mathematical space and the ideographic space.
// A carriage return that does not end a line (old Mac line ends, or one
// stray in pasted text) is a space too: trimming drops it, so the grammar
// must not read it as text, or `\r#` would be text here and a comment
// once trimmed.
// Hand-written because it runs on every byte of input; utf8proc would decode
// a code point for each ASCII letter.
[[nodiscard]] constexpr std::size_t space_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0U; };
    const unsigned first = byte(0);
    if (first == ' ' || first == '\t' || (first == '\r' && byte(1) != '\n')) {
        return 1;
    }
    if (first == 0xC2 && byte(1) == 0xA0) {
        return 2;
    }
    if (first == 0xE2 && byte(1) == 0x80 && (byte(2) <= 0x8A || byte(2) == 0xAF) && byte(2) >= 0x80) {
        return 3;
    }
    if (first == 0xE2 && byte(1) == 0x81 && byte(2) == 0x9F) {
        return 3;
    }
    if (first == 0xE3 && byte(1) == 0x80 && byte(2) == 0x80) {
        return 3;
    }
    return 0;
}

// Byte length of a dash at `text[i]`: hyphen-minus, en dash or em dash.
[[nodiscard]] constexpr std::size_t dash_length(std::string_view text, std::size_t i) {
    if (i < text.size() && text[i] == '-') {
        return 1;
    }
    if (i + 2 < text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' &&
        (text[i + 2] == '\x93' || text[i + 2] == '\x94')) {
        return 3;
    }
    return 0;
}

// True for the characters that end a line or separate words.
[[nodiscard]] constexpr bool is_line_break(char c) { return c == '\n' || c == '\r'; }

// Byte length of the run of spaces and line breaks starting at `text[i]`;
// readers skip such a run as one space, as collapse_whitespace makes it.
[[nodiscard]] std::size_t blank_run_length(std::string_view text, std::size_t i);

// Text with every run of spaces and line breaks made one ASCII space, and
// no space at either end.
[[nodiscard]] std::string collapse_whitespace(std::string_view text);

// True when the text between two items holds an empty line, or one of
// spaces only: what separates records and paragraphs.
[[nodiscard]] bool has_blank_line(std::string_view gap);

// The text's line break: CRLF when its first line ends so, else LF. What
// twinning writes into a file uses the file's own.
[[nodiscard]] std::string_view line_break_of(std::string_view text);

// The text with each line break, LF or CRLF, written as `line_break`.
[[nodiscard]] std::string with_line_breaks(std::string_view text, std::string_view line_break);

// Text without spaces or line breaks at either end.
[[nodiscard]] std::string_view trim(std::string_view text);

}  // namespace twinning::text
