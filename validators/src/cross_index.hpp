#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "twinning/model/record.hpp"

namespace twinning::validators {

// Compact memory of the records seen so far, for the checks across
// records. A key is a 64-bit hash, never the record's strings; what is kept
// under it is a few bytes and the number of the record it came from, whose
// place is kept once. The tables are open-addressing hash maps, with no
// allocation per key: a run of millions of records stays small and fast.
class CrossIndex {
public:
    enum class Table : std::uint8_t { records, near_names };

    // What is kept under a key, in eight bytes: the record it came from, and
    // for the near-name check which letter the key leaves out.
    struct Seen {
        static constexpr std::uint8_t nothing_deleted = 0xFFU;

        std::uint32_t record = 0;  // see place()
        // The left-out letter's position in the top byte, the letter (a
        // code point, 21 bits) below it.
        std::uint32_t deletion = pack(nothing_deleted, 0);

        [[nodiscard]] static constexpr std::uint32_t pack(std::uint8_t at, char32_t letter) {
            constexpr std::uint32_t letter_bits = 0xFFFFFFU;
            return (std::uint32_t{at} << 24U) | (static_cast<std::uint32_t>(letter) & letter_bits);
        }
        [[nodiscard]] constexpr std::uint8_t deleted_at() const { return static_cast<std::uint8_t>(deletion >> 24U); }
        [[nodiscard]] constexpr char32_t deleted() const { return deletion & 0xFFFFFFU; }
    };

    // A remembered record: where it stands, and the hash of its folded name
    // when the near-name check gave one.
    struct Place {
        model::FileId file{};
        model::SourceSpan span;  // its header, or its first label
        std::uint64_t name = 0;
    };

    CrossIndex();
    CrossIndex(const CrossIndex&) = delete;
    CrossIndex& operator=(const CrossIndex&) = delete;
    CrossIndex(CrossIndex&&) noexcept;
    CrossIndex& operator=(CrossIndex&&) noexcept;
    ~CrossIndex();

    // The first record filed under `key` in `table`, or nullptr when this
    // record is the first, which is then remembered with `facts`. The
    // pointer is valid until the next call.
    [[nodiscard]] const Seen* remember(Table table, std::uint64_t key, Seen facts);

    // The wording first filed under `key`, and the record it came from; or
    // nullptr when this record is the first, whose `wording` is then kept.
    // Unlike the tables, this keeps text, to be quoted back: it is for keys
    // that stay few however long the run, such as a listing's countries.
    struct Wording {
        std::uint32_t record = 0;
        std::string text;
        model::SourceSpan span;  // of the text itself, in the record's file
    };
    [[nodiscard]] const Wording* first_wording(std::uint64_t key, std::string_view wording,
                                               const model::SourceSpan& span);

    // Where the record being checked stands; set before each record.
    void locate(model::FileId file, const model::SourceSpan& span);
    // The hash of its folded name; set before its near-name keys.
    void name_current(std::uint64_t name);

    [[nodiscard]] const Place& place(std::uint32_t record) const { return places_.at(record); }

private:
    // The current record's place, kept only once a key remembers it.
    [[nodiscard]] std::uint32_t current_record();

    struct Tables;
    std::unique_ptr<Tables> tables_;
    std::vector<Place> places_;
    Place current_;
    bool current_kept_ = false;
};

// The hash of the record's identity: folded name and country, so
// `Košice (Slovakia)` and `KOSICE (SK)` are the same city. The parts are
// hashed one after the other, never joined into one string.
[[nodiscard]] std::uint64_t identity_hash(const model::Record& record);

// The country part of the identity: the ISO code, or the folded name as
// written when it is not a known country.
[[nodiscard]] std::string country_key(const model::Record& record);

}  // namespace twinning::validators
