#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace twinning::normalize {

struct Population {
    std::uint64_t count = 0;
    std::optional<int> year;
    bool word_unit = false;    // scaled by a word: `350 thousand`, `1.2 million`
    bool approximate = false;  // after an approximation: `about 87 000`, `~87,000`
    bool header_unit = false;  // scaled by its column's header: `85` under `Population (thousands)`
};

// Reads a population value as a whole, in this shape, every part but the
// number optional:
//
//   approximation  number  unit  noun  (year)
//   about          87 000  ...   inhabitants  (2020)
//
// - number: digits whose thousands may be grouped with a space, NBSP,
//   narrow NBSP, thin space, comma or dot, each group of exactly three
//   digits: `281 711`, `612,000`, `245.000` (245000).
// - unit: `thousand`, `million`, `mln`, `mln.`, `mio`, `mio.`. Before a unit
//   the number is plain digits, with a decimal fraction after a dot or comma
//   if it likes: `1.2 million` and `1,2 million` are 1200000. A number with
//   groups before a unit is not read: `1.250 million` reads as 1.25 million
//   and as 1250 million alike. Nor is a fraction finer than the unit.
// - approximation: `approx.`, `approx`, `approximately`, `about`, `around`,
//   `roughly`, `circa`, `ca.`, `ca`, `c.`, `some`, `~`, `≈`. Words that state
//   a bound rather than a count (`over`, `more than`, `under`, `nearly`,
//   `almost`, `up to`) are not approximations: such a value is not read.
// - noun: `inhabitants`, `people`, `residents`, `population`.
// - year: `(2021)`, `(as of 2019)`, `(census 2019)`, `(2019 census)`,
//   `(2019 estimate)`, `(2019 est.)`.
//
// Words match whole and in any case; a unit or noun follows a space. Any
// other text, before or after, leaves the value unread: `about 280 thousand
// people and rising` is not a population, nor is `12 May 1999`.
[[nodiscard]] std::optional<Population> parse_population(std::string_view value);

// What a table's column header multiplies the counts under it by, from the
// unit in its last brackets: 1000 for `Population (thousands)`, `(in
// thousands)`, `('000)`, `(000s)` or `(× 1000)`, and 1000000 for
// `(millions)` or `(mln)`. None when the header gives no unit it knows.
[[nodiscard]] std::optional<std::uint64_t> header_scale(std::string_view label_text);

// A population value counted in the unit a header gives, `scale` being a
// power of ten: `85` under `(thousands)` is 85000, `1.2` under `(millions)`
// 1200000. The number may have a fraction no finer than the unit and groups
// apart by spaces, but no groups apart by a comma or a dot (`1.250` reads
// two ways), nor a unit word of its own. Otherwise read as parse_population
// reads, with `header_unit` set.
[[nodiscard]] std::optional<Population> parse_population_in_unit(std::string_view value, std::uint64_t scale);

}  // namespace twinning::normalize
