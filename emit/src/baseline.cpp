#include "twinning/emit/baseline.hpp"

#include <nlohmann/json.hpp>

#include "json_text.hpp"

namespace twinning::emit {

std::string baseline_text(const std::vector<model::Diagnostic>& diagnostics, const model::Sources& sources) {
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const model::Diagnostic& diagnostic : diagnostics) {
        findings.push_back({{"fingerprint", diagnostic.fingerprint},
                            {"rule", model::info(diagnostic.rule).name},
                            {"file", sources.name(diagnostic.file)},
                            {"line", diagnostic.span.begin.line},
                            {"message", diagnostic.message}});
    }
    const nlohmann::ordered_json baseline{{"version", baseline_version}, {"findings", std::move(findings)}};
    return json_text(baseline, 2) + "\n";
}

}  // namespace twinning::emit
