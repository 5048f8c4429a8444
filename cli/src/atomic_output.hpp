#pragma once

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>

namespace twinning::cli {

// An output file that appears whole or not at all: writes go to a
// temporary file beside the target, which `commit` renames over it. A run
// that fails or is killed leaves the target as it was.
class AtomicOutput {
public:
    explicit AtomicOutput(const std::filesystem::path& target);
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;
    AtomicOutput(AtomicOutput&&) = delete;
    AtomicOutput& operator=(AtomicOutput&&) = delete;
    ~AtomicOutput();

    [[nodiscard]] bool is_open() const { return stream_.is_open(); }
    [[nodiscard]] std::ostream& stream() { return stream_; }
    [[nodiscard]] const std::string& error() const { return error_; }

    // Flushes and renames into place; false with error() set on failure.
    [[nodiscard]] bool commit();

private:
    std::filesystem::path target_;
    std::filesystem::path temporary_;
    std::ofstream stream_;
    std::string error_;
    bool committed_ = false;
};

// Replaces the whole of `target` with `text` through an AtomicOutput; the
// error message when that fails.
[[nodiscard]] std::optional<std::string> replace_file(const std::filesystem::path& target, std::string_view text);

}  // namespace twinning::cli
