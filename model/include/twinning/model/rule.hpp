#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace twinning::model {

enum class Severity : std::uint8_t { info, warning, error };

[[nodiscard]] std::string_view to_string(Severity severity);

// Every rule twinning can report. The stable code and name of each live in
// the single table in rule.cpp; never renumber, only append.
enum class Rule : std::uint8_t {
    // structure
    missing_header,
    unrecognized_text,
    unknown_label,
    duplicate_field,
    label_typo,
    empty_value,
    invalid_utf8,
    missing_record_separator,
    control_character,
    not_a_listing,
    too_many_findings,
    // required fields
    missing_website,
    missing_population,
    missing_agreement_date,
    missing_cooperation_areas,
    missing_country,
    // values
    invalid_population,
    invalid_date,
    invalid_url,
    unknown_country,
    unknown_subdivision,
    implausible_population,
    missing_population_year,
    future_population_year,
    stale_population,
    ambiguous_date,
    future_date,
    renewal_before_signing,
    insecure_url,
    country_alias,
    // text
    misspelled_word,
    duplicate_cooperation_area,
    unknown_cooperation_area,
    // across records
    duplicate_record,
    possible_duplicate,
    website_name_mismatch,
    website_country_mismatch,
    // appended after the groups above, so no published value moves
    country_typo,
    population_in_words,
    label_from_words,
    field_from_shape,
    joined_block,
    listing_lacks_field,
    count_scaled,
    decoration_stripped,
    signed_in_two_places,
    partner_from_sentence,
};

struct RuleInfo {
    Rule rule;
    std::string_view code;
    std::string_view name;
    Severity default_severity;
    std::string_view summary;
};

// A rule's documentation, as `twinning rules NAME` prints it. The text
// lives beside each rule's check, in validators/src/rules/.
struct RuleDoc {
    Rule rule{};
    std::string_view what;         // what it flags
    std::string_view why;          // why that matters
    std::string_view example;      // input that it flags
    std::string_view use_instead;  // the same input, fixed
};

[[nodiscard]] std::span<const RuleInfo> rule_catalogue();
[[nodiscard]] const RuleInfo& info(Rule rule);
[[nodiscard]] std::optional<Rule> rule_by_name(std::string_view name);
[[nodiscard]] std::optional<Severity> severity_by_name(std::string_view name);

}  // namespace twinning::model
