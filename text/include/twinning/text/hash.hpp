#pragma once

#include <cstdint>
#include <string_view>

namespace twinning::text {

// FNV-1a, 64 bits: the same value on every run and platform, unlike
// std::hash, so it can go into baselines and indexes alike.
[[nodiscard]] constexpr std::uint64_t stable_hash(std::string_view bytes) {
    constexpr std::uint64_t offset_basis = 14695981039346656037ULL;
    constexpr std::uint64_t prime = 1099511628211ULL;
    std::uint64_t value = offset_basis;
    for (const char c : bytes) {
        value = (value ^ static_cast<unsigned char>(c)) * prime;
    }
    return value;
}

}  // namespace twinning::text
