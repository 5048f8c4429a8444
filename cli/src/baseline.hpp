#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "twinning/model/diagnostic.hpp"

namespace twinning::cli {

// The findings a baseline accepts, by fingerprint, with how many of each.
class Baseline {
public:
    explicit Baseline(std::map<std::string, int> counts) : counts_(std::move(counts)) {}

    // True, once per recorded copy, when the baseline has this finding.
    [[nodiscard]] bool accepts(const model::Diagnostic& diagnostic);

private:
    std::map<std::string, int> counts_;
};

struct BaselineError {
    std::string message;
};

[[nodiscard]] std::variant<Baseline, BaselineError> read_baseline(const std::filesystem::path& path);

// The same for text already read; `name` names it in messages.
[[nodiscard]] std::variant<Baseline, BaselineError> parse_baseline(std::string_view text, std::string_view name);

}  // namespace twinning::cli
