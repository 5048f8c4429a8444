#include "spelling.hpp"

#include <algorithm>
#include <filesystem>
#include <hunspell/hunspell.hxx>
#include <mutex>

#include "word_list.hpp"

namespace twinning::validators {

namespace {

// At most this many suggestions are kept; hunspell orders them best first.
constexpr std::size_t suggestion_limit = 3;

[[nodiscard]] std::unique_ptr<Hunspell> open_dictionary(std::string_view name) {
    const std::filesystem::path folder = TWINNING_HUNSPELL_DIR;
    const std::filesystem::path aff = folder / (std::string(name) + ".aff");
    const std::filesystem::path dic = folder / (std::string(name) + ".dic");
    std::error_code error;
    if (!std::filesystem::exists(aff, error) || !std::filesystem::exists(dic, error)) {
        return nullptr;
    }
    return std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
}

}  // namespace

class Spelling::Shared {
public:
    [[nodiscard]] Verdict verdict(const std::string& word) {
        // Most words are in the list built from the dictionaries: settled
        // with no lock and without loading hunspell.
        if (WordList::dictionaries().knows(word)) {
            return {};
        }
        const std::lock_guard lock(mutex_);
        if (const auto found = verdicts_.find(word); found != verdicts_.end()) {
            return found->second;
        }
        if (!loaded_) {
            load();
        }
        Verdict verdict;
        const bool known =
            dictionaries_.empty() || std::ranges::any_of(dictionaries_, [&](const auto& d) { return d->spell(word); });
        if (!known) {
            verdict.misspelled = true;
            verdict.suggestions = dictionaries_.front()->suggest(word);
            if (verdict.suggestions.size() > suggestion_limit) {
                verdict.suggestions.resize(suggestion_limit);
            }
        }
        return verdicts_.emplace(word, std::move(verdict)).first->second;
    }

private:
    void load() {
        loaded_ = true;
        for (const std::string_view name : {"en_US", "en_GB"}) {
            if (auto dictionary = open_dictionary(name)) {
                dictionaries_.push_back(std::move(dictionary));
            }
        }
    }

    std::mutex mutex_;
    bool loaded_ = false;
    std::vector<std::unique_ptr<Hunspell>> dictionaries_;
    std::unordered_map<std::string, Verdict> verdicts_;
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
