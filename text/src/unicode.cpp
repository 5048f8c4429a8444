#include "twinning/text/unicode.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

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

}  // namespace

std::string fold_key(std::string_view text) {
    utf8proc_uint8_t* mapped = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                                        UTF8PROC_STRIPMARK | UTF8PROC_LUMP);
    const utf8proc_ssize_t length =
        utf8proc_map(bytes(text), static_cast<utf8proc_ssize_t>(text.size()), &mapped, options);
    if (length < 0) {
        // Not valid UTF-8: fall back to the bytes so that equal input still
        // gives equal keys.
        return collapse_whitespace(text);
    }
    const std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(mapped);
    return collapse_whitespace(
        std::string_view(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length)));  // NOLINT
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

}  // namespace twinning::text
