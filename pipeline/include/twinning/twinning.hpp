#pragma once

// twinning as a library: parse a listing, get typed records and every
// diagnostic. The stages can also be used one by one; see their headers.

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "twinning/model/diagnostic.hpp"
#include "twinning/model/record.hpp"
#include "twinning/normalize/record.hpp"

namespace twinning {

struct Options {
    normalize::Options normalize;
    // "Now" for checks that compare with the present.
    std::chrono::year_month_day reference_date{};
};

struct ListingReport {
    std::size_t records = 0;
    // In input order, then by rule.
    std::vector<model::Diagnostic> diagnostics;
};

using RecordHandler = std::function<void(const model::Record&)>;

// Parses, normalizes and validates one listing. Each record goes to
// `on_record` as soon as it is complete, so the caller can stream it out.
[[nodiscard]] ListingReport process_listing(std::string_view input, const std::string& file, const Options& options,
                                            const RecordHandler& on_record);

}  // namespace twinning
