#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace twinning::validators {

// Spell checking with hunspell's dictionaries, accepting both American and
// British spelling. A word in the list built from them at build time
// (WordList) is known at once; hunspell loads, once a run, only for a word
// the list lacks. Every answer is cached, because the same areas of
// cooperation repeat across a listing: first in the Spelling of one thread,
// without a lock, then in what all threads share, so each word hunspell
// must judge is judged once a run.
class Spelling {
public:
    // Every misspelling met so far, for all threads.
    class Shared;

    // Empty when the word is spelled right; otherwise the suggestions,
    // best first, possibly none.
    struct Verdict {
        bool misspelled = false;
        std::vector<std::string> suggestions;
    };

    // A Spelling of its own, sharing nothing.
    Spelling();
    // A Spelling for another thread, sharing this one's answers.
    [[nodiscard]] Spelling for_another_thread() const;

    Spelling(const Spelling&) = delete;
    Spelling& operator=(const Spelling&) = delete;
    Spelling(Spelling&&) noexcept;
    Spelling& operator=(Spelling&&) noexcept;
    ~Spelling();

    [[nodiscard]] const Verdict& check(std::string_view word);

private:
    explicit Spelling(std::shared_ptr<Shared> shared);

    std::shared_ptr<Shared> shared_;
    std::unordered_map<std::string, Verdict> cache_;
};

}  // namespace twinning::validators
