// The twinning command line: `parse`, `check`, `fmt` and `rules`.

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <span>

#include "command_line.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "twinning/text/edit_distance.hpp"
#include "twinning/text/unicode.hpp"
#include "twinning/version.hpp"

namespace {

using twinning::cli::CommandLine;
using twinning::cli::exit_failure;
using twinning::cli::UsageError;

// The subcommand nearest to a mistyped one, when one is near enough to be
// what was meant.
[[nodiscard]] std::optional<std::string> nearest_command(std::string_view typed, const CLI::App& app) {
    constexpr int most_edits = 2;
    std::optional<std::string> nearest;
    int best = most_edits + 1;
    for (const CLI::App* command : app.get_subcommands({})) {
        const int distance = twinning::text::bounded_edit_distance(typed, command->get_name(), most_edits);
        if (distance < best) {
            best = distance;
            nearest = command->get_name();
        }
    }
    return nearest;
}

// A first word that is no subcommand, said plainly, with the one meant.
void check_command_name(int argc, char** argv, const CLI::App& app) {
    const std::span<char*> arguments(argv, static_cast<std::size_t>(argc));
    if (arguments.size() < 2 || arguments[1][0] == '-') {
        return;
    }
    const std::string_view typed = arguments[1];
    for (const CLI::App* command : app.get_subcommands({})) {
        if (command->get_name() == typed) {
            return;
        }
    }
    const auto nearest = nearest_command(typed, app);
    throw UsageError{nearest
                         ? fmt::format("unknown command `{}`; did you mean `{}`?", typed, *nearest)
                         : fmt::format("unknown command `{}`; the commands are parse, check, fmt and rules", typed)};
}

// The whole command: options, then the chosen subcommand.
int run(int argc, char** argv) {
    CLI::App app{"twinning: parse, check and clean partner-city listings", "twinning"};
    app.set_version_flag("-V,--version", std::string("twinning ") + std::string(twinning::version));
    app.require_subcommand(1);

    CommandLine parse_flags;
    std::string format = "json";
    std::string output;
    CLI::App* parse = app.add_subcommand("parse", "Write the records as JSON, JSON Lines or CSV");
    parse_flags.add_to(*parse);
    parse->add_option("--format", format, "Record format: json, jsonl or csv")
        ->check(CLI::IsMember({"json", "jsonl", "csv"}))
        ->capture_default_str();
    parse->add_option("-o,--output", output, "Write records to this file, atomically, instead of stdout");
    bool csv_safe = false;
    parse->add_flag("--csv-safe", csv_safe, "Prefix CSV cells that start like a formula (= + - @) with '");

    CommandLine check_flags;
    CLI::App* check = app.add_subcommand("check", "Report every problem in the listings");
    check_flags.add_to(*check);
    bool fix = false;
    bool unsafe_fixes = false;
    CLI::Option* fix_flag =
        check->add_flag("--fix", fix, "Apply the safe fixes to the files, then report what is left");
    check->add_flag("--unsafe-fixes", unsafe_fixes, "With --fix, apply the unsafe fixes too")->needs(fix_flag);

    twinning::cli::FmtOptions format_options;
    CLI::App* format_command = app.add_subcommand("fmt", "Write listings back in one canonical layout");
    format_command->add_option("files", format_options.files, "Listings to format; - for standard input")->required();
    CLI::Option* in_place =
        format_command->add_flag("--in-place", format_options.in_place, "Rewrite each file that would change");
    in_place->excludes(
        format_command->add_flag("--check", format_options.check, "Change nothing; exit 1 when a file would change"));
    in_place->excludes(
        format_command->add_flag("--diff", format_options.diff, "Print the changes as a unified diff, not the text"));

    std::string rule_name;
    bool markdown = false;
    CLI::App* rules = app.add_subcommand("rules", "List the rules, or show one rule's documentation");
    rules->add_option("name", rule_name, "A rule name or code");
    rules->add_flag("--markdown", markdown, "Print every rule's documentation as Markdown (docs/rules.md)");

    try {
        check_command_name(argc, argv, app);
        app.parse(argc, argv);
        if (rules->parsed()) {
            return twinning::cli::run_rules(rule_name, markdown);
        }
        if (format_command->parsed()) {
            return twinning::cli::run_fmt(format_options);
        }
        for (const auto& [command, flags] : {std::pair{parse, &parse_flags}, std::pair{check, &check_flags}}) {
            if (command->parsed() && flags->show_settings) {
                std::cout << flags->shown_settings();
                return twinning::cli::exit_clean;
            }
        }
        if (parse->parsed()) {
            const twinning::cli::ParseOptions options{parse_flags.resolve(),
                                                      *twinning::emit::record_format_by_name(format), output, csv_safe};
            return twinning::cli::run_parse(options);
        }
        twinning::cli::RunOptions check_options = check_flags.resolve();
        check_options.fix = fix;
        check_options.unsafe_fixes = unsafe_fixes;
        return twinning::cli::run_check(check_options);
    } catch (const CLI::CallForHelp&) {
        return app.exit(CLI::CallForHelp());
    } catch (const CLI::CallForVersion& version) {
        return app.exit(version);
    } catch (const CLI::ParseError& error) {
        // One line and exit 2 for every usage mistake.
        fmt::print(std::cerr, "twinning: {}\n", twinning::text::escape_controls(error.what()));
        return exit_failure;
    } catch (const UsageError& error) {
        fmt::print(std::cerr, "twinning: {}\n", twinning::text::escape_controls(error.message));
        return exit_failure;
    }
}

}  // namespace

int main(int argc, char** argv) {
    twinning::cli::clean_up_on_signals();
    twinning::cli::route_standard_output();
    // Nothing escapes as a crash: an unexpected failure is one line and exit 2.
    int code = exit_failure;
    try {
        code = run(argc, argv);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "twinning: internal error: %s\n", error.what());
    } catch (...) {
        std::fputs("twinning: internal error\n", stderr);
    }
    // Every command may write to standard output, and what it wrote is
    // flushed on every path; a write that failed there fails the run,
    // however well the rest went.
    if (const auto failure = twinning::cli::finish_standard_output()) {
        std::fprintf(stderr, "twinning: %s\n", failure->c_str());
        return exit_failure;
    }
    return code;
}
