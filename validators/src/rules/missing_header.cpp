// missing-header: see the documentation below, which `twinning rules missing-header` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc missing_header_doc{
    .rule = Rule::missing_header,
    .what =
        "A record that starts with a field instead of a `Name (Country)` line, and names no city in a `city:` field "
        "either.",
    .why =
        "The header says which city the record is about. Tools that split listings at headers silently merge such a "
        "record into the one before it. twinning keeps it as a record of its own and, when the record has a web site, "
        "infers the name from the host and the country from its country-code domain; both are listed under `inferred`. "
        "Where the gazetteer knows the city in that country, the name takes its spelling (`www.zilina.sk` gives "
        "`Žilina`). "
        "The fix inserts the inferred header and is unsafe: it rests on inference.",
    .example = "population: 563 311 (2022) web sites: www.dresden.de",
    .instead = "Dresden (Germany)\npopulation: 563 311 (2022) web sites: www.dresden.de",
};

namespace {

[[nodiscard]] bool inferred(const model::Record& record, model::Field field) {
    return std::ranges::find(record.inferred, field) != record.inferred.end();
}

[[nodiscard]] std::string inferred_header(const model::Record& record) {
    if (record.country) {
        return fmt::format("{} ({})", record.name->value, record.country->value);
    }
    return record.name->value;
}

}  // namespace

void check_missing_header(const RecordContext& context, Diagnostics& out) {
    const model::RawRecord& raw = context.raw;
    const model::Record& record = context.record;
    if (raw.header || (record.name && !inferred(record, model::Field::name))) {
        return;
    }
    const model::SourceSpan anchor = record_anchor(raw);
    if (!record.name) {
        out.push_back(with_suggestion(diagnose(Rule::missing_header, context, anchor,
                                               "record has no header line, and no web site to infer it from"),
                                      "add a `Name (Country)` line above the record"));
        return;
    }
    const std::string header = inferred_header(record);
    model::Diagnostic diagnostic =
        diagnose(Rule::missing_header, context, anchor,
                 fmt::format("record has no header line; its web site suggests `{}`", header));
    const model::SourceSpan insert_at{anchor.begin, anchor.begin};
    diagnostic.fix = model::Fix{fmt::format("insert header `{}`", header), {{insert_at, header + "\n"}}, false};
    out.push_back(std::move(diagnostic));
}

}  // namespace twinning::validators::rules
