#include "twinning/normalize/pieces.hpp"

#include "twinning/text/spaces.hpp"

namespace twinning::normalize {

namespace {

void add_trimmed(std::vector<Piece>& pieces, std::string_view value, std::size_t begin, std::size_t end) {
    const std::string_view piece = text::trim(value.substr(begin, end - begin));
    if (!piece.empty()) {
        pieces.push_back({piece, static_cast<std::size_t>(piece.data() - value.data())});
    }
}

}  // namespace

std::vector<Piece> split_trimmed(std::string_view value, std::string_view separators) {
    std::vector<Piece> pieces;
    for_each_trimmed(value, separators, [&](const Piece& piece) { pieces.push_back(piece); });
    return pieces;
}

std::vector<Piece> split_words(std::string_view value) {
    std::vector<Piece> pieces;
    std::size_t begin = 0;
    std::size_t i = 0;
    while (i < value.size()) {
        const std::size_t space = text::space_length(value, i);
        const bool breaks = space != 0 || text::is_line_break(value[i]) || value[i] == ',' || value[i] == ';';
        if (!breaks) {
            ++i;
            continue;
        }
        add_trimmed(pieces, value, begin, i);
        i += space != 0 ? space : 1;
        begin = i;
    }
    add_trimmed(pieces, value, begin, value.size());
    return pieces;
}

}  // namespace twinning::normalize
