#include "twinning/text/hash.hpp"

#include "twinning/text/spaces.hpp"

namespace twinning::text {

StableHash& StableHash::add_collapsed(std::string_view text) {
    bool written = false;
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t space = space_length(text, i);
        if (space != 0 || is_line_break(text[i])) {
            pending_space = written;
            i += space != 0 ? space : 1;
            continue;
        }
        if (pending_space) {
            add_byte(' ');
            pending_space = false;
        }
        add_byte(text[i]);
        written = true;
        ++i;
    }
    return *this;
}

}  // namespace twinning::text
