// duplicate-record: see the documentation below, which `twinning rules duplicate-record` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc duplicate_record_doc{
    .rule = Rule::duplicate_record,
    .what =
        "The same city and country listed twice, comparing names without case or diacritics (`Košice` = `Kosice`), "
        "across all the files of a run.",
    .why =
        "Duplicates double-count partnerships and may disagree with each other. A note points at the first occurrence.",
    .example = "Košice (Slovakia)\n...\n\nKosice (Slovakia)\n...",
    .instead = "Košice (Slovakia)\n...",
};

void check_duplicate_record(const RecordContext& context, CrossIndex& index, Diagnostics& out) {
    const model::Record& record = context.record;
    if (!record.name) {
        return;
    }
    const std::uint64_t key = identity_hash(record);
    const CrossIndex::Seen* first = index.remember(CrossIndex::Table::records, key, {});
    if (first == nullptr) {
        return;
    }
    model::Diagnostic diagnostic = diagnose(Rule::duplicate_record, context, record_anchor(context.raw),
                                            fmt::format("{} is listed again", who(record)));
    const CrossIndex::Place& place = index.place(first->record);
    diagnostic.notes.push_back({"first listed here", place.span, place.file});
    out.push_back(std::move(diagnostic));
}

}  // namespace twinning::validators::rules
