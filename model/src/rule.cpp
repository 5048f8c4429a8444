#include "twinning/model/rule.hpp"

#include <algorithm>
#include <array>

#include "twinning/model/diagnostic.hpp"

namespace twinning::model {

namespace {

// The one table of rules. Codes group by kind: TW1xx structure, TW2xx
// required fields, TW3xx values, TW4xx text, TW5xx across records. Order
// follows the enum; codes never change once published.
constexpr std::array catalogue{
    // clang-format off
    RuleInfo{Rule::missing_header,             "TW101", "missing-header",             Severity::error,   "a record has no header line"},
    RuleInfo{Rule::unrecognized_text,          "TW102", "unrecognized-text",          Severity::warning, "text that belongs to no record or field"},
    RuleInfo{Rule::unknown_label,              "TW103", "unknown-label",              Severity::warning, "a field label twinning does not know"},
    RuleInfo{Rule::duplicate_field,            "TW104", "duplicate-field",            Severity::error,   "a field given twice in one record"},
    RuleInfo{Rule::label_typo,                 "TW105", "label-typo",                 Severity::warning, "a misspelled field label"},
    RuleInfo{Rule::empty_value,                "TW106", "empty-value",                Severity::warning, "a label with no value"},
    RuleInfo{Rule::invalid_utf8,               "TW107", "invalid-utf8",               Severity::error,   "bytes that are not valid UTF-8"},
    RuleInfo{Rule::missing_record_separator,   "TW108", "missing-record-separator",   Severity::info,    "a record that follows the previous one without a blank line"},
    RuleInfo{Rule::control_character,          "TW109", "control-character",          Severity::warning, "an invisible control character in the text"},
    RuleInfo{Rule::not_a_listing,              "TW110", "not-a-listing",              Severity::error,   "a file with text but not one record"},
    RuleInfo{Rule::too_many_findings,          "TW111", "too-many-findings",          Severity::info,    "more findings of one rule than are shown"},
    RuleInfo{Rule::missing_website,            "TW201", "missing-website",            Severity::warning, "a record with no web site"},
    RuleInfo{Rule::missing_population,         "TW202", "missing-population",         Severity::error,   "a record with no population"},
    RuleInfo{Rule::missing_agreement_date,     "TW203", "missing-agreement-date",     Severity::error,   "a record with no agreement date"},
    RuleInfo{Rule::missing_cooperation_areas,  "TW204", "missing-cooperation-areas",  Severity::warning, "a record with no areas of cooperation"},
    RuleInfo{Rule::missing_country,            "TW205", "missing-country",            Severity::warning, "a header that names no country"},
    RuleInfo{Rule::invalid_population,         "TW301", "invalid-population",         Severity::error,   "a population that is not a count"},
    RuleInfo{Rule::invalid_date,               "TW302", "invalid-date",               Severity::error,   "a date that cannot be read or is not on the calendar"},
    RuleInfo{Rule::invalid_url,                "TW303", "invalid-url",                Severity::error,   "a web site that is not a URL"},
    RuleInfo{Rule::unknown_country,            "TW304", "unknown-country",            Severity::error,   "a country that is not in ISO 3166-1"},
    RuleInfo{Rule::unknown_subdivision,        "TW305", "unknown-subdivision",        Severity::warning, "a region that is not in ISO 3166-2 for its country"},
    RuleInfo{Rule::implausible_population,     "TW306", "implausible-population",     Severity::warning, "a population below 100 or above 40 million"},
    RuleInfo{Rule::missing_population_year,    "TW307", "missing-population-year",    Severity::warning, "a population without the year of its count"},
    RuleInfo{Rule::future_population_year,     "TW308", "future-population-year",     Severity::warning, "a population counted in a year still to come"},
    RuleInfo{Rule::stale_population,           "TW309", "stale-population",           Severity::info,    "a population counted long ago"},
    RuleInfo{Rule::ambiguous_date,             "TW310", "ambiguous-date",             Severity::warning, "a slash date that reads both day-first and month-first"},
    RuleInfo{Rule::future_date,                "TW311", "future-date",                Severity::warning, "an agreement date still to come"},
    RuleInfo{Rule::renewal_before_signing,     "TW312", "renewal-before-signing",     Severity::warning, "a renewal dated before the signing"},
    RuleInfo{Rule::insecure_url,               "TW313", "insecure-url",               Severity::info,    "a web site given with http instead of https"},
    RuleInfo{Rule::country_alias,              "TW314", "country-alias",              Severity::info,    "a country written under a name ISO 3166 does not use"},
    RuleInfo{Rule::misspelled_word,            "TW401", "misspelled-word",            Severity::warning, "a misspelled word in the areas of cooperation"},
    RuleInfo{Rule::duplicate_cooperation_area, "TW402", "duplicate-cooperation-area", Severity::warning, "an area of cooperation listed twice"},
    RuleInfo{Rule::unknown_cooperation_area,   "TW403", "unknown-cooperation-area",   Severity::warning, "an area of cooperation not in the vocabulary"},
    RuleInfo{Rule::duplicate_record,           "TW501", "duplicate-record",           Severity::error,   "the same city and country listed twice"},
    RuleInfo{Rule::possible_duplicate,         "TW502", "possible-duplicate",         Severity::info,    "two near-identical city names in one country"},
    RuleInfo{Rule::website_name_mismatch,      "TW503", "website-name-mismatch",      Severity::info,    "a web site whose host shares nothing with the city name"},
    RuleInfo{Rule::website_country_mismatch,   "TW504", "website-country-mismatch",   Severity::info,    "a country-code domain that disagrees with the country"},
    RuleInfo{Rule::country_typo,               "TW315", "country-typo",               Severity::warning, "a misspelled country name, read as the nearest ISO name"},
    RuleInfo{Rule::population_in_words,        "TW316", "population-in-words",        Severity::info,    "a population given with a word unit or as an approximation"},
    RuleInfo{Rule::label_from_words,           "TW112", "label-from-words",           Severity::info,    "a label not in the table, read by the words it is made of"},
    RuleInfo{Rule::field_from_shape,           "TW113", "field-from-shape",           Severity::info,    "a value with no label, its field taken from its shape"},
    RuleInfo{Rule::joined_block,               "TW114", "joined-block",               Severity::info,    "a block of fields with no header, read as the rest of the record before it"},
    RuleInfo{Rule::listing_lacks_field,        "TW206", "listing-lacks-field",        Severity::info,    "no record of the listing gives a field the rules ask for"},
    RuleInfo{Rule::count_scaled,               "TW317", "count-scaled",               Severity::info,    "a count read under a header that gives its unit"},
    RuleInfo{Rule::decoration_stripped,        "TW115", "decoration-stripped",        Severity::info,    "a bullet, number, reference mark, code or flag text stripped from a list line"},
    RuleInfo{Rule::signed_in_two_places,       "TW207", "signed-in-two-places",       Severity::warning, "an agreement signed in two places on different dates"},
    RuleInfo{Rule::partner_from_sentence,      "TW116", "partner-from-sentence",      Severity::info,    "a partner read from a sentence of prose"},
    // clang-format on
};

constexpr bool catalogue_follows_enum() {
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        if (static_cast<std::size_t>(catalogue[i].rule) != i) {
            return false;
        }
    }
    return true;
}
static_assert(catalogue_follows_enum(), "rule table rows must follow the Rule enum");

}  // namespace

std::string_view to_string(Severity severity) {
    switch (severity) {
        case Severity::info:
            return "info";
        case Severity::warning:
            return "warning";
        case Severity::error:
            return "error";
    }
    return "error";
}

std::span<const RuleInfo> rule_catalogue() { return catalogue; }

const RuleInfo& info(Rule rule) { return catalogue.at(static_cast<std::size_t>(rule)); }

std::optional<Rule> rule_by_name(std::string_view name) {
    const auto* found = std::ranges::find(catalogue, name, &RuleInfo::name);
    if (found == catalogue.end()) {
        return std::nullopt;
    }
    return found->rule;
}

std::optional<Severity> severity_by_name(std::string_view name) {
    for (const Severity severity : {Severity::info, Severity::warning, Severity::error}) {
        if (to_string(severity) == name) {
            return severity;
        }
    }
    return std::nullopt;
}

Diagnostic make_diagnostic(Rule rule, std::string file, SourceSpan span, std::string message) {
    Diagnostic diagnostic;
    diagnostic.rule = rule;
    diagnostic.severity = info(rule).default_severity;
    diagnostic.file = std::move(file);
    diagnostic.span = span;
    diagnostic.message = std::move(message);
    return diagnostic;
}

}  // namespace twinning::model
