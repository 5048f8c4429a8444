// The English adjectives of countries, and their look-up. A sentence names
// a partner's country by its adjective as often as by its name: `the
// Austrian town of Tulln`.

#include "country_adjectives.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "twinning/normalize/country.hpp"
#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::normalize {

namespace {

using Adjective = CountryAdjective;

// The order of the table and of its search: ASCII letters without case.
[[nodiscard]] constexpr bool folded_less(std::string_view left, std::string_view right) {
    return std::ranges::lexicographical_compare(left, right, {}, text::ascii_lower, text::ascii_lower);
}

// Every adjective is ASCII, as English writes it without marks, and its
// words are one space apart. An adjective that stands for two countries is
// left out (`Congolese`, `Dominican`); `Korean` is the Republic of Korea,
// as the North is written `North Korean`.
// clang-format off
constexpr auto adjectives = std::to_array<Adjective>({
    {"Afghan",                    "Afghanistan"},
    {"Albanian",                  "Albania"},
    {"Algerian",                  "Algeria"},
    {"American",                  "United States"},
    {"Andorran",                  "Andorra"},
    {"Angolan",                   "Angola"},
    {"Antiguan",                  "Antigua and Barbuda"},
    {"Argentine",                 "Argentina"},
    {"Argentinean",               "Argentina"},
    {"Argentinian",               "Argentina"},
    {"Armenian",                  "Armenia"},
    {"Australian",                "Australia"},
    {"Austrian",                  "Austria"},
    {"Azerbaijani",               "Azerbaijan"},
    {"Bahamian",                  "Bahamas"},
    {"Bahraini",                  "Bahrain"},
    {"Bangladeshi",               "Bangladesh"},
    {"Barbadian",                 "Barbados"},
    {"Basotho",                   "Lesotho"},
    {"Belarusian",                "Belarus"},
    {"Belarussian",               "Belarus"},
    {"Belgian",                   "Belgium"},
    {"Belizean",                  "Belize"},
    {"Beninese",                  "Benin"},
    {"Bhutanese",                 "Bhutan"},
    {"Bissau-Guinean",            "Guinea-Bissau"},
    {"Bolivian",                  "Bolivia"},
    {"Bosnian",                   "Bosnia and Herzegovina"},
    {"Bosnian and Herzegovinian", "Bosnia and Herzegovina"},
    {"Botswanan",                 "Botswana"},
    {"Brazilian",                 "Brazil"},
    {"British",                   "United Kingdom"},
    {"Bruneian",                  "Brunei Darussalam"},
    {"Bulgarian",                 "Bulgaria"},
    {"Burkinabe",                 "Burkina Faso"},
    {"Burmese",                   "Myanmar"},
    {"Burundian",                 "Burundi"},
    {"Cabo Verdean",              "Cabo Verde"},
    {"Cambodian",                 "Cambodia"},
    {"Cameroonian",               "Cameroon"},
    {"Canadian",                  "Canada"},
    {"Cape Verdean",              "Cabo Verde"},
    {"Central African",           "Central African Republic"},
    {"Chadian",                   "Chad"},
    {"Chilean",                   "Chile"},
    {"Chinese",                   "China"},
    {"Colombian",                 "Colombia"},
    {"Comoran",                   "Comoros"},
    {"Comorian",                  "Comoros"},
    {"Costa Rican",               "Costa Rica"},
    {"Croatian",                  "Croatia"},
    {"Cuban",                     "Cuba"},
    {"Cypriot",                   "Cyprus"},
    {"Czech",                     "Czechia"},
    {"Danish",                    "Denmark"},
    {"Djiboutian",                "Djibouti"},
    {"Dutch",                     "Netherlands"},
    {"East Timorese",             "Timor-Leste"},
    {"Ecuadorian",                "Ecuador"},
    {"Egyptian",                  "Egypt"},
    {"Emirati",                   "United Arab Emirates"},
    {"English",                   "England"},
    {"Equatoguinean",             "Equatorial Guinea"},
    {"Equatorial Guinean",        "Equatorial Guinea"},
    {"Eritrean",                  "Eritrea"},
    {"Estonian",                  "Estonia"},
    {"Ethiopian",                 "Ethiopia"},
    {"Faroese",                   "Faroe Islands"},
    {"Fijian",                    "Fiji"},
    {"Filipino",                  "Philippines"},
    {"Finnish",                   "Finland"},
    {"French",                    "France"},
    {"Gabonese",                  "Gabon"},
    {"Gambian",                   "Gambia"},
    {"Georgian",                  "Georgia"},
    {"German",                    "Germany"},
    {"Ghanaian",                  "Ghana"},
    {"Greek",                     "Greece"},
    {"Greenlandic",               "Greenland"},
    {"Grenadian",                 "Grenada"},
    {"Guatemalan",                "Guatemala"},
    {"Guinean",                   "Guinea"},
    {"Guyanese",                  "Guyana"},
    {"Haitian",                   "Haiti"},
    {"Herzegovinian",             "Bosnia and Herzegovina"},
    {"Honduran",                  "Honduras"},
    {"Hong Kong",                 "Hong Kong"},
    {"Hungarian",                 "Hungary"},
    {"Icelandic",                 "Iceland"},
    {"Indian",                    "India"},
    {"Indonesian",                "Indonesia"},
    {"Iranian",                   "Iran"},
    {"Iraqi",                     "Iraq"},
    {"Irish",                     "Ireland"},
    {"Israeli",                   "Israel"},
    {"Italian",                   "Italy"},
    {"Ivorian",                   "Ivory Coast"},
    {"Jamaican",                  "Jamaica"},
    {"Japanese",                  "Japan"},
    {"Jordanian",                 "Jordan"},
    {"Kazakh",                    "Kazakhstan"},
    {"Kazakhstani",               "Kazakhstan"},
    {"Kenyan",                    "Kenya"},
    {"Kiribati",                  "Kiribati"},
    {"Kittitian",                 "Saint Kitts and Nevis"},
    {"Korean",                    "Republic of Korea"},
    {"Kuwaiti",                   "Kuwait"},
    {"Kyrgyz",                    "Kyrgyzstan"},
    {"Kyrgyzstani",               "Kyrgyzstan"},
    {"Lao",                       "Laos"},
    {"Laotian",                   "Laos"},
    {"Latvian",                   "Latvia"},
    {"Lebanese",                  "Lebanon"},
    {"Liberian",                  "Liberia"},
    {"Libyan",                    "Libya"},
    {"Liechtensteiner",           "Liechtenstein"},
    {"Lithuanian",                "Lithuania"},
    {"Luxembourger",              "Luxembourg"},
    {"Luxembourgish",             "Luxembourg"},
    {"Macanese",                  "Macao"},
    {"Macedonian",                "North Macedonia"},
    {"Malagasy",                  "Madagascar"},
    {"Malawian",                  "Malawi"},
    {"Malaysian",                 "Malaysia"},
    {"Maldivian",                 "Maldives"},
    {"Malian",                    "Mali"},
    {"Maltese",                   "Malta"},
    {"Marshallese",               "Marshall Islands"},
    {"Mauritanian",               "Mauritania"},
    {"Mauritian",                 "Mauritius"},
    {"Mexican",                   "Mexico"},
    {"Micronesian",               "Micronesia"},
    {"Moldovan",                  "Moldova"},
    {"Monegasque",                "Monaco"},
    {"Mongolian",                 "Mongolia"},
    {"Montenegrin",               "Montenegro"},
    {"Moroccan",                  "Morocco"},
    {"Mosotho",                   "Lesotho"},
    {"Motswana",                  "Botswana"},
    {"Mozambican",                "Mozambique"},
    {"Namibian",                  "Namibia"},
    {"Nauruan",                   "Nauru"},
    {"Nepalese",                  "Nepal"},
    {"Nepali",                    "Nepal"},
    {"New Zealand",               "New Zealand"},
    {"Nicaraguan",                "Nicaragua"},
    {"Nigerian",                  "Nigeria"},
    {"Nigerien",                  "Niger"},
    {"North Korean",              "Democratic People's Republic of Korea"},
    {"North Macedonian",          "North Macedonia"},
    {"Northern Irish",            "Northern Ireland"},
    {"Norwegian",                 "Norway"},
    {"Omani",                     "Oman"},
    {"Pakistani",                 "Pakistan"},
    {"Palauan",                   "Palau"},
    {"Palestinian",               "Palestine"},
    {"Panamanian",                "Panama"},
    {"Papua New Guinean",         "Papua New Guinea"},
    {"Paraguayan",                "Paraguay"},
    {"Peruvian",                  "Peru"},
    {"Philippine",                "Philippines"},
    {"Polish",                    "Poland"},
    {"Portuguese",                "Portugal"},
    {"Puerto Rican",              "Puerto Rico"},
    {"Qatari",                    "Qatar"},
    {"Romanian",                  "Romania"},
    {"Russian",                   "Russia"},
    {"Rwandan",                   "Rwanda"},
    {"Saint Lucian",              "Saint Lucia"},
    {"Salvadoran",                "El Salvador"},
    {"Salvadorean",               "El Salvador"},
    {"Sammarinese",               "San Marino"},
    {"Samoan",                    "Samoa"},
    {"Sao Tomean",                "Sao Tome and Principe"},
    {"Saudi",                     "Saudi Arabia"},
    {"Saudi Arabian",             "Saudi Arabia"},
    {"Scottish",                  "Scotland"},
    {"Senegalese",                "Senegal"},
    {"Serbian",                   "Serbia"},
    {"Seychellois",               "Seychelles"},
    {"Sierra Leonean",            "Sierra Leone"},
    {"Singaporean",               "Singapore"},
    {"Slovak",                    "Slovakia"},
    {"Slovakian",                 "Slovakia"},
    {"Slovene",                   "Slovenia"},
    {"Slovenian",                 "Slovenia"},
    {"Solomon Islander",          "Solomon Islands"},
    {"Somali",                    "Somalia"},
    {"Somalian",                  "Somalia"},
    {"South African",             "South Africa"},
    {"South Korean",              "Republic of Korea"},
    {"South Sudanese",            "South Sudan"},
    {"Spanish",                   "Spain"},
    {"Sri Lankan",                "Sri Lanka"},
    {"Sudanese",                  "Sudan"},
    {"Surinamese",                "Suriname"},
    {"Swazi",                     "Eswatini"},
    {"Swedish",                   "Sweden"},
    {"Swiss",                     "Switzerland"},
    {"Syrian",                    "Syria"},
    {"Taiwanese",                 "Taiwan"},
    {"Tajik",                     "Tajikistan"},
    {"Tajikistani",               "Tajikistan"},
    {"Tanzanian",                 "Tanzania"},
    {"Thai",                      "Thailand"},
    {"Timorese",                  "Timor-Leste"},
    {"Togolese",                  "Togo"},
    {"Tongan",                    "Tonga"},
    {"Trinidadian",               "Trinidad and Tobago"},
    {"Tunisian",                  "Tunisia"},
    {"Turkish",                   "Turkey"},
    {"Turkmen",                   "Turkmenistan"},
    {"Tuvaluan",                  "Tuvalu"},
    {"Ugandan",                   "Uganda"},
    {"Ukrainian",                 "Ukraine"},
    {"Uruguayan",                 "Uruguay"},
    {"Uzbek",                     "Uzbekistan"},
    {"Uzbekistani",               "Uzbekistan"},
    {"Vanuatuan",                 "Vanuatu"},
    {"Vatican",                   "Holy See"},
    {"Venezuelan",                "Venezuela"},
    {"Vietnamese",                "Viet Nam"},
    {"Vincentian",                "Saint Vincent and the Grenadines"},
    {"Welsh",                     "Wales"},
    {"Yemeni",                    "Yemen"},
    {"Zambian",                   "Zambia"},
    {"Zimbabwean",                "Zimbabwe"},
});
// clang-format on

static_assert(std::ranges::is_sorted(adjectives, folded_less, &Adjective::adjective),
              "adjectives must stay sorted without case");

[[nodiscard]] constexpr std::size_t words_in(std::string_view adjective) {
    return 1 + static_cast<std::size_t>(std::ranges::count(adjective, ' '));
}

// No text longer than the longest adjective, in bytes or in words, is
// looked up.
constexpr std::size_t longest_adjective =
    std::ranges::max(adjectives, {}, [](const Adjective& row) { return row.adjective.size(); }).adjective.size();
constexpr std::size_t most_words =
    words_in(std::ranges::max(adjectives, {}, [](const Adjective& row) { return words_in(row.adjective); }).adjective);

// The country of each row, resolved once: the table names countries as
// people write them, and find_country turns that into ISO's name and code.
[[nodiscard]] const std::vector<std::optional<CountryRef>>& resolved_countries() {
    static const auto resolved = [] {
        std::vector<std::optional<CountryRef>> out;
        out.reserve(adjectives.size());
        for (const Adjective& row : adjectives) {
            auto country = find_country_as_written(row.country);
            if (country) {
                // Read from an adjective, not through an alias of the name.
                country->via_alias = false;
                country->via_typo = false;
            }
            out.push_back(country);
        }
        return out;
    }();
    return resolved;
}

// The country of an adjective spelled as the table spells it, in any case.
[[nodiscard]] std::optional<AdjectiveMatch> match_of(std::string_view key, std::size_t length) {
    const auto* found = std::ranges::lower_bound(adjectives, key, folded_less, &Adjective::adjective);
    if (found == adjectives.end() || folded_less(key, found->adjective)) {
        return std::nullopt;
    }
    const auto& country = resolved_countries().at(static_cast<std::size_t>(found - adjectives.begin()));
    if (!country) {
        return std::nullopt;
    }
    return AdjectiveMatch{*country, found->adjective, length};
}

// The end of the word at `at`: letters and hyphens (`Bissau-Guinean`). A
// byte past ASCII that is no space continues the word, so `Germanó` is
// not `German`.
[[nodiscard]] std::size_t word_end(std::string_view text, std::size_t at) {
    while (at < text.size() && text::space_length(text, at) == 0 &&
           (text::is_ascii_letter(text[at]) || text[at] == '-' || static_cast<unsigned char>(text[at]) >= 0x80U)) {
        ++at;
    }
    return at;
}

}  // namespace

std::span<const CountryAdjective> country_adjectives() { return adjectives; }

std::optional<CountryRef> find_country_by_adjective(std::string_view word) {
    const std::string_view trimmed = text::trim(word);
    const auto match = adjective_at(trimmed);
    if (!match || match->length != trimmed.size()) {
        return std::nullopt;
    }
    return match->country;
}

std::optional<AdjectiveMatch> adjective_at(std::string_view text) {
    if (text.empty() || !text::is_ascii_letter(text.front())) {
        return std::nullopt;
    }
    // The words from `text` on, written into `key` one space apart, and
    // where each ends in `text`; then the longest that is an adjective.
    std::array<char, longest_adjective> key{};
    std::array<std::size_t, most_words> key_ends{};
    std::array<std::size_t, most_words> text_ends{};
    std::size_t words = 0;
    std::size_t key_size = 0;
    std::size_t at = 0;
    while (words < most_words) {
        const std::size_t end = word_end(text, at);
        const std::size_t added = (words > 0 ? 1 : 0) + (end - at);
        if (end == at || key_size + added > key.size()) {
            break;
        }
        if (words > 0) {
            key.at(key_size++) = ' ';
        }
        std::ranges::copy(text.substr(at, end - at), key.begin() + static_cast<std::ptrdiff_t>(key_size));
        key_size += end - at;
        key_ends.at(words) = key_size;
        text_ends.at(words) = end;
        ++words;
        const std::size_t blank = text::blank_run_length(text, end);
        if (blank == 0 || end + blank >= text.size() || !text::is_ascii_letter(text[end + blank])) {
            break;
        }
        at = end + blank;
    }
    for (std::size_t word = words; word > 0; --word) {
        const std::string_view candidate(key.data(), key_ends.at(word - 1));
        if (auto match = match_of(candidate, text_ends.at(word - 1))) {
            return match;
        }
    }
    return std::nullopt;
}

}  // namespace twinning::normalize
