// signed-in-two-places: see the documentation below, which `twinning rules signed-in-two-places` prints.

#include <array>
#include <vector>

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc signed_in_two_places_doc{
    .rule = Rule::signed_in_two_places,
    .what =
        "An agreement that a register says was signed in two or more places on different dates, each date after `in` "
        "and its place: `in Tulln 12/5/1982, in Krems 20/6/1982`. The agreement date stays null. When every place "
        "gives the same date, that date is the signing and nothing is reported.",
    .why =
        "Either date may be the one that counts: the first signature, or the last that made the agreement binding. "
        "Which one a register means is not written, so neither is taken.",
    .example = "Tulln (Austria)\npartnership agreement signed: in Tulln 12/5/1982, in Krems 20/6/1982",
    .instead = "Tulln (Austria)\npartnership agreement signed: 20.6.1982",
};

namespace {

[[nodiscard]] std::string count_in_words(std::size_t count) {
    constexpr std::array<std::string_view, 9> words{"two",   "three", "four", "five", "six",
                                                    "seven", "eight", "nine", "ten"};
    return count >= 2 && count - 2 < words.size() ? std::string(words.at(count - 2)) : std::to_string(count);
}

}  // namespace

std::optional<model::Diagnostic> report_signed_in_two_places(const model::Fact& fact, const RecordContext& context) {
    const auto& signings = detail_of<std::vector<model::Signing>>(fact);
    std::string listed;
    for (std::size_t i = 0; i < signings.size(); ++i) {
        if (i > 0) {
            listed += i + 1 == signings.size() ? " and " : ", ";
        }
        listed += fmt::format("`{}` in {}", quoted(signings[i].date), quoted(signings[i].place));
    }
    const std::string places = count_in_words(signings.size());
    const bool two = signings.size() == 2;
    model::Diagnostic diagnostic =
        diagnose(Rule::signed_in_two_places, context, fact.span,
                 fmt::format("signed in {} places on {} dates: {}; {} is taken as the signing", places,
                             two ? places : std::string("different"), listed, two ? "neither" : "none"));
    diagnostic.suggestion = "write the date that made the agreement binding as the agreement date";
    return diagnostic;
}

}  // namespace twinning::validators::rules
