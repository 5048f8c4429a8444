#pragma once

#include <cstdint>
#include <string_view>

namespace twinning::text {

// FNV-1a, 64 bits: the same value on every run and platform, unlike
// std::hash, so it can go into baselines and indexes alike. It hashes a
// stream of bytes, so long texts need not be joined first.
class StableHash {
public:
    constexpr StableHash& add(std::string_view bytes) {
        for (const char c : bytes) {
            add_byte(c);
        }
        return *this;
    }

    // A number's four bytes, lowest first, so the value is the same on
    // every platform.
    constexpr StableHash& add_number(std::uint32_t number) {
        for (unsigned shift = 0; shift < 32; shift += 8) {
            add_byte(static_cast<char>((number >> shift) & 0xFFU));
        }
        return *this;
    }

    // The bytes as collapse_whitespace() would give them, without making
    // the collapsed copy.
    StableHash& add_collapsed(std::string_view text);

    [[nodiscard]] constexpr std::uint64_t value() const { return value_; }

private:
    constexpr void add_byte(char c) { value_ = (value_ ^ static_cast<unsigned char>(c)) * prime; }

    static constexpr std::uint64_t offset_basis = 14695981039346656037ULL;
    static constexpr std::uint64_t prime = 1099511628211ULL;
    std::uint64_t value_ = offset_basis;
};

[[nodiscard]] constexpr std::uint64_t stable_hash(std::string_view bytes) { return StableHash().add(bytes).value(); }

}  // namespace twinning::text
