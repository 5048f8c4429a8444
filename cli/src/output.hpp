#pragma once

#include <sys/types.h>

#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace twinning::cli {

// A stream buffer over a file descriptor that remembers the first failed
// write, so the failure can be reported with its reason at the end.
class DescriptorBuffer : public std::streambuf {
public:
    explicit DescriptorBuffer(int descriptor);
    // The errno of the first write that failed, or 0.
    [[nodiscard]] int error() const { return error_; }

protected:
    int_type overflow(int_type next) override;
    int sync() override;

private:
    [[nodiscard]] bool drain();

    int descriptor_;
    int error_ = 0;
    std::array<char, std::size_t{1} << 16U> buffer_{};
};

// One output file, written the way its target needs:
// - `-` and /dev/stdout are standard output;
// - a FIFO, a terminal or another device is opened and written directly,
//   since replacing it would take it away from its reader;
// - a regular file, or a new one, is written to a temporary file beside it,
//   which `commit` syncs to disk and renames over it. A symlink is followed,
//   so the link stays and its target gets the text; the target keeps its
//   mode. A run that fails or is killed leaves the old file whole.
// A regular file with other hard links is refused: renaming a new file over
// one name would leave the other names with the old text.
class Output {
public:
    explicit Output(const std::string& path);
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;
    Output(Output&&) = delete;
    Output& operator=(Output&&) = delete;
    ~Output();

    // False, with error() set, when the target cannot be written at all.
    [[nodiscard]] bool is_open() const { return stream_ != nullptr; }
    [[nodiscard]] std::ostream& stream() { return *stream_; }
    [[nodiscard]] const std::string& error() const { return error_; }

    // Flushes, and puts a replaced file in place; false, with error() set
    // naming the target, when any of it failed.
    [[nodiscard]] bool commit();

private:
    void open_replacement(const std::filesystem::path& target);
    void open_directly(const std::filesystem::path& target);
    void fail(int error);

    std::string name_;              // as the user gave it
    std::filesystem::path target_;  // the file itself, after symlinks
    std::filesystem::path temporary_;
    int descriptor_ = -1;
    std::unique_ptr<DescriptorBuffer> buffer_;
    std::unique_ptr<std::ostream> owned_stream_;
    std::ostream* stream_ = nullptr;
    std::string error_;
    bool committed_ = false;
};

// Replaces the whole of `path` with `text` through an Output; the error
// message when that fails.
[[nodiscard]] std::optional<std::string> replace_file(const std::string& path, std::string_view text);

// Sends std::cout through a DescriptorBuffer, so that a failed write to
// standard output is known with its reason.
void route_standard_output();

// Flushes standard output; the message naming it when a write to it failed
// at any point of the run, as `> /dev/full` makes it.
[[nodiscard]] std::optional<std::string> finish_standard_output();

// A file as the system knows it, whatever path or link names it.
struct FileIdentity {
    dev_t device = 0;
    ino_t inode = 0;
    friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

// The file `path` names, following symlinks; nothing when there is none.
[[nodiscard]] std::optional<FileIdentity> identity_of(const std::string& path);

// Removes the temporary files of unfinished outputs when the run is
// interrupted or its output pipe closes, then ends it as the signal would.
void clean_up_on_signals();

}  // namespace twinning::cli
