#pragma once

// A line of a list of partners, as pages write them: `• Tulln, Austria
// (1982) [3]`, `1982 - Tulln, Austria`, `Tulln (Austria) – since 1982`,
// `Tulln, Austria - 16 800 inhabitants`, or a register's `Austria Tulln
// Agreement on Cooperation between the Cities 12/5/1982`. Each function
// looks at one line, of at most longest_list_line bytes, so a list costs
// what its lines do.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace twinning::parser {

// The longest line read as an item of a list; a longer one is prose.
inline constexpr std::size_t longest_list_line = 400;

// Where a part of a line stands, in offsets within the line; empty when
// the line has no such part.
struct LinePiece {
    std::size_t begin = 0;
    std::size_t end = 0;

    [[nodiscard]] bool empty() const { return begin == end; }
    [[nodiscard]] std::string_view in(std::string_view line) const { return line.substr(begin, end - begin); }
};

// One partner a list line names.
struct ListPartner {
    LinePiece place;       // `Tulln, Lower Austria, Austria`; a register's city alone
    LinePiece country;     // a register's country, before its city
    LinePiece region;      // a register's region, after its city and a comma
    LinePiece date;        // the date read as the signing
    LinePiece date_field;  // the date with the brackets, dash or `since` that set it off
    LinePiece count;       // `16 800 inhabitants`
    LinePiece agreement;   // a register's wording: `Agreement on Cooperation between the Cities`
    LinePiece renewal;     // a register's `Renewal of the Agreement, 1996`
};

struct ListLine {
    // What was stripped around the partners: bullets, numbers, reference
    // marks, country codes, flags' alt text, trailing commas.
    std::vector<LinePiece> decorations;
    std::vector<ListPartner> partners;  // one, or two joined by `and`
    // An ISO alpha-3 code before the name (`SVK Púchov`), one of the
    // decorations: the country of a place that names none.
    LinePiece country_code;
};

// The partners `line` names as an item of a list. A place must name its
// country (`Tulln, Austria`, `Tulln (Austria)`); `under_heading`, below a
// list heading, a short name alone is a partner too.
[[nodiscard]] std::optional<ListLine> read_list_line(std::string_view line, bool under_heading);

// The partner a register's line names, the country first: `Austria Tulln
// Agreement on Cooperation between the Cities 12/5/1982`. `lines` may be
// the line and the next, when the line's wording wraps before its date.
[[nodiscard]] std::optional<ListLine> read_register_line(std::string_view lines);

// A heading and its partners on one line: `Twin towns: Tulln (Austria),
// Krems (Austria) and Melk (Austria)` or `Partner cities: Tulln; Krems`.
struct InlineList {
    LinePiece heading;  // through the colon
    // Each partner's stretch of the line, through the comma, semicolon or
    // `and` after it, and the partner read from it, offsets within the line.
    std::vector<LinePiece> stretches;
    std::vector<ListLine> items;
};

[[nodiscard]] std::optional<InlineList> read_inline_list(std::string_view line);

// True for a line that introduces a list of partners and names none:
// `Tulln is twinned with:`, `Twin towns`, `Partner cities`, `Sister
// cities:`, `Friendship cities:`.
[[nodiscard]] bool is_list_heading(std::string_view line);

// True for a line that starts with a bullet or an item's number: such a
// line starts an item of its own and never continues a value.
[[nodiscard]] bool starts_with_bullet(std::string_view line);

}  // namespace twinning::parser
