// duplicate-field: see the documentation below, which `twinning rules duplicate-field` prints.

#include <array>

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc duplicate_field_doc{
    .rule = Rule::duplicate_field,
    .what =
        "A field given a second time in one record, such as two `population:` labels, or a `city:` field in a record "
        "whose header already names the city.",
    .why =
        "The two values may disagree and nothing says which is right. twinning uses the first and reports the second, "
        "with a note pointing at the first.",
    .example = "population: 281 711 (2021)\npopulation: 290 000 (2023)",
    .instead = "population: 281 711 (2021)",
};

namespace {

constexpr std::size_t kinds = model::field_count;

[[nodiscard]] bool within(const model::SourceSpan& inner, const model::SourceSpan& outer) {
    return inner.begin.offset >= outer.begin.offset && inner.end.offset <= outer.end.offset;
}

// A header states the name, and the country and region when its bracket
// group has them.
void mark_header(const RecordContext& context, std::array<const model::SourceSpan*, kinds>& first) {
    const auto& header = context.raw.header;
    if (!header) {
        return;
    }
    first.at(static_cast<std::size_t>(model::Field::name)) = &header->span;
    const model::Record& record = context.record;
    if (record.country && within(record.country->span, header->span)) {
        first.at(static_cast<std::size_t>(model::Field::country)) = &header->span;
    }
    if (record.subdivision && within(record.subdivision->span, header->span)) {
        first.at(static_cast<std::size_t>(model::Field::subdivision)) = &header->span;
    }
}

}  // namespace

void check_duplicate_field(const RecordContext& context, Diagnostics& out) {
    std::array<const model::SourceSpan*, kinds> first{};
    mark_header(context, first);
    for (const model::RawField& field : context.raw.fields) {
        const auto kind = static_cast<std::size_t>(field.label.kind);
        if (!model::stated(field.label.kind)) {
            continue;
        }
        if (first.at(kind) == nullptr) {
            first.at(kind) = &field.label.span;
            continue;
        }
        model::Diagnostic diagnostic =
            diagnose(Rule::duplicate_field, context, field.label.span,
                     fmt::format("`{}` is given again; the first value is used", quoted(field.label.text)));
        diagnostic.notes.push_back({"first given here", *first.at(kind), {}});
        out.push_back(std::move(diagnostic));
    }
}

}  // namespace twinning::validators::rules
