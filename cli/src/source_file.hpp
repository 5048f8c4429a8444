#pragma once

#include <string>
#include <variant>

namespace twinning::cli {

struct SourceFile {
    std::string name;  // as shown in diagnostics; `<stdin>` for `-`
    std::string text;
};

struct ReadError {
    std::string message;  // one line, naming the file
};

// Reads a whole listing; `-` is standard input.
[[nodiscard]] std::variant<SourceFile, ReadError> read_source(const std::string& path);

}  // namespace twinning::cli
