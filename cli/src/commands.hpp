#pragma once

#include <string>
#include <vector>

#include "twinning/emit/diagnostics.hpp"
#include "twinning/emit/record_writer.hpp"
#include "twinning/twinning.hpp"

namespace twinning::cli {

// Exit codes shared by every command.
enum ExitCode : int { exit_clean = 0, exit_errors_found = 1, exit_failure = 2 };

struct RunOptions {
    std::vector<std::string> files;
    Options pipeline;
    emit::DiagnosticsFormat diagnostics = emit::DiagnosticsFormat::human;
};

struct ParseOptions {
    RunOptions run;
    emit::RecordFormat format = emit::RecordFormat::json;
    std::string output;  // empty: standard output
};

// `twinning parse`: records to stdout (or -o), diagnostics to stderr.
[[nodiscard]] int run_parse(const ParseOptions& options);

// `twinning check`: diagnostics only, to stdout.
[[nodiscard]] int run_check(const RunOptions& options);

}  // namespace twinning::cli
