#pragma once

// The checks of each fuzz target, one function a target: libFuzzer runs one
// of them (target_main.cpp), the replay tool any or all.

#include <string_view>

namespace twinning_fuzz {

// Readers of listings.

// The grammar alone: nothing lost.
void check_grammar(std::string_view input);
// Normalizing and validating: counts and spans that hold, and what --jobs
// promises: parts that parse as the whole does, the same outcome on two
// threads.
void check_validate(std::string_view input);
// Every record writer and diagnostics renderer on what a listing gives.
void check_emit(std::string_view input);
// `fmt` and `check --fix`.
void check_fmt(std::string_view input);

// Readers of the other files a user hands over.

void check_config(std::string_view text);      // twinning.toml
void check_baseline(std::string_view text);    // --baseline
void check_vocabulary(std::string_view text);  // the vocabulary of cooperation areas

}  // namespace twinning_fuzz
