#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "twinning/model/partial_date.hpp"
#include "twinning/model/raw_record.hpp"
#include "twinning/model/rule.hpp"
#include "twinning/model/source_span.hpp"
#include "twinning/model/sources.hpp"

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

// What a normalizer knows more about a fact, typed for the rule that reads
// it. A rule takes the one alternative its facts carry.
//
// A name: the ISO name a country was read as (country-alias,
// country-typo), the closest one (unknown-country; empty when none is
// close), or the country whose regions were searched (unknown-subdivision).
struct NameFact {
    std::string name;
};
// The count a population in words or under a scaled column was read as.
struct CountFact {
    std::uint64_t count = 0;
};
// A slash date that reads both day-first and month-first: how it was read,
// and whether the file or the configuration settled the order. Whether that
// matters is the ambiguous-date rule's judgement.
struct SlashDateFact {
    PartialDate read_as;
    bool order_settled = false;
};
// Why a date was not taken.
enum class DateProblem : std::uint8_t {
    unreadable,
    off_calendar,     // `31.2.2012`
    without_renewed,  // a second date after the agreement's, with no `renewed` before it
};
// The country a web site's domain belongs to: the code of its country-code
// domain, never of one sold as generic. Whether it disagrees with the
// record is the website-country-mismatch rule's judgement.
struct DomainFact {
    std::string country_code;
};
// One place an agreement was signed in, with its date, both as written.
struct Signing {
    std::string date;
    std::string place;
};
using FactDetail =
    std::variant<std::monostate, NameFact, CountFact, SlashDateFact, DateProblem, DomainFact, std::vector<Signing>>;

// A value the normalizers could not take as it stands: unreadable, off the
// calendar, not in ISO 3166, or read through an alias. It is a fact, not a
// judgement: the validator of `rule` turns it into a diagnostic, or decides
// it is none.
struct Fact {
    Rule rule{};
    SourceSpan span;
    std::string text;  // the source text in question
    FactDetail detail;
};

[[nodiscard]] std::string_view to_string(Layout layout);

// One partner city, typed and cleaned. Every value carries its span.
struct Record {
    FileId file{};
    std::uint32_t line = 0;
    std::uint32_t end_line = 0;

    std::optional<Located<std::string>> name;
    std::optional<Located<std::string>> country;  // ISO short name
    std::string country_code;                     // ISO 3166-1 alpha-2
    std::optional<Located<std::string>> subdivision;
    std::string subdivision_code;  // ISO 3166-2
    // The gazetteer's, to four decimals, only when asked for: never written
    // in a listing, so always listed under `inferred`.
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<Located<std::uint64_t>> population;
    std::optional<int> population_year;
    std::optional<Located<PartialDate>> signed_on;
    std::vector<Located<PartialDate>> renewed;
    std::optional<Located<std::string>> agreement;  // the agreement's wording, as a register names it
    std::optional<Located<std::string>> mayor;
    std::vector<Located<std::string>> websites;
    std::vector<Located<std::string>> cooperation_areas;
    std::vector<ExtraField> extra;
    Layout layout = Layout::fields;
    std::vector<Located<std::string>> notes;  // prose lines, whitespace cleaned
    std::vector<Field> inferred;
    std::vector<Fact> facts;
};

// A member's value as a writer writes it: itself, or for the file the
// name that `sources` holds.
template <typename Value>
[[nodiscard]] const Value& written(const Value& value, const Sources& /*sources*/) {
    return value;
}
[[nodiscard]] inline const std::string& written(FileId file, const Sources& sources) { return sources.name(file); }

// Hands `visit` each field's entry of the field table with the record's
// member that holds it, as written, in table order: the one walk every
// writer of records makes.
template <typename Visit>
void for_each_field(const Record& record, const Sources& sources, Visit&& visit) {
#define TWINNING_FIELD(member, key, shape, label) visit(info(Field::member), written(record.member, sources));
#include "twinning/model/fields.def"
#undef TWINNING_FIELD
}

}  // namespace twinning::model
