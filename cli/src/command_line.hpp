#pragma once

// The options `parse` and `check` share, and how they resolve, with the
// nearest twinning.toml beneath them, into what a run uses.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "settings.hpp"

namespace CLI {
class App;
}  // namespace CLI

namespace twinning::cli {

// A bad option or setting: one line, exit 2.
struct UsageError {
    std::string message;
};

// The settings made on the command line, and what they resolve to.
struct CommandLine {
    std::vector<std::string> files;
    std::string diagnostics = "human";
    std::string diagnostics_file;
    bool exit_zero = false;
    bool quiet = false;
    bool statistics = false;
    bool show_settings = false;
    std::string stdin_filename;
    std::string config;
    // The table's settings as given here: counts, dates and paths straight
    // into `given`; lists and flags as typed, read by settings().
    Settings given;
    std::map<std::string_view, std::vector<std::string>> lists;
    std::map<std::string_view, bool> flags;
    std::string baseline;
    std::string write_baseline;
    std::optional<unsigned> jobs;

    void add_to(CLI::App& command);

    // A setting of the table as an option, `--KEY`.
    void add_setting(CLI::App& command, const twinning::cli::SettingRow& row);

    [[nodiscard]] Settings settings() const;

    // The folder an input's twinning.toml is looked for from: the file's
    // own, or for standard input the folder of --stdin-filename, else the
    // current one.
    [[nodiscard]] std::filesystem::path search_start(const std::string& file) const;

    // The config file in force: --config, or the twinning.toml found upward
    // from each input, which must be the same for all of them, as the files
    // of one run are checked with one set of settings.
    [[nodiscard]] std::optional<std::filesystem::path> config_path() const;

    // The config file's settings with the command line's on top.
    [[nodiscard]] Settings merged() const;

    // `--show-settings`: the settings the files would be checked with.
    [[nodiscard]] std::string shown_settings() const;

    [[nodiscard]] twinning::cli::RunOptions resolve() const;
};

}  // namespace twinning::cli
