// The twinning command line: `parse` and `check`.

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <optional>

#include "commands.hpp"
#include "twinning/version.hpp"

namespace {

using twinning::cli::exit_failure;

// `YYYY-MM-DD`, on the calendar.
[[nodiscard]] std::optional<std::chrono::year_month_day> parse_iso_date(const std::string& text) {
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    char tail = 0;
    // NOLINTNEXTLINE(cert-err34-c): the result is checked through the count and ok().
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    return date.ok() ? std::optional(date) : std::nullopt;
}

[[nodiscard]] std::chrono::year_month_day today() {
    return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

// Options both commands take, as the command line spells them.
struct CommonFlags {
    std::vector<std::string> files;
    std::string diagnostics = "human";
    std::string reference_date;
    std::string date_order = "dmy";

    void add_to(CLI::App& command) {
        command.add_option("files", files, "Listings to read; - for standard input")->required();
        command.add_option("--diagnostics", diagnostics, "How to write diagnostics: human or json")
            ->check(CLI::IsMember({"human", "json"}))
            ->capture_default_str();
        command.add_option("--reference-date", reference_date, "The date taken as today, YYYY-MM-DD");
        command.add_option("--date-order", date_order, "How to read slash dates such as 3/4/2012: dmy or mdy")
            ->check(CLI::IsMember({"dmy", "mdy"}))
            ->capture_default_str();
    }

    // Throws CLI::ValidationError for a bad date, like any other bad option.
    [[nodiscard]] twinning::cli::RunOptions resolve() const {
        twinning::cli::RunOptions run;
        run.files = files;
        run.diagnostics = *twinning::emit::diagnostics_format_by_name(diagnostics);
        run.pipeline.normalize.date_order =
            date_order == "mdy" ? twinning::normalize::DateOrder::mdy : twinning::normalize::DateOrder::dmy;
        run.pipeline.reference_date = today();
        if (!reference_date.empty()) {
            const auto date = parse_iso_date(reference_date);
            if (!date) {
                throw CLI::ValidationError("--reference-date", "expected a date as YYYY-MM-DD, got " + reference_date);
            }
            run.pipeline.reference_date = *date;
        }
        return run;
    }
};

// The whole command: options, then the chosen subcommand.
int run(int argc, char** argv) {
    CLI::App app{"twinning: parse, check and clean partner-city listings", "twinning"};
    app.set_version_flag("--version", std::string("twinning ") + std::string(twinning::version));
    app.require_subcommand(1);

    CommonFlags parse_flags;
    std::string format = "json";
    std::string output;
    CLI::App* parse = app.add_subcommand("parse", "Write the records as JSON, JSON Lines or CSV");
    parse_flags.add_to(*parse);
    parse->add_option("--format", format, "Record format: json, jsonl or csv")
        ->check(CLI::IsMember({"json", "jsonl", "csv"}))
        ->capture_default_str();
    parse->add_option("-o,--output", output, "Write records to this file, atomically, instead of stdout");

    CommonFlags check_flags;
    CLI::App* check = app.add_subcommand("check", "Report every problem in the listings");
    check_flags.add_to(*check);

    try {
        app.parse(argc, argv);
        if (parse->parsed()) {
            twinning::cli::ParseOptions options{parse_flags.resolve(), *twinning::emit::record_format_by_name(format),
                                                output};
            return twinning::cli::run_parse(options);
        }
        return twinning::cli::run_check(check_flags.resolve());
    } catch (const CLI::CallForHelp&) {
        return app.exit(CLI::CallForHelp());
    } catch (const CLI::CallForVersion& version) {
        return app.exit(version);
    } catch (const CLI::ParseError& error) {
        // One line and exit 2 for every usage mistake.
        fmt::print(std::cerr, "twinning: {}\n", error.what());
        return exit_failure;
    }
}

}  // namespace

int main(int argc, char** argv) {
    // Nothing escapes as a crash: an unexpected failure is one line and exit 2.
    try {
        return run(argc, argv);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "twinning: internal error: %s\n", error.what());
    } catch (...) {
        std::fputs("twinning: internal error\n", stderr);
    }
    return exit_failure;
}
