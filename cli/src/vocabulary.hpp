#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <variant>

namespace twinning::cli {

struct VocabularyError {
    std::string message;  // one line, naming the file
};

// The areas of a vocabulary file, folded as the check compares them.
[[nodiscard]] std::variant<std::unordered_set<std::string>, VocabularyError> read_vocabulary(const std::string& path);

// The areas in vocabulary text: one a line, `#` starting a comment.
[[nodiscard]] std::unordered_set<std::string> parse_vocabulary(std::string_view text);

}  // namespace twinning::cli
