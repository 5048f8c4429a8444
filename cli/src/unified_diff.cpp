#include "unified_diff.hpp"

#include <fmt/format.h>

#include <dtl/dtl.hpp>
#include <vector>

namespace twinning::cli {

namespace {

// Lines with their line breaks, so a missing final break is a difference.
[[nodiscard]] std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::size_t length = end == std::string_view::npos ? text.size() : end + 1;
        lines.emplace_back(text.substr(0, length));
        text.remove_prefix(length);
    }
    return lines;
}

void append_line(std::string& out, char marker, const std::string& line) {
    out += marker;
    out += line;
    if (line.empty() || line.back() != '\n') {
        out += "\n\\ No newline at end of file\n";
    }
}

}  // namespace

std::string unified_diff(std::string_view name, std::string_view before, std::string_view after) {
    if (before == after) {
        return {};
    }
    dtl::Diff<std::string> diff(lines_of(before), lines_of(after));
    diff.compose();
    diff.composeUnifiedHunks();
    std::string out = fmt::format("--- a/{}\n+++ b/{}\n", name, name);
    for (const auto& hunk : diff.getUniHunks()) {
        out += fmt::format("@@ -{},{} +{},{} @@\n", hunk.a, hunk.b, hunk.c, hunk.d);
        for (const auto& [line, info] : hunk.common[0]) {
            append_line(out, ' ', line);
        }
        for (const auto& [line, info] : hunk.change) {
            append_line(out, info.type == dtl::SES_ADD ? '+' : info.type == dtl::SES_DELETE ? '-' : ' ', line);
        }
        for (const auto& [line, info] : hunk.common[1]) {
            append_line(out, ' ', line);
        }
    }
    return out;
}

}  // namespace twinning::cli
