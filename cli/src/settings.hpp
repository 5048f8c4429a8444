#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace twinning::cli {

// Every setting a user can make, from twinning.toml or the command line.
// Unset means "not said here", so the command line can override the file
// one setting at a time.
struct Settings {
    std::optional<std::vector<std::string>> select;
    std::optional<std::vector<std::string>> ignore;
    std::map<std::string, std::string> severity;  // rule name or code -> level
    std::optional<bool> strict;
    std::optional<int> max_warnings;
    std::optional<std::string> reference_date;
    std::optional<std::string> date_order;
    std::optional<std::string> vocabulary;  // a path; from a config file, relative to it
    std::optional<int> stale_population_years;
    std::optional<int> max_per_rule;
    std::optional<bool> infer_regions;
    std::optional<bool> with_coordinates;

    // `other`'s settings win where it has them.
    void override_with(const Settings& other);
};

// What an unset setting means, for settings_text.
struct SettingDefaults {
    std::string today;  // YYYY-MM-DD
    int stale_population_years = 0;
    int human_max_per_rule = 0;
};

// What a setting's value is, which says how twinning.toml and the command
// line give it.
enum class SettingKind : std::uint8_t {
    rules,       // rule names, codes or code prefixes: a TOML array, a comma list
    severities,  // rule = level: a TOML table, NAME=level items
    flag,        // true or false: a TOML boolean, a flag
    count,       // a whole number of zero or more
    date,        // YYYY-MM-DD: a TOML date or string
    date_order,  // dmy or mdy
    path,        // a file; in twinning.toml, relative to it
};

using SettingMember = std::variant<std::optional<std::vector<std::string>> Settings::*,
                                   std::map<std::string, std::string> Settings::*, std::optional<bool> Settings::*,
                                   std::optional<int> Settings::*, std::optional<std::string> Settings::*>;

// `--show-settings` writes an unset setting as `key = value  # note`, or as
// the comment `# key: note` when `value` is empty.
struct UnsetText {
    std::string value;
    std::string note;
};

// One setting: its key in twinning.toml, which is also its option
// (`--KEY`), what the option's help says, its kind, where Settings keeps
// it, and what it means when unset.
struct SettingRow {
    std::string_view key;
    std::string_view help;
    SettingKind kind;
    SettingMember member;
    UnsetText (*unset)(const SettingDefaults&);
};

// The one table of settings, in the order `--help` and `--show-settings`
// list them.
[[nodiscard]] std::span<const SettingRow> setting_table();

// The settings in force as twinning.toml text, headed by where they came
// from, each unset one shown with what it means: `--show-settings`.
[[nodiscard]] std::string settings_text(const Settings& settings, const std::optional<std::filesystem::path>& source,
                                        const SettingDefaults& defaults);

}  // namespace twinning::cli
