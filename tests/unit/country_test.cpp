#include "twinning/normalize/country.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "collecting_sink.hpp"
#include "test_sources.hpp"
#include "twinning/model/record.hpp"
#include "twinning/normalize/place_key.hpp"
#include "twinning/normalize/record.hpp"
#include "twinning/parser/parser.hpp"

namespace {

using twinning::model::Record;
using twinning::model::Rule;
using twinning::normalize::closest_country_name;
using twinning::normalize::country_by_alpha2;
using twinning::normalize::find_country;
using twinning::normalize::find_subdivision;
using twinning::normalize::place_key;

void expect_country(std::string_view written, std::string_view alpha2, std::string_view name, bool via_alias) {
    SCOPED_TRACE(written);
    const auto country = find_country(written);
    ASSERT_TRUE(country.has_value());
    EXPECT_EQ(country->alpha2, alpha2);
    EXPECT_EQ(country->name, name);
    EXPECT_EQ(country->via_alias, via_alias);
}

void expect_typo(std::string_view written, std::string_view alpha2, std::string_view name) {
    SCOPED_TRACE(written);
    const auto country = find_country(written);
    ASSERT_TRUE(country.has_value());
    EXPECT_EQ(country->alpha2, alpha2);
    EXPECT_EQ(country->name, name);
    EXPECT_TRUE(country->via_typo);
}

void expect_nation(std::string_view written, std::string_view code, std::string_view name) {
    SCOPED_TRACE(written);
    const auto country = find_country(written);
    ASSERT_TRUE(country.has_value());
    EXPECT_EQ(country->alpha2, "GB");
    EXPECT_EQ(country->name, "United Kingdom");
    EXPECT_TRUE(country->via_alias);
    EXPECT_EQ(country->subdivision_code, code);
    EXPECT_EQ(country->subdivision_name, name);
}

// The one record of `input`, normalized while the parser's views are valid.
Record normalize_one(std::string_view input) {
    std::vector<Record> records;
    twinning_test::CallbackSink sink([&](const twinning::model::RawRecord& raw) {
        records.push_back(twinning::normalize::normalize_record(raw, {}));
    });
    twinning::parser::parse_listing(input, sink);
    EXPECT_EQ(records.size(), 1U);
    return records.empty() ? Record{} : records.front();
}

void expect_subdivision(std::string_view alpha2, std::string_view written, std::string_view code,
                        std::string_view name) {
    SCOPED_TRACE(written);
    const auto subdivision = find_subdivision(alpha2, written);
    ASSERT_TRUE(subdivision.has_value());
    EXPECT_EQ(subdivision->code, code);
    EXPECT_EQ(subdivision->name, name);
}

// --- place_key ---------------------------------------------------------------

TEST(PlaceKey, FoldsAndDropsFullStops) {
    EXPECT_EQ(place_key("U.S.A."), "usa");
    EXPECT_EQ(place_key(" T\xC3\xBCrkiye "), "turkiye");
}

// --- find_country: accepted --------------------------------------------------

TEST(FindCountry, FindsIsoShortName) { expect_country("Poland", "PL", "Poland", false); }

TEST(FindCountry, IgnoresCaseAndSurroundingSpaces) {
    expect_country("POLAND", "PL", "Poland", false);
    expect_country("  croatia ", "HR", "Croatia", false);
}

TEST(FindCountry, FindsAlpha3Code) {
    expect_country("USA", "US", "United States", false);
    expect_country("DEU", "DE", "Germany", false);
}

TEST(FindCountry, IgnoresFullStops) { expect_country("U.S.A.", "US", "United States", false); }

TEST(FindCountry, IgnoresALeadingArticle) {
    for (const auto& [written, alpha2] : {std::pair{"The Gambia", "GM"}, std::pair{"the Netherlands", "NL"}}) {
        SCOPED_TRACE(written);
        const auto country = twinning::normalize::find_country_as_written(written);
        ASSERT_TRUE(country.has_value());
        EXPECT_EQ(country->alpha2, alpha2);
    }
}

TEST(FindCountry, FindsIsoOfficialName) {
    expect_country("Czech Republic", "CZ", "Czechia", false);
    expect_country("United States of America", "US", "United States", false);
    expect_country("Federal Republic of Germany", "DE", "Germany", false);
    expect_country("Republic of Poland", "PL", "Poland", false);
    expect_country("Kingdom of the Netherlands", "NL", "Netherlands", false);
    expect_country("Hellenic Republic", "GR", "Greece", false);
    expect_country("Slovak Republic", "SK", "Slovakia", false);
}

// ISO has only `Korea, Republic of` and `Palestine, State of`, and no
// official name in natural order for either.
TEST(FindCountry, FindsInvertedIsoNameInNaturalOrder) {
    expect_country("Republic of Korea", "KR", "South Korea", false);
    expect_country("State of Palestine", "PS", "Palestine, State of", false);
    expect_country("The Democratic Republic of the Congo", "CD", "Congo, The Democratic Republic of the", false);
}

TEST(FindCountry, FindsInvertedIsoNameAsIsoWritesIt) {
    expect_country("Moldova, Republic of", "MD", "Moldova", false);
    expect_country("Tanzania, United Republic of", "TZ", "Tanzania", false);
}

TEST(FindCountry, GivesCommonNameWhereIsoHasOne) {
    expect_country("South Korea", "KR", "South Korea", false);
    expect_country("Korea, Republic of", "KR", "South Korea", false);
    expect_country("Bolivia", "BO", "Bolivia", false);
}

// Names pages use that iso-codes gives as common names, so no alias is needed.
TEST(FindCountry, FindsCommonNamesIsoGives) {
    expect_country("Czechia", "CZ", "Czechia", false);
    expect_country("North Korea", "KP", "North Korea", false);
    expect_country("Vietnam", "VN", "Vietnam", false);
    expect_country("Laos", "LA", "Laos", false);
    expect_country("Syria", "SY", "Syria", false);
    expect_country("Iran", "IR", "Iran", false);
    expect_country("Moldova", "MD", "Moldova", false);
    expect_country("Venezuela", "VE", "Venezuela", false);
    expect_country("Tanzania", "TZ", "Tanzania", false);
}

TEST(FindCountry, FindsCommonNamesOnlyTheAliasTableGives) {
    expect_country("Burma", "MM", "Myanmar", true);
    expect_country("Ivory Coast", "CI", "C\xC3\xB4te d'Ivoire", true);
    expect_country("Vatican", "VA", "Holy See (Vatican City State)", true);
    expect_country("Vatican City", "VA", "Holy See (Vatican City State)", true);
    expect_country("Holy See", "VA", "Holy See (Vatican City State)", true);
}

TEST(FindCountry, FindsAbbreviationsWithOrWithoutFullStops) {
    expect_country("US", "US", "United States", false);
    expect_country("U.S.", "US", "United States", false);
    expect_country("U.S.A.", "US", "United States", false);
    expect_country("U.K.", "GB", "United Kingdom", true);
}

TEST(FindCountry, FindsNamesWithDiacriticsWithOrWithoutThem) {
    expect_country("T\xC3\xBCrkiye", "TR", "T\xC3\xBCrkiye", false);
    expect_country("Turkiye", "TR", "T\xC3\xBCrkiye", false);
}

TEST(FindCountry, FindsHyphenatedName) { expect_country("Guinea-Bissau", "GW", "Guinea-Bissau", false); }

TEST(FindCountry, FindsTrueAliasesAndSaysSo) {
    expect_country("Great Britain", "GB", "United Kingdom", true);
    expect_country("UK", "GB", "United Kingdom", true);
    expect_country("Holland", "NL", "Netherlands", true);
    expect_country("Russia", "RU", "Russian Federation", true);
}

TEST(FindCountry, FindsTurkeyUnderItsIsoNameTurkiye) { expect_country("Turkey", "TR", "T\xC3\xBCrkiye", true); }

TEST(FindCountry, FindsAliasInAnyCase) { expect_country("great britain", "GB", "United Kingdom", true); }

// --- find_country: the nations of the United Kingdom -----------------------

TEST(FindCountry, FindsNationsOfTheUnitedKingdomWithTheirSubdivision) {
    expect_nation("England", "GB-ENG", "England");
    expect_nation("Scotland", "GB-SCT", "Scotland");
    expect_nation("Northern Ireland", "GB-NIR", "Northern Ireland");
}

// ISO names it `Wales [Cymru GB-CYM]`.
TEST(FindCountry, NamesWalesWithoutItsBracketedWelshName) { expect_nation("WALES", "GB-WLS", "Wales"); }

TEST(FindCountry, GivesNoSubdivisionForTheWholeKingdom) {
    for (const std::string_view written : {"United Kingdom", "UK", "Great Britain"}) {
        SCOPED_TRACE(written);
        const auto country = find_country(written);
        ASSERT_TRUE(country.has_value());
        EXPECT_EQ(country->subdivision_code, "");
        EXPECT_EQ(country->subdivision_name, "");
    }
}

// --- find_country: names in other languages ----------------------------------

TEST(FindCountry, FindsNamesInOtherLanguagesAsAliases) {
    expect_country("Italia", "IT", "Italy", true);
    expect_country("\xC3\x96sterreich", "AT", "Austria", true);
    expect_country("N\xC4\x9Bmecko", "DE", "Germany", true);
    expect_country("W\xC5\x82ochy", "IT", "Italy", true);
    expect_country("Deutschland", "DE", "Germany", true);
    expect_country("Polska", "PL", "Poland", true);
    expect_country("Magyarorsz\xC3\xA1g", "HU", "Hungary", true);
    expect_country("Allemagne", "DE", "Germany", true);
    expect_country("Alemania", "DE", "Germany", true);
    expect_country("Slovensko", "SK", "Slovakia", true);
    expect_country(
        "\xC4\x8C"
        "esko",
        "CZ", "Czechia", true);
    expect_country(
        "\xC4\x8C"
        "esk\xC3\xA1 republika",
        "CZ", "Czechia", true);
}

TEST(FindCountry, FindsTranslatedNamesWrittenWithoutDiacritics) {
    expect_country("Osterreich", "AT", "Austria", true);
    expect_country("Cesko", "CZ", "Czechia", true);
}

// Polish, Italian and Spanish write `Austria` too; the English key stays
// English, so no alias is reported.
TEST(FindCountry, KeepsEnglishNameEnglishWhereATranslationIsTheSame) {
    expect_country("Austria", "AT", "Austria", false);
    expect_country("Chile", "CL", "Chile", false);
}

// --- find_country: typos -----------------------------------------------------

TEST(FindCountry, FindsEnglishNameATypoAwayAndSaysSo) {
    expect_typo("Germnay", "DE", "Germany");
    expect_typo("Germny", "DE", "Germany");
    expect_typo("Slovkia", "SK", "Slovakia");
    expect_typo("Czech Repulbic", "CZ", "Czechia");
}

TEST(FindCountry, FindsAliasATypoAway) {
    expect_typo("Hollnd", "NL", "Netherlands");
    expect_typo("Scottland", "GB", "United Kingdom");
    EXPECT_EQ(find_country("Scottland")->subdivision_code, "GB-SCT");
}

TEST(FindCountry, ExactNameIsNoTypo) {
    const auto germany = find_country("Germany");
    ASSERT_TRUE(germany.has_value());
    EXPECT_FALSE(germany->via_typo);
    const auto holland = find_country("Holland");
    ASSERT_TRUE(holland.has_value());
    EXPECT_FALSE(holland->via_typo);
}

// Up to 8 letters one edit is a typo, beyond that two.
TEST(FindCountry, AllowsTwoEditsOnlyInLongNames) {
    expect_typo("Lithuana", "LT", "Lithuania");
    expect_typo("Luxembrg", "LU", "Luxembourg");
    EXPECT_EQ(find_country("Polnda"), std::nullopt);  // Poland is 6 letters
}

// A name of four letters or fewer one edit off is as likely another word:
// `Pera` is a district of Istanbul, `Omen` no country.
TEST(FindCountry, AllowsNoTypoInShortNames) {
    EXPECT_EQ(find_country("Pera"), std::nullopt);
    EXPECT_EQ(find_country("Omen"), std::nullopt);
    EXPECT_EQ(find_country("Chda"), std::nullopt);
}

// Translations and codes are no typo targets.
TEST(FindCountry, TakesNoTypoOfATranslationOrCode) {
    EXPECT_EQ(find_country("Deutschlnd"), std::nullopt);
    EXPECT_EQ(find_country("Magyarorszg"), std::nullopt);
    EXPECT_EQ(find_country("DEX"), std::nullopt);
}

TEST(FindCountry, FindsCountryByAlpha2Code) {
    // "by any ISO name or code": the alpha-2 code is an ISO code too.
    expect_country("DE", "DE", "Germany", false);
    expect_country("PL", "PL", "Poland", false);
}

// --- find_country: rejected --------------------------------------------------

TEST(FindCountry, RejectsPlaceThatIsNotInIso3166) {
    EXPECT_EQ(find_country("KOSOVO"), std::nullopt);
    EXPECT_EQ(find_country("Atlantis"), std::nullopt);
}

TEST(FindCountry, RejectsNameTooFarFromAnyCountry) {
    EXPECT_EQ(find_country("Germanyyy"), std::nullopt);
    EXPECT_EQ(find_country("Xyzzyland"), std::nullopt);
}

TEST(FindCountry, RejectsCountryWithRegion) { EXPECT_EQ(find_country("USA - Pennsylvania"), std::nullopt); }

TEST(FindCountry, RejectsEmptyText) {
    EXPECT_EQ(find_country(""), std::nullopt);
    EXPECT_EQ(find_country("   "), std::nullopt);
}

// --- country_by_alpha2 -------------------------------------------------------

TEST(CountryByAlpha2, FindsCountry) {
    const auto germany = country_by_alpha2("DE");
    ASSERT_TRUE(germany.has_value());
    EXPECT_EQ(germany->alpha2, "DE");
    EXPECT_EQ(germany->name, "Germany");
    EXPECT_FALSE(germany->via_alias);
    const auto britain = country_by_alpha2("GB");
    ASSERT_TRUE(britain.has_value());
    EXPECT_EQ(britain->name, "United Kingdom");
}

TEST(CountryByAlpha2, RejectsUnassignedCodes) {
    EXPECT_EQ(country_by_alpha2("XK"), std::nullopt);
    EXPECT_EQ(country_by_alpha2("ZZ"), std::nullopt);
    EXPECT_EQ(country_by_alpha2("UK"), std::nullopt);
}

TEST(CountryByAlpha2, RejectsTextThatIsNotACode) {
    EXPECT_EQ(country_by_alpha2(""), std::nullopt);
    EXPECT_EQ(country_by_alpha2("DEU"), std::nullopt);
    EXPECT_EQ(country_by_alpha2("Germany"), std::nullopt);
}

// --- find_subdivision --------------------------------------------------------

TEST(FindSubdivision, FindsRegionByIsoName) { expect_subdivision("US", "Pennsylvania", "US-PA", "Pennsylvania"); }

TEST(FindSubdivision, FindsRegionByCodeAfterTheDash) { expect_subdivision("US", "PA", "US-PA", "Pennsylvania"); }

TEST(FindSubdivision, IgnoresCase) {
    expect_subdivision("US", "pennsylvania", "US-PA", "Pennsylvania");
    expect_subdivision("US", "pa", "US-PA", "Pennsylvania");
}

TEST(FindSubdivision, FindsRegionWrittenWithoutDiacritics) {
    expect_subdivision("PL", "Slaskie", "PL-24", "\xC5\x9Al\xC4\x85skie");
    expect_subdivision("DE", "Baden-Wurttemberg", "DE-BW", "Baden-W\xC3\xBCrttemberg");
}

TEST(FindSubdivision, FindsRegionOfOtherCountries) {
    expect_subdivision("US", "Louisiana", "US-LA", "Louisiana");
    expect_subdivision("DE", "Bayern", "DE-BY", "Bayern");
}

TEST(FindSubdivision, RejectsMisspelledRegion) { EXPECT_EQ(find_subdivision("US", "Pennsilvania"), std::nullopt); }

TEST(FindSubdivision, RejectsRegionOfAnotherCountry) {
    EXPECT_EQ(find_subdivision("CA", "Pennsylvania"), std::nullopt);
    EXPECT_EQ(find_subdivision("DE", "PA"), std::nullopt);
}

TEST(FindSubdivision, RejectsNameIsoDoesNotUse) { EXPECT_EQ(find_subdivision("DE", "Bavaria"), std::nullopt); }

TEST(FindSubdivision, RejectsEmptyText) { EXPECT_EQ(find_subdivision("US", ""), std::nullopt); }

// --- closest_country_name ----------------------------------------------------

TEST(ClosestCountryName, SuggestsNameOneEditAway) {
    EXPECT_EQ(closest_country_name("Germny"), std::optional<std::string_view>("Germany"));
    EXPECT_EQ(closest_country_name("Slovkia"), std::optional<std::string_view>("Slovakia"));
}

TEST(ClosestCountryName, SuggestsNameTwoEditsAway) {
    EXPECT_EQ(closest_country_name("Polnda"), std::optional<std::string_view>("Poland"));
}

TEST(ClosestCountryName, IgnoresCase) {
    EXPECT_EQ(closest_country_name("CROATA"), std::optional<std::string_view>("Croatia"));
}

TEST(ClosestCountryName, SuggestsNothingForFarAwayText) {
    EXPECT_EQ(closest_country_name("Atlantis"), std::nullopt);
    EXPECT_EQ(closest_country_name("Xyzzyland"), std::nullopt);
    EXPECT_EQ(closest_country_name(std::string(100000, '(')), std::nullopt);
}

TEST(ClosestCountryName, SuggestsTheIsoNameForAnAliasTypo) {
    EXPECT_EQ(closest_country_name("Tukey"), std::optional<std::string_view>("T\xC3\xBCrkiye"));
}

// The longest names are still reached from two edits past their length.
TEST(ClosestCountryName, ReachesTheLongestNames) {
    EXPECT_EQ(closest_country_name("South Georgia and the South Sandwich Islandsxx"),
              std::optional<std::string_view>("South Georgia and the South Sandwich Islands"));
}

// --- in a record -------------------------------------------------------------

TEST(CountryInRecord, GivesANationItsSubdivision) {
    const Record record = normalize_one("Leeds (England)\npopulation: 536 280 (2021)\n");
    EXPECT_EQ(record.country_code, "GB");
    ASSERT_TRUE(record.subdivision.has_value());
    EXPECT_EQ(record.subdivision->value, "England");
    EXPECT_EQ(record.subdivision_code, "GB-ENG");
    ASSERT_TRUE(record.country.has_value());
    EXPECT_EQ(record.subdivision->span.begin.offset, record.country->span.begin.offset);
    EXPECT_EQ(record.subdivision->span.end.offset, record.country->span.end.offset);
    ASSERT_EQ(record.facts.size(), 1U);
    EXPECT_EQ(record.facts[0].rule, Rule::country_alias);
    EXPECT_EQ(std::get<twinning::model::NameFact>(record.facts[0].detail).name, "United Kingdom");
}

TEST(CountryInRecord, LetsTheRecordsOwnRegionReplaceTheNation) {
    const Record record = normalize_one("Canterbury (England)\nregion: Kent\npopulation: 157 400 (2021)\n");
    EXPECT_EQ(record.country_code, "GB");
    ASSERT_TRUE(record.subdivision.has_value());
    EXPECT_EQ(record.subdivision->value, "Kent");
    EXPECT_EQ(record.subdivision_code, "GB-KEN");
}

TEST(CountryInRecord, ForgetsTheNationWhenTheRecordsOwnRegionIsUnknown) {
    const Record record = normalize_one("Leeds (England - Yorkshire)\npopulation: 536 280 (2021)\n");
    EXPECT_EQ(record.country_code, "GB");
    ASSERT_TRUE(record.subdivision.has_value());
    EXPECT_EQ(record.subdivision->value, "Yorkshire");
    EXPECT_EQ(record.subdivision_code, "");
}

TEST(CountryInRecord, ReadsATypoAsTheCountryAndNotesTheFix) {
    const Record record = normalize_one("Dresden (Germnay)\npopulation: 563 311 (2022)\n");
    ASSERT_TRUE(record.country.has_value());
    EXPECT_EQ(record.country->value, "Germany");
    EXPECT_EQ(record.country_code, "DE");
    ASSERT_EQ(record.facts.size(), 1U);
    EXPECT_EQ(record.facts[0].rule, Rule::country_typo);
    EXPECT_EQ(record.facts[0].text, "Germnay");
    EXPECT_EQ(std::get<twinning::model::NameFact>(record.facts[0].detail).name, "Germany");
}

TEST(CountryInRecord, NotesAnUnknownCountryTooFarForATypo) {
    const Record record = normalize_one("Gdynia (Polnda)\npopulation: 245 222 (2022)\n");
    EXPECT_EQ(record.country_code, "");
    ASSERT_EQ(record.facts.size(), 1U);
    EXPECT_EQ(record.facts[0].rule, Rule::unknown_country);
    EXPECT_EQ(std::get<twinning::model::NameFact>(record.facts[0].detail).name, "Poland");
}

}  // namespace

namespace {

TEST(FindSubdivision, ReadsANameWithoutIsosBracketedSecondName) {
    const auto wales = twinning::normalize::find_subdivision("GB", "Wales");
    ASSERT_TRUE(wales.has_value());
    EXPECT_EQ(wales->code, "GB-WLS");
}

}  // namespace
