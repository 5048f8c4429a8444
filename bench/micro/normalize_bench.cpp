#include <benchmark/benchmark.h>

#include "twinning/normalize/country.hpp"
#include "twinning/normalize/date.hpp"
#include "twinning/normalize/population.hpp"
#include "twinning/normalize/website.hpp"
#include "twinning/text/unicode.hpp"

namespace {

using twinning::normalize::DateOrder;

void population(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(twinning::normalize::parse_population("1 680 723 (2022)"));
    }
}
BENCHMARK(population);

void agreement_dates(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(twinning::normalize::read_agreement_dates("13.11.2015, renewed 1996", DateOrder::dmy));
    }
}
BENCHMARK(agreement_dates);

void country_alias(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(twinning::normalize::find_country("Great Britain"));
    }
}
BENCHMARK(country_alias);

void web_site(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(twinning::normalize::normalize_url("www.coventry.gov.uk/"));
    }
}
BENCHMARK(web_site);

void folded_name(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(twinning::text::fold_key("Ko\xC5\xA1ice"));
    }
}
BENCHMARK(folded_name);

}  // namespace
