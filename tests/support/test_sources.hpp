#pragma once

// The file names the unit tests give listings. Records and diagnostics
// carry a file id; one Sources for the whole test binary lets a test name
// a file where it needs one and read the name back where it checks it.
// The tests run on one thread, so adding names as they go is safe.

#include <string>
#include <string_view>

#include "twinning/model/sources.hpp"
#include "twinning/twinning.hpp"

namespace twinning_test {

inline twinning::model::Sources& test_sources() {
    static twinning::model::Sources sources;
    return sources;
}

// A new id that `test_sources()` names `name`.
inline twinning::model::FileId test_file(std::string name) { return test_sources().add(std::move(name)); }

inline const std::string& file_name(twinning::model::FileId file) { return test_sources().name(file); }

// twinning::process_listing for a file called `name`.
inline twinning::ListingReport process_listing(std::string_view input, std::string name,
                                               const twinning::Options& options,
                                               const twinning::RecordHandler& on_record) {
    return twinning::process_listing(input, test_sources(), test_file(std::move(name)), options, on_record);
}

}  // namespace twinning_test
