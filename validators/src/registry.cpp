#include "registry.hpp"

#include <array>

namespace twinning::validators {

namespace {

// One row per rule, in the order of model::Rule.
const std::array<RuleEntry, rule_count> entries{{
    {&rules::missing_header_doc, rules::check_missing_header, nullptr, nullptr},
    {&rules::unrecognized_text_doc, nullptr, nullptr, nullptr},
    {&rules::unknown_label_doc, rules::check_unknown_label, nullptr, nullptr},
    {&rules::duplicate_field_doc, rules::check_duplicate_field, nullptr, nullptr},
    {&rules::label_typo_doc, rules::check_label_typo, nullptr, nullptr},
    {&rules::empty_value_doc, rules::check_empty_value, nullptr, nullptr},
    {&rules::invalid_utf8_doc, nullptr, nullptr, nullptr},
    {&rules::missing_record_separator_doc, rules::check_missing_record_separator, nullptr, nullptr},
    {&rules::control_character_doc, nullptr, nullptr, nullptr},
    {&rules::not_a_listing_doc, nullptr, nullptr, nullptr},
    {&rules::too_many_findings_doc, nullptr, nullptr, nullptr},
    {&rules::missing_website_doc, rules::check_missing_website, nullptr, nullptr},
    {&rules::missing_population_doc, rules::check_missing_population, nullptr, nullptr},
    {&rules::missing_agreement_date_doc, rules::check_missing_agreement_date, nullptr, nullptr},
    {&rules::missing_cooperation_areas_doc, rules::check_missing_cooperation_areas, nullptr, nullptr},
    {&rules::missing_country_doc, rules::check_missing_country, nullptr, nullptr},
    {&rules::invalid_population_doc, nullptr, rules::report_invalid_population, nullptr},
    {&rules::invalid_date_doc, nullptr, rules::report_invalid_date, nullptr},
    {&rules::invalid_url_doc, nullptr, rules::report_invalid_url, nullptr},
    {&rules::unknown_country_doc, nullptr, rules::report_unknown_country, nullptr},
    {&rules::unknown_subdivision_doc, nullptr, rules::report_unknown_subdivision, nullptr},
    {&rules::implausible_population_doc, rules::check_implausible_population, nullptr, nullptr},
    {&rules::missing_population_year_doc, rules::check_missing_population_year, nullptr, nullptr},
    {&rules::future_population_year_doc, rules::check_future_population_year, nullptr, nullptr},
    {&rules::stale_population_doc, rules::check_stale_population, nullptr, nullptr},
    {&rules::ambiguous_date_doc, nullptr, rules::report_ambiguous_date, nullptr},
    {&rules::future_date_doc, rules::check_future_date, nullptr, nullptr},
    {&rules::renewal_before_signing_doc, rules::check_renewal_before_signing, nullptr, nullptr},
    {&rules::insecure_url_doc, rules::check_insecure_url, nullptr, nullptr},
    {&rules::country_alias_doc, nullptr, rules::report_country_alias, nullptr},
    {&rules::misspelled_word_doc, rules::check_misspelled_word, nullptr, nullptr},
    {&rules::duplicate_cooperation_area_doc, rules::check_duplicate_cooperation_area, nullptr, nullptr},
    {&rules::unknown_cooperation_area_doc, rules::check_unknown_cooperation_area, nullptr, nullptr},
    {&rules::duplicate_record_doc, nullptr, nullptr, rules::check_duplicate_record},
    {&rules::possible_duplicate_doc, nullptr, nullptr, rules::check_possible_duplicate},
    {&rules::website_name_mismatch_doc, rules::check_website_name_mismatch, nullptr, nullptr},
    {&rules::website_country_mismatch_doc, rules::check_website_country_mismatch, nullptr, nullptr},
    {&rules::country_typo_doc, nullptr, rules::report_country_typo, nullptr},
    {&rules::population_in_words_doc, nullptr, rules::report_population_in_words, nullptr},
    {&rules::label_from_words_doc, rules::check_label_from_words, nullptr, nullptr},
    {&rules::field_from_shape_doc, rules::check_field_from_shape, nullptr, nullptr},
    {&rules::joined_block_doc, rules::check_joined_block, nullptr, nullptr},
    {&rules::listing_lacks_field_doc, nullptr, nullptr, nullptr},
    {&rules::count_scaled_doc, nullptr, rules::report_count_scaled, nullptr},
    {&rules::decoration_stripped_doc, nullptr, rules::report_decoration_stripped, nullptr},
    {&rules::signed_in_two_places_doc, nullptr, rules::report_signed_in_two_places, nullptr},
    {&rules::partner_from_sentence_doc, rules::check_partner_from_sentence, nullptr, nullptr},
}};

}  // namespace

std::span<const RuleEntry> rule_entries() { return entries; }

const RuleEntry& rule_entry(model::Rule rule) { return entries.at(static_cast<std::size_t>(rule)); }

const RuleDoc& rule_doc(model::Rule rule) { return *rule_entry(rule).doc; }

}  // namespace twinning::validators
