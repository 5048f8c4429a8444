#include "spelling.hpp"

#include <filesystem>
#include <hunspell/hunspell.hxx>

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

struct Spelling::Dictionaries {
    std::vector<std::unique_ptr<Hunspell>> all;
};

Spelling::Spelling() = default;
Spelling::Spelling(Spelling&&) noexcept = default;
Spelling& Spelling::operator=(Spelling&&) noexcept = default;
Spelling::~Spelling() = default;

void Spelling::load() {
    loaded_ = true;
    dictionaries_ = std::make_unique<Dictionaries>();
    for (const std::string_view name : {"en_US", "en_GB"}) {
        if (auto dictionary = open_dictionary(name)) {
            dictionaries_->all.push_back(std::move(dictionary));
        }
    }
}

const Spelling::Verdict& Spelling::check(std::string_view word) {
    const std::string key(word);
    if (const auto found = cache_.find(key); found != cache_.end()) {
        return found->second;
    }
    if (!loaded_) {
        load();
    }
    Verdict verdict;
    const auto& all = dictionaries_->all;
    const bool known = all.empty() || std::ranges::any_of(all, [&](const auto& d) { return d->spell(key); });
    if (!known) {
        verdict.misspelled = true;
        verdict.suggestions = all.front()->suggest(key);
        if (verdict.suggestions.size() > suggestion_limit) {
            verdict.suggestions.resize(suggestion_limit);
        }
    }
    return cache_.emplace(key, std::move(verdict)).first->second;
}

}  // namespace twinning::validators
