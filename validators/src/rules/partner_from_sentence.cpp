// partner-from-sentence: see the documentation below, which `twinning rules partner-from-sentence` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc partner_from_sentence_doc{
    .rule = Rule::partner_from_sentence,
    .what =
        "A partner that twinning read from a sentence of prose, such as `An agreement with the town of Tulln (Austria) "
        "was signed on 12 May 1982.`, with the name and country it read. The record's `layout` is `sentence`.",
    .why =
        "Prose names places in many ways, and a sentence may name a place that is no partner. A record read from one "
        "is a reading, so this says which partner was read, for a reader to check it against the sentence.",
    .example = "An agreement with the town of Tulln (Austria) was signed on 12 May 1982.",
    .instead = "Tulln (Austria)\npartnership agreement signed: 12 May 1982",
};

namespace {

[[nodiscard]] std::string partner_of(const model::Record& record) {
    const std::string name = record.name ? fmt::format("`{}`", quoted(record.name->value)) : "a partner with no name";
    if (!record.country) {
        return fmt::format("{}, with no country,", name);
    }
    return fmt::format("{} ({})", name, quoted(record.country->value));
}

}  // namespace

void check_partner_from_sentence(const RecordContext& context, Diagnostics& out) {
    if (context.record.layout != model::Layout::sentence) {
        return;
    }
    // The whole sentence: it is what the reading rests on.
    out.push_back(with_suggestion(
        diagnose(Rule::partner_from_sentence, context, context.raw.span,
                 fmt::format("the partner {} is read from a sentence", partner_of(context.record))),
        "check the name and the country against the sentence, or list the partner as `Name (Country)`"));
}

}  // namespace twinning::validators::rules
