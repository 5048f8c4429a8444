#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace twinning::validators {

// Spell checking with hunspell, accepting both American and British
// spelling. Dictionaries load on the first word the cache has not seen,
// and every answer is cached, because the same areas of cooperation
// repeat across a listing.
class Spelling {
public:
    Spelling();
    Spelling(const Spelling&) = delete;
    Spelling& operator=(const Spelling&) = delete;
    Spelling(Spelling&&) noexcept;
    Spelling& operator=(Spelling&&) noexcept;
    ~Spelling();

    // Empty when the word is spelled right (or no dictionary is
    // installed); otherwise hunspell's suggestions, best first, possibly
    // none.
    struct Verdict {
        bool misspelled = false;
        std::vector<std::string> suggestions;
    };
    [[nodiscard]] const Verdict& check(std::string_view word);

private:
    void load();

    struct Dictionaries;
    std::unique_ptr<Dictionaries> dictionaries_;
    bool loaded_ = false;
    std::unordered_map<std::string, Verdict> cache_;
};

}  // namespace twinning::validators
