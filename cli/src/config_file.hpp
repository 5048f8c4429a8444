#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "settings.hpp"

namespace twinning::cli {

struct ConfigError {
    std::string message;  // `FILE:LINE:COL: what is wrong`
};

// Reads twinning.toml. Every key and value is checked here, so a mistake
// is reported with its line and column, not later as a puzzling result.
[[nodiscard]] std::variant<Settings, ConfigError> read_config(const std::filesystem::path& path);

// The same for text already read; `path` names it in messages and is where
// relative paths in it start.
[[nodiscard]] std::variant<Settings, ConfigError> parse_config(std::string_view text,
                                                               const std::filesystem::path& path);

// The twinning.toml of `start` or of the nearest folder above it.
[[nodiscard]] std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

}  // namespace twinning::cli
