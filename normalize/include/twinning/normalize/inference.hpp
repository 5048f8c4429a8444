#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace twinning::normalize {

// What a web site says about a record that lost its header: the city from
// the host (`www.dresden.de` gives `Dresden`) and the country from a
// country-code top-level domain (`.de` gives `DE`; `.uk` gives `GB`; a
// domain sold as generic, such as `.io`, gives none).
struct InferredPlace {
    std::optional<std::string> name;
    std::optional<std::string> country_code;
};

[[nodiscard]] InferredPlace infer_from_host(std::string_view host);

}  // namespace twinning::normalize
