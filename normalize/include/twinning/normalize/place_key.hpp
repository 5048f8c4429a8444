#pragma once

#include <string>
#include <string_view>

#include "twinning/text/unicode.hpp"

namespace twinning::normalize {

// The key under which countries and regions are looked up: folded as for
// any name, with full stops dropped so `U.S.A.` finds `USA`. The build-time
// table generator uses this same function, so keys agree by construction.
[[nodiscard]] inline std::string place_key(std::string_view name) {
    std::string key = text::fold_key(name);
    std::erase(key, '.');
    return key;
}

}  // namespace twinning::normalize
