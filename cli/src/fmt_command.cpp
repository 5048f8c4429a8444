#include <fmt/format.h>
#include <fmt/ostream.h>

#include <iostream>

#include "atomic_output.hpp"
#include "commands.hpp"
#include "source_file.hpp"
#include "twinning/format.hpp"
#include "unified_diff.hpp"

namespace twinning::cli {

namespace {

void print_message(const std::string& message) { fmt::print(std::cerr, "twinning: {}\n", message); }

[[nodiscard]] bool rewrite(const SourceFile& file, const std::string& text) {
    AtomicOutput output(file.name);
    if (output.is_open()) {
        output.stream() << text;
        if (output.commit()) {
            return true;
        }
    }
    print_message(output.error());
    return false;
}

}  // namespace

int run_fmt(const FmtOptions& options) {
    bool failed = false;
    bool would_change = false;
    for (const std::string& path : options.files) {
        auto source = read_source(path);
        if (const auto* failure = std::get_if<ReadError>(&source)) {
            print_message(failure->message);
            failed = true;
            continue;
        }
        const auto& file = std::get<SourceFile>(source);
        const std::string formatted = format_listing(file.text);
        // The layout must never change a value; if it would, that is a bug
        // in twinning, and the file is better left alone than rewritten.
        if (!same_records(file.text, formatted, Options{})) {
            print_message(
                fmt::format("{}: the canonical layout would change a record, so the file is left as it "
                            "is; please report this",
                            file.name));
            failed = true;
            continue;
        }
        const bool changed = formatted != file.text;
        if (options.diff) {
            std::cout << unified_diff(file.name, file.text, formatted);
        }
        if (options.check) {
            if (changed) {
                would_change = true;
                print_message(fmt::format("{} would be reformatted", file.name));
            }
        } else if (options.in_place) {
            if (path == "-") {
                print_message("--in-place needs files, not standard input");
                failed = true;
            } else if (changed) {
                failed = !rewrite(file, formatted) || failed;
            }
        } else if (!options.diff) {
            std::cout << formatted;
        }
    }
    std::cout.flush();
    if (failed) {
        return exit_failure;
    }
    return would_change ? exit_findings : exit_clean;
}

}  // namespace twinning::cli
