// future-date: see the documentation below, which `twinning rules future-date` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc future_date_doc{
    .rule = Rule::future_date,
    .what =
        "An agreement or renewal date after the reference date (today, or `--reference-date`), at the precision the "
        "date has.",
    .why = "An agreement cannot have been signed in the future; the date is a typo.",
    .example = "partnership agreement signed: 2061",
    .instead = "partnership agreement signed: 2016",
};

namespace {

// True when `date` lies after `today` at the date's own precision: `2026`
// is not after 2026-11-28, but `2026-12` is.
[[nodiscard]] bool after(const model::PartialDate& date, const std::chrono::year_month_day& today) {
    const int year = static_cast<int>(today.year());
    const auto month = static_cast<int>(static_cast<unsigned>(today.month()));
    const auto day = static_cast<int>(static_cast<unsigned>(today.day()));
    if (date.year != year || date.month == 0) {
        return date.year > year;
    }
    if (date.month != month || date.day == 0) {
        return date.month > month;
    }
    return date.day > day;
}

}  // namespace

void check_future_date(const RecordContext& context, Diagnostics& out) {
    const model::Record& record = context.record;
    const auto& today = context.options.reference_date;
    auto flag = [&](const model::Located<model::PartialDate>& date) {
        if (after(date.value, today)) {
            out.push_back(diagnose(
                Rule::future_date, context, date.span,
                fmt::format("{} is after {}", model::to_iso8601(date.value),
                            model::to_iso8601({static_cast<int>(today.year()),
                                               static_cast<std::uint8_t>(static_cast<unsigned>(today.month())),
                                               static_cast<std::uint8_t>(static_cast<unsigned>(today.day()))}))));
        }
    };
    if (record.signed_on) {
        flag(*record.signed_on);
    }
    std::ranges::for_each(record.renewed, flag);
}

}  // namespace twinning::validators::rules
