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

// The name a file goes by in diagnostics and records: its path, or
// `<stdin>` for `-`.
[[nodiscard]] std::string shown_name(const std::string& path);

// Reads a whole listing; `-` is standard input.
[[nodiscard]] std::variant<SourceFile, ReadError> read_source(const std::string& path);

}  // namespace twinning::cli
