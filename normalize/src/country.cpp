#include "twinning/normalize/country.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "iso_tables.hpp"
#include "twinning/normalize/place_key.hpp"
#include "twinning/text/edit_distance.hpp"

namespace twinning::normalize {

namespace {

// A name in common use that neither ISO 3166-1 nor iso-codes' translations
// give. `subdivision` is the ISO 3166-2 code of the part of the country the
// name stands for, as England is a part of the United Kingdom.
struct Alias {
    std::string_view key;
    std::string_view alpha2;
    std::string_view subdivision;
};

// Only true aliases belong here: everything ISO or its translations spell
// is found in the generated tables. `russia` is also the Italian name; it
// stays because it is the English one.
constexpr auto aliases = std::to_array<Alias>({
    // clang-format off
    {"america",                   "US", ""},
    {"britain",                   "GB", ""},
    {"burma",                     "MM", ""},
    {"cape verde",                "CV", ""},
    {"england",                   "GB", "GB-ENG"},
    {"great britain",             "GB", ""},
    {"holland",                   "NL", ""},
    {"holy see",                  "VA", ""},
    {"ivory coast",               "CI", ""},
    {"macedonia",                 "MK", ""},
    {"northern ireland",          "GB", "GB-NIR"},
    {"palestine",                 "PS", ""},
    {"russia",                    "RU", ""},
    {"scotland",                  "GB", "GB-SCT"},
    {"swaziland",                 "SZ", ""},
    {"the netherlands",           "NL", ""},
    {"turkey",                    "TR", ""},
    {"uk",                        "GB", ""},
    {"vatican",                   "VA", ""},
    {"vatican city",              "VA", ""},
    {"wales",                     "GB", "GB-WLS"},
    // clang-format on
});

static_assert(std::ranges::is_sorted(aliases, {}, &Alias::key), "aliases must stay sorted");

template <typename Row>
[[nodiscard]] const Row* find_key(std::span<const Row> rows, std::string_view key) {
    const auto found = std::ranges::lower_bound(rows, key, {}, &Row::key);
    return found != rows.end() && found->key == key ? &*found : nullptr;
}

// ISO gives some regions a second name in brackets, `Wales [Cymru GB-CYM]`;
// a country's part is named without it.
[[nodiscard]] std::string_view without_bracketed_name(std::string_view name) {
    const std::size_t bracket = name.find(" [");
    return bracket == std::string_view::npos ? name : name.substr(0, bracket);
}

[[nodiscard]] std::optional<SubdivisionRef> subdivision_by_code(std::string_view code) {
    auto subdivision = find_subdivision(code.substr(0, 2), code.substr(3));
    if (!subdivision || subdivision->code != code) {
        return std::nullopt;
    }
    subdivision->name = without_bracketed_name(subdivision->name);
    return subdivision;
}

[[nodiscard]] std::optional<CountryRef> country_of_alias(const Alias& alias) {
    auto country = country_by_alpha2(alias.alpha2);
    if (!country) {
        return country;
    }
    country->via_alias = true;
    if (alias.subdivision.empty()) {
        return country;
    }
    if (const auto part = subdivision_by_code(alias.subdivision)) {
        country->subdivision_code = part->code;
        country->subdivision_name = part->name;
    }
    return country;
}

// A key as ISO, its translations or the alias table write it.
[[nodiscard]] std::optional<CountryRef> find_country_by_key(std::string_view key) {
    if (const iso::Key* row = find_key(iso::country_keys, key)) {
        auto country = country_by_alpha2(row->alpha2);
        if (country) {
            // A translation is a name ISO 3166 does not use, as an alias is.
            country->via_alias = row->origin == iso::KeyOrigin::translation;
        }
        return country;
    }
    if (const Alias* row = find_key(std::span<const Alias>(aliases), key)) {
        return country_of_alias(*row);
    }
    // `the Netherlands`, `The Gambia`: prose and lists write the article.
    constexpr std::string_view article = "the ";
    if (key.starts_with(article)) {
        return find_country_by_key(key.substr(article.size()));
    }
    return std::nullopt;
}

// A key a typo may be taken to mean, with its letters counted once.
struct TypoTarget {
    std::string_view key;
    text::LetterCounts counts;
};

// ISO's English names and the aliases. Codes are too short to tell a typo
// from another code, and a translation's near miss is as likely a word of
// another language.
[[nodiscard]] const std::vector<TypoTarget>& typo_targets() {
    static const auto targets = [] {
        std::vector<TypoTarget> out;
        for (const iso::Key& row : iso::country_keys) {
            if (row.origin == iso::KeyOrigin::name) {
                out.push_back({row.key, text::count_letters(row.key)});
            }
        }
        for (const Alias& alias : aliases) {
            out.push_back({alias.key, text::count_letters(alias.key)});
        }
        return out;
    }();
    return targets;
}

// Edits allowed between a key and a target; never more than `most_edits`.
using EditBudget = int (*)(std::string_view target);
constexpr int most_edits = 2;

// As parser/src/label_table.cpp budgets label typos: a short name one edit
// off is as likely another word.
[[nodiscard]] int typo_budget(std::string_view target) {
    if (target.size() <= 4) {
        return 0;
    }
    return target.size() <= 8 ? 1 : most_edits;
}

// Two edits are close enough to suggest, not to decide.
[[nodiscard]] int suggestion_budget(std::string_view /*target*/) { return most_edits; }

// The target nearest `key` within its budget; the first of the nearest.
[[nodiscard]] std::optional<std::string_view> nearest_target(std::string_view key, EditBudget budget) {
    const std::vector<TypoTarget>& targets = typo_targets();
    // No name far longer than every target is near one; a megabyte-long
    // header is not even counted.
    static const std::size_t longest =
        std::ranges::max(targets, {}, [](const TypoTarget& target) { return target.key.size(); }).key.size();
    if (key.size() > longest + most_edits) {
        return std::nullopt;
    }
    const text::LetterCounts counts = text::count_letters(key);
    std::optional<std::string_view> best;
    int best_distance = most_edits + 1;
    for (const TypoTarget& target : targets) {
        const int allowed = budget(target.key);
        if (allowed == 0 || !text::counts_allow_distance(counts, target.counts, allowed)) {
            continue;
        }
        const int distance = text::bounded_edit_distance(key, target.key, allowed);
        if (distance <= allowed && distance < best_distance) {
            best_distance = distance;
            best = target.key;
        }
    }
    return best;
}

}  // namespace

std::optional<CountryRef> country_by_alpha2(std::string_view alpha2) {
    const auto found = std::ranges::lower_bound(iso::countries, alpha2, {}, &iso::Country::alpha2);
    if (found == iso::countries.end() || found->alpha2 != alpha2) {
        return std::nullopt;
    }
    return CountryRef{found->alpha2, found->name, false, false, {}, {}};
}

std::optional<CountryRef> find_country_as_written(std::string_view written) {
    return find_country_by_key(place_key(written));
}

std::optional<CountryRef> find_country(std::string_view written) {
    const std::string key = place_key(written);
    if (auto country = find_country_by_key(key)) {
        return country;
    }
    const auto meant = nearest_target(key, typo_budget);
    if (!meant) {
        return std::nullopt;
    }
    auto country = find_country_by_key(*meant);
    if (country) {
        country->via_typo = true;
    }
    return country;
}

std::optional<SubdivisionRef> find_subdivision(std::string_view alpha2, std::string_view written) {
    const std::string key = std::string(alpha2) + ":" + place_key(written);
    if (const iso::Subdivision* row = find_key(iso::subdivisions, key)) {
        return SubdivisionRef{row->code, row->name};
    }
    return std::nullopt;
}

std::optional<std::string_view> closest_country_name(std::string_view written) {
    const auto meant = nearest_target(place_key(written), suggestion_budget);
    if (!meant) {
        return std::nullopt;
    }
    return find_country_by_key(*meant)->name;
}

}  // namespace twinning::normalize
