#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace twinning::normalize {

// An absolute URL for a web site as people write it: `https://` when no
// scheme is given (an explicit `http://` is kept), the host in lower case,
// and `/` as the path when there is none. Empty when the text is not a
// web address: another scheme, no dotted host, or characters a host
// cannot hold.
[[nodiscard]] std::optional<std::string> normalize_url(std::string_view written);

// The host of an absolute URL made by normalize_url.
[[nodiscard]] std::string_view url_host(std::string_view url);

}  // namespace twinning::normalize
