#pragma once

// What the rule files share: the context a check sees, the functions every
// rule file defines, and small helpers. Each rule lives in rules/NAME.cpp
// with its documentation, message and check; registry.cpp lists them.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "spelling.hpp"
#include "twinning/text/spaces.hpp"
#include "twinning/validators/validate.hpp"

namespace twinning::validators {

using model::Rule;

// What a per-record check sees: the record as the grammar found it, for
// labels and layout, and as the normalizers typed it, for values.
struct RecordContext {
    const model::RawRecord& raw;
    const model::Record& record;
    const CheckOptions& options;
    Spelling& spelling;
};

using RecordCheck = void (*)(const RecordContext&, Diagnostics&);
// The payload of the kind a rule's facts carry; an empty one should a
// normalizer give none, so a report never fails.
template <typename Detail>
[[nodiscard]] const Detail& detail_of(const model::Fact& fact) {
    static const Detail none{};
    const Detail* detail = std::get_if<Detail>(&fact.detail);
    return detail != nullptr ? *detail : none;
}

// A fact's report, or none when the rule judges the fact harmless.
using FactReport = std::optional<model::Diagnostic> (*)(const model::Fact&, const RecordContext&);

// What a check of the raw bytes sees: the bytes from `begin` to `end` of
// the input, where `begin` starts line `line`. Spans count from the start
// of the input, so parts can be checked on several threads at once.
struct TextPart {
    std::string_view input;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::uint32_t line = 1;
    model::FileId file;

    [[nodiscard]] model::PositionCursor cursor() const {
        return begin == 0 ? model::PositionCursor::for_input(input)
                          : model::PositionCursor(input.substr(begin), {begin, line, 1});
    }
};

using ByteCheck = void (*)(const TextPart&, Diagnostics&);

// Text that belongs to no record or field, as the grammar hands it on.
struct StrayText {
    std::string_view text;
    const model::SourceSpan& span;
};

using StrayReport = model::Diagnostic (*)(const StrayText&, model::FileId file);

// A file rule: which rules' findings it holds back, and its judgement of
// them once the file is read (see Validator::judge_held).
struct FileJudge {
    bool (*holds)(Rule rule) = nullptr;
    std::optional<model::Diagnostic> (*judge)(Rule rule, const HeldFindings& held, const FileEnd& end,
                                              model::FileId file) = nullptr;
};

using LimitReport = model::Diagnostic (*)(Rule rule, std::size_t hidden, const model::SourceSpan& first_hidden,
                                          model::FileId file);

[[nodiscard]] inline model::Diagnostic diagnose(Rule rule, const RecordContext& context, const model::SourceSpan& span,
                                                std::string message) {
    return model::make_diagnostic(rule, context.record.file, span, std::move(message));
}

[[nodiscard]] inline model::Diagnostic with_suggestion(model::Diagnostic diagnostic, std::string suggestion) {
    diagnostic.suggestion = std::move(suggestion);
    return diagnostic;
}

// Where a record-level finding points: its header, or its first label when
// it has none.
[[nodiscard]] inline model::SourceSpan record_anchor(const model::RawRecord& raw) {
    return raw.header ? raw.header->span : raw.fields.front().label.span;
}

// True when the record has a field of `kind` with a value.
[[nodiscard]] inline bool has_value(const model::RawRecord& raw, model::Field kind) {
    return std::ranges::any_of(
        raw.fields, [kind](const model::RawField& field) { return field.label.kind == kind && !field.value.empty(); });
}

// Source text as a message quotes it: on one line, and cut after 80
// characters (the span still covers all of it). Only the start of the text
// is read, so quoting a megabyte-long value costs no copy of it.
[[nodiscard]] inline std::string quoted(std::string_view source) {
    constexpr std::size_t limit = 80;
    auto starts_character = [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; };
    // Enough bytes for 80 characters even if every one took four bytes and
    // was followed by a run of spaces that collapses away.
    std::size_t read = std::min(source.size(), 64 * limit);
    while (read < source.size() && read > 0 && !starts_character(source[read])) {
        --read;
    }
    std::string text = text::collapse_whitespace(source.substr(0, read));
    const bool longer = !text::trim(source.substr(read)).empty();
    if (text.size() <= limit && !longer) {
        return text;
    }
    std::size_t cut = std::min(limit, text.size());
    while (cut > 0 && cut < text.size() && !starts_character(text[cut])) {
        --cut;  // keep whole UTF-8 characters
    }
    const std::string_view kept = text::trim(std::string_view(text).substr(0, cut));
    return std::string(kept) + "…";
}

// How the record calls itself in messages: `Uralsk`, or `record` when it
// has no name. A long name is cut as quoted text is.
[[nodiscard]] inline std::string who(const model::Record& record) {
    return record.name ? fmt::format("`{}`", quoted(record.name->value)) : std::string("record");
}

// The source text under `span`, taken from the header or the field value
// that holds it; empty when neither does.
[[nodiscard]] inline std::string_view source_text(const model::RawRecord& raw, const model::SourceSpan& span) {
    auto within = [&span](std::string_view text, const model::SourceSpan& where) -> std::optional<std::string_view> {
        if (span.begin.offset >= where.begin.offset && span.end.offset <= where.end.offset &&
            span.end.offset - where.begin.offset <= text.size()) {
            return text.substr(span.begin.offset - where.begin.offset, span.length());
        }
        return std::nullopt;
    };
    if (raw.header) {
        if (const auto text = within(raw.header->text, raw.header->span)) {
            return *text;
        }
    }
    for (const model::RawField& field : raw.fields) {
        if (const auto text = within(field.value, field.value_span)) {
            return *text;
        }
    }
    return {};
}

// The fields a missing-FIELD rule asks every record for: what the message
// calls the value, and the label to add. The listing decides whether the
// rules apply at all (see listing-lacks-field). missing-country has a check
// of its own, as it speaks of the header.
struct RequiredField {
    Rule rule;
    model::Field kind;
    std::string_view what;
    std::string_view label;
};

inline constexpr std::array required_fields{
    // clang-format off
    RequiredField{Rule::missing_website,           model::Field::websites,          "web site",             "web sites:"},
    RequiredField{Rule::missing_population,        model::Field::population,        "population",           "population:"},
    RequiredField{Rule::missing_agreement_date,    model::Field::signed_on,         "agreement date",       "partnership agreement signed:"},
    RequiredField{Rule::missing_cooperation_areas, model::Field::cooperation_areas, "areas of cooperation", "main areas of cooperation:"},
    RequiredField{Rule::missing_country,           model::Field::country,           "country",              "country:"},
    // clang-format on
};

[[nodiscard]] inline const RequiredField* required_field(Rule rule) {
    const auto* found = std::ranges::find(required_fields, rule, &RequiredField::rule);
    return found == required_fields.end() ? nullptr : found;
}

[[nodiscard]] inline std::string_view missing_field_what(Rule rule) {
    const RequiredField* field = required_field(rule);
    return field != nullptr ? field->what : std::string_view();
}

// True when the record gives a value of `kind`: under a label, from a
// line's shape, or from its header (`Tulln (Austria) 1982` is dated).
[[nodiscard]] inline bool gives(const RecordContext& context, model::Field kind) {
    if (has_value(context.raw, kind)) {
        return true;
    }
    const model::Record& record = context.record;
    switch (kind) {
        case model::Field::signed_on:
            return record.signed_on.has_value();
        case model::Field::population:
            return record.population.has_value();
        case model::Field::websites:
            return !record.websites.empty();
        case model::Field::cooperation_areas:
            return !record.cooperation_areas.empty();
        default:
            return false;
    }
}

// The check the missing-FIELD rules share: the record gives no value of
// the rule's field.
inline void check_missing_field(const RecordContext& context, Diagnostics& out, Rule rule) {
    const RequiredField& field = *required_field(rule);
    if (gives(context, field.kind)) {
        return;
    }
    out.push_back(with_suggestion(diagnose(rule, context, record_anchor(context.raw),
                                           fmt::format("{} has no {}", who(context.record), field.what)),
                                  fmt::format("add a `{}` field", field.label)));
}

// A fix that replaces one span.
[[nodiscard]] inline model::Fix replace(const model::SourceSpan& span, std::string replacement, bool safe) {
    std::string title = replacement.empty() ? std::string("remove it") : fmt::format("write `{}`", replacement);
    return model::Fix{std::move(title), {{span, std::move(replacement)}}, safe};
}

}  // namespace twinning::validators
