#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "twinning/text/spaces.hpp"

namespace twinning::normalize {

// A part of a value and where it stands in that value.
struct Piece {
    std::string_view text;
    std::size_t offset = 0;
};

// Calls `visit` with each piece of the value cut at every byte in
// `separators`, trimmed; empty pieces (from `a,,b` or a trailing comma) are
// left out. It keeps no list, so a caller can count the pieces first and
// then build its own list in one allocation.
template <typename Visit>
void for_each_trimmed(std::string_view value, std::string_view separators, Visit&& visit) {
    std::size_t begin = 0;
    while (begin <= value.size()) {
        std::size_t end = value.find_first_of(separators, begin);
        if (end == std::string_view::npos) {
            end = value.size();
        }
        const std::string_view piece = text::trim(value.substr(begin, end - begin));
        if (!piece.empty()) {
            visit(Piece{piece, static_cast<std::size_t>(piece.data() - value.data())});
        }
        begin = end + 1;
    }
}

// The pieces for_each_trimmed visits, as a list.
[[nodiscard]] std::vector<Piece> split_trimmed(std::string_view value, std::string_view separators);

// The value cut at spaces of every kind, line breaks, commas and
// semicolons: how web sites are listed.
[[nodiscard]] std::vector<Piece> split_words(std::string_view value);

}  // namespace twinning::normalize
