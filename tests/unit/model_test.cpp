#include <gtest/gtest.h>

#include <cstddef>
#include <optional>
#include <string>

#include "test_sources.hpp"
#include "twinning/model/diagnostic.hpp"
#include "twinning/model/partial_date.hpp"
#include "twinning/model/record.hpp"
#include "twinning/model/rule.hpp"

namespace {

using twinning::model::Field;
using twinning::model::PartialDate;
using twinning::model::Rule;
using twinning::model::Severity;

// --- PartialDate -------------------------------------------------------------

TEST(PartialDate, WritesYearOnly) { EXPECT_EQ(to_iso8601(PartialDate{1960, 0, 0}), "1960"); }

TEST(PartialDate, WritesYearAndMonth) { EXPECT_EQ(to_iso8601(PartialDate{2012, 11, 0}), "2012-11"); }

TEST(PartialDate, WritesFullDateWithPadding) {
    EXPECT_EQ(to_iso8601(PartialDate{2015, 11, 13}), "2015-11-13");
    EXPECT_EQ(to_iso8601(PartialDate{2012, 3, 2}), "2012-03-02");
}

TEST(PartialDate, PadsShortYears) { EXPECT_EQ(to_iso8601(PartialDate{800, 1, 2}), "0800-01-02"); }

TEST(PartialDate, OrdersByYearThenMonthThenDay) {
    EXPECT_LT((PartialDate{1960, 0, 0}), (PartialDate{1996, 0, 0}));
    EXPECT_LT((PartialDate{2012, 3, 0}), (PartialDate{2012, 11, 0}));
    EXPECT_LT((PartialDate{2012, 11, 9}), (PartialDate{2012, 11, 13}));
    EXPECT_EQ((PartialDate{2012, 11, 9}), (PartialDate{2012, 11, 9}));
}

// --- Rule table --------------------------------------------------------------

// The count is the table's own; the README's figure is checked against
// `twinning rules` by the README test.
TEST(RuleTable, HasOneRowPerRuleInEnumOrder) {
    const auto catalogue = twinning::model::rule_catalogue();
    ASSERT_GT(catalogue.size(), 40U);
    EXPECT_EQ(catalogue.front().rule, Rule::missing_header);
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        EXPECT_EQ(static_cast<std::size_t>(catalogue[i].rule), i) << catalogue[i].name;
    }
}

TEST(RuleTable, GivesStableCodesAndNames) {
    EXPECT_EQ(info(Rule::missing_header).code, "TW101");
    EXPECT_EQ(info(Rule::missing_header).name, "missing-header");
    EXPECT_EQ(info(Rule::unrecognized_text).code, "TW102");
    EXPECT_EQ(info(Rule::unknown_label).code, "TW103");
    EXPECT_EQ(info(Rule::duplicate_field).code, "TW104");
    EXPECT_EQ(info(Rule::label_typo).code, "TW105");
    EXPECT_EQ(info(Rule::label_typo).name, "label-typo");
    EXPECT_EQ(info(Rule::empty_value).code, "TW106");
    EXPECT_EQ(info(Rule::invalid_utf8).code, "TW107");
    EXPECT_EQ(info(Rule::not_a_listing).code, "TW110");
    EXPECT_EQ(info(Rule::too_many_findings).code, "TW111");
    EXPECT_EQ(info(Rule::missing_website).code, "TW201");
    EXPECT_EQ(info(Rule::invalid_population).code, "TW301");
    EXPECT_EQ(info(Rule::invalid_date).code, "TW302");
    EXPECT_EQ(info(Rule::invalid_url).code, "TW303");
    EXPECT_EQ(info(Rule::unknown_country).code, "TW304");
    EXPECT_EQ(info(Rule::unknown_subdivision).code, "TW305");
    EXPECT_EQ(info(Rule::unknown_subdivision).name, "unknown-subdivision");
}

TEST(RuleTable, AppendsNewRulesWithoutRenumberingTheOldOnes) {
    EXPECT_EQ(info(Rule::missing_record_separator).code, "TW108");
    EXPECT_EQ(info(Rule::control_character).code, "TW109");
    EXPECT_EQ(info(Rule::missing_population).code, "TW202");
    EXPECT_EQ(info(Rule::missing_agreement_date).code, "TW203");
    EXPECT_EQ(info(Rule::missing_cooperation_areas).code, "TW204");
    EXPECT_EQ(info(Rule::missing_country).code, "TW205");
    EXPECT_EQ(info(Rule::implausible_population).code, "TW306");
    EXPECT_EQ(info(Rule::country_alias).code, "TW314");
    EXPECT_EQ(info(Rule::country_alias).name, "country-alias");
    EXPECT_EQ(info(Rule::misspelled_word).code, "TW401");
    EXPECT_EQ(info(Rule::unknown_cooperation_area).code, "TW403");
    EXPECT_EQ(info(Rule::duplicate_record).code, "TW501");
    EXPECT_EQ(info(Rule::website_country_mismatch).code, "TW504");
    EXPECT_EQ(info(Rule::website_country_mismatch).name, "website-country-mismatch");
    EXPECT_EQ(info(Rule::listing_lacks_field).code, "TW206");
}

TEST(RuleTable, NumbersTheRulesOfListsTablesAndSentencesInTheirGroups) {
    EXPECT_EQ(info(Rule::count_scaled).code, "TW317");
    EXPECT_EQ(info(Rule::count_scaled).name, "count-scaled");
    EXPECT_EQ(info(Rule::count_scaled).default_severity, Severity::info);
    EXPECT_EQ(info(Rule::decoration_stripped).code, "TW115");
    EXPECT_EQ(info(Rule::decoration_stripped).name, "decoration-stripped");
    EXPECT_EQ(info(Rule::decoration_stripped).default_severity, Severity::info);
    EXPECT_EQ(info(Rule::signed_in_two_places).code, "TW207");
    EXPECT_EQ(info(Rule::signed_in_two_places).name, "signed-in-two-places");
    EXPECT_EQ(info(Rule::signed_in_two_places).default_severity, Severity::warning);
    EXPECT_EQ(info(Rule::partner_from_sentence).code, "TW116");
    EXPECT_EQ(info(Rule::partner_from_sentence).name, "partner-from-sentence");
    EXPECT_EQ(info(Rule::partner_from_sentence).default_severity, Severity::info);
}

TEST(RuleTable, GivesDefaultSeverities) {
    EXPECT_EQ(info(Rule::missing_header).default_severity, Severity::error);
    EXPECT_EQ(info(Rule::unrecognized_text).default_severity, Severity::warning);
    EXPECT_EQ(info(Rule::duplicate_field).default_severity, Severity::error);
    EXPECT_EQ(info(Rule::label_typo).default_severity, Severity::warning);
    EXPECT_EQ(info(Rule::missing_website).default_severity, Severity::warning);
    EXPECT_EQ(info(Rule::invalid_date).default_severity, Severity::error);
    EXPECT_EQ(info(Rule::unknown_subdivision).default_severity, Severity::warning);
    EXPECT_EQ(info(Rule::missing_record_separator).default_severity, Severity::info);
    EXPECT_EQ(info(Rule::missing_population).default_severity, Severity::error);
    EXPECT_EQ(info(Rule::stale_population).default_severity, Severity::info);
    EXPECT_EQ(info(Rule::duplicate_record).default_severity, Severity::error);
    EXPECT_EQ(info(Rule::possible_duplicate).default_severity, Severity::info);
}

TEST(RuleTable, GivesEveryRuleAUniqueCodeAndName) {
    const auto catalogue = twinning::model::rule_catalogue();
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        for (std::size_t j = i + 1; j < catalogue.size(); ++j) {
            EXPECT_NE(catalogue[i].code, catalogue[j].code);
            EXPECT_NE(catalogue[i].name, catalogue[j].name);
        }
    }
}

TEST(RuleTable, FindsRuleByName) {
    EXPECT_EQ(twinning::model::rule_by_name("duplicate-field"), std::optional<Rule>(Rule::duplicate_field));
    EXPECT_EQ(twinning::model::rule_by_name("invalid-url"), std::optional<Rule>(Rule::invalid_url));
}

TEST(RuleTable, RejectsUnknownOrMisspelledNames) {
    EXPECT_EQ(twinning::model::rule_by_name("duplicate_field"), std::nullopt);
    EXPECT_EQ(twinning::model::rule_by_name("TW104"), std::nullopt);
    EXPECT_EQ(twinning::model::rule_by_name(""), std::nullopt);
}

TEST(RuleTable, FindsNewRulesByName) {
    EXPECT_EQ(twinning::model::rule_by_name("misspelled-word"), std::optional<Rule>(Rule::misspelled_word));
    EXPECT_EQ(twinning::model::rule_by_name("possible-duplicate"), std::optional<Rule>(Rule::possible_duplicate));
}

TEST(Severity, FindsSeverityByItsName) {
    EXPECT_EQ(twinning::model::severity_by_name("info"), std::optional<Severity>(Severity::info));
    EXPECT_EQ(twinning::model::severity_by_name("warning"), std::optional<Severity>(Severity::warning));
    EXPECT_EQ(twinning::model::severity_by_name("error"), std::optional<Severity>(Severity::error));
}

TEST(Severity, RejectsOtherSeverityNames) {
    EXPECT_EQ(twinning::model::severity_by_name("Error"), std::nullopt);
    EXPECT_EQ(twinning::model::severity_by_name("fatal"), std::nullopt);
    EXPECT_EQ(twinning::model::severity_by_name(""), std::nullopt);
}

TEST(Severity, HasLowerCaseNames) {
    EXPECT_EQ(to_string(Severity::info), "info");
    EXPECT_EQ(to_string(Severity::warning), "warning");
    EXPECT_EQ(to_string(Severity::error), "error");
}

TEST(FieldNames, MatchTheOutputSchema) {
    EXPECT_EQ(to_string(Field::name), "name");
    EXPECT_EQ(to_string(Field::country), "country");
    EXPECT_EQ(to_string(Field::signed_on), "signed");
    EXPECT_EQ(to_string(Field::renewed), "renewed");
    EXPECT_EQ(to_string(Field::agreement), "agreement");
    EXPECT_EQ(to_string(Field::cooperation_areas), "cooperation_areas");
}

// The outputs list the fields in the enum's order: the wording of the
// agreement comes right after its renewals.
TEST(FieldNames, PutTheAgreementAndTheMayorRightAfterTheRenewals) {
    EXPECT_EQ(static_cast<int>(Field::agreement), static_cast<int>(Field::renewed) + 1);
    EXPECT_EQ(static_cast<int>(Field::mayor), static_cast<int>(Field::agreement) + 1);
    EXPECT_EQ(static_cast<int>(Field::websites), static_cast<int>(Field::mayor) + 1);
}

TEST(MakeDiagnostic, UsesTheRuleDefaultSeverity) {
    const twinning::model::SourceSpan span{{5, 2, 3}, {9, 2, 7}};
    const auto diagnostic =
        twinning::model::make_diagnostic(Rule::label_typo, twinning_test::test_file("a.txt"), span, "message");
    EXPECT_EQ(diagnostic.rule, Rule::label_typo);
    EXPECT_EQ(diagnostic.severity, Severity::warning);
    EXPECT_EQ(twinning_test::file_name(diagnostic.file), "a.txt");
    EXPECT_EQ(diagnostic.span, span);
    EXPECT_EQ(diagnostic.message, "message");
    EXPECT_FALSE(diagnostic.suggestion.has_value());
    EXPECT_FALSE(diagnostic.fix.has_value());
    EXPECT_TRUE(diagnostic.notes.empty());
    EXPECT_TRUE(diagnostic.fingerprint.empty());
}

TEST(MakeDiagnostic, GivesErrorRulesErrorSeverity) {
    const auto diagnostic =
        twinning::model::make_diagnostic(Rule::invalid_population, twinning_test::test_file("a.txt"), {}, "m");
    EXPECT_EQ(diagnostic.severity, Severity::error);
}

}  // namespace
