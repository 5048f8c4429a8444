// website-name-mismatch: see the documentation below, which `twinning rules website-name-mismatch` prints.

#include "../rules.hpp"
#include "twinning/normalize/website.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::validators::rules {

const RuleDoc website_name_mismatch_doc{
    .rule = Rule::website_name_mismatch,
    .what =
        "A web site whose host shares no run of four letters (or the whole name, if shorter) with the city name, both "
        "folded to ASCII. Inferred names are not checked: they come from the host.",
    .why =
        "A host unrelated to the city often means the web site of another record was pasted here. This is information: "
        "some cities use unrelated domains.",
    .example = "Split (Croatia)\nweb sites: www.piraeus.org",
    .instead = "Split (Croatia)\nweb sites: www.split.hr",
};

namespace {

constexpr std::size_t shared_run = 4;

[[nodiscard]] std::string ascii_letters(std::string_view text) {
    std::string out;
    for (const char c : text::fold_key(text)) {
        if (c >= 'a' && c <= 'z') {
            out.push_back(c);
        }
    }
    return out;
}

// True when some run of `run` letters of `name` occurs in `host`.
[[nodiscard]] bool shares_run(const std::string& name, const std::string& host, std::size_t run) {
    for (std::size_t i = 0; i + run <= name.size(); ++i) {
        if (host.find(std::string_view(name).substr(i, run)) != std::string::npos) {
            return true;
        }
    }
    return false;
}

}  // namespace

void check_website_name_mismatch(const RecordContext& context, Diagnostics& out) {
    const model::Record& record = context.record;
    if (!record.name || std::ranges::find(record.inferred, model::Field::name) != record.inferred.end()) {
        return;
    }
    const std::string name = ascii_letters(record.name->value);
    if (name.empty()) {
        return;
    }
    const std::size_t run = std::min(shared_run, name.size());
    for (const auto& website : record.websites) {
        const std::string host = ascii_letters(normalize::url_host(website.value));
        if (!shares_run(name, host, run)) {
            out.push_back(
                diagnose(Rule::website_name_mismatch, context, website.span,
                         fmt::format("the host of `{}` has nothing of the name {}", website.value, who(record))));
        }
    }
}

}  // namespace twinning::validators::rules
