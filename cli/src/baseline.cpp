#include "baseline.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "source_file.hpp"
#include "twinning/emit/baseline.hpp"

namespace twinning::cli {

bool Baseline::accepts(const model::Diagnostic& diagnostic) {
    const auto found = counts_.find(diagnostic.fingerprint);
    if (found == counts_.end() || found->second == 0) {
        return false;
    }
    --found->second;
    return true;
}

std::variant<Baseline, BaselineError> read_baseline(const std::filesystem::path& path) {
    auto source = read_source(path.string());
    if (const auto* failure = std::get_if<ReadError>(&source)) {
        return BaselineError{fmt::format("baseline: {}", failure->message)};
    }
    return parse_baseline(std::get<SourceFile>(source).text, path.string());
}

std::variant<Baseline, BaselineError> parse_baseline(std::string_view text, std::string_view name) {
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    const auto version = json.is_object() ? json.find("version") : json.end();
    if (json.is_discarded() || !json.is_object() || version == json.end() || !version->is_number_integer() ||
        version->get<std::int64_t>() != emit::baseline_version || !json.contains("findings") ||
        !json.at("findings").is_array()) {
        return BaselineError{fmt::format("{} is not a twinning baseline (version {})", name, emit::baseline_version)};
    }
    std::map<std::string, int> counts;
    for (const nlohmann::json& finding : json.at("findings")) {
        if (!finding.is_object() || !finding.contains("fingerprint") || !finding.at("fingerprint").is_string()) {
            return BaselineError{fmt::format("{}: a finding without a fingerprint", name)};
        }
        ++counts[finding.at("fingerprint").get<std::string>()];
    }
    return Baseline(std::move(counts));
}

}  // namespace twinning::cli
