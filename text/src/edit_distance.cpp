#include "twinning/text/edit_distance.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <span>
#include <vector>

namespace twinning::text {

namespace {

// The dynamic programme over three rows, which the transposition step
// needs; the rows are the caller's, so short strings need no allocation.
[[nodiscard]] int distance_in_rows(std::string_view a, std::string_view b, int limit, std::span<int> before,
                                   std::span<int> previous, std::span<int> current) {
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = static_cast<int>(j);
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        int row_best = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int substitution = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                best = std::min(best, before[j - 2] + 1);
            }
            current[j] = best;
            row_best = std::min(row_best, best);
        }
        if (row_best > limit) {
            return limit + 1;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], limit + 1);
}

}  // namespace

int bounded_edit_distance(std::string_view a, std::string_view b, int limit) {
    const auto length_gap = static_cast<int>(a.size()) - static_cast<int>(b.size());
    if (std::abs(length_gap) > limit) {
        return limit + 1;
    }
    constexpr std::size_t short_word = 64;
    if (b.size() < short_word) {
        std::array<int, short_word> before{};
        std::array<int, short_word> previous{};
        std::array<int, short_word> current{};
        return distance_in_rows(a, b, limit, before, previous, current);
    }
    std::vector<int> before(b.size() + 1);
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    return distance_in_rows(a, b, limit, before, previous, current);
}

LetterCounts count_letters(std::string_view word) {
    LetterCounts counts{};
    for (const char c : word) {
        ++counts.at(c >= 'a' && c <= 'z' ? static_cast<std::size_t>(c - 'a') : counts.size() - 1);
    }
    return counts;
}

bool counts_allow_distance(const LetterCounts& a, const LetterCounts& b, int limit) {
    int difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        difference += std::abs(static_cast<int>(a.at(i)) - static_cast<int>(b.at(i)));
    }
    return difference <= 2 * limit;
}

}  // namespace twinning::text
