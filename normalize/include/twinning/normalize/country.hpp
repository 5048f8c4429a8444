#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace twinning::normalize {

struct CountryRef {
    std::string_view alpha2;
    std::string_view name;   // ISO short name, e.g. `United Kingdom`
    bool via_alias = false;  // found through the alias table or a translation, not ISO's English names
    bool via_typo = false;   // the written name is a misspelling of an English name or alias
    // The part of the country the name stands for, `GB-SCT` and `Scotland`
    // for `Scotland`; empty for a whole country.
    std::string_view subdivision_code;
    std::string_view subdivision_name;
};

struct SubdivisionRef {
    std::string_view code;  // ISO 3166-2, e.g. `US-PA`
    std::string_view name;
};

// A country by any ISO name or code (`Czechia`, `Czech Republic`, `USA`,
// `Republic of Korea` for ISO's `Korea, Republic of`), by iso-codes'
// translations (`Deutschland`, `Německo`), then by the small table of true
// aliases (`Great Britain`, `Turkey`, `Scotland`). Case, diacritics and full
// stops do not matter. Failing all of those, an English name or alias a
// small typo away is taken, with `via_typo` set.
[[nodiscard]] std::optional<CountryRef> find_country(std::string_view written);

// find_country without the typo search: for text that may or may not be a
// country at all (a line, a part after a comma), where a near miss is more
// likely another word than a misspelling, and the search would cost most.
[[nodiscard]] std::optional<CountryRef> find_country_as_written(std::string_view written);

[[nodiscard]] std::optional<CountryRef> country_by_alpha2(std::string_view alpha2);

// A region of `alpha2` by its ISO name or the code after the dash.
[[nodiscard]] std::optional<SubdivisionRef> find_subdivision(std::string_view alpha2, std::string_view written);

// The ISO country name closest to a misspelled one within two edits, if
// any is: a suggestion, looser than the typos find_country accepts.
[[nodiscard]] std::optional<std::string_view> closest_country_name(std::string_view written);

// A country by its adjective in English: `Austrian` gives Austria, `Welsh`
// the United Kingdom with Wales as its part, `South Korean` and `Korean`
// the Republic of Korea. The capitalised form is what prose writes, but any
// case is taken; words may be apart by any run of spaces. Neither
// `via_alias` nor `via_typo` is set: the caller knows it read an adjective.
[[nodiscard]] std::optional<CountryRef> find_country_by_adjective(std::string_view word);

struct AdjectiveMatch {
    CountryRef country;
    std::string_view adjective;  // as the table spells it: `South Korean`
    std::size_t length = 0;      // bytes of the text it took
};

// The longest adjective that starts `text` and ends a word there, for a
// reader that asks at each word of a sentence: in `South Korean city` it
// is `South Korean`, in `Germanic` none. Only a bounded start of `text` is
// read, so asking at every word of long prose costs no more than the words.
[[nodiscard]] std::optional<AdjectiveMatch> adjective_at(std::string_view text);

}  // namespace twinning::normalize
