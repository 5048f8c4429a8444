#include <benchmark/benchmark.h>

#include <string_view>

#include "suggester.hpp"
#include "word_list.hpp"

namespace {

using twinning::validators::Suggester;
using twinning::validators::WordList;

// Whether a word is known: one binary search of the compiled list, or three
// for a capitalised word the list holds in lower case.
void known_word(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(WordList::dictionaries().knows("cooperation"));
    }
}
void known_capitalised_word(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(WordList::dictionaries().knows("Cooperation"));
    }
}
void unknown_word(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(WordList::dictionaries().knows("aktivity"));
    }
}

// What one misspelling's suggestions cost: a walk of the whole list.
void suggest(benchmark::State& state, std::string_view misspelling) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(Suggester::dictionaries().suggest(misspelling, 3));
    }
}
void suggest_short_word(benchmark::State& state) { suggest(state, "teh"); }
void suggest_word(benchmark::State& state) { suggest(state, "aktivity"); }
void suggest_long_word(benchmark::State& state) { suggest(state, "responsability"); }
void suggest_words_run_together(benchmark::State& state) { suggest(state, "economicscientific"); }

BENCHMARK(known_word);
BENCHMARK(known_capitalised_word);
BENCHMARK(unknown_word);
BENCHMARK(suggest_short_word);
BENCHMARK(suggest_word);
BENCHMARK(suggest_long_word);
BENCHMARK(suggest_words_run_together);

}  // namespace
