#include "twinning/normalize/gazetteer.hpp"

#include <algorithm>

#include "place_tables.hpp"
#include "twinning/text/hash.hpp"

namespace twinning::normalize {

std::span<const Place> gazetteer() { return places::table; }

std::span<const Place> places_named(std::string_view folded) {
    const std::span<const std::uint32_t> slots = places::name_slots;
    const std::size_t mask = slots.size() - 1;
    for (std::size_t slot = text::stable_hash(folded) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
        const std::size_t first = slots[slot] - 1;
        if (places::table[first].folded != folded) {
            continue;
        }
        std::size_t end = first + 1;
        while (end < places::table.size() && places::table[end].folded == folded) {
            ++end;
        }
        return places::table.subspan(first, end - first);
    }
    return {};
}

std::span<const Place> places_in(std::string_view folded, std::string_view country_code) {
    const std::span<const Place> named = places_named(folded);
    // std::equal_range, as clang 14 (the fuzz build) cannot compile the
    // ranges one with GCC 12's library.
    struct ByCountry {
        bool operator()(const Place& place, std::string_view code) const { return place.country_code < code; }
        bool operator()(std::string_view code, const Place& place) const { return code < place.country_code; }
    };
    const auto [first, last] = std::equal_range(named.begin(), named.end(), country_code, ByCountry{});
    return {first, last};
}

}  // namespace twinning::normalize
