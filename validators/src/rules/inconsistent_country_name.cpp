// inconsistent-country-name: see the documentation below, which `twinning rules inconsistent-country-name` prints.

#include "../rules.hpp"
#include "twinning/text/hash.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::validators::rules {

const RuleDoc inconsistent_country_name_doc{
    .rule = Rule::inconsistent_country_name,
    .what =
        "One country written two ways in one file, such as `Czech Republic` in one record and `Czechia` in another. "
        "Wordings are compared without case or diacritics, so `SLOVAKIA` and `Slovakia` are one wording, and a "
        "nation such as `Scotland` is compared only with other wordings of that nation. A country taken from a web "
        "address, or from a sentence (`the Austrian town of Krems`), is not compared.",
    .why =
        "Both wordings are read as the same ISO country, but a reader of the listing, or a tool that matches the text, "
        "sees two. A note points at the record with the first wording; which one to keep is the author's choice, so "
        "there is no fix.",
    .example = "Katowice (Poland)\n...\n\nOpole (Republic of Poland)\n...",
    .instead = "Katowice (Poland)\n...\n\nOpole (Poland)\n...",
};

namespace {

// True when the country was read from one of the record's web addresses,
// whose text is a host, not a wording of the country.
[[nodiscard]] bool read_from_website(const model::RawRecord& raw, const model::SourceSpan& span) {
    return std::ranges::any_of(raw.fields, [&span](const model::RawField& field) {
        return field.label.kind == model::Field::websites && span.begin.offset >= field.value_span.begin.offset &&
               span.end.offset <= field.value_span.end.offset;
    });
}

}  // namespace

void check_inconsistent_country_name(const RecordContext& context, CrossIndex& index, Diagnostics& out) {
    const model::Record& record = context.record;
    // Prose names a country as its sentence needs, often by its adjective.
    if (!record.country || record.country_code.empty() || record.layout == model::Layout::sentence ||
        read_from_website(context.raw, record.country->span)) {
        return;
    }
    const std::string_view written = text::trim(source_text(context.raw, record.country->span));
    if (written.empty()) {
        return;
    }
    // A nation of a country (`England`, `Scotland`) is a place of its own,
    // not another wording of the country.
    const bool names_a_nation = record.subdivision && record.subdivision->span == record.country->span;
    const std::uint64_t key = text::StableHash()
                                  .add_number(static_cast<std::uint32_t>(record.file))
                                  .add(record.country_code)
                                  .add("\x1f")
                                  .add(names_a_nation ? record.subdivision_code : std::string())
                                  .value();
    const CrossIndex::Wording* first = index.first_wording(key, written, record.country->span);
    if (first == nullptr || text::fold_key(first->text) == text::fold_key(written)) {
        return;
    }
    model::Diagnostic diagnostic = diagnose(
        Rule::inconsistent_country_name, context, record.country->span,
        fmt::format("country written `{}` here and `{}` earlier in this file", quoted(written), quoted(first->text)));
    const CrossIndex::Place& place = index.place(first->record);
    diagnostic.notes.push_back({fmt::format("written `{}` here", quoted(first->text)), first->span, place.file});
    diagnostic.suggestion = fmt::format("write one wording for {} throughout the file", record.country->value);
    out.push_back(std::move(diagnostic));
}

}  // namespace twinning::validators::rules
