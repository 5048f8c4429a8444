#pragma once

// The seed listing, repeated to about a megabyte: input for the benchmarks
// that run over whole listings.

#include <fstream>
#include <iterator>
#include <string>

#include "twinning/model/sources.hpp"

namespace twinning_bench {

// The one file the benchmarks read, `bench.txt`, and the Sources that
// name it.
inline const twinning::model::Sources& sources() {
    static const twinning::model::Sources named = [] {
        twinning::model::Sources one;
        one.add("bench.txt");
        return one;
    }();
    return named;
}
inline constexpr twinning::model::FileId file{0};

inline const std::string& megabyte_listing() {
    static const std::string listing = [] {
        std::ifstream in(TWINNING_SOURCE_DIR "/samples/ostrava-partner-cities.txt", std::ios::binary);
        const std::string seed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::string repeated;
        constexpr std::size_t megabyte = 1 << 20;
        while (repeated.size() < megabyte) {
            repeated += seed;
            repeated += "\n\n";
        }
        return repeated;
    }();
    return listing;
}

}  // namespace twinning_bench
