#include "twinning/normalize/website.hpp"

#include <algorithm>

#include "twinning/text/ascii.hpp"

namespace twinning::normalize {

namespace {

[[nodiscard]] bool is_host_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           static_cast<unsigned char>(c) >= 0x80U;
}

// Dotted labels, none empty, none starting or ending with a hyphen, and a
// top-level label that is not all digits.
[[nodiscard]] bool is_host(std::string_view host) {
    if (host.empty() || host.find('.') == std::string_view::npos || !std::ranges::all_of(host, is_host_byte)) {
        return false;
    }
    std::size_t begin = 0;
    std::string_view last;
    while (begin <= host.size()) {
        std::size_t end = host.find('.', begin);
        if (end == std::string_view::npos) {
            end = host.size();
        }
        const std::string_view label = host.substr(begin, end - begin);
        if (label.empty() || label.front() == '-' || label.back() == '-') {
            return false;
        }
        last = label;
        begin = end + 1;
    }
    return !std::ranges::all_of(last, [](char c) { return c >= '0' && c <= '9'; });
}

// `ftp://…` and the like: a scheme is letters, digits, `+`, `-` or `.`
// before the first `://`, and a `://` later in a path or query is no scheme.
[[nodiscard]] bool has_other_scheme(std::string_view text) {
    const std::size_t separator = text.find("://");
    if (separator == std::string_view::npos || separator == 0) {
        return false;
    }
    return std::ranges::all_of(text.substr(0, separator), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-' ||
               c == '.';
    });
}

}  // namespace

std::optional<std::string> normalize_url(std::string_view written) {
    std::string_view rest = written;
    std::string scheme = "https://";
    if (text::starts_with_ignoring_ascii_case(rest, "https://")) {
        rest.remove_prefix(scheme.size());
    } else if (text::starts_with_ignoring_ascii_case(rest, "http://")) {
        scheme = "http://";
        rest.remove_prefix(scheme.size());
    } else if (has_other_scheme(rest)) {
        return std::nullopt;
    }
    const std::size_t host_end = std::min(rest.find_first_of("/?#"), rest.size());
    std::string_view authority = rest.substr(0, host_end);
    std::string_view port;
    if (const std::size_t colon = authority.rfind(':'); colon != std::string_view::npos) {
        port = authority.substr(colon);
        authority = authority.substr(0, colon);
        if (port.size() < 2 || !std::ranges::all_of(port.substr(1), [](char c) { return c >= '0' && c <= '9'; })) {
            return std::nullopt;
        }
    }
    const std::string host = text::ascii_lowercase(authority);
    if (!is_host(host)) {
        return std::nullopt;
    }
    std::string_view path = rest.substr(host_end);
    std::string url = scheme + host + std::string(port);
    if (path.empty() || path.front() != '/') {
        url += '/';
    }
    url += path;
    return url;
}

std::string_view url_host(std::string_view url) {
    const std::size_t begin = url.find("://");
    if (begin == std::string_view::npos) {
        return {};
    }
    const std::string_view rest = url.substr(begin + 3);
    return rest.substr(0, std::min(rest.find_first_of(":/?#"), rest.size()));
}

}  // namespace twinning::normalize
