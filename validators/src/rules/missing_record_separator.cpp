// missing-record-separator: see the documentation below, which `twinning rules missing-record-separator` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc missing_record_separator_doc{
    .rule = Rule::missing_record_separator,
    .what = "A record that follows the previous one without a blank line in between.",
    .why =
        "twinning finds the boundary from the header's `Name (Country)` shape, but a reader, and many tools, expect a "
        "blank line. The fix inserts one and is safe.",
    .example = "...main areas of cooperation: ecology\nUralsk (Kazakhstan)",
    .instead = "...main areas of cooperation: ecology\n\nUralsk (Kazakhstan)",
};

void check_missing_record_separator(const RecordContext& context, Diagnostics& out) {
    if (!context.raw.follows_without_blank_line || !context.raw.header) {
        return;
    }
    const model::SourceSpan& header = context.raw.header->span;
    model::Diagnostic diagnostic = diagnose(Rule::missing_record_separator, context, header,
                                            fmt::format("no blank line before the record {}", who(context.record)));
    diagnostic.fix = model::Fix{"insert a blank line", {{{header.begin, header.begin}, "\n"}}, true};
    out.push_back(std::move(diagnostic));
}

}  // namespace twinning::validators::rules
