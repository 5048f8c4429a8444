// Build step: the words the installed hunspell dictionaries accept, compiled
// into twinning as a sorted list with what the spelling suggestions need, so
// that spelling never loads hunspell.
//
//   gen_word_list OUT.cpp DICTIONARY_DIR WORD_LIST_DIR FORMS...
//
// Each FORMS file is `unmunch`'s expansion of a dictionary: every stem with
// its affixed forms, one a line. unmunch does not read every affix file
// right (of en_GB's forms about a third are no words), so each form is kept
// only when en_US or en_GB, as hunspell itself judges, accepts it. en_GB's
// dictionary notes some words after a tab (`Animalia<TAB>Taxonomic
// kingdom`); the note is no part of the word.
//
// hunspell also accepts the all-capital form of a mixed-case word (`MSC` for
// `MSc`) and case forms of words with letters beyond ASCII (`FÜHRER`). The
// spelling check derives only ASCII case forms itself, so these are listed
// too, again where hunspell accepts them.
//
// Beside the words, the output holds:
// - where each word starts, so the list is ready without a scan at start;
// - how many bytes each word shares with the one before, which makes the
//   list a trie the suggestions can walk;
// - how common each word is, from the SCOWL word lists Debian ships in
//   WORD_LIST_DIR (wamerican-small ... wamerican-insane and the wbritish
//   ones), which the suggestions rank by;
// - the dictionaries' REP table of misspellings people make (`alot` for
//   `a lot`).

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <hunspell/hunspell.hxx>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "twinning/text/unicode.hpp"

namespace {

// The SCOWL lists by size, most common words first: a word's tier is the
// first list that has it. A word in none is rarer still.
constexpr std::array<std::array<const char*, 2>, 5> scowl_lists{{
    {"american-english-small", "british-english-small"},
    {"american-english", "british-english"},
    {"american-english-large", "british-english-large"},
    {"american-english-huge", "british-english-huge"},
    {"american-english-insane", "british-english-insane"},
}};
constexpr auto unlisted_tier = static_cast<std::uint8_t>(scowl_lists.size());

class Dictionaries {
public:
    explicit Dictionaries(const std::filesystem::path& folder) {
        for (const char* name : {"en_US", "en_GB"}) {
            const std::filesystem::path aff = folder / fmt::format("{}.aff", name);
            const std::filesystem::path dic = folder / fmt::format("{}.dic", name);
            hunspells_.push_back(std::make_unique<Hunspell>(aff.c_str(), dic.c_str()));
            affix_files_.push_back(aff);
        }
    }

    [[nodiscard]] bool accept(const std::string& word) const {
        return std::ranges::any_of(hunspells_, [&](const auto& hunspell) { return hunspell->spell(word); });
    }

    [[nodiscard]] const std::vector<std::filesystem::path>& affix_files() const { return affix_files_; }

private:
    std::vector<std::unique_ptr<Hunspell>> hunspells_;
    std::vector<std::filesystem::path> affix_files_;
};

[[nodiscard]] bool has_beyond_ascii(const std::string& word) {
    return std::ranges::any_of(word, [](char c) { return static_cast<unsigned char>(c) >= 0x80U; });
}

[[nodiscard]] bool has_inner_capital(const std::string& word) {
    return std::any_of(word.begin() + 1, word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The case forms of `form` that the spelling check cannot derive itself.
[[nodiscard]] std::vector<std::string> case_forms(const std::string& form) {
    if (has_beyond_ascii(form)) {
        return {twinning::text::capitalise(form), twinning::text::to_upper(form)};
    }
    if (!form.empty() && has_inner_capital(form)) {
        return {twinning::text::to_upper(form)};
    }
    return {};
}

[[nodiscard]] std::vector<std::string> accepted_forms(const Dictionaries& dictionaries,
                                                      const std::vector<std::string>& files, std::size_t& read) {
    std::vector<std::string> words;
    for (const std::string& file : files) {
        std::ifstream forms(file);
        if (!forms) {
            throw std::runtime_error("cannot read " + file);
        }
        for (std::string form; std::getline(forms, form);) {
            ++read;
            form = form.substr(0, form.find('\t'));
            if (form.empty() || !dictionaries.accept(form)) {
                continue;
            }
            for (std::string& other : case_forms(form)) {
                if (other != form && dictionaries.accept(other)) {
                    words.push_back(std::move(other));
                }
            }
            words.push_back(std::move(form));
        }
    }
    std::ranges::sort(words);
    // std::unique, as clang 14 (the fuzz build) cannot compile
    // std::ranges::unique with GCC 12's library.
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

[[nodiscard]] std::unordered_map<std::string, std::uint8_t> scowl_tiers(const std::filesystem::path& folder) {
    std::unordered_map<std::string, std::uint8_t> tiers;
    for (std::size_t tier = 0; tier < scowl_lists.size(); ++tier) {
        for (const char* name : scowl_lists.at(tier)) {
            std::ifstream list(folder / name);
            if (!list) {
                throw std::runtime_error(fmt::format("cannot read {}", (folder / name).string()));
            }
            for (std::string word; std::getline(list, word);) {
                tiers.emplace(word, static_cast<std::uint8_t>(tier));
            }
        }
    }
    return tiers;
}

[[nodiscard]] std::uint8_t tier_of(const std::unordered_map<std::string, std::uint8_t>& tiers,
                                   const std::string& word) {
    for (const std::string& form : {word, twinning::text::to_lower(word)}) {
        if (const auto found = tiers.find(form); found != tiers.end()) {
            return found->second;
        }
    }
    return unlisted_tier;
}

// The REP lines of both affix files, each pair once: `REP alot a_lot`
// (the count line, `REP 90`, has no second word).
[[nodiscard]] std::vector<std::pair<std::string, std::string>> replacements(const Dictionaries& dictionaries) {
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto& file : dictionaries.affix_files()) {
        std::ifstream affixes(file);
        for (std::string line; std::getline(affixes, line);) {
            std::istringstream fields(line);
            std::string keyword;
            std::string written;
            std::string meant;
            if (fields >> keyword >> written >> meant && keyword == "REP" &&
                std::ranges::find(pairs, std::pair{written, meant}) == pairs.end()) {
                pairs.emplace_back(written, meant);
            }
        }
    }
    return pairs;
}

// Text as a C++ string literal: the words are plain text, but a quote or a
// backslash must not end the literal.
[[nodiscard]] std::string literal(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "\"";
}

void write(std::ostream& out, const std::vector<std::string>& words, const std::vector<std::uint8_t>& tiers,
           const std::vector<std::pair<std::string, std::string>>& rep, std::size_t read) {
    out << "// Generated by tools/gen_word_list.cpp from the hunspell dictionaries: " << words.size() << " words of "
        << read << " forms. Do not edit.\n\n"
        << "#include <array>\n\n#include \"dictionary_words.hpp\"\n\n"
        << "namespace twinning::validators {\n\n"
        << "const std::string_view dictionary_words =\n";
    for (const std::string& word : words) {
        std::string line = literal(word);
        line.insert(line.size() - 1, "\\n");
        out << "    " << line << "\n";
    }
    out << "    ;\n\nnamespace {\n\n"
        << "constexpr std::array<std::uint32_t, " << words.size() + 1 << "> starts{\n";
    std::size_t start = 0;
    for (const std::string& word : words) {
        out << start << ",\n";
        start += word.size() + 1;
    }
    out << start << "};\n\n"
        << "constexpr std::array<std::uint8_t, " << words.size() << "> shared{\n";
    std::string_view previous;
    for (const std::string& word : words) {
        const auto [end, _] = std::ranges::mismatch(previous, word);
        out << end - previous.begin() << ",\n";
        previous = word;
    }
    out << "};\n\n"
        << "constexpr std::array<std::uint8_t, " << tiers.size() << "> tiers{\n";
    for (const std::uint8_t tier : tiers) {
        out << static_cast<unsigned>(tier) << ",\n";
    }
    out << "};\n\n"
        << "constexpr std::array<DictionaryReplacement, " << rep.size() << "> replacements{{\n";
    for (const auto& [written, meant] : rep) {
        out << "    {" << literal(written) << ", " << literal(meant) << "},\n";
    }
    out << "}};\n\n}  // namespace\n\n"
        << "const std::span<const std::uint32_t> dictionary_word_starts{starts};\n"
        << "const std::span<const std::uint8_t> dictionary_word_shared{shared};\n"
        << "const std::span<const std::uint8_t> dictionary_word_tiers{tiers};\n"
        << "const std::span<const DictionaryReplacement> dictionary_replacements{replacements};\n\n"
        << "}  // namespace twinning::validators\n";
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv, argv + argc);
    if (args.size() < 5) {
        std::cerr << "usage: gen_word_list OUT.cpp DICTIONARY_DIR WORD_LIST_DIR FORMS...\n";
        return 2;
    }
    try {
        const Dictionaries dictionaries(args[2]);
        std::size_t read = 0;
        const std::vector<std::string> words =
            accepted_forms(dictionaries, std::vector<std::string>(args.begin() + 4, args.end()), read);
        // What a word shares with the one before is kept in a byte.
        constexpr std::size_t longest = 255;
        if (std::ranges::any_of(words, [](const std::string& word) { return word.size() > longest; })) {
            throw std::runtime_error("a dictionary word is longer than 255 bytes");
        }
        const auto common = scowl_tiers(args[3]);
        std::vector<std::uint8_t> tiers;
        tiers.reserve(words.size());
        for (const std::string& word : words) {
            tiers.push_back(tier_of(common, word));
        }
        std::ofstream out(args[1]);
        write(out, words, tiers, replacements(dictionaries), read);
        if (!out) {
            throw std::runtime_error("cannot write " + args[1]);
        }
    } catch (const std::exception& error) {
        std::cerr << "gen_word_list: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
