#include "clobbering.hpp"

#include <fmt/format.h>

#include <array>
#include <filesystem>
#include <string_view>

#include "output.hpp"

namespace twinning::cli {

namespace {

// Whether two paths name one file: through symlinks and hard links when it
// exists, by their resolved spelling when it does not yet.
[[nodiscard]] bool same_file(const std::string& a, const std::string& b) {
    const auto first = identity_of(a);
    const auto second = identity_of(b);
    if (first || second) {
        return first == second;
    }
    std::error_code error;
    return std::filesystem::weakly_canonical(a, error) == std::filesystem::weakly_canonical(b, error);
}

}  // namespace

std::optional<std::string> clobbering(const RunOptions& options, const std::string& records) {
    struct Named {
        std::string_view option;
        const std::string& path;
        bool is_baseline = false;  // may name the baseline it refreshes
    };
    const std::array<Named, 3> outputs{Named{"-o", records}, Named{"--diagnostics-file", options.diagnostics_file},
                                       Named{"--write-baseline", options.write_baseline, true}};
    for (std::size_t index = 0; index < outputs.size(); ++index) {
        const Named& output = outputs.at(index);
        if (output.path.empty() || output.path == "-") {
            continue;
        }
        for (const std::string& input : options.files) {
            if (input != "-" && same_file(output.path, input)) {
                return fmt::format("{} {} would overwrite the input {}; write to another path", output.option,
                                   output.path, input);
            }
        }
        if (!output.is_baseline && !options.baseline.empty() && same_file(output.path, options.baseline)) {
            return fmt::format("{} {} would overwrite the baseline {}; write to another path", output.option,
                               output.path, options.baseline);
        }
        for (std::size_t other = 0; other < index; ++other) {
            if (!outputs.at(other).path.empty() && same_file(output.path, outputs.at(other).path)) {
                return fmt::format("{} and {} both name {}; give each its own file", outputs.at(other).option,
                                   output.option, output.path);
            }
        }
    }
    return std::nullopt;
}

}  // namespace twinning::cli
