#include "cross_index.hpp"

#include <absl/container/flat_hash_map.h>

#include <array>

#include "twinning/text/hash.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::validators {

struct CrossIndex::Tables {
    std::array<absl::flat_hash_map<std::uint64_t, Seen>, 2> by_table;
    absl::flat_hash_map<std::uint64_t, Wording> wordings;
};

CrossIndex::CrossIndex() : tables_(std::make_unique<Tables>()) {}
CrossIndex::CrossIndex(CrossIndex&&) noexcept = default;
CrossIndex& CrossIndex::operator=(CrossIndex&&) noexcept = default;
CrossIndex::~CrossIndex() = default;

void CrossIndex::locate(model::FileId file, const model::SourceSpan& span) {
    current_ = {file, span, 0};
    current_kept_ = false;
}

void CrossIndex::name_current(std::uint64_t name) {
    current_.name = name;
    if (current_kept_) {
        places_.back().name = name;
    }
}

std::uint32_t CrossIndex::current_record() {
    if (!current_kept_) {
        places_.push_back(current_);
        current_kept_ = true;
    }
    return static_cast<std::uint32_t>(places_.size() - 1);
}

const CrossIndex::Seen* CrossIndex::remember(Table table, std::uint64_t key, Seen facts) {
    auto& seen = tables_->by_table.at(static_cast<std::size_t>(table));
    // One probe, not a find and then an insert: at millions of keys each
    // probe is a cache miss, and they were the cost of the whole index.
    const auto [entry, inserted] = seen.try_emplace(key, facts);
    if (!inserted) {
        return &entry->second;
    }
    entry->second.record = current_record();
    return nullptr;
}

const CrossIndex::Wording* CrossIndex::first_wording(std::uint64_t key, std::string_view wording,
                                                     const model::SourceSpan& span) {
    const auto [entry, inserted] = tables_->wordings.try_emplace(key);
    if (!inserted) {
        return &entry->second;
    }
    entry->second = {current_record(), std::string(wording), span};
    return nullptr;
}

std::string country_key(const model::Record& record) {
    if (!record.country_code.empty()) {
        return record.country_code;
    }
    return record.country ? text::fold_key(record.country->value) : std::string();
}

std::uint64_t identity_hash(const model::Record& record) {
    text::StableHash hash;
    if (record.name) {
        hash.add(text::fold_key(record.name->value));
    }
    return hash.add("\x1f").add(country_key(record)).value();
}

}  // namespace twinning::validators
