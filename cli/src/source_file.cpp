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

}  // namespace

std::variant<SourceFile, ReadError> read_source(const std::string& path) {
    if (path == "-") {
        return SourceFile{"<stdin>", read_all(std::cin)};
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
    return SourceFile{path, std::move(text)};
}

}  // namespace twinning::cli
