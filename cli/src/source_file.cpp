#include "source_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace twinning::cli {

namespace {

[[nodiscard]] std::string read_all(std::istream& in) {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

// Text never holds a NUL byte; a file that does is binary, and parsing it
// would only turn garbage into findings.
[[nodiscard]] std::variant<SourceFile, ReadError> text_only(SourceFile file) {
    const std::size_t nul = file.text.find('\0');
    if (nul != std::string::npos) {
        return ReadError{fmt::format("{} is not text: it has a NUL byte at byte offset {}", file.name, nul)};
    }
    return file;
}

}  // namespace

std::variant<SourceFile, ReadError> read_source(const std::string& path) {
    if (path == "-") {
        return text_only(SourceFile{"<stdin>", read_all(std::cin)});
    }
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        return ReadError{fmt::format("cannot read {}: it is a directory", path)};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return ReadError{fmt::format("cannot read {}: {}", path, std::strerror(errno))};
    }
    std::string text = read_all(in);
    if (in.bad()) {
        return ReadError{fmt::format("cannot read {}: read failed", path)};
    }
    return text_only(SourceFile{path, std::move(text)});
}

}  // namespace twinning::cli
