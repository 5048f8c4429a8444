#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace twinning::text {

// ASCII case, for the words twinning itself knows (labels, month names,
// markers, host names): every byte above ASCII is left as it is, so UTF-8
// passes through whole. Names written by people fold with fold_key instead.
[[nodiscard]] constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

[[nodiscard]] constexpr bool is_ascii_letter(char c) { return ascii_lower(c) >= 'a' && ascii_lower(c) <= 'z'; }

[[nodiscard]] inline std::string ascii_lowercase(std::string_view text) {
    std::string out(text);
    std::ranges::transform(out, out.begin(), ascii_lower);
    return out;
}

// True when `text` equals `other` but for ASCII case.
[[nodiscard]] constexpr bool equal_ignoring_ascii_case(std::string_view text, std::string_view other) {
    return std::ranges::equal(text, other, {}, ascii_lower, ascii_lower);
}

// True when `text` starts with `prefix` but for ASCII case.
[[nodiscard]] constexpr bool starts_with_ignoring_ascii_case(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && equal_ignoring_ascii_case(text.substr(0, prefix.size()), prefix);
}

}  // namespace twinning::text
