#pragma once

// The diagnostics formats that are JSON documents, as values the writers
// of diagnostics_writer.cpp serialize. Internal: nlohmann stays out of
// emit's public headers.

#include <nlohmann/json.hpp>
#include <vector>

#include "twinning/emit/diagnostics.hpp"

namespace twinning::emit {

// One diagnostic as a JSON object; see the README for the schema.
[[nodiscard]] nlohmann::ordered_json diagnostic_to_json(const model::Diagnostic& diagnostic,
                                                        const model::Sources& sources);

// The whole SARIF 2.1.0 log for a run's diagnostics.
[[nodiscard]] nlohmann::ordered_json sarif_log(const std::vector<model::Diagnostic>& diagnostics,
                                               const model::Sources& sources, const RenderOptions& options);

// One GitLab Code Quality issue.
[[nodiscard]] nlohmann::ordered_json gitlab_issue(const model::Diagnostic& diagnostic, const model::Sources& sources);

}  // namespace twinning::emit
