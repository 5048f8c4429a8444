#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace twinning::model {

// A calendar date known only as precisely as the source gave it: `1960`,
// `2012-11` or `2015-11-13`. A zero month or day means "not stated".
struct PartialDate {
    int year = 0;
    std::uint8_t month = 0;
    std::uint8_t day = 0;

    friend auto operator<=>(const PartialDate&, const PartialDate&) = default;
};

// ISO 8601 at the precision the date carries.
[[nodiscard]] std::string to_iso8601(const PartialDate& date);

}  // namespace twinning::model
