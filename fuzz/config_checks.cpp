// The twinning.toml reader: settings, or one error that says where and
// what: `FILE:LINE:COL: what is wrong`, on one line.

#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

#include "checks.hpp"
#include "config_file.hpp"
#include "support.hpp"

namespace twinning_fuzz {

void check_config(std::string_view text) {
    // In a folder, as a found twinning.toml is, so relative paths in it
    // start there.
    static const std::filesystem::path path = std::filesystem::path("fuzz") / "twinning.toml";
    const auto read = twinning::cli::parse_config(text, path);
    if (const auto* error = std::get_if<twinning::cli::ConfigError>(&read)) {
        expect_one_line_message(error->message, "twinning.toml");
        if (!error->message.starts_with(path.string() + ":")) {
            fail("a twinning.toml error does not start with the file's name: " + error->message);
        }
    }
}

}  // namespace twinning_fuzz
