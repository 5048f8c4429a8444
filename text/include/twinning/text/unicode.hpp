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

// Byte offset of the first invalid UTF-8 sequence, if any.
[[nodiscard]] std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// Terminal columns the text takes (wide CJK characters count two).
[[nodiscard]] std::size_t display_width(std::string_view text);

}  // namespace twinning::text
