#pragma once

// Test support for the validators: runs a listing through the grammar and
// the normalizer into a Validator, the way the pipeline does, but without
// fingerprints, suppression or severity overrides.

#include <chrono>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "collecting_sink.hpp"
#include "test_sources.hpp"
#include "twinning/model/diagnostic.hpp"
#include "twinning/normalize/date.hpp"
#include "twinning/normalize/record.hpp"
#include "twinning/parser/parser.hpp"
#include "twinning/validators/validate.hpp"

namespace twinning::model {

// Lets GoogleTest print rules by name in failure messages.
inline void PrintTo(Rule rule, std::ostream* out) { *out << info(rule).name; }

}  // namespace twinning::model

namespace twinning_test {

// Check options with a fixed "today", 2026-01-01, so that dates in test
// input never drift into the future or go stale as time passes.
inline twinning::validators::CheckOptions checks_as_of_2026() {
    twinning::validators::CheckOptions options;
    options.reference_date = std::chrono::year{2026} / std::chrono::January / std::chrono::day{1};
    return options;
}

// Parses `input` and hands every record, normalized, and every stray text
// to `validator`, in input order. Slash dates are read as the pipeline
// reads them when nothing is configured: in the order the file shows, else
// day-first.
inline std::vector<twinning::model::Diagnostic> check_listing(twinning::validators::Validator& validator,
                                                              std::string_view input,
                                                              const std::string& name = "list.txt") {
    const twinning::model::FileId file = twinning_test::test_file(name);
    std::vector<twinning::model::Diagnostic> found;
    const twinning::normalize::Options options{twinning::normalize::slash_date_reading(std::nullopt, input)};
    CallbackSink sink(
        [&](const twinning::model::RawRecord& raw) {
            twinning::model::Record record = twinning::normalize::normalize_record(raw, options);
            record.file = file;
            validator.check_record(raw, record, found);
        },
        [&](std::string_view text, const twinning::model::SourceSpan& span) {
            validator.check_unrecognized(text, span, file, found);
        });
    twinning::parser::parse_listing(input, sink);
    return found;
}

// The same with a Validator of its own.
inline std::vector<twinning::model::Diagnostic> check_listing(
    std::string_view input, twinning::validators::CheckOptions options = checks_as_of_2026()) {
    twinning::validators::Validator validator(std::move(options));
    return check_listing(validator, input);
}

inline std::vector<twinning::model::Rule> rules_of(const std::vector<twinning::model::Diagnostic>& diagnostics) {
    std::vector<twinning::model::Rule> rules;
    for (const twinning::model::Diagnostic& diagnostic : diagnostics) {
        rules.push_back(diagnostic.rule);
    }
    return rules;
}

// The diagnostics of one rule, in order.
inline std::vector<twinning::model::Diagnostic> of_rule(const std::vector<twinning::model::Diagnostic>& diagnostics,
                                                        twinning::model::Rule rule) {
    std::vector<twinning::model::Diagnostic> found;
    for (const twinning::model::Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.rule == rule) {
            found.push_back(diagnostic);
        }
    }
    return found;
}

}  // namespace twinning_test
