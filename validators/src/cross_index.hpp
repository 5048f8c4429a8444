#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "twinning/model/record.hpp"

namespace twinning::validators {

// Compact memory of the records seen so far, for the checks across
// records: per key, a 64-bit hash and where the first record stands, never
// the record's strings, so a large run stays small.
class CrossIndex {
public:
    enum class Table : std::uint8_t { records, near_names };

    // What is kept of a record under a key: where it is, and what the
    // near-name check needs to confirm a match.
    struct Seen {
        static constexpr std::uint32_t nothing_deleted = 0xFFFFFFFFU;

        std::uint32_t file = 0;                      // index into the run's file names
        model::SourceSpan span;                      // the first record's header, or first label
        std::uint64_t name = 0;                      // hash of the folded name
        std::uint32_t deleted_at = nothing_deleted;  // which letter the key leaves out
        char32_t deleted = 0;                        // and that letter
    };

    [[nodiscard]] static std::uint64_t hash(std::string_view key);

    // The first record filed under `key` in `table`, or nullptr when this
    // record is the first, which is then remembered with `facts` and its
    // place.
    [[nodiscard]] const Seen* remember(Table table, std::uint64_t key, Seen facts);

    // Where the record being checked stands; set before each record.
    void locate(const std::string& file, const model::SourceSpan& span);

    [[nodiscard]] const std::string& file(std::uint32_t index) const { return files_.at(index); }

private:
    std::array<std::unordered_map<std::uint64_t, Seen>, 2> tables_;
    std::vector<std::string> files_;
    Seen current_;
};

// The record's identity: folded name and country, so `Košice (Slovakia)`
// and `KOSICE (SK)` are the same city.
[[nodiscard]] std::string identity_key(const model::Record& record);

// The country part of the identity: the ISO code, or the folded name as
// written when it is not a known country.
[[nodiscard]] std::string country_key(const model::Record& record);

}  // namespace twinning::validators
