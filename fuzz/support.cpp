#include "support.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace twinning_fuzz {

void fail(std::string_view what) {
    std::fprintf(stderr, "invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
    std::abort();
}

namespace {

// Misspelled-word is off: hunspell's suggestions take milliseconds a word,
// which would slow the fuzzer a thousandfold; tests cover that rule. A fixed
// reference date keeps a run replayable on any day.
[[nodiscard]] twinning::Options make_listing_options() {
    twinning::Options options;
    options.checks.reference_date =
        std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{1}};
    options.checks.enabled.reset(static_cast<std::size_t>(twinning::model::Rule::misspelled_word));
    options.checks.vocabulary = {"culture", "sport"};
    options.max_per_rule = 3;  // enough to exercise the cap; fewer findings to render keeps the fuzzer fast
    return options;
}

}  // namespace

const twinning::Options& listing_options() {
    static const twinning::Options options = make_listing_options();
    return options;
}

const twinning::model::Sources& fuzz_sources() {
    static const twinning::model::Sources sources = [] {
        twinning::model::Sources named;
        named.add("fuzz.txt");
        return named;
    }();
    return sources;
}

void expect_one_line_message(std::string_view message, std::string_view reader) {
    if (message.empty()) {
        fail(std::string(reader) + " gave an error without a message");
    }
    if (message.find_first_of("\r\n") != std::string_view::npos) {
        fail(std::string(reader) + " gave an error message of more than one line: " + std::string(message));
    }
}

}  // namespace twinning_fuzz
