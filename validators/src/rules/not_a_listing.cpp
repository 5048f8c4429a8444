// not-a-listing: see the documentation below, which `twinning rules not-a-listing` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc not_a_listing_doc{
    .rule = Rule::not_a_listing,
    .what =
        "A file that holds text but not one record: no line is a header followed by a field, and no line starts with a "
        "known label. It replaces the unrecognized-text finding for every line, which would say the same thing "
        "thousands of times.",
    .why =
        "The wrong file was checked, or its labels are in a language or form twinning does not know. Either way, "
        "nothing in it was read.",
    .example = "Twinning is a form of cooperation between towns.\nMost agreements are signed by mayors.",
    .instead = "Katowice (Poland)\npopulation: 281 711 (2021)",
};

// It speaks for the file in place of the line-by-line findings.
bool holds_not_a_listing(Rule rule) { return rule == Rule::unrecognized_text; }

// Stray lines are counted whether or not unrecognized-text runs, so the
// judgement reads the file's count, not the held findings'.
std::optional<model::Diagnostic> judge_not_a_listing(Rule /*rule*/, const HeldFindings& /*held*/, const FileEnd& end,
                                                     model::FileId file) {
    if (end.records != 0 || end.stray_lines == 0) {
        return std::nullopt;
    }
    model::Diagnostic diagnostic = model::make_diagnostic(
        Rule::not_a_listing, file, end.first_stray,
        fmt::format("no record found in {} {} of text; this does not look like a partner-city listing", end.stray_lines,
                    end.stray_lines == 1 ? "line" : "lines"));
    diagnostic.suggestion = "records start with a `Name (Country)` line followed by fields such as `population:`";
    return diagnostic;
}

}  // namespace twinning::validators::rules
