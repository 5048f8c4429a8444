#include "twinning/model/partial_date.hpp"

#include <fmt/format.h>

namespace twinning::model {

std::string to_iso8601(const PartialDate& date) {
    if (date.month == 0) {
        return fmt::format("{:04}", date.year);
    }
    if (date.day == 0) {
        return fmt::format("{:04}-{:02}", date.year, date.month);
    }
    return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

}  // namespace twinning::model
