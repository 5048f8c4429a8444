#pragma once

// The reader of one line of a list, and what the files that read list
// lines share: the limits and words more than one of them looks for, and
// the helpers that walk a line's blanks and fold its words. The reader's
// steps are spread over the files by what they read: list_line.cpp the
// facts around the partner's place, list_places.cpp the place,
// list_marks.cpp the marks set around them, register_line.cpp a register's
// line. list_heading.cpp reads a list's heading, alone or with its
// partners on the line.

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "line_roles.hpp"
#include "list_line.hpp"

namespace twinning::parser {

// The words a list heading is made of, one of which it must hold.
inline constexpr std::array<std::string_view, 11> heading_words = {
    "twin",     "twins",       "twinned",      "twinning",   "sister",    "partner",
    "partners", "partnership", "partnerships", "friendship", "jumelages",
};

// The longest country name the line readers look for.
inline constexpr std::size_t longest_country = 48;

// Blanks and, in a register line wrapped onto the next, its line break.
[[nodiscard]] std::size_t skip_blanks(std::string_view line, std::size_t i);

// Blanks before `end`, walked back over.
[[nodiscard]] std::size_t trim_back(std::string_view line, std::size_t begin, std::size_t end);

[[nodiscard]] bool is_one_of(std::string_view folded, auto table) {
    return std::ranges::find(table, folded) != table.end();
}

// The word at `at` in lower case, letters only, no longer than a word of
// the tables.
[[nodiscard]] std::string folded_word(std::string_view line, std::size_t at);

// The reference mark `[…]` that ends at `end`, or npos.
[[nodiscard]] std::size_t reference_before(std::string_view line, std::size_t begin, std::size_t end);

// Reads one line of a list: strips the marks around the partner, then
// reads a register's line, or the date, country and count around the
// place and the place itself.
class ListLineReader {
public:
    // `country_first` reads only lines that start with their country: a
    // register's, or `Austria: Tulln`; others are passed over at once.
    ListLineReader(std::string_view line, bool under_heading, bool country_first = false)
        : line_(line), under_heading_(under_heading), country_first_(country_first) {}

    std::optional<ListLine> read();

private:
    // `Austria: Tulln` or `Austria – Tulln`: the country first, then a colon
    // or a spaced dash.
    void read_leading_country(ListPartner& partner);

    void decoration(std::size_t begin, std::size_t end) { result_.decorations.push_back({begin, end}); }

    void strip_leading_marks();

    // Reference marks, commas, semicolons and a full stop at the end.
    void strip_trailing_marks();

    [[nodiscard]] std::string_view middle() const { return line_.substr(begin_, end_ - begin_); }

    // `1982 - Tulln, Austria` or `1982: Tulln`: a date, then a dash or colon.
    void read_leading_date(ListPartner& partner);

    // A count and a date after the place, in either order.
    void read_trailing_facts(ListPartner& partner);

    void read_trailing_date(ListPartner& partner);

    // `Tulln, Austria – partnership since 1982`, `Tulln (Austria) (twinned
    // in 1982)`: a tail after a spaced dash, a comma or in brackets, whose
    // words before the date all tell of the partnership.
    [[nodiscard]] static std::optional<DateTail> trailing_partnership_phrase(std::string_view rest);

    // `- 16 800 inhabitants`, `, 16,800 residents` or `(16 800 inhabitants)`.
    void read_trailing_count(ListPartner& partner);

    // The spaced dash that ends the text before `at`, or npos.
    [[nodiscard]] std::size_t dash_before(std::size_t at) const;

    // `Austria Tulln Agreement on … 12/5/1982. Renewal of the Agreement,
    // 1996`: a known country, its city, then the agreement's wording.
    bool read_register(ListPartner& partner);

    // The wording runs up to its first date, or to `in Tulln` before it;
    // a renewal word starts the renewals.
    void read_register_wording(ListPartner& partner, std::size_t wording);

    // One place, or two joined by `and`, each naming its country.
    bool read_places(ListPartner& partner);

    // `and` or `&` between two places that each name a country.
    [[nodiscard]] std::size_t joint_of_two() const;

    [[nodiscard]] std::size_t joint_length(std::size_t at) const { return line_[at] == '&' ? 1 : 3; }

    // A place without the comma before a joint, and without a flag's alt
    // text glued before the name: `AustriaLower Austria Tulln, Lower
    // Austria, Austria` repeats the country, then the region.
    [[nodiscard]] LinePiece place_piece(std::size_t begin, std::size_t end);

    // `Tulln in Austria`: the name before `in`, the country after it.
    [[nodiscard]] LinePiece place_in_country(const LinePiece& place, ListPartner& partner) const;

    [[nodiscard]] bool names_country(const LinePiece& piece) const;

    // `We are twinned with Krems (Austria)`, `Partnership with Haarlem`: a
    // sentence, whose words tell of the partnership a place's name never
    // does; only `Twin Falls` and `Sister Bay` start so.
    [[nodiscard]] static bool tells_of_partnership_in(std::string_view place);

    // A place that names its country, with a name that reads as one; or,
    // below a list heading, a short name alone.
    [[nodiscard]] bool is_place(const LinePiece& piece, bool under_heading) const;

    std::string_view line_;
    bool under_heading_;
    bool country_first_;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    ListLine result_;
};

}  // namespace twinning::parser
