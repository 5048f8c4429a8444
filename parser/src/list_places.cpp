#include <algorithm>

#include "list_line.hpp"
#include "list_line_reader.hpp"
#include "partner_sentence.hpp"
#include "twinning/normalize/country.hpp"
#include "twinning/normalize/header.hpp"
#include "twinning/text/ascii.hpp"
#include "twinning/text/spaces.hpp"
#include "words.hpp"

// The place a list line names, or the two it joins by `and`, once the
// reader has taken the marks and the facts around them away; and whether
// what is left reads as a place.

namespace twinning::parser {

namespace {

using words::is_digit;

// The most words a partner's place has, name and region together: more
// is a phrase, not a place.
constexpr std::size_t place_words = 9;
// The most words in small letters a place has: `Frankfurt am Main`,
// `Bad Homburg vor der Höhe`. More is running text: `Oxford also has a
// friendship link with Ramallah, Palestine`.
constexpr std::size_t small_place_words = 3;
// The most words of a name standing alone below a list heading.
constexpr std::size_t bare_name_words = 5;

}  // namespace

bool ListLineReader::read_places(ListPartner& partner) {
    if (const std::size_t joint = joint_of_two(); joint != std::string_view::npos) {
        ListPartner second = partner;
        partner.place = place_piece(begin_, trim_back(line_, begin_, joint));
        second.place = place_piece(skip_blanks(line_, joint + joint_length(joint)), end_);
        result_.partners.push_back(partner);
        result_.partners.push_back(second);
        return true;
    }
    LinePiece place = place_piece(begin_, end_);
    if (partner.country.empty()) {
        place = place_in_country(place, partner);
    }
    if (!is_place(place, under_heading_ || !partner.country.empty() || !result_.country_code.empty())) {
        return false;
    }
    partner.place = place;
    result_.partners.push_back(partner);
    return true;
}

std::size_t ListLineReader::joint_of_two() const {
    std::size_t found = std::string_view::npos;
    words::for_each_word(middle(), [&](std::string_view word, std::size_t at) {
        if (word == "and" || word == "&") {
            found = begin_ + at;
            return false;
        }
        return true;
    });
    if (found == std::string_view::npos) {
        return found;
    }
    std::size_t left_end = trim_back(line_, begin_, found);
    if (left_end > begin_ && line_[left_end - 1] == ',') {
        --left_end;
    }
    const LinePiece left{begin_, left_end};
    const LinePiece right{skip_blanks(line_, found + joint_length(found)), end_};
    return names_country(left) && names_country(right) ? found : std::string_view::npos;
}

LinePiece ListLineReader::place_piece(std::size_t begin, std::size_t end) {
    end = trim_back(line_, begin, end);
    while (end > begin && (line_[end - 1] == ',' || line_[end - 1] == ';')) {
        end = trim_back(line_, begin, end - 1);
    }
    const std::string_view place = line_.substr(begin, end - begin);
    const normalize::HeaderParts parts = normalize::split_header(place);
    if (!parts.country) {
        return {begin, end};
    }
    const std::string_view country = parts.country->text;
    const std::size_t glued = country.size();
    if (place.size() > glued && place.starts_with(country) && words::is_upper(place[glued])) {
        std::size_t name = begin + glued;
        decoration(begin, name);
        if (parts.region && line_.substr(name).starts_with(parts.region->text) &&
            text::space_length(line_, name + parts.region->text.size()) != 0) {
            const std::size_t after = skip_blanks(line_, name + parts.region->text.size());
            decoration(name, after);
            name = after;
        }
        return {name, end};
    }
    return {begin, end};
}

LinePiece ListLineReader::place_in_country(const LinePiece& place, ListPartner& partner) const {
    const std::string_view text = place.in(line_);
    const std::size_t in = text.rfind(" in ");
    if (in == std::string_view::npos || names_country(place)) {
        return place;
    }
    const std::string_view country = text::trim(text.substr(in + 4));
    if (country.empty() || !words::starts_as_name(country) || !normalize::find_country_as_written(country)) {
        return place;
    }
    const std::size_t country_begin = place.begin + (country.data() - text.data());
    partner.country = {country_begin, country_begin + country.size()};
    return {place.begin, trim_back(line_, place.begin, place.begin + in)};
}

bool ListLineReader::names_country(const LinePiece& piece) const {
    const normalize::HeaderParts parts = normalize::split_header(piece.in(line_));
    return parts.country && normalize::find_country_as_written(parts.country->text) && !parts.name.text.empty();
}

bool ListLineReader::tells_of_partnership_in(std::string_view place) {
    bool tells = false;
    words::for_each_word(place, [&](std::string_view word, std::size_t /*at*/) {
        const bool small = word.front() >= 'a' && word.front() <= 'z';
        const bool in_names =
            text::equal_ignoring_ascii_case(word, "twin") || text::equal_ignoring_ascii_case(word, "sister");
        tells = tells_of_partnership(word) && (small || !in_names);
        return !tells;
    });
    return tells;
}

bool ListLineReader::is_place(const LinePiece& piece, bool under_heading) const {
    const std::string_view place = piece.in(line_);
    if (place.empty() || !words::starts_as_name(place) || place.find(':') != std::string_view::npos ||
        words::count_words(place, place_words) > place_words ||
        words::count_small_words(place, small_place_words) > small_place_words || tells_of_partnership_in(place)) {
        return false;
    }
    if (names_country(piece)) {
        return true;
    }
    return under_heading && words::count_words(place, bare_name_words) <= bare_name_words &&
           std::ranges::none_of(place, is_digit);
}

}  // namespace twinning::parser
