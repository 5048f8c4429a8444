// Runs the fuzz targets' checks over files, without libFuzzer: how the
// normal test suite replays kept crash inputs and the samples.
//
//   twinning_fuzz_replay [--target NAME] FILE...
//
// Without --target every file goes through the checks of every target that
// reads listings, so an input kept for one of them covers them all; with it,
// through that target's checks only (any of the seven).

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "checks.hpp"

namespace {

struct Target {
    std::string_view name;
    void (*check)(std::string_view);
    bool reads_listings;
};

constexpr std::array targets{
    Target{"grammar", twinning_fuzz::check_grammar, true},
    Target{"validate", twinning_fuzz::check_validate, true},
    Target{"emit", twinning_fuzz::check_emit, true},
    Target{"fmt", twinning_fuzz::check_fmt, true},
    Target{"config", twinning_fuzz::check_config, false},
    Target{"baseline", twinning_fuzz::check_baseline, false},
    Target{"vocabulary", twinning_fuzz::check_vocabulary, false},
};

// The targets --target names, or every listing target; empty for a name
// that is no target.
[[nodiscard]] std::vector<Target> chosen(std::string_view name) {
    std::vector<Target> chosen;
    for (const Target& target : targets) {
        if (name.empty() ? target.reads_listings : target.name == name) {
            chosen.push_back(target);
        }
    }
    return chosen;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + 1, argv + argc);  // NOLINT: argv is what main is given
    std::size_t first_file = 0;
    std::string_view name;
    if (args.size() >= 2 && args[0] == "--target") {
        name = args[1];
        first_file = 2;
    }
    const std::vector<Target> run = chosen(name);
    if (run.empty()) {
        std::fprintf(stderr, "no fuzz target is named %.*s\n", static_cast<int>(name.size()), name.data());
        return 2;
    }
    int replayed = 0;
    for (std::size_t i = first_file; i < args.size(); ++i) {
        const std::string path(args[i]);
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "cannot read %s\n", path.c_str());
            return 2;
        }
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (const Target& target : run) {
            target.check(bytes);
        }
        ++replayed;
    }
    std::printf("%d passed, 0 failed\n", replayed);
    return 0;
}
