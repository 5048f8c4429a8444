#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace twinning::text {

// A key for comparing names the way people mean them: NFC, case folded,
// diacritics stripped and whitespace collapsed, so `Košice`, `KOSICE` and
// `Kosice` give the same key.
[[nodiscard]] std::string fold_key(std::string_view text);

// The code point starting at `text[i]` and its length in bytes; none when
// the bytes there are not valid UTF-8.
struct CodePoint {
    char32_t value = 0;
    std::size_t length = 0;
};
[[nodiscard]] std::optional<CodePoint> decode(std::string_view text, std::size_t i);

// True for letters, combining marks and digits of any script: what words
// are made of.
[[nodiscard]] bool is_word_character(char32_t code_point);

// `text` with each letter in lower or upper case, or with only its first
// letter upper-cased, code point by code point as Unicode maps them (`Ž`
// and `ž`). Bytes that are not UTF-8 stay as they are.
[[nodiscard]] std::string to_lower(std::string_view text);
[[nodiscard]] std::string to_upper(std::string_view text);
[[nodiscard]] std::string capitalise(std::string_view text);

// Byte offset of the first invalid UTF-8 sequence, if any.
[[nodiscard]] std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// U+FFFD, which stands for bytes that are not UTF-8.
inline constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

// The length of the well-formed UTF-8 sequence of two or more bytes at
// text[i]; 0 when there is none, with `skip` set to the bytes to replace as
// one U+FFFD: the lead byte and the continuation bytes that could still have
// completed it (the "maximal subpart" the Unicode standard recommends).
[[nodiscard]] std::size_t utf8_sequence(std::string_view text, std::size_t i, std::size_t& skip);

// `text` with every ill-formed sequence replaced by U+FFFD.
[[nodiscard]] std::string valid_utf8(std::string_view text);

// `text` as it is safe to show on a terminal or in a CI log: each control
// character, ESC and DEL among them, written as `\xNN` (C1 controls as
// `\u{NNNN}`), and every ill-formed sequence as U+FFFD. Nothing from the
// input can then move a cursor, clear a screen or start a log command.
[[nodiscard]] std::string escape_controls(std::string_view text);

// Terminal columns the text takes (wide CJK characters count two).
[[nodiscard]] std::size_t display_width(std::string_view text);

}  // namespace twinning::text
