#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace twinning::emit {

// JSON text that is safe wherever it is pasted: invalid UTF-8 becomes
// U+FFFD, and U+2028 and U+2029, legal in JSON strings but line breaks to
// JavaScript, are escaped. `indent` < 0 writes one line.
[[nodiscard]] std::string json_text(const nlohmann::ordered_json& json, int indent = -1);

}  // namespace twinning::emit
