#include "twinning/text/unicode.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <utility>

#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::text {

namespace {

struct FreeDeleter {
    void operator()(utf8proc_uint8_t* p) const { std::free(p); }  // NOLINT(cppcoreguidelines-no-malloc)
};

// utf8proc takes unsigned bytes; the text's chars are the same bytes.
[[nodiscard]] const utf8proc_uint8_t* bytes(std::string_view text) {
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast)
    return reinterpret_cast<const utf8proc_uint8_t*>(text.data());
}

// Letters that carry their mark inside the letter, so that stripping marks
// leaves them as they are: `Łódź` must still fold to `lodz`. Lower case
// only: the table is applied after case folding.
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> letters_with_inner_marks{{
    {"\u0142", "l"},   // ł
    {"\u00F8", "o"},   // ø
    {"\u0111", "d"},   // đ
    {"\u00F0", "d"},   // ð
    {"\u0127", "h"},   // ħ
    {"\u0131", "i"},   // ı
    {"\u00E6", "ae"},  // æ
    {"\u0153", "oe"},  // œ
    {"\u00FE", "th"},  // þ
}};

[[nodiscard]] std::string without_inner_marks(std::string_view folded) {
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size();) {
        if (static_cast<unsigned char>(folded[i]) < 0x80U) {
            out += folded[i++];
            continue;
        }
        const auto* found = std::ranges::find_if(letters_with_inner_marks, [&](const auto& pair) {
            return folded.substr(i, pair.first.size()) == pair.first;
        });
        if (found != letters_with_inner_marks.end()) {
            out += found->second;
            i += found->first.size();
        } else {
            out += folded[i];
            ++i;
        }
    }
    return out;
}

}  // namespace

namespace {

// Folds one piece with utf8proc, which works on a buffer of 32-bit code
// points four times the text's size; empty when the piece is not UTF-8.
[[nodiscard]] std::optional<std::string> fold_piece(std::string_view piece) {
    utf8proc_uint8_t* mapped = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                                        UTF8PROC_STRIPMARK | UTF8PROC_LUMP);
    const utf8proc_ssize_t length =
        utf8proc_map(bytes(piece), static_cast<utf8proc_ssize_t>(piece.size()), &mapped, options);
    if (length < 0) {
        return std::nullopt;
    }
    const std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(mapped);
    return std::string(reinterpret_cast<const char*>(mapped),  // NOLINT: utf8proc's bytes as chars
                       static_cast<std::size_t>(length));
}

// Where to cut a long text so each piece folds alone: before an ASCII
// byte, which no combining mark can attach to from the piece before.
[[nodiscard]] std::size_t piece_end(std::string_view text, std::size_t begin) {
    constexpr std::size_t piece_bytes = 4096;
    std::size_t end = std::min(text.size(), begin + piece_bytes);
    while (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80U) {
        ++end;
    }
    return end;
}

// On ASCII, utf8proc's folding is lower case and nothing else, and the
// inner marks are all above ASCII: folding is lowering and collapsing
// spaces, without utf8proc's decoding. Most names and areas are ASCII.
[[nodiscard]] bool is_ascii(std::string_view text) {
    return std::ranges::all_of(text, [](char c) { return static_cast<unsigned char>(c) < 0x80U; });
}

[[nodiscard]] std::string fold_ascii(std::string_view text) { return collapse_whitespace(ascii_lowercase(text)); }

}  // namespace

std::string fold_key(std::string_view text) {
    if (is_ascii(text)) {
        return fold_ascii(text);
    }
    // In pieces, so a megabyte-long value costs its own size, not four times it.
    std::string folded;
    for (std::size_t begin = 0; begin < text.size();) {
        const std::size_t end = piece_end(text, begin);
        const auto piece = fold_piece(text.substr(begin, end - begin));
        if (!piece) {
            // Not valid UTF-8: fall back to the bytes so that equal input
            // still gives equal keys.
            return collapse_whitespace(text);
        }
        folded += *piece;
        begin = end;
    }
    return collapse_whitespace(without_inner_marks(folded));
}

std::optional<CodePoint> decode(std::string_view text, std::size_t i) {
    if (i >= text.size()) {
        return std::nullopt;
    }
    if (static_cast<unsigned char>(text[i]) < 0x80U) {
        return CodePoint{static_cast<char32_t>(text[i]), 1};
    }
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length =
        utf8proc_iterate(bytes(text.substr(i)), static_cast<utf8proc_ssize_t>(text.size() - i), &code_point);
    if (length <= 0) {
        return std::nullopt;
    }
    return CodePoint{static_cast<char32_t>(code_point), static_cast<std::size_t>(length)};
}

bool is_word_character(char32_t code_point) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(code_point))) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ND:
            return true;
        default:
            return false;
    }
}

namespace {

// `text` with each code point mapped by `map`.
template <typename Map>
[[nodiscard]] std::string map_letters(std::string_view text, Map map) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = decode(text, i);
        if (!c) {
            out += text[i++];
            continue;
        }
        std::array<utf8proc_uint8_t, 4> encoded{};
        const utf8proc_ssize_t length =
            utf8proc_encode_char(map(static_cast<utf8proc_int32_t>(c->value)), encoded.data());
        out.append(reinterpret_cast<const char*>(encoded.data()),  // NOLINT: utf8proc's bytes as chars
                   static_cast<std::size_t>(length));
        i += c->length;
    }
    return out;
}

}  // namespace

std::string to_lower(std::string_view text) { return map_letters(text, utf8proc_tolower); }

std::string to_upper(std::string_view text) { return map_letters(text, utf8proc_toupper); }

std::string capitalise(std::string_view text) {
    const auto first = decode(text, 0);
    if (!first) {
        return std::string(text);
    }
    return map_letters(text.substr(0, first->length), utf8proc_toupper) + std::string(text.substr(first->length));
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80U) {
            ++i;
            continue;
        }
        utf8proc_int32_t code_point = 0;
        const utf8proc_ssize_t length =
            utf8proc_iterate(bytes(text.substr(i)), static_cast<utf8proc_ssize_t>(text.size() - i), &code_point);
        if (length <= 0) {
            return i;
        }
        i += static_cast<std::size_t>(length);
    }
    return std::nullopt;
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        utf8proc_int32_t code_point = 0;
        const utf8proc_ssize_t length =
            utf8proc_iterate(bytes(text.substr(i)), static_cast<utf8proc_ssize_t>(text.size() - i), &code_point);
        if (length <= 0) {
            ++width;
            ++i;
            continue;
        }
        width += code_point == '\t' ? 1 : static_cast<std::size_t>(std::max(0, utf8proc_charwidth(code_point)));
        i += static_cast<std::size_t>(length);
    }
    return width;
}

std::size_t utf8_sequence(std::string_view text, std::size_t i, std::size_t& skip) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const unsigned lead = byte(0);
    std::size_t length = 0;
    unsigned low = 0x80;   // the second byte's range, narrowed for overlongs,
    unsigned high = 0xBF;  // surrogates and code points past U+10FFFF
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        skip = 1;
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        const bool fits =
            i + k < text.size() && byte(k) >= (k == 1 ? low : 0x80U) && byte(k) <= (k == 1 ? high : 0xBFU);
        if (!fits) {
            skip = k;
            return 0;
        }
    }
    return length;
}

std::string valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t skip = 0;
        const std::size_t length = static_cast<unsigned char>(text[i]) < 0x80U ? 1 : utf8_sequence(text, i, skip);
        if (length == 0) {
            out += replacement_character;
            i += skip;
            continue;
        }
        out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

namespace {

void append_hex(std::string& out, char32_t value, int digits) {
    constexpr std::string_view hex = "0123456789abcdef";
    for (int digit = digits - 1; digit >= 0; --digit) {
        out += hex.at((value >> (4U * static_cast<unsigned>(digit))) & 0xFU);
    }
}

}  // namespace

std::string escape_controls(std::string_view text) {
    std::string valid = valid_utf8(text);
    std::string out;
    out.reserve(valid.size());
    for (std::size_t i = 0; i < valid.size();) {
        const auto code_point = decode(valid, i);
        const std::size_t length = code_point ? code_point->length : 1;
        const char32_t c = code_point ? code_point->value : U'\uFFFD';
        if (c < 0x20 || c == 0x7F) {
            out += "\\x";
            append_hex(out, c, 2);
        } else if (c >= 0x80 && c <= 0x9F) {
            out += "\\u{";
            append_hex(out, c, 4);
            out += '}';
        } else {
            out.append(valid, i, length);
        }
        i += length;
    }
    return out;
}

}  // namespace twinning::text
