#include "cross_index.hpp"

#include "twinning/text/hash.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::validators {

std::uint64_t CrossIndex::hash(std::string_view key) { return text::stable_hash(key); }

void CrossIndex::locate(const std::string& file, const model::SourceSpan& span) {
    if (files_.empty() || files_.back() != file) {
        files_.push_back(file);
    }
    current_.file = static_cast<std::uint32_t>(files_.size() - 1);
    current_.span = span;
}

const CrossIndex::Seen* CrossIndex::remember(Table table, std::uint64_t key, Seen facts) {
    Seen seen = facts;
    seen.file = current_.file;
    seen.span = current_.span;
    const auto [entry, inserted] = tables_.at(static_cast<std::size_t>(table)).emplace(key, seen);
    return inserted ? nullptr : &entry->second;
}

std::string country_key(const model::Record& record) {
    if (!record.country_code.empty()) {
        return record.country_code;
    }
    return record.country ? text::fold_key(record.country->value) : std::string();
}

std::string identity_key(const model::Record& record) {
    const std::string name = record.name ? text::fold_key(record.name->value) : std::string();
    return name + '\x1f' + country_key(record);
}

}  // namespace twinning::validators
