#pragma once

// Small ASCII-minded helpers the line readers share. Letters beyond ASCII
// count as letters: a place name's diacritics never split a word.

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::parser::words {

[[nodiscard]] inline bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80U;
}

[[nodiscard]] inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

[[nodiscard]] inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// A word that starts as a name does: a capital, or a letter beyond ASCII
// (most of which, in names, are capitals: `Č`, `Ú`, `Ł`), not a dash or
// a bullet.
[[nodiscard]] inline bool starts_as_name(std::string_view word) {
    if (word.empty()) {
        return false;
    }
    if (static_cast<unsigned char>(word.front()) < 0x80U) {
        return is_upper(word.front());
    }
    const auto code_point = text::decode(word, 0);
    return code_point && text::is_word_character(code_point->value);
}

// True when a space ends right before `i`: an ASCII one, or a no-break
// or narrow space of two or three bytes, as pages put before a dash.
[[nodiscard]] inline bool space_before(std::string_view text, std::size_t i) {
    constexpr std::size_t longest_space = 3;
    for (std::size_t length = 1; length <= longest_space && length <= i; ++length) {
        if (text::space_length(text, i - length) == length) {
            return true;
        }
    }
    return false;
}

[[nodiscard]] inline std::size_t blank_length(std::string_view text, std::size_t i) {
    const std::size_t space = text::space_length(text, i);
    return space != 0 ? space : (text::is_line_break(text[i]) ? 1 : 0);
}

// The words of a line, split at blanks (and at line breaks, for a line
// wrapped onto the next), each handed to `visit` with its offset until it
// returns false.
template <typename Visit>
void for_each_word(std::string_view line, Visit visit) {
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && blank_length(line, i) != 0) {
            i += blank_length(line, i);
        }
        const std::size_t begin = i;
        while (i < line.size() && blank_length(line, i) == 0) {
            ++i;
        }
        if (i > begin && !visit(line.substr(begin, i - begin), begin)) {
            return;
        }
    }
}

// How many words `line` holds, counting no further than just past `limit`.
[[nodiscard]] inline std::size_t count_words(std::string_view line, std::size_t limit) {
    std::size_t count = 0;
    for_each_word(line, [&](std::string_view /*word*/, std::size_t /*at*/) { return ++count <= limit; });
    return count;
}

// How many words of `line` start with a small ASCII letter, counting no
// further than just past `limit`.
[[nodiscard]] inline std::size_t count_small_words(std::string_view line, std::size_t limit) {
    std::size_t count = 0;
    for_each_word(line, [&](std::string_view word, std::size_t /*at*/) {
        count += word.front() >= 'a' && word.front() <= 'z' ? 1 : 0;
        return count <= limit;
    });
    return count;
}

}  // namespace twinning::parser::words
