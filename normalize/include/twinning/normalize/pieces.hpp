#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace twinning::normalize {

// A part of a value and where it stands in that value.
struct Piece {
    std::string_view text;
    std::size_t offset = 0;
};

// The value cut at every byte in `separators`, each piece trimmed; empty
// pieces (from `a,,b` or a trailing comma) are left out.
[[nodiscard]] std::vector<Piece> split_trimmed(std::string_view value, std::string_view separators);

// The value cut at spaces of every kind, line breaks, commas and
// semicolons: how web sites are listed.
[[nodiscard]] std::vector<Piece> split_words(std::string_view value);

}  // namespace twinning::normalize
