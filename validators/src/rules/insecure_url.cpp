// insecure-url: see the documentation below, which `twinning rules insecure-url` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc insecure_url_doc{
    .rule = Rule::insecure_url,
    .what = "A web site given with `http://` rather than `https://`.",
    .why =
        "Browsers warn on plain http, and most city sites serve https today. The fix switches the scheme and is "
        "unsafe: only the site can say whether it serves https.",
    .example = "web sites: http://www.shreveportla.gov/",
    .instead = "web sites: https://www.shreveportla.gov/",
};

void check_insecure_url(const RecordContext& context, Diagnostics& out) {
    constexpr std::string_view scheme = "http://";
    for (const auto& website : context.record.websites) {
        if (!website.value.starts_with(scheme)) {
            continue;
        }
        model::Diagnostic diagnostic = diagnose(Rule::insecure_url, context, website.span,
                                                fmt::format("`{}` uses http, not https", website.value));
        // The scheme as written, `http` in any case, is the first four bytes.
        const model::SourceSpan written{
            website.span.begin,
            {website.span.begin.offset + 4, website.span.begin.line, website.span.begin.column + 4}};
        diagnostic.fix = replace(written, "https", false);
        out.push_back(std::move(diagnostic));
    }
}

}  // namespace twinning::validators::rules
