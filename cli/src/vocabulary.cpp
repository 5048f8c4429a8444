#include "vocabulary.hpp"

#include <fmt/format.h>

#include "source_file.hpp"
#include "twinning/text/spaces.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::cli {

std::variant<std::unordered_set<std::string>, VocabularyError> read_vocabulary(const std::string& path) {
    auto source = read_source(path);
    if (const auto* failure = std::get_if<ReadError>(&source)) {
        return VocabularyError{fmt::format("vocabulary: {}", failure->message)};
    }
    return parse_vocabulary(std::get<SourceFile>(source).text);
}

std::unordered_set<std::string> parse_vocabulary(std::string_view text) {
    std::unordered_set<std::string> areas;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        // Folding can leave nothing, as of a line that is one combining mark.
        std::string area = text::fold_key(text::trim(line.substr(0, line.find('#'))));
        if (!area.empty()) {
            areas.insert(std::move(area));
        }
    }
    return areas;
}

}  // namespace twinning::cli
