#include "json_text.hpp"

#include <string_view>

namespace twinning::emit {

std::string json_text(const nlohmann::ordered_json& json, int indent) {
    std::string text = json.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    // Outside strings JSON has no bytes above ASCII, so every match is
    // inside a string, where the escape means the same character.
    constexpr std::string_view line_separator = "\xE2\x80\xA8";
    constexpr std::string_view paragraph_separator = "\xE2\x80\xA9";
    for (std::size_t at = text.find("\xE2\x80"); at != std::string::npos; at = text.find("\xE2\x80", at + 1)) {
        const std::string_view found = std::string_view(text).substr(at, 3);
        if (found == line_separator || found == paragraph_separator) {
            text.replace(at, 3, found == line_separator ? "\\u2028" : "\\u2029");
        }
    }
    return text;
}

}  // namespace twinning::emit
