#pragma once

#include <optional>
#include <string>
#include <vector>

#include "twinning/emit/diagnostics.hpp"
#include "twinning/emit/record_writer.hpp"
#include "twinning/twinning.hpp"

namespace twinning::cli {

// Exit codes shared by every command.
enum ExitCode : int { exit_clean = 0, exit_findings = 1, exit_failure = 2 };

// What `parse` and `check` share, resolved from the config file and the
// command line.
struct RunOptions {
    std::vector<std::string> files;
    Options pipeline;
    emit::DiagnosticsFormat diagnostics = emit::DiagnosticsFormat::human;
    bool strict = false;              // warnings fail the run
    std::optional<int> max_warnings;  // more warnings than this fail the run
    std::string baseline;             // report only findings not in this baseline
    std::string write_baseline;       // record today's findings here
    std::string diagnostics_file;     // empty: the command's own stream
    bool exit_zero = false;           // findings never fail the run
    bool quiet = false;               // the findings and nothing else
    bool statistics = false;          // a count per rule instead of the findings
    std::string stdin_filename;       // the name `-` goes by
    bool fix = false;                 // `check` applies the safe fixes first
    bool unsafe_fixes = false;        // and the unsafe ones too
};

struct ParseOptions {
    RunOptions run;
    emit::RecordFormat format = emit::RecordFormat::json;
    std::string output;     // empty: standard output
    bool csv_safe = false;  // defuse formula-like CSV cells
};

// `twinning parse`: records to stdout (or -o), diagnostics to stderr.
[[nodiscard]] int run_parse(const ParseOptions& options);

// `twinning check`: diagnostics only, to stdout.
[[nodiscard]] int run_check(const RunOptions& options);

struct FmtOptions {
    std::vector<std::string> files;
    bool in_place = false;  // rewrite each file that would change
    bool check = false;     // change nothing; exit 1 when a file would change
    bool diff = false;      // print the changes as a unified diff
};

// `twinning fmt`: listings in the canonical layout, to stdout, in place,
// as a diff, or only checked.
[[nodiscard]] int run_fmt(const FmtOptions& options);

// `twinning rules [NAME]`: the catalogue, or one rule's documentation;
// `markdown` prints docs/rules.md.
[[nodiscard]] int run_rules(const std::string& name, bool markdown);

}  // namespace twinning::cli
