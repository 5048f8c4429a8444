#pragma once

// Every rule's entry points, one rule per file in rules/. A rule file holds
// the rule's documentation and either a check of a record, a report of a
// normalizer's finding, or a check against earlier records.

#include "cross_index.hpp"
#include "rule_support.hpp"

namespace twinning::validators::rules {

extern const RuleDoc missing_header_doc;
void check_missing_header(const RecordContext& context, Diagnostics& out);

extern const RuleDoc unrecognized_text_doc;

extern const RuleDoc unknown_label_doc;
void check_unknown_label(const RecordContext& context, Diagnostics& out);

extern const RuleDoc duplicate_field_doc;
void check_duplicate_field(const RecordContext& context, Diagnostics& out);

extern const RuleDoc label_typo_doc;
void check_label_typo(const RecordContext& context, Diagnostics& out);

extern const RuleDoc empty_value_doc;
void check_empty_value(const RecordContext& context, Diagnostics& out);

extern const RuleDoc invalid_utf8_doc;

extern const RuleDoc missing_record_separator_doc;
void check_missing_record_separator(const RecordContext& context, Diagnostics& out);

extern const RuleDoc control_character_doc;

extern const RuleDoc missing_website_doc;
void check_missing_website(const RecordContext& context, Diagnostics& out);

extern const RuleDoc missing_population_doc;
void check_missing_population(const RecordContext& context, Diagnostics& out);

extern const RuleDoc missing_agreement_date_doc;
void check_missing_agreement_date(const RecordContext& context, Diagnostics& out);

extern const RuleDoc missing_cooperation_areas_doc;
void check_missing_cooperation_areas(const RecordContext& context, Diagnostics& out);

extern const RuleDoc missing_country_doc;
void check_missing_country(const RecordContext& context, Diagnostics& out);

extern const RuleDoc invalid_population_doc;
[[nodiscard]] model::Diagnostic report_invalid_population(const model::Finding& finding, const RecordContext& context);

extern const RuleDoc invalid_date_doc;
[[nodiscard]] model::Diagnostic report_invalid_date(const model::Finding& finding, const RecordContext& context);

extern const RuleDoc invalid_url_doc;
[[nodiscard]] model::Diagnostic report_invalid_url(const model::Finding& finding, const RecordContext& context);

extern const RuleDoc unknown_country_doc;
[[nodiscard]] model::Diagnostic report_unknown_country(const model::Finding& finding, const RecordContext& context);

extern const RuleDoc unknown_subdivision_doc;
[[nodiscard]] model::Diagnostic report_unknown_subdivision(const model::Finding& finding, const RecordContext& context);

extern const RuleDoc implausible_population_doc;
void check_implausible_population(const RecordContext& context, Diagnostics& out);

extern const RuleDoc missing_population_year_doc;
void check_missing_population_year(const RecordContext& context, Diagnostics& out);

extern const RuleDoc future_population_year_doc;
void check_future_population_year(const RecordContext& context, Diagnostics& out);

extern const RuleDoc stale_population_doc;
void check_stale_population(const RecordContext& context, Diagnostics& out);

extern const RuleDoc ambiguous_date_doc;
[[nodiscard]] model::Diagnostic report_ambiguous_date(const model::Finding& finding, const RecordContext& context);

extern const RuleDoc future_date_doc;
void check_future_date(const RecordContext& context, Diagnostics& out);

extern const RuleDoc renewal_before_signing_doc;
void check_renewal_before_signing(const RecordContext& context, Diagnostics& out);

extern const RuleDoc insecure_url_doc;
void check_insecure_url(const RecordContext& context, Diagnostics& out);

extern const RuleDoc country_alias_doc;
[[nodiscard]] model::Diagnostic report_country_alias(const model::Finding& finding, const RecordContext& context);

extern const RuleDoc misspelled_word_doc;
void check_misspelled_word(const RecordContext& context, Diagnostics& out);

extern const RuleDoc duplicate_cooperation_area_doc;
void check_duplicate_cooperation_area(const RecordContext& context, Diagnostics& out);

extern const RuleDoc unknown_cooperation_area_doc;
void check_unknown_cooperation_area(const RecordContext& context, Diagnostics& out);

extern const RuleDoc duplicate_record_doc;
void check_duplicate_record(const RecordContext& context, CrossIndex& index, Diagnostics& out);

extern const RuleDoc possible_duplicate_doc;
void check_possible_duplicate(const RecordContext& context, CrossIndex& index, Diagnostics& out);

extern const RuleDoc website_name_mismatch_doc;
void check_website_name_mismatch(const RecordContext& context, Diagnostics& out);

extern const RuleDoc website_country_mismatch_doc;
void check_website_country_mismatch(const RecordContext& context, Diagnostics& out);
[[nodiscard]] model::Diagnostic report_unrecognized_text(std::string_view text, const model::SourceSpan& span,
                                                         const std::string& file);
[[nodiscard]] model::Diagnostic report_invalid_utf8(std::size_t offset, unsigned char byte,
                                                    const model::SourceSpan& span, const std::string& file);
extern const RuleDoc country_typo_doc;
[[nodiscard]] model::Diagnostic report_country_typo(const model::Finding& finding, const RecordContext& context);

extern const RuleDoc population_in_words_doc;
[[nodiscard]] model::Diagnostic report_population_in_words(const model::Finding& finding, const RecordContext& context);

extern const RuleDoc label_from_words_doc;
void check_label_from_words(const RecordContext& context, Diagnostics& out);

extern const RuleDoc field_from_shape_doc;
void check_field_from_shape(const RecordContext& context, Diagnostics& out);

extern const RuleDoc joined_block_doc;
void check_joined_block(const RecordContext& context, Diagnostics& out);

extern const RuleDoc listing_lacks_field_doc;
[[nodiscard]] model::Diagnostic report_listing_lacks_field(Rule missing_rule, std::size_t lacking, std::size_t records,
                                                           const model::SourceSpan& first, const std::string& file);

extern const RuleDoc not_a_listing_doc;
extern const RuleDoc too_many_findings_doc;
[[nodiscard]] model::Diagnostic report_not_a_listing(std::size_t stray_lines, const model::SourceSpan& first,
                                                     const std::string& file);
[[nodiscard]] model::Diagnostic report_too_many_findings(Rule rule, std::size_t hidden,
                                                         const model::SourceSpan& first_hidden,
                                                         const std::string& file);
[[nodiscard]] model::Diagnostic report_control_character(char32_t code_point, const model::SourceSpan& span,
                                                         const std::string& file);

extern const RuleDoc count_scaled_doc;
[[nodiscard]] model::Diagnostic report_count_scaled(const model::Finding& finding, const RecordContext& context);

extern const RuleDoc decoration_stripped_doc;
[[nodiscard]] model::Diagnostic report_decoration_stripped(const model::Finding& finding, const RecordContext& context);

extern const RuleDoc signed_in_two_places_doc;
[[nodiscard]] model::Diagnostic report_signed_in_two_places(const model::Finding& finding,
                                                            const RecordContext& context);

extern const RuleDoc partner_from_sentence_doc;
void check_partner_from_sentence(const RecordContext& context, Diagnostics& out);

}  // namespace twinning::validators::rules
