#include "spelling.hpp"

#include <mutex>

#include "suggester.hpp"
#include "word_list.hpp"

namespace twinning::validators {

namespace {

// At most this many suggestions are kept, best first.
constexpr std::size_t suggestion_limit = 3;

}  // namespace

class Spelling::Shared {
public:
    [[nodiscard]] Verdict verdict(const std::string& word) {
        // Most words are known: settled by the list, with no lock.
        if (WordList::dictionaries().knows(word)) {
            return {};
        }
        {
            const std::lock_guard lock(mutex_);
            if (const auto found = misspellings_.find(word); found != misspellings_.end()) {
                return found->second;
            }
        }
        // Worked out unlocked, so threads suggest for different words at
        // once; two threads that meet the same new word both work it out,
        // with the same result.
        Verdict verdict{.misspelled = true, .suggestions = Suggester::dictionaries().suggest(word, suggestion_limit)};
        const std::lock_guard lock(mutex_);
        return misspellings_.emplace(word, std::move(verdict)).first->second;
    }

private:
    std::mutex mutex_;
    std::unordered_map<std::string, Verdict> misspellings_;
};

Spelling::Spelling() : shared_(std::make_shared<Shared>()) {}
Spelling::Spelling(std::shared_ptr<Shared> shared) : shared_(std::move(shared)) {}
Spelling::Spelling(Spelling&&) noexcept = default;
Spelling& Spelling::operator=(Spelling&&) noexcept = default;
Spelling::~Spelling() = default;

Spelling Spelling::for_another_thread() const { return Spelling(shared_); }

const Spelling::Verdict& Spelling::check(std::string_view word) {
    std::string key(word);
    if (const auto found = cache_.find(key); found != cache_.end()) {
        return found->second;
    }
    Verdict verdict = shared_->verdict(key);
    return cache_.emplace(std::move(key), std::move(verdict)).first->second;
}

}  // namespace twinning::validators
