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

// Byte offset of the first invalid UTF-8 sequence, if any.
[[nodiscard]] std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// Terminal columns the text takes (wide CJK characters count two).
[[nodiscard]] std::size_t display_width(std::string_view text);

}  // namespace twinning::text
