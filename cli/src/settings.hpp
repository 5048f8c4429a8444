#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
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

    // `other`'s settings win where it has them.
    void override_with(const Settings& other);
};

// What an unset setting means, for settings_text.
struct SettingDefaults {
    std::string today;  // YYYY-MM-DD
    int stale_population_years = 0;
    int human_max_per_rule = 0;
};

// The settings in force as twinning.toml text, headed by where they came
// from, each unset one shown with what it means: `--show-settings`.
[[nodiscard]] std::string settings_text(const Settings& settings, const std::optional<std::filesystem::path>& source,
                                        const SettingDefaults& defaults);

}  // namespace twinning::cli
