#include "twinning/fixes.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "twinning/text/spaces.hpp"

namespace twinning {

namespace {

struct PlacedEdit {
    std::size_t begin = 0;
    std::size_t end = 0;
    const std::string* replacement = nullptr;

    // By place; an insertion comes before a replacement that starts where
    // it stands.
    friend bool operator<(const PlacedEdit& a, const PlacedEdit& b) {
        return std::pair(a.begin, a.end) < std::pair(b.begin, b.end);
    }
};

// Two edits clash when their ranges overlap, or when both insert at the
// same place, where their order would be a guess.
[[nodiscard]] bool clash(const PlacedEdit& a, const PlacedEdit& b) {
    if (a.begin == a.end && b.begin == b.end) {
        return a.begin == b.begin;
    }
    return a.begin < b.end && b.begin < a.end;
}

[[nodiscard]] bool admitted(const model::Diagnostic& diagnostic, FixSafety safety) {
    return diagnostic.fix && !diagnostic.fix->edits.empty() &&
           (diagnostic.fix->safe || safety == FixSafety::also_unsafe);
}

// A bound on rounds: each round fixes at least one finding, and a fix that
// produced a finding with a fix of its own again and again would loop.
constexpr int max_rounds = 10;

}  // namespace

FixOutcome apply_fixes(std::string_view text, const std::vector<model::Diagnostic>& diagnostics, FixSafety safety) {
    FixOutcome outcome;
    // Ordered by place, so a new edit is checked against its neighbours
    // only: a file with many fixes costs n log n, not n squared.
    std::set<PlacedEdit> taken;
    const auto clashes_with_taken = [&](const PlacedEdit& edit) {
        auto near = taken.lower_bound(PlacedEdit{edit.begin, edit.begin, nullptr});
        if (near != taken.begin()) {
            --near;
        }
        for (; near != taken.end() && near->begin <= edit.end; ++near) {
            if (clash(edit, *near)) {
                return true;
            }
        }
        return false;
    };
    for (const model::Diagnostic& diagnostic : diagnostics) {
        if (!admitted(diagnostic, safety)) {
            continue;
        }
        std::vector<PlacedEdit> edits;
        for (const model::Edit& edit : diagnostic.fix->edits) {
            edits.push_back({edit.span.begin.offset, edit.span.end.offset, &edit.replacement});
        }
        const bool fits = std::ranges::none_of(edits, [&](const PlacedEdit& edit) {
            return edit.end > text.size() || edit.begin > edit.end || clashes_with_taken(edit);
        });
        if (fits) {
            taken.insert(edits.begin(), edits.end());
            outcome.applied.push_back(diagnostic);
        }
    }
    const std::string_view line_break = text::line_break_of(text);
    std::size_t at = 0;
    for (const PlacedEdit& edit : taken) {
        outcome.text.append(text.substr(at, edit.begin - at));
        // Fixes write `\n`; a CRLF file gets CRLF, so a fix never mixes the two.
        outcome.text += text::with_line_breaks(*edit.replacement, line_break);
        at = edit.end;
    }
    outcome.text.append(text.substr(at));
    return outcome;
}

FixOutcome fix_listing(std::string_view text, const model::Sources& sources, model::FileId file, const Options& options,
                       FixSafety safety) {
    FixOutcome outcome{std::string(text), {}};
    Options every_finding = options;
    every_finding.max_per_rule = 0;  // a fix hidden by the limit is still a fix
    for (int round = 0; round < max_rounds; ++round) {
        const ListingReport report =
            process_listing(outcome.text, sources, file, every_finding, [](const model::Record&) {});
        FixOutcome fixed = apply_fixes(outcome.text, report.diagnostics, safety);
        if (fixed.applied.empty()) {
            break;
        }
        outcome.text = std::move(fixed.text);
        outcome.applied.insert(outcome.applied.end(), fixed.applied.begin(), fixed.applied.end());
    }
    return outcome;
}

}  // namespace twinning
