#include <fmt/format.h>
#include <fmt/ostream.h>

#include <iostream>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "output.hpp"
#include "source_file.hpp"
#include "twinning/format.hpp"
#include "twinning/text/unicode.hpp"
#include "unified_diff.hpp"

namespace twinning::cli {

namespace {

// One line on stderr; the message names files, which may hold anything.
void print_message(const std::string& message) {
    fmt::print(std::cerr, "twinning: {}\n", text::escape_controls(message));
}

enum class Outcome { unchanged, changed, failed };

// Writes the formatted text where the options say: stdout, a diff, or the
// file itself; with --check, nowhere.
[[nodiscard]] Outcome deliver(const std::string& path, const SourceFile& file,
                              const FormattedListing& formatted_listing, const FmtOptions& options) {
    const std::string& formatted = formatted_listing.text;
    const bool changed = formatted != file.text;
    if (options.diff) {
        std::vector<std::pair<std::size_t, std::size_t>> aligned;
        aligned.reserve(formatted_listing.anchors.size());
        for (const LineAnchor& anchor : formatted_listing.anchors) {
            aligned.emplace_back(anchor.input_line, anchor.output_line);
        }
        std::cout << unified_diff(file.name, file.text, formatted, aligned);
    }
    if (options.check) {
        if (changed) {
            print_message(fmt::format("{} would be reformatted", file.name));
        }
    } else if (options.in_place) {
        if (path == "-") {
            print_message("--in-place needs files, not standard input");
            return Outcome::failed;
        }
        if (changed) {
            if (const auto error = replace_file(path, formatted)) {
                print_message(*error);
                return Outcome::failed;
            }
        }
    } else if (!options.diff) {
        std::cout << formatted;
    }
    return changed ? Outcome::changed : Outcome::unchanged;
}

[[nodiscard]] Outcome format_file(const std::string& path, const FmtOptions& options) {
    auto source = read_source(path);
    if (const auto* failure = std::get_if<ReadError>(&source)) {
        print_message(failure->message);
        return Outcome::failed;
    }
    const auto& file = std::get<SourceFile>(source);
    const FormattedListing formatted = format_listing_anchored(file.text);
    // The layout must never change a value; if it would, that is a bug in
    // twinning, and the file is better left alone than rewritten.
    if (!same_records(file.text, formatted.text, Options{})) {
        print_message(fmt::format(
            "{}: the canonical layout would change a record, so the file is left as it is; please report this",
            file.name));
        return Outcome::failed;
    }
    return deliver(path, file, formatted, options);
}

}  // namespace

int run_fmt(const FmtOptions& options) {
    bool failed = false;
    bool changed = false;
    for (const std::string& path : options.files) {
        const Outcome outcome = format_file(path, options);
        failed = failed || outcome == Outcome::failed;
        changed = changed || outcome == Outcome::changed;
    }
    std::cout.flush();
    if (failed) {
        return exit_failure;
    }
    // --check and --diff both answer "would anything change?", as CI asks.
    return (options.check || options.diff) && changed ? exit_findings : exit_clean;
}

}  // namespace twinning::cli
