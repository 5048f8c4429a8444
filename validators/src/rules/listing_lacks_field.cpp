// listing-lacks-field: see the documentation below, which `twinning rules listing-lacks-field` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc listing_lacks_field_doc{
    .rule = Rule::listing_lacks_field,
    .what =
        "A listing whose records mostly do not give a field that a missing-FIELD rule asks for, such as a list of "
        "partner cities with no populations. The listing decides what its records carry: when fewer than half of the "
        "records of a file with two or more records give the field, the file gets this one finding instead of one "
        "missing-FIELD finding a record.",
    .why =
        "A page that never states populations is not missing one per city; it simply does not list them. One finding "
        "says so without burying the real problems.",
    .example = "Tulln (Austria)\nweb sites: www.tulln.at\n\nBrno (Czech Republic)\nweb sites: www.brno.cz",
    .instead =
        "Tulln (Austria)\npopulation: 16 800\nweb sites: www.tulln.at\n\nBrno (Czech Republic)\npopulation: 379 "
        "527\nweb sites: www.brno.cz",
};

bool holds_listing_lacks_field(Rule rule) { return required_field(rule) != nullptr; }

std::optional<model::Diagnostic> judge_listing_lacks_field(Rule missing_rule, const HeldFindings& held,
                                                           const FileEnd& end, model::FileId file) {
    // One record lacking a field is missing it; most of a listing lacking
    // it does not list it.
    const std::size_t lacking = held.count;
    if (end.records < 2 || lacking * 2 <= end.records) {
        return std::nullopt;
    }
    model::Diagnostic diagnostic = model::make_diagnostic(
        Rule::listing_lacks_field, file, held.first,
        fmt::format("{} of {} records give no {}, so the listing is not judged by `{}`", lacking, end.records,
                    missing_field_what(missing_rule), model::info(missing_rule).name));
    diagnostic.suggestion = fmt::format("add the {} to every record, or ignore `{}`", missing_field_what(missing_rule),
                                        model::info(missing_rule).name);
    return diagnostic;
}

}  // namespace twinning::validators::rules
