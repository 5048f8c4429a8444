#include "twinning/normalize/header.hpp"

#include <utility>

#include "twinning/normalize/country.hpp"
#include "twinning/text/spaces.hpp"

namespace twinning::normalize {

namespace {

// `inner` trimmed, with its offset re-based on `outer`.
[[nodiscard]] Piece trimmed_piece(std::string_view outer, std::string_view inner) {
    const std::string_view trimmed = text::trim(inner);
    return {trimmed, static_cast<std::size_t>(trimmed.data() - outer.data())};
}

struct Dash {
    std::size_t at = 0;
    std::size_t length = 0;
};

// True when `before` ends in a space of any kind or a line break.
[[nodiscard]] bool ends_in_blank(std::string_view before) {
    const std::string_view trimmed = text::trim(before);
    return trimmed.data() + trimmed.size() != before.data() + before.size();
}

[[nodiscard]] std::optional<Dash> find_region_dash(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t dash = text::dash_length(text, i);
        if (dash == 0) {
            continue;
        }
        // Spaced as cleaning would leave it: any run of spaces and line
        // breaks on both sides, so `USA -\nOhio` splits as `USA - Ohio` does.
        const bool spaced = ends_in_blank(text.substr(0, i)) && text::blank_run_length(text, i + dash) != 0;
        if (dash > 1 || spaced) {
            return Dash{i, dash};
        }
    }
    return std::nullopt;
}

// `Tulln, Austria`, `Salem, Oregon, United States` or `Tulln - Austria`:
// a place whose last part, after a comma or a spaced dash, is a country.
// Anything else is a name alone.
[[nodiscard]] HeaderParts split_place_without_brackets(std::string_view header, std::string_view trimmed) {
    const HeaderParts name_only{trimmed_piece(header, trimmed), std::nullopt, std::nullopt};
    std::size_t cut = trimmed.rfind(',');
    std::size_t cut_length = 1;
    if (cut == std::string_view::npos) {
        const auto dash = find_region_dash(trimmed);
        if (!dash) {
            return name_only;
        }
        cut = dash->at;
        cut_length = dash->length;
    }
    const Piece country = trimmed_piece(header, trimmed.substr(cut + cut_length));
    if (country.text.empty() || !find_country_as_written(country.text)) {
        return name_only;
    }
    const std::string_view before = trimmed.substr(0, cut);
    const std::size_t name_end = before.find(',');
    HeaderParts parts{trimmed_piece(header, before.substr(0, name_end)), country, std::nullopt};
    if (name_end != std::string_view::npos) {
        const Piece region = trimmed_piece(header, before.substr(name_end + 1));
        if (!region.text.empty()) {
            parts.region = region;
        }
    }
    return parts.name.text.empty() ? name_only : parts;
}

// `Oregon, USA` or `USA, Texas`: a country and a region either side of a
// comma, the country whichever side names one (the last, when both do).
[[nodiscard]] std::optional<CountryParts> split_at_comma(Piece group) {
    const std::size_t comma = group.text.find(',');
    if (comma == std::string_view::npos || group.text.find(',', comma + 1) != std::string_view::npos) {
        return std::nullopt;
    }
    Piece first = trimmed_piece(group.text, group.text.substr(0, comma));
    Piece second = trimmed_piece(group.text, group.text.substr(comma + 1));
    first.offset += group.offset;
    second.offset += group.offset;
    if (first.text.empty() || second.text.empty()) {
        return std::nullopt;
    }
    if (find_country_as_written(second.text)) {
        return CountryParts{second, first};
    }
    if (find_country_as_written(first.text)) {
        return CountryParts{first, second};
    }
    return std::nullopt;
}

}  // namespace

HeaderParts split_header(std::string_view header) {
    std::string_view trimmed = text::trim(header);
    // `Tulln (Austria):` introduces the fields below it.
    if (trimmed.ends_with(':')) {
        trimmed = text::trim(trimmed.substr(0, trimmed.size() - 1));
    }
    const std::size_t open = trimmed.rfind('(');
    if (trimmed.empty() || trimmed.back() != ')' || open == std::string_view::npos || open == 0) {
        return split_place_without_brackets(header, trimmed);
    }
    HeaderParts parts{trimmed_piece(header, trimmed.substr(0, open)), std::nullopt, std::nullopt};
    const Piece group = trimmed_piece(header, trimmed.substr(open + 1, trimmed.size() - open - 2));
    if (group.text.empty()) {
        return parts;
    }
    const CountryParts country = split_country_region(group);
    parts.country = country.country;
    parts.region = country.region;
    // `Phoenix, Arizona (USA)`: the region after the name, as a place
    // without brackets writes it. A country there (`Győr, Hungary (HUN)`)
    // is no region.
    if (const std::size_t comma = parts.name.text.find(','); comma != std::string_view::npos && !parts.region) {
        const Piece region = trimmed_piece(header, parts.name.text.substr(comma + 1));
        const Piece name = trimmed_piece(header, parts.name.text.substr(0, comma));
        if (!region.text.empty() && !name.text.empty() && !find_country_as_written(region.text)) {
            parts.name = name;
            parts.region = region;
        }
    }
    return parts;
}

std::string canonical_header(std::string_view header) {
    const HeaderParts parts = split_header(header);
    std::string as_written = text::collapse_whitespace(header);
    if (!parts.country) {
        return as_written;
    }
    const auto collapsed = [](const std::optional<Piece>& piece) {
        return piece ? std::optional(text::collapse_whitespace(piece->text)) : std::nullopt;
    };
    const std::string name = text::collapse_whitespace(parts.name.text);
    const auto country = collapsed(parts.country);
    const auto region = collapsed(parts.region);
    std::string canonical = name + " (" + *country + (region ? " - " + *region : "") + ")";
    // A name or country with brackets or dashes of its own could cut
    // differently once respaced; such a header keeps its own layout.
    const HeaderParts again = split_header(canonical);
    if (text::collapse_whitespace(again.name.text) != name || collapsed(again.country) != country ||
        collapsed(again.region) != region) {
        return as_written;
    }
    return canonical;
}

CountryParts split_country_region(Piece group) {
    if (find_country(group.text)) {
        return {group, std::nullopt};
    }
    if (auto by_comma = split_at_comma(group)) {
        return *by_comma;
    }
    const auto dash = find_region_dash(group.text);
    if (!dash) {
        return {group, std::nullopt};
    }
    const std::string_view text = group.text;
    Piece country = trimmed_piece(text, text.substr(0, dash->at));
    Piece region = trimmed_piece(text, text.substr(dash->at + dash->length));
    country.offset += group.offset;
    region.offset += group.offset;
    if (country.text.empty() || region.text.empty()) {
        return {group, std::nullopt};
    }
    // `Pennsylvania - USA` names the region first.
    if (!find_country_as_written(country.text) && find_country_as_written(region.text)) {
        std::swap(country, region);
    }
    return {country, region};
}

}  // namespace twinning::normalize
