#include "unified_diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <dtl/dtl.hpp>
#include <vector>

namespace twinning::cli {

namespace {

// Lines with their line breaks, so a missing final break is a difference.
// Views: the texts are not copied line by line.
[[nodiscard]] std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::size_t length = end == std::string_view::npos ? text.size() : end + 1;
        lines.emplace_back(text.substr(0, length));
        text.remove_prefix(length);
    }
    return lines;
}

// One line of the edit script: kept (' '), removed ('-') or added ('+').
struct Step {
    char mark = ' ';
    std::string_view line;
};

using Lines = std::vector<std::string_view>;

// The edit script from before[b0, b1) to after[a0, a1), from dtl.
void append_steps(const Lines& before, const Lines& after, std::pair<std::size_t, std::size_t> from,
                  std::pair<std::size_t, std::size_t> to, std::vector<Step>& steps) {
    const auto b0 = static_cast<std::ptrdiff_t>(from.first);
    const auto b1 = static_cast<std::ptrdiff_t>(to.first);
    const auto a0 = static_cast<std::ptrdiff_t>(from.second);
    const auto a1 = static_cast<std::ptrdiff_t>(to.second);
    const Lines old_part(before.begin() + b0, before.begin() + b1);
    const Lines new_part(after.begin() + a0, after.begin() + a1);
    dtl::Diff<std::string_view> diff(old_part, new_part);
    diff.compose();
    for (const auto& [line, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_ADD) {
            steps.push_back({'+', after.at(static_cast<std::size_t>(a0 + info.afterIdx - 1))});
        } else {
            steps.push_back({info.type == dtl::SES_DELETE ? '-' : ' ',
                             before.at(static_cast<std::size_t>(b0 + info.beforeIdx - 1))});
        }
    }
}

// Within each run of changes, the removed lines before the added ones, as
// diff(1) shows them; dtl may interleave them.
void removals_first(std::vector<Step>& steps) {
    auto run = steps.begin();
    while (run != steps.end()) {
        run = std::find_if(run, steps.end(), [](const Step& step) { return step.mark != ' '; });
        const auto end = std::find_if(run, steps.end(), [](const Step& step) { return step.mark == ' '; });
        std::stable_partition(run, end, [](const Step& step) { return step.mark == '-'; });
        run = end;
    }
}

void append_line(std::string& out, char marker, std::string_view line) {
    out += marker;
    out += line;
    if (line.empty() || line.back() != '\n') {
        out += "\n\\ No newline at end of file\n";
    }
}

// The unified-diff header of steps[first, last): 1-based starts and counts;
// a side with no lines names the line before it.
[[nodiscard]] std::string hunk_header(const std::vector<Step>& steps, std::size_t first, std::size_t last,
                                      std::size_t before_start, std::size_t after_start) {
    std::size_t before_count = 0;
    std::size_t after_count = 0;
    for (std::size_t i = first; i < last; ++i) {
        before_count += steps[i].mark != '+' ? 1 : 0;
        after_count += steps[i].mark != '-' ? 1 : 0;
    }
    return fmt::format("@@ -{},{} +{},{} @@\n", before_count == 0 ? before_start : before_start + 1, before_count,
                       after_count == 0 ? after_start : after_start + 1, after_count);
}

constexpr std::size_t context = 3;

}  // namespace

std::string unified_diff(std::string_view name, std::string_view before, std::string_view after, AlignedLines aligned) {
    if (before == after) {
        return {};
    }
    const Lines old_lines = lines_of(before);
    const Lines new_lines = lines_of(after);
    std::vector<Step> steps;
    std::pair<std::size_t, std::size_t> from{0, 0};
    for (const auto& anchor : aligned) {
        if (anchor.first >= from.first && anchor.second >= from.second && anchor.first <= old_lines.size() &&
            anchor.second <= new_lines.size()) {
            append_steps(old_lines, new_lines, from, anchor, steps);
            from = anchor;
        }
    }
    append_steps(old_lines, new_lines, from, {old_lines.size(), new_lines.size()}, steps);
    removals_first(steps);

    std::string out = fmt::format("--- a/{}\n+++ b/{}\n", name, name);
    std::size_t before_line = 0;  // lines of each side before steps[i]
    std::size_t after_line = 0;
    for (std::size_t i = 0; i < steps.size();) {
        const auto change = std::find_if(steps.begin() + static_cast<std::ptrdiff_t>(i), steps.end(),
                                         [](const Step& step) { return step.mark != ' '; });
        if (change == steps.end()) {
            break;
        }
        const auto first_change = static_cast<std::size_t>(change - steps.begin());
        const std::size_t first = std::max(i, first_change >= context ? first_change - context : 0);
        // Changes closer than twice the context share one hunk.
        std::size_t last_change = first_change;
        for (std::size_t j = first_change + 1; j < steps.size() && j <= last_change + 2 * context + 1; ++j) {
            if (steps[j].mark != ' ') {
                last_change = j;
            }
        }
        const std::size_t last = std::min(steps.size(), last_change + context + 1);
        // Steps before `first` are kept lines, on both sides.
        before_line += first - i;
        after_line += first - i;
        out += hunk_header(steps, first, last, before_line, after_line);
        for (std::size_t k = first; k < last; ++k) {
            append_line(out, steps[k].mark, steps[k].line);
            before_line += steps[k].mark != '+' ? 1 : 0;
            after_line += steps[k].mark != '-' ? 1 : 0;
        }
        i = last;
    }
    return out;
}

}  // namespace twinning::cli
