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

// Reads to the end. `expected_size` is what the file should hold: reading
// into a string of that size takes the input's own size in memory, where a
// growing buffer can take twice it. A file that grew meanwhile is still read
// whole.
[[nodiscard]] std::string read_all(std::istream& in, std::size_t expected_size = 0) {
    std::string text(expected_size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.eof()) {
        return text;
    }
    in.clear(in.rdstate() & ~std::ios::failbit);
    std::ostringstream rest;
    rest << in.rdbuf();
    text += std::move(rest).str();
    return text;
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

std::string shown_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

std::variant<SourceFile, ReadError> read_source(const std::string& path) {
    if (path == "-") {
        return text_only(SourceFile{shown_name(path), read_all(std::cin)});
    }
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        return ReadError{fmt::format("cannot read {}: it is a directory", path)};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return ReadError{fmt::format("cannot read {}: {}", path, std::strerror(errno))};
    }
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    std::string text = read_all(in, error ? 0 : static_cast<std::size_t>(size));
    if (in.bad()) {
        return ReadError{fmt::format("cannot read {}: read failed", path)};
    }
    return text_only(SourceFile{path, std::move(text)});
}

}  // namespace twinning::cli
