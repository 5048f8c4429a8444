#include <benchmark/benchmark.h>

#include "listing.hpp"
#include "twinning/parser/parser.hpp"
#include "twinning/twinning.hpp"

namespace {

// Counts what the grammar hands over, so nothing is optimised away.
class CountingSink final : public twinning::parser::RecordSink {
public:
    void record(const twinning::model::RawRecord& record) override { fields += record.fields.size(); }
    void unrecognized(std::string_view /*text*/, const twinning::model::SourceSpan& /*span*/) override {}
    std::size_t fields = 0;
};

// The grammar alone: headers, labels and values found, nothing judged.
void grammar(benchmark::State& state) {
    const std::string& listing = twinning_bench::megabyte_listing();
    for (auto _ : state) {
        CountingSink sink;
        twinning::parser::parse_listing(listing, sink);
        benchmark::DoNotOptimize(sink.fields);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * listing.size()));
}
BENCHMARK(grammar);

// Every stage but the output: parse, normalize, validate.
void whole_pipeline(benchmark::State& state) {
    const std::string& listing = twinning_bench::megabyte_listing();
    twinning::Options options;
    options.checks.reference_date =
        std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{1}};
    for (auto _ : state) {
        std::size_t records = 0;
        const auto report = twinning::process_listing(listing, twinning_bench::sources(), twinning_bench::file, options,
                                                      [&](const auto& /*record*/) { ++records; });
        benchmark::DoNotOptimize(report.diagnostics.size());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * listing.size()));
}
BENCHMARK(whole_pipeline)->Unit(benchmark::kMillisecond);

}  // namespace
