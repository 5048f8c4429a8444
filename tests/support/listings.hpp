#pragma once

// Test support: the listings every property is checked on, the samples and
// the rule fixtures, and a whole file's bytes.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace twinning_test {

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// samples/*.txt and tests/fixtures/rules/*.txt, in name order.
inline std::vector<std::filesystem::path> sample_and_fixture_listings() {
    std::vector<std::filesystem::path> listings;
    for (const char* folder : {"samples", "tests/fixtures/rules"}) {
        for (const auto& entry :
             std::filesystem::directory_iterator(std::filesystem::path(TWINNING_SOURCE_DIR) / folder)) {
            if (entry.path().extension() == ".txt") {
                listings.push_back(entry.path());
            }
        }
    }
    std::ranges::sort(listings);
    return listings;
}

}  // namespace twinning_test
