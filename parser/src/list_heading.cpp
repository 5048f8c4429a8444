#include <array>

#include "list_line.hpp"
#include "list_line_reader.hpp"
#include "twinning/normalize/country.hpp"
#include "twinning/normalize/header.hpp"
#include "twinning/parser/label_table.hpp"
#include "twinning/text/spaces.hpp"
#include "words.hpp"

// A list's heading: alone on its line (`Twin towns:`), or with the
// partners after its colon (`Twin towns: Tulln (Austria), Krems
// (Austria)`), each read as an item of the list.

namespace twinning::parser {

namespace {

using words::is_letter;

// The most words a heading has.
constexpr std::size_t list_heading_words = 10;

// Where the partners of an inline list part: at semicolons when it has
// them; else after each `(Country)` followed by a comma or `and`; else at
// commas and `and`, a country after a comma staying with the name before
// it (`Tulln, Austria`).
[[nodiscard]] std::vector<LinePiece> inline_parts(std::string_view line, std::size_t begin) {
    std::vector<LinePiece> parts;
    const std::string_view rest = line.substr(begin);
    const auto add = [&](std::size_t from, std::size_t to) {
        const std::size_t b = skip_blanks(line, begin + from);
        const std::size_t e = trim_back(line, b, begin + to);
        if (b < e) {
            parts.push_back({b, e});
        }
    };
    if (rest.find(';') != std::string_view::npos) {
        std::size_t from = 0;
        for (std::size_t at = rest.find(';');; at = rest.find(';', from)) {
            add(from, at == std::string_view::npos ? rest.size() : at);
            if (at == std::string_view::npos) {
                break;
            }
            from = at + 1;
        }
        return parts;
    }
    // Split at commas and `and` outside brackets, but not at the `and` of
    // a country's name: `Bosnia and Herzegovina`.
    const auto names_country_up_to_comma = [&](std::size_t from) {
        const std::size_t comma = rest.find(',', from);
        const std::string_view piece =
            text::trim(rest.substr(from, comma == std::string_view::npos ? comma : comma - from));
        return piece.size() <= longest_country && normalize::find_country_as_written(piece).has_value();
    };
    // `Tulln (Austria), Krems`: the part before names its country already.
    const auto names_country_in_brackets = [&](const LinePiece& piece) {
        const std::string_view text = piece.in(line);
        const normalize::HeaderParts header = normalize::split_header(text);
        return text.ends_with(')') && header.country && normalize::find_country_as_written(header.country->text);
    };
    std::size_t from = 0;
    int depth = 0;
    for (std::size_t i = 0; i <= rest.size(); ++i) {
        if (i < rest.size() && (rest[i] == '(' || rest[i] == ')')) {
            depth += rest[i] == '(' ? 1 : -1;
        }
        const bool comma = depth == 0 && i < rest.size() && rest[i] == ',';
        const bool joint = depth == 0 && rest.substr(i, 5) == " and " && !names_country_up_to_comma(from);
        if (!comma && !joint && i < rest.size()) {
            continue;
        }
        const std::size_t b = skip_blanks(line, begin + from);
        const std::size_t e = trim_back(line, b, begin + i);
        const std::string_view part = line.substr(b, e - b);
        if (!parts.empty() && !part.empty() && normalize::find_country_as_written(part) &&
            !names_country_in_brackets(parts.back())) {
            parts.back().end = e;  // `Tulln, Austria`, `Frankfurt (Oder), Germany`
        } else {
            add(from, i);
        }
        from = i + (joint ? 5 : 1);
        i = from - 1;
    }
    return parts;
}

}  // namespace

std::optional<InlineList> read_inline_list(std::string_view line) {
    if (line.size() > longest_list_line) {
        return std::nullopt;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || !is_list_heading(line.substr(0, colon + 1))) {
        return std::nullopt;
    }
    InlineList list;
    list.heading = {skip_blanks(line, 0), colon + 1};
    const std::vector<LinePiece> parts = inline_parts(line, colon + 1);
    if (parts.empty()) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string_view part = parts[i].in(line);
        auto item = read_list_line(part, true);
        if (!item) {
            return std::nullopt;
        }
        const std::size_t shift = parts[i].begin;
        for (LinePiece& decoration : item->decorations) {
            decoration = {decoration.begin + shift, decoration.end + shift};
        }
        if (!item->country_code.empty()) {
            item->country_code = {item->country_code.begin + shift, item->country_code.end + shift};
        }
        for (ListPartner& partner : item->partners) {
            for (LinePiece* piece : {&partner.place, &partner.country, &partner.region, &partner.date,
                                     &partner.date_field, &partner.count, &partner.agreement, &partner.renewal}) {
                if (!piece->empty()) {
                    *piece = {piece->begin + shift, piece->end + shift};
                }
            }
        }
        // The stretch runs to the next partner, over the separator.
        const std::size_t stretch_end = i + 1 < parts.size() ? trim_back(line, 0, parts[i + 1].begin) : line.size();
        // The first runs from the heading, over anything before its partner
        // (a stray comma), so the whole line is covered.
        const std::size_t stretch_begin = i == 0 ? skip_blanks(line, colon + 1) : parts[i].begin;
        list.stretches.push_back({stretch_begin, trim_back(line, stretch_begin, stretch_end)});
        list.items.push_back(std::move(*item));
    }
    return list;
}

bool is_list_heading(std::string_view line) {
    line = text::trim(line);
    // `Ostrava is twinned with:[45]`
    while (!line.empty() && line.back() == ']') {
        const std::size_t open = reference_before(line, 0, line.size());
        if (open == std::string_view::npos) {
            break;
        }
        line = text::trim(line.substr(0, open));
    }
    const bool colon = line.ends_with(':');
    if (colon) {
        line.remove_suffix(1);
    }
    // Full stops and brackets may stand in the town's name (`St. Pölten`,
    // `Frankfurt (Oder) is twinned with:`), but a sentence ends in one.
    if (line.empty() || line.size() > longest_list_line || !is_letter(line.front()) || line.ends_with('.') ||
        line.find_first_of("0123456789:!?") != std::string_view::npos ||
        words::count_words(line, list_heading_words) > list_heading_words) {
        return false;
    }
    // `Partnership agreement signed:` is a label, its value to come.
    // A heading made of a label's words (`Town twinning`) is still a heading.
    if (const auto label = match_label_as_written(label_key(line));
        label && label->kind != model::Field::extra && !label->by_words) {
        return false;
    }
    bool named = false;
    words::for_each_word(line, [&](std::string_view /*word*/, std::size_t at) {
        named = is_one_of(folded_word(line, at), heading_words);
        return !named;
    });
    return named;
}

}  // namespace twinning::parser
