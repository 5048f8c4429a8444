#include "twinning/text/spaces.hpp"

#include <string>

namespace twinning::text {

namespace {

[[nodiscard]] std::size_t blank_length(std::string_view text, std::size_t i) {
    if (is_line_break(text[i])) {
        return 1;
    }
    return space_length(text, i);
}

}  // namespace

std::size_t blank_run_length(std::string_view text, std::size_t i) {
    std::size_t end = i;
    while (end < text.size()) {
        const std::size_t blank = blank_length(text, end);
        if (blank == 0) {
            break;
        }
        end += blank;
    }
    return end - i;
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t blank = blank_length(text, i); blank != 0) {
            pending_space = !out.empty();
            i += blank;
            continue;
        }
        if (pending_space) {
            out.push_back(' ');
            pending_space = false;
        }
        out.push_back(text[i]);
        ++i;
    }
    return out;
}

std::string_view line_break_of(std::string_view text) {
    const std::size_t end = text.find('\n');
    return end != std::string_view::npos && end > 0 && text[end - 1] == '\r' ? "\r\n" : "\n";
}

std::string with_line_breaks(std::string_view text, std::string_view line_break) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.substr(i, 2) == "\r\n") {
            out += line_break;
            ++i;
        } else if (text[i] == '\n') {
            out += line_break;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool has_blank_line(std::string_view gap) {
    // Every line that both starts and ends inside the gap is a whole line.
    std::size_t line_start = gap.find('\n');
    while (line_start != std::string_view::npos) {
        const std::size_t next = gap.find('\n', line_start + 1);
        if (next == std::string_view::npos) {
            return false;
        }
        if (trim(gap.substr(line_start + 1, next - line_start - 1)).empty()) {
            return true;
        }
        line_start = next;
    }
    return false;
}

std::string_view trim(std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size()) {
        const std::size_t blank = blank_length(text, begin);
        if (blank == 0) {
            break;
        }
        begin += blank;
    }
    std::size_t end = text.size();
    // Walk back over whole characters: every space we know ends in a byte
    // that can be tested from the start of its sequence.
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0U) == 0x80U) {
            --start;
        }
        if (blank_length(text, start) != end - start) {
            break;
        }
        end = start;
    }
    return text.substr(begin, end - begin);
}

}  // namespace twinning::text
