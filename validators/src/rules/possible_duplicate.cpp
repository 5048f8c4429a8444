// possible-duplicate: see the documentation below, which `twinning rules possible-duplicate` prints.

#include <cstdlib>
#include <optional>

#include "../rules.hpp"
#include "twinning/text/hash.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::validators::rules {

const RuleDoc possible_duplicate_doc{
    .rule = Rule::possible_duplicate,
    .what =
        "Two city names in one country that differ by one letter (added, dropped, changed or swapped), such as "
        "`Katowice` and `Katovice`. Names shorter than four letters or longer than 64 are not compared.",
    .why =
        "A near-identical name is usually the same city typed twice. This is information: twin towns with near names "
        "exist.",
    .example = "Katowice (Poland)\n...\n\nKatovice (Poland)\n...",
    .instead = "Katowice (Poland)\n...",
};

namespace {

constexpr std::size_t shortest_name = 4;
// No city name is longer; past it the key per left-out letter would cost
// time and memory quadratic in the name.
constexpr std::size_t longest_name = 64;

using Letters = std::u32string;

[[nodiscard]] Letters letters_of(std::string_view text) {
    Letters letters;
    for (std::size_t i = 0; i < text.size();) {
        const auto code_point = text::decode(text, i);
        letters.push_back(code_point ? code_point->value : U'\uFFFD');
        i += code_point ? code_point->length : 1;
    }
    return letters;
}

// The hash of `country \x1f letters`, leaving out the letter at `skip`
// (none when it is past the end), streamed: no key is built.
[[nodiscard]] std::uint64_t key_hash(const std::string& country, const Letters& letters, std::size_t skip) {
    text::StableHash hash;
    hash.add(country).add("\x1f");
    for (std::size_t i = 0; i < letters.size(); ++i) {
        if (i != skip) {
            const char32_t letter = letters[i];
            hash.add({reinterpret_cast<const char*>(&letter), sizeof letter});  // NOLINT: bytes of a code point
        }
    }
    return hash.value();
}

// Two names filed under the same key are one edit apart when the key was
// made the same way from both: the same letter left out of one and not the
// other (a letter added), the same position in both (a letter changed), or
// the same letter at neighbouring positions (two letters swapped). Other
// pairs share a key but are two edits apart, as `Wismar` and `Weimar`.
[[nodiscard]] bool one_edit_apart(const CrossIndex::Seen& earlier, const CrossIndex::Seen& now) {
    constexpr auto none = CrossIndex::Seen::nothing_deleted;
    if ((earlier.deleted_at() == none) != (now.deleted_at() == none)) {
        return true;
    }
    if (earlier.deleted_at() == now.deleted_at()) {
        return true;
    }
    const int gap = std::abs(int{earlier.deleted_at()} - int{now.deleted_at()});
    return gap == 1 && earlier.deleted() == now.deleted();
}

}  // namespace

void check_possible_duplicate(const RecordContext& context, CrossIndex& index, Diagnostics& out) {
    const model::Record& record = context.record;
    if (!record.name) {
        return;
    }
    constexpr std::size_t longest_utf8 = 4;
    if (record.name->value.size() > longest_name * longest_utf8) {
        return;
    }
    const Letters name = letters_of(text::fold_key(record.name->value));
    if (name.size() < shortest_name || name.size() > longest_name) {
        return;
    }
    const std::string country = country_key(record);
    const std::uint64_t name_hash = key_hash(country, name, name.size());
    index.name_current(name_hash);
    std::optional<std::uint32_t> near;
    // The name itself, then with each letter left out in turn: names one
    // edit apart share one of these keys, so a lookup per key finds them
    // without comparing every pair.
    for (std::uint32_t i = 0; i <= name.size(); ++i) {
        const bool whole = i == name.size();
        CrossIndex::Seen facts;
        if (!whole) {
            facts.deletion = CrossIndex::Seen::pack(static_cast<std::uint8_t>(i), name[i]);
        }
        const CrossIndex::Seen* seen = index.remember(CrossIndex::Table::near_names, key_hash(country, name, i), facts);
        // The same name is duplicate-record's finding, not a near one.
        if (!near && seen != nullptr && index.place(seen->record).name != name_hash && one_edit_apart(*seen, facts)) {
            near = seen->record;
        }
    }
    if (!near) {
        return;
    }
    model::Diagnostic diagnostic =
        diagnose(Rule::possible_duplicate, context, record_anchor(context.raw),
                 fmt::format("{} is one letter away from a city listed before", who(record)));
    const CrossIndex::Place& place = index.place(*near);
    diagnostic.notes.push_back({"the near name is here", place.span, place.file});
    out.push_back(std::move(diagnostic));
}

}  // namespace twinning::validators::rules
