#include "atomic_output.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace twinning::cli {

AtomicOutput::AtomicOutput(const std::filesystem::path& target) : target_(target) {
    const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : ".";
    // Appended piece by piece: GCC 12 misreports `"." + string` under -Werror=restrict.
    std::string hidden_name(1, '.');
    hidden_name.append(target.filename().string()).append(".tmp.XXXXXX");
    const std::string pattern = (directory / hidden_name).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int descriptor = ::mkstemp(name.data());
    if (descriptor < 0) {
        error_ = fmt::format("cannot write {}: {}", target.string(), std::strerror(errno));
        return;
    }
    // mkstemp makes the file private. A file that is replaced keeps its
    // mode; a new one gets the mode a plain create would give it.
    struct stat existing {};
    if (::stat(target.c_str(), &existing) == 0) {
        ::fchmod(descriptor, existing.st_mode & static_cast<mode_t>(07777));
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(descriptor, static_cast<mode_t>(0666) & ~mask);
    }
    ::close(descriptor);
    temporary_ = name.data();
    stream_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!stream_) {
        error_ = fmt::format("cannot write {}", target.string());
    }
}

AtomicOutput::~AtomicOutput() {
    if (!committed_ && !temporary_.empty()) {
        std::error_code ignored;
        std::filesystem::remove(temporary_, ignored);
    }
}

bool AtomicOutput::commit() {
    stream_.flush();
    const bool written = static_cast<bool>(stream_);
    stream_.close();
    if (!written || stream_.fail()) {
        error_ = fmt::format("cannot write {}: write failed", target_.string());
        return false;
    }
    std::error_code error;
    std::filesystem::rename(temporary_, target_, error);
    if (error) {
        error_ = fmt::format("cannot write {}: {}", target_.string(), error.message());
        return false;
    }
    committed_ = true;
    return true;
}

std::optional<std::string> replace_file(const std::filesystem::path& target, std::string_view text) {
    AtomicOutput output(target);
    if (output.is_open()) {
        output.stream() << text;
        if (output.commit()) {
            return std::nullopt;
        }
    }
    return output.error();
}

}  // namespace twinning::cli
