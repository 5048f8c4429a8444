// Runs the fuzz target's checks over files, without libFuzzer: how the
// normal test suite replays kept crash inputs and the samples.

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);  // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
        if (!in) {
            std::fprintf(stderr, "cannot read %s\n",
                         argv[i]);  // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
            return 2;
        }
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());  // NOLINT
        ++replayed;
    }
    std::printf("%d passed, 0 failed\n", replayed);
    return 0;
}
