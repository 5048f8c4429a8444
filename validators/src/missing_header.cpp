// missing-header
//
// What it does: flags a record that starts with a field instead of a
// `Name (Country)` line.
//
// Why is this bad? The header says which city the record is about. Tools
// that split listings at headers silently merge such a record into the one
// before it. twinning keeps it as its own record and, when the record has a
// web site, infers the name from the host and the country from its
// country-code domain, listing both under `inferred`.
//
// Example:
//     population: 563 311 (2022) web sites: www.dresden.de
//
// Use instead:
//     Dresden (Germany)
//     population: 563 311 (2022) web sites: www.dresden.de

#include <fmt/format.h>

#include <algorithm>

#include "checks.hpp"

namespace twinning::validators {

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
        out.push_back(model::make_diagnostic(model::Rule::missing_header, record.file, anchor,
                                             "record has no header line, and no web site to infer it from"));
        out.back().suggestion = "add a `Name (Country)` line above the record";
        return;
    }
    const std::string header = inferred_header(record);
    model::Diagnostic diagnostic =
        model::make_diagnostic(model::Rule::missing_header, record.file, anchor,
                               fmt::format("record has no header line; its web site suggests `{}`", header));
    diagnostic.suggestion = fmt::format("add the header line `{}` above the record", header);
    // Inferred, not stated: a plausible repair the user must opt into.
    const model::SourceSpan insert_at{anchor.begin, anchor.begin};
    diagnostic.fix = model::Fix{fmt::format("insert header `{}`", header), {{insert_at, header + "\n"}}, false};
    out.push_back(std::move(diagnostic));
}

}  // namespace twinning::validators
