#include "twinning/twinning.hpp"

#include <algorithm>

#include "twinning/parser/parser.hpp"
#include "twinning/validators/validate.hpp"

namespace twinning {

namespace {

// Takes raw records from the grammar through the later stages.
class Pipeline final : public parser::RecordSink {
public:
    Pipeline(const std::string& file, const Options& options, const RecordHandler& on_record, ListingReport& report)
        : file_(file), options_(options), on_record_(on_record), report_(report) {}

    void record(const model::RawRecord& raw) override {
        const model::Record record = normalize::normalize_record(raw, file_, options_.normalize, report_.diagnostics);
        validators::validate_record({raw, record}, report_.diagnostics);
        ++report_.records;
        on_record_(record);
    }

    void diagnostic(model::Diagnostic diagnostic) override { report_.diagnostics.push_back(std::move(diagnostic)); }

private:
    const std::string& file_;
    const Options& options_;
    const RecordHandler& on_record_;
    ListingReport& report_;
};

}  // namespace

ListingReport process_listing(std::string_view input, const std::string& file, const Options& options,
                              const RecordHandler& on_record) {
    ListingReport report;
    Pipeline pipeline(file, options, on_record, report);
    parser::parse_listing(input, file, pipeline);
    std::ranges::stable_sort(report.diagnostics, [](const model::Diagnostic& a, const model::Diagnostic& b) {
        return a.span.begin.offset < b.span.begin.offset;
    });
    return report;
}

}  // namespace twinning
