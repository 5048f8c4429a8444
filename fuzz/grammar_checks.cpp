// The grammar alone, the first reader of every listing, checked for what
// must hold for every input: nothing is lost. Each non-blank byte lies in one
// header, field or unrecognized-text span; spans never overlap or leave the
// input. One parse an input and nothing more, so this target runs fastest
// and explores the grammar furthest; the parts a listing is cut into for
// threads are checked by the validate target, with the threads.

#include <string>
#include <string_view>

#include "checks.hpp"
#include "nothing_lost.hpp"
#include "support.hpp"

namespace twinning_fuzz {

void check_grammar(std::string_view input) {
    if (const std::string violation = twinning_test::nothing_lost_violation(input); !violation.empty()) {
        fail(violation);
    }
}

}  // namespace twinning_fuzz
