#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string_view>

#include "twinning/model/diagnostic.hpp"

namespace twinning::emit {

enum class DiagnosticsFormat { human, json };

[[nodiscard]] std::optional<DiagnosticsFormat> diagnostics_format_by_name(std::string_view name);

// `file:line:col: severity: message [name]`, then the source line with a
// caret under the span, then `help:` and notes. `source` is the text the
// spans point into.
void write_human(const model::Diagnostic& diagnostic, std::string_view source, std::ostream& out);

// The closing line of a human report: `1 error, 3 warnings, 0 info, 12 records`.
void write_human_summary(std::size_t errors, std::size_t warnings, std::size_t infos, std::size_t records,
                         std::ostream& out);

// One diagnostic as a JSON object; see the README for the schema.
[[nodiscard]] nlohmann::ordered_json diagnostic_to_json(const model::Diagnostic& diagnostic);

}  // namespace twinning::emit
