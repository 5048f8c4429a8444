#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "twinning/model/partial_date.hpp"

namespace twinning::normalize {

// How to read `D/M/YYYY`-style dates, which are written both ways.
enum class DateOrder { dmy, mdy };

struct DateRead {
    model::PartialDate date;
    std::size_t length = 0;   // bytes of the text the date took
    bool on_calendar = true;  // false for 31.2.2012
};

// Reads one date at the start of `text`. The forms: `1960`, `D.M.YYYY`,
// `D. M. YYYY`, `DD.MM.YYYY`, `YYYY-MM-DD`, `D Month YYYY`, `Month D, YYYY`,
// `Month YYYY` and `D/M/YYYY` (or `M/D/YYYY` with DateOrder::mdy). Month
// names are English, full or abbreviated.
[[nodiscard]] std::optional<DateRead> read_date(std::string_view text, DateOrder order);

// A date found inside a longer value, with where it stands in that value.
struct DateInValue {
    model::PartialDate date;
    std::size_t offset = 0;
    std::size_t length = 0;
    bool on_calendar = true;
};

// An agreement value such as `1960, renewed 1996 and 2010`: the first date
// is the signing, every date after the word `renewed` a renewal. Reading
// stops at the first text it does not understand, which is returned.
struct AgreementDates {
    std::optional<DateInValue> signed_on;
    std::vector<DateInValue> renewed;
    std::optional<std::size_t> unread_offset;  // where the value stopped making sense
};

[[nodiscard]] AgreementDates read_agreement_dates(std::string_view value, DateOrder order);

// A value of dates only, as under a `renewed:` label.
[[nodiscard]] AgreementDates read_date_list(std::string_view value, DateOrder order);

}  // namespace twinning::normalize
