// The --baseline reader: a baseline, or one error on one line.

#include <string_view>
#include <variant>

#include "baseline.hpp"
#include "checks.hpp"
#include "support.hpp"

namespace twinning_fuzz {

void check_baseline(std::string_view text) {
    const auto read = twinning::cli::parse_baseline(text, "fuzz-baseline.json");
    if (const auto* error = std::get_if<twinning::cli::BaselineError>(&read)) {
        expect_one_line_message(error->message, "the baseline");
    }
}

}  // namespace twinning_fuzz
