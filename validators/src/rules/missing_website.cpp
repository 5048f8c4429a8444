// missing-website: see the documentation below, which `twinning rules missing-website` prints.

#include "../rules.hpp"

namespace twinning::validators::rules {

const RuleDoc missing_website_doc{
    .rule = Rule::missing_website,
    .what =
        "A record that gives no web site: no `web sites:` field with a value and no line of web addresses. The listing "
        "decides: in a file of two or more records where fewer than half give it, this is not reported per record; "
        "`listing-lacks-field` says so once for the file.",
    .why =
        "The web site is how a reader checks the partner city, and how twinning recovers a record whose header was "
        "lost.",
    .example = "Uralsk (Kazakhstan)\npopulation: 234 169 (2019) partnership agreement signed: 2008",
    .instead =
        "Uralsk (Kazakhstan)\npopulation: 234 169 (2019) partnership agreement signed: 2008\nweb sites: "
        "www.oral.gov.kz",
};

void check_missing_website(const RecordContext& context, Diagnostics& out) {
    check_missing_field(context, out, Rule::missing_website);
}

}  // namespace twinning::validators::rules
