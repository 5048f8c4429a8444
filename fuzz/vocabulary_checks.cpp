// The vocabulary reader: areas one a line, `#` starting a comment. Each area
// read is something, on one line, with no comment in it; and a file saved
// with CRLF line breaks gives the same areas, as editors on Windows save it.

#include <string>
#include <string_view>

#include "checks.hpp"
#include "support.hpp"
#include "vocabulary.hpp"

namespace twinning_fuzz {

namespace {

[[nodiscard]] std::string with_crlf(std::string_view text) {
    std::string crlf;
    crlf.reserve(text.size() * 2);
    for (const char c : text) {
        if (c == '\n') {
            crlf += '\r';
        }
        crlf += c;
    }
    return crlf;
}

}  // namespace

void check_vocabulary(std::string_view text) {
    const auto areas = twinning::cli::parse_vocabulary(text);
    for (const std::string& area : areas) {
        if (area.empty() || area.find_first_of("\n#") != std::string::npos) {
            fail("a vocabulary area that is empty, spans lines or holds a comment: " + area);
        }
    }
    if (twinning::cli::parse_vocabulary(with_crlf(text)) != areas) {
        fail("a vocabulary with CRLF line breaks gives other areas");
    }
}

}  // namespace twinning_fuzz
