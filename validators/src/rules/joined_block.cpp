// joined-block: see the documentation below, which `twinning rules joined-block` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc joined_block_doc{
    .rule = Rule::joined_block,
    .what =
        "A block of fields after a blank line that has no header and repeats none of the labels of the record before "
        "it, so it is read as the rest of that record. A block that repeats one of its labels starts a record of its "
        "own.",
    .why =
        "Pages often put blank lines between the fields of one record. Joining the block is a reading of the layout, "
        "so it is said rather than done silently. The fix removes nothing: the blank lines are allowed.",
    .example = "Tulln (Austria)\npopulation: 16 800\n\nweb sites: www.tulln.at",
    .instead = "Tulln (Austria)\npopulation: 16 800\nweb sites: www.tulln.at",
};

void check_joined_block(const RecordContext& context, Diagnostics& out) {
    for (const model::SourceSpan& block : context.raw.joined_blocks) {
        out.push_back(with_suggestion(
            diagnose(Rule::joined_block, context, block,
                     fmt::format("a block with no header is read as the rest of {}", who(context.record))),
            "remove the blank line before it, or give it a header if it is a record of its own"));
    }
}

}  // namespace twinning::validators::rules
