#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "twinning/model/partial_date.hpp"
#include "twinning/model/raw_record.hpp"
#include "twinning/model/rule.hpp"
#include "twinning/model/source_span.hpp"

namespace twinning::model {

// A value together with the exact source text it came from. For inferred
// values the span points at the text they were inferred from.
template <typename T>
struct Located {
    T value{};
    SourceSpan span;
};

// A field whose label twinning does not know; kept, never dropped.
struct ExtraField {
    std::string label;
    std::string value;
    SourceSpan span;
};

// A value the normalizers could not take as it stands: unreadable, off the
// calendar, not in ISO 3166, or read through an alias. It is a fact, not a
// judgement: the validator of `rule` turns it into a diagnostic.
struct Fact {
    Rule rule{};
    SourceSpan span;
    std::string text;    // the source text in question
    std::string detail;  // what the normalizer knows more: a closest name, a reading
};

// The fields a record can hold, in the order the outputs list them.
enum class Field : std::uint8_t {
    name,
    country,
    subdivision,
    population,
    signed_on,
    renewed,
    agreement,
    websites,
    cooperation_areas,
};

[[nodiscard]] std::string_view to_string(Field field);

[[nodiscard]] std::string_view to_string(Layout layout);

// One partner city, typed and cleaned. Every value carries its span.
struct Record {
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t end_line = 0;

    std::optional<Located<std::string>> name;
    std::optional<Located<std::string>> country;  // ISO short name
    std::string country_code;                     // ISO 3166-1 alpha-2
    std::optional<Located<std::string>> subdivision;
    std::string subdivision_code;  // ISO 3166-2
    std::optional<Located<std::uint64_t>> population;
    std::optional<int> population_year;
    std::optional<Located<PartialDate>> signed_on;
    std::vector<Located<PartialDate>> renewed;
    std::optional<Located<std::string>> agreement;  // the agreement's wording, as a register names it
    std::vector<Located<std::string>> websites;
    std::vector<Located<std::string>> cooperation_areas;
    std::vector<ExtraField> extra;
    Layout layout = Layout::fields;
    std::vector<Located<std::string>> notes;  // prose lines, whitespace cleaned
    std::vector<Field> inferred;
    std::vector<Fact> facts;
};

}  // namespace twinning::model
