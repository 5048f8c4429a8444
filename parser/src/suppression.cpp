#include "twinning/parser/suppression.hpp"

#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::parser {

namespace {

// Consumes `word` at the front of `text`, ASCII case-insensitively.
[[nodiscard]] bool take(std::string_view& text, std::string_view word) {
    text = text::trim(text);
    if (text.size() < word.size()) {
        return false;
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = text[i];
        if (text::ascii_lower(c) != word[i]) {
            return false;
        }
    }
    text.remove_prefix(word.size());
    return true;
}

}  // namespace

std::vector<std::string_view> suppressed_rule_names(std::string_view comment) {
    std::string_view rest = comment;
    if (!take(rest, "#") || !take(rest, "twinning") || !take(rest, ":") || !take(rest, "ignore") || !take(rest, "[")) {
        return {};
    }
    const std::size_t close = rest.find(']');
    if (close == std::string_view::npos) {
        return {};
    }
    std::vector<std::string_view> names;
    std::string_view list = rest.substr(0, close);
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        const std::string_view name = text::trim(list.substr(0, comma));
        if (!name.empty()) {
            names.push_back(name);
        }
        list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
    }
    return names;
}

}  // namespace twinning::parser
