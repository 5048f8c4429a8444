#include "twinning/normalize/country.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "iso_tables.hpp"
#include "twinning/normalize/place_key.hpp"
#include "twinning/text/edit_distance.hpp"

namespace twinning::normalize {

namespace {

// Names in common use that ISO 3166-1 lists under another name. Only true
// aliases belong here: everything ISO spells itself is found in its tables.
constexpr std::array<iso::Key, 14> aliases{{
    // clang-format off
    {"america",                   "US"},
    {"britain",                   "GB"},
    {"burma",                     "MM"},
    {"cape verde",                "CV"},
    {"great britain",             "GB"},
    {"holland",                   "NL"},
    {"ivory coast",               "CI"},
    {"macedonia",                 "MK"},
    {"palestine",                 "PS"},
    {"russia",                    "RU"},
    {"swaziland",                 "SZ"},
    {"the netherlands",           "NL"},
    {"turkey",                    "TR"},
    {"uk",                        "GB"},
    // clang-format on
}};

template <typename Row>
[[nodiscard]] const Row* find_key(std::span<const Row> rows, std::string_view key) {
    const auto found = std::ranges::lower_bound(rows, key, {}, &Row::key);
    return found != rows.end() && found->key == key ? &*found : nullptr;
}

}  // namespace

std::optional<CountryRef> country_by_alpha2(std::string_view alpha2) {
    const auto found = std::ranges::lower_bound(iso::countries, alpha2, {}, &iso::Country::alpha2);
    if (found == iso::countries.end() || found->alpha2 != alpha2) {
        return std::nullopt;
    }
    return CountryRef{found->alpha2, found->name, false};
}

std::optional<CountryRef> find_country(std::string_view written) {
    const std::string key = place_key(written);
    if (const iso::Key* row = find_key(iso::country_keys, key)) {
        return country_by_alpha2(row->alpha2);
    }
    static_assert(std::ranges::is_sorted(aliases, {}, &iso::Key::key), "aliases must stay sorted");
    if (const iso::Key* row = find_key(std::span<const iso::Key>(aliases), key)) {
        auto country = country_by_alpha2(row->alpha2);
        if (country) {
            country->via_alias = true;
        }
        return country;
    }
    return std::nullopt;
}

std::optional<SubdivisionRef> find_subdivision(std::string_view alpha2, std::string_view written) {
    const std::string key = std::string(alpha2) + ":" + place_key(written);
    if (const iso::Subdivision* row = find_key(iso::subdivisions, key)) {
        return SubdivisionRef{row->code, row->name};
    }
    return std::nullopt;
}

std::optional<std::string_view> closest_country_name(std::string_view written) {
    const std::string key = place_key(written);
    // Two edits are a typo; more is another word.
    constexpr int limit = 2;
    int best_distance = limit + 1;
    std::optional<std::string_view> best;
    // No name far longer than every country's is two edits from one; a
    // megabyte-long header is not even counted.
    static const std::size_t longest =
        std::ranges::max(iso::country_keys, {}, [](const iso::Key& row) { return row.key.size(); }).key.size();
    if (key.size() > longest + limit) {
        return best;
    }
    static const auto row_counts = [] {
        std::vector<text::LetterCounts> counts;
        counts.reserve(iso::country_keys.size());
        for (const iso::Key& row : iso::country_keys) {
            counts.push_back(text::count_letters(row.key));
        }
        return counts;
    }();
    const text::LetterCounts counts = text::count_letters(key);
    for (std::size_t i = 0; i < row_counts.size(); ++i) {
        const iso::Key& row = iso::country_keys[i];
        if (!text::counts_allow_distance(counts, row_counts.at(i), limit)) {
            continue;
        }
        const int distance = text::bounded_edit_distance(key, row.key, limit);
        if (distance < best_distance) {
            best_distance = distance;
            best = country_by_alpha2(row.alpha2)->name;
        }
    }
    return best;
}

}  // namespace twinning::normalize
