#include "output.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <vector>

namespace twinning::cli {

namespace {

// The temporary files of outputs not yet committed, for the signal handler.
// Fixed slots of plain pointers, as a handler may touch nothing else.
constexpr std::size_t temporary_slots = 8;
std::array<std::atomic<char*>, temporary_slots> temporaries{};

// Copies `path` into a free slot; the slot, or nothing when all are taken
// (the file is then still removed by the destructor, only not on a signal).
[[nodiscard]] std::optional<std::size_t> remember_temporary(const std::filesystem::path& path) {
    char* copy = ::strdup(path.c_str());
    for (std::size_t slot = 0; slot < temporaries.size(); ++slot) {
        char* empty = nullptr;
        if (temporaries.at(slot).compare_exchange_strong(empty, copy)) {
            return slot;
        }
    }
    std::free(copy);  // NOLINT(cppcoreguidelines-no-malloc): strdup's memory
    return std::nullopt;
}

void forget_temporary(const std::filesystem::path& path) {
    for (auto& slot : temporaries) {
        char* held = slot.load();
        if (held != nullptr && path == held && slot.compare_exchange_strong(held, nullptr)) {
            std::free(held);  // NOLINT(cppcoreguidelines-no-malloc): strdup's memory
        }
    }
}

extern "C" void remove_temporaries_and_stop(int signal) {
    for (auto& slot : temporaries) {
        if (const char* path = slot.load(); path != nullptr) {
            ::unlink(path);
        }
    }
    // The handler was reset on entry, so this ends the run as the signal
    // would have, once the handler returns.
    std::raise(signal);
}

// Where a chain of symlinks ends, even when the last one dangles, so a
// replaced file lands where the link points and the link stays a link.
[[nodiscard]] std::filesystem::path end_of_links(std::filesystem::path path) {
    constexpr int most_links = 40;  // as the kernel's own limit
    std::error_code error;
    for (int hop = 0; hop < most_links && std::filesystem::is_symlink(path, error); ++hop) {
        const std::filesystem::path link = std::filesystem::read_symlink(path, error);
        if (error) {
            break;
        }
        path = link.is_absolute() ? link : path.parent_path() / link;
    }
    return path;
}

[[nodiscard]] bool is_standard_output(const std::string& path) { return path == "-" || path == "/dev/stdout"; }

[[nodiscard]] mode_t mode_for_new_file() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return static_cast<mode_t>(0666) & ~mask;
}

}  // namespace

DescriptorBuffer::DescriptorBuffer(int descriptor) : descriptor_(descriptor) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
}

DescriptorBuffer::int_type DescriptorBuffer::overflow(int_type next) {
    const bool drained = drain();
    if (!traits_type::eq_int_type(next, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(next);
        pbump(1);
        return next;
    }
    return drained ? traits_type::not_eof(next) : traits_type::eof();
}

int DescriptorBuffer::sync() { return drain() ? 0 : -1; }

// Writes what the buffer holds. After a failure the rest is dropped, so a
// full disk costs no memory while the run goes on to report it.
bool DescriptorBuffer::drain() {
    const char* next = pbase();
    while (error_ == 0 && next < pptr()) {
        const ssize_t written = ::write(descriptor_, next, static_cast<std::size_t>(pptr() - next));
        if (written < 0) {
            if (errno != EINTR) {
                error_ = errno;
            }
            continue;
        }
        next += written;
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return error_ == 0;
}

Output::Output(const std::string& path) : name_(path) {
    if (is_standard_output(path)) {
        stream_ = &std::cout;
        return;
    }
    target_ = end_of_links(path);
    struct stat existing {};
    if (::stat(target_.c_str(), &existing) != 0) {
        if (errno == ENOENT) {
            open_replacement(target_);
        } else {
            fail(errno);
        }
        return;
    }
    if (S_ISDIR(existing.st_mode)) {
        error_ = fmt::format("cannot write {}: it is a directory", name_);
    } else if (!S_ISREG(existing.st_mode)) {
        open_directly(target_);
    } else if (existing.st_nlink > 1) {
        error_ = fmt::format(
            "cannot write {}: it has {} hard links, and replacing it would leave the other names with the old "
            "text; write to another path",
            name_, existing.st_nlink);
    } else {
        open_replacement(target_);
    }
}

Output::~Output() {
    if (descriptor_ >= 0) {
        ::close(descriptor_);
    }
    if (!committed_ && !temporary_.empty()) {
        ::unlink(temporary_.c_str());
        forget_temporary(temporary_);
    }
}

void Output::fail(int error) { error_ = fmt::format("cannot write {}: {}", name_, std::strerror(error)); }

void Output::open_replacement(const std::filesystem::path& target) {
    const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : ".";
    // Appended piece by piece: GCC 12 misreports `"." + string` under -Werror=restrict.
    std::string hidden_name(1, '.');
    hidden_name.append(target.filename().string()).append(".tmp.XXXXXX");
    const std::string pattern = (directory / hidden_name).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    descriptor_ = ::mkstemp(name.data());
    if (descriptor_ < 0) {
        fail(errno);
        return;
    }
    temporary_ = name.data();
    (void)remember_temporary(temporary_);
    // mkstemp makes the file private. A file that is replaced keeps its
    // mode; a new one gets the mode a plain create would give it.
    struct stat existing {};
    const mode_t mode =
        ::stat(target.c_str(), &existing) == 0 ? existing.st_mode & static_cast<mode_t>(07777) : mode_for_new_file();
    ::fchmod(descriptor_, mode);
    buffer_ = std::make_unique<DescriptorBuffer>(descriptor_);
    owned_stream_ = std::make_unique<std::ostream>(buffer_.get());
    stream_ = owned_stream_.get();
}

void Output::open_directly(const std::filesystem::path& target) {
    descriptor_ = ::open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);  // NOLINT(cppcoreguidelines-pro-type-vararg)
    if (descriptor_ < 0) {
        fail(errno);
        return;
    }
    buffer_ = std::make_unique<DescriptorBuffer>(descriptor_);
    owned_stream_ = std::make_unique<std::ostream>(buffer_.get());
    stream_ = owned_stream_.get();
}

bool Output::commit() {
    if (stream_ == &std::cout) {
        if (auto failure = finish_standard_output()) {
            error_ = std::move(*failure);
            return false;
        }
        return true;
    }
    stream_->flush();
    if (buffer_->error() != 0) {
        fail(buffer_->error());
        return false;
    }
    // The data reaches the disk before the name does, so a crash right after
    // the rename cannot leave an empty file where the old one was.
    if (!temporary_.empty() && ::fsync(descriptor_) != 0) {
        fail(errno);
        return false;
    }
    const int closed = ::close(descriptor_);
    descriptor_ = -1;
    if (closed != 0) {
        fail(errno);
        return false;
    }
    if (temporary_.empty()) {
        committed_ = true;
        return true;
    }
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
        fail(errno);
        return false;
    }
    committed_ = true;
    forget_temporary(temporary_);
    // The rename itself reaches the disk with its folder.
    const std::filesystem::path directory = target_.has_parent_path() ? target_.parent_path() : ".";
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-vararg)
    if (const int folder = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return true;
}

std::optional<std::string> replace_file(const std::string& path, std::string_view text) {
    Output output(path);
    if (output.is_open()) {
        output.stream() << text;
        if (output.commit()) {
            return std::nullopt;
        }
    }
    return output.error();
}

namespace {

// Standard output's buffer, which remembers why a write failed. It is never
// destroyed, as std::cout is flushed once more after every static object is.
DescriptorBuffer& standard_output_buffer() {
    static auto* buffer = new DescriptorBuffer(STDOUT_FILENO);  // NOLINT(cppcoreguidelines-owning-memory)
    return *buffer;
}

}  // namespace

void route_standard_output() { std::cout.rdbuf(&standard_output_buffer()); }

std::optional<std::string> finish_standard_output() {
    std::cout.flush();
    const int error = standard_output_buffer().error();
    if (error == 0) {
        return std::nullopt;
    }
    return fmt::format("cannot write standard output: {}", std::strerror(error));
}

std::optional<FileIdentity> identity_of(const std::string& path) {
    struct stat file {};
    if (path == "-" || ::stat(path.c_str(), &file) != 0) {
        return std::nullopt;
    }
    return FileIdentity{file.st_dev, file.st_ino};
}

void clean_up_on_signals() {
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_stop;  // NOLINT(cppcoreguidelines-pro-type-union-access)
    sigemptyset(&action.sa_mask);
    action.sa_flags = static_cast<int>(SA_RESETHAND);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
        ::sigaction(signal, &action, nullptr);
    }
}

}  // namespace twinning::cli
