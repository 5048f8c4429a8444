#pragma once

// `twinning check --fix`: the fixes that diagnostics carry, applied to the
// listing's text.

#include <string>
#include <string_view>
#include <vector>

#include "twinning/model/diagnostic.hpp"
#include "twinning/twinning.hpp"

namespace twinning {

enum class FixSafety {
    safe_only,    // fixes that are certain
    also_unsafe,  // and the plausible ones the user opted into
};

struct FixOutcome {
    std::string text;
    // The diagnostics whose fixes were applied, in the order applied; each
    // span is in the text as it stood when that fix was found.
    std::vector<model::Diagnostic> applied;
};

// Applies the admitted fixes among `diagnostics` to `text`. A fix whose
// edits overlap an edit already taken is left out, to be found again in
// the fixed text.
[[nodiscard]] FixOutcome apply_fixes(std::string_view text, const std::vector<model::Diagnostic>& diagnostics,
                                     FixSafety safety);

// Checks and fixes until no admitted fix is left, in a bounded number of
// rounds (one fix can make room for another).
[[nodiscard]] FixOutcome fix_listing(std::string_view text, const model::Sources& sources, model::FileId file,
                                     const Options& options, FixSafety safety);

}  // namespace twinning
