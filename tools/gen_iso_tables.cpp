// Build-time generator: turns the iso-codes JSON files into sorted C++
// tables, so twinning starts without parsing 5,000 subdivisions, and adds
// the country names of iso-codes' own translations, so twinning needs no
// gettext at run time.
//
// usage: gen_iso_tables ISO_3166-1.json ISO_3166-2.json OUTPUT.cpp [ISO_3166-1.mo ...]

#include <fmt/format.h>
#include <fmt/os.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "twinning/normalize/place_key.hpp"

namespace {

using nlohmann::json;

json read_json(const char* path) {
    std::ifstream stream(path);
    if (!stream) {
        throw std::runtime_error(fmt::format("cannot read {}", path));
    }
    return json::parse(stream);
}

std::string read_bytes(const char* path) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        throw std::runtime_error(fmt::format("cannot read {}", path));
    }
    return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

// A GNU gettext catalogue (.mo): a header of 32-bit words in the byte order
// of the machine that wrote it, then two tables of (length, offset) pairs,
// one for the original strings and one for their translations.
class MoFile {
public:
    MoFile(std::string bytes, std::string path) : bytes_(std::move(bytes)), path_(std::move(path)) {
        constexpr std::uint32_t magic = 0x950412deU;
        constexpr std::uint32_t swapped_magic = 0xde120495U;
        const std::uint32_t first = word_at(0);
        if (first != magic && first != swapped_magic) {
            fail("is not a gettext catalogue");
        }
        big_endian_ = first == swapped_magic;
        // Major revisions 0 and 1 share this layout; a later one might not.
        if (word_at(4) >> 16U > 1U) {
            fail("has a catalogue revision this reader does not know");
        }
    }

    // Original string to translation. An entry's context (before \x04) and
    // its plural forms (after the first \0) are dropped: a country name has
    // neither, and the header entry has an empty original.
    [[nodiscard]] std::map<std::string, std::string> translations() const {
        std::map<std::string, std::string> out;
        const std::uint32_t count = word_at(8);
        const std::uint32_t originals = word_at(12);
        const std::uint32_t translated = word_at(16);
        for (std::uint32_t i = 0; i < count; ++i) {
            const std::string_view original = singular(string_at(originals + 8 * i));
            const std::string_view translation = singular(string_at(translated + 8 * i));
            if (!original.empty() && !translation.empty()) {
                out.emplace(without_context(original), translation);
            }
        }
        return out;
    }

private:
    [[noreturn]] void fail(std::string_view why) const { throw std::runtime_error(fmt::format("{} {}", path_, why)); }

    [[nodiscard]] std::uint32_t word_at(std::size_t offset) const {
        if (offset > bytes_.size() || bytes_.size() - offset < 4) {
            fail("ends inside its tables");
        }
        std::uint32_t word = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const std::size_t byte = big_endian_ ? i : 3 - i;
            word = (word << 8U) | static_cast<unsigned char>(bytes_[offset + byte]);
        }
        return word;
    }

    // The string a table entry points at.
    [[nodiscard]] std::string_view string_at(std::size_t entry) const {
        const std::uint32_t length = word_at(entry);
        const std::uint32_t offset = word_at(entry + 4);
        if (offset > bytes_.size() || bytes_.size() - offset < length) {
            fail("points past its end");
        }
        return std::string_view(bytes_).substr(offset, length);
    }

    [[nodiscard]] static std::string_view singular(std::string_view entry) { return entry.substr(0, entry.find('\0')); }

    [[nodiscard]] static std::string_view without_context(std::string_view entry) {
        const std::size_t separator = entry.find('\x04');
        return separator == std::string_view::npos ? entry : entry.substr(separator + 1);
    }

    std::string bytes_;
    std::string path_;
    bool big_endian_ = false;
};

// ISO writes some names inverted, `Korea, Republic of`; pages write
// `Republic of Korea`. Also `Congo, The Democratic Republic of the`.
[[nodiscard]] std::optional<std::string> natural_order(const std::string& name) {
    const std::size_t comma = name.rfind(", ");
    if (comma == std::string::npos) {
        return std::nullopt;
    }
    const std::string_view head = std::string_view(name).substr(0, comma);
    const std::string_view tail = std::string_view(name).substr(comma + 2);
    if (tail.ends_with(" of") || tail.ends_with(" of the")) {
        return fmt::format("{} {}", tail, head);
    }
    return std::nullopt;
}

// A C++ string literal for any UTF-8 text.
std::string literal(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20U || static_cast<unsigned char>(c) >= 0x7FU) {
            out += fmt::format(R"(\x{:02x}"")", static_cast<unsigned char>(c));
        } else {
            out += c;
        }
    }
    // The `sv` suffix gives the length at compile time; counting it in a
    // constant expression takes clang past its step limit for 10 000 rows.
    return out + "\"sv";
}

struct Country {
    std::string alpha2;
    std::string alpha3;
    std::string name;  // the short name people use: common_name, else name
};

// The enumerator of iso::KeyOrigin each row is written with.
enum class Origin : std::uint8_t { code, name, translation };

[[nodiscard]] std::string_view origin_enumerator(Origin origin) {
    switch (origin) {
        case Origin::code:
            return "KeyOrigin::code";
        case Origin::name:
            return "KeyOrigin::name";
        case Origin::translation:
            return "KeyOrigin::translation";
    }
    return "";
}

// Keys of every country, where the first country to claim a key keeps it.
// English keys are all added before any translation, so no translation takes
// an English name or code from its country; among translations, catalogues
// are taken in the order given and countries in ISO order within each.
// A key claimed by a second country is kept to be listed in the output.
class CountryKeys {
public:
    void add(const std::string& written, const std::string& alpha2, Origin origin) {
        const std::string key = twinning::normalize::place_key(written);
        const auto [row, added] = rows_.emplace(key, Row{alpha2, origin});
        if (!added && row->second.alpha2 != alpha2) {
            shared_.push_back(
                fmt::format("`{}` ({}) is also written for {}; {} keeps it", key, written, alpha2, row->second.alpha2));
        }
    }

    struct Row {
        std::string alpha2;
        Origin origin;
    };

    [[nodiscard]] const std::map<std::string, Row>& rows() const { return rows_; }
    [[nodiscard]] const std::vector<std::string>& shared() const { return shared_; }

private:
    std::map<std::string, Row> rows_;
    std::vector<std::string> shared_;
};

constexpr std::array english_name_fields{"name", "official_name", "common_name"};

void add_english_keys(const json& entry, CountryKeys& keys) {
    const std::string alpha2 = entry.at("alpha_2");
    keys.add(alpha2, alpha2, Origin::code);
    keys.add(entry.at("alpha_3"), alpha2, Origin::code);
    for (const char* field : english_name_fields) {
        if (!entry.contains(field)) {
            continue;
        }
        const std::string name = entry.at(field);
        keys.add(name, alpha2, Origin::name);
        if (const auto natural = natural_order(name)) {
            keys.add(*natural, alpha2, Origin::name);
        }
    }
}

void add_translated_keys(const json& entries, const std::map<std::string, std::string>& catalogue, CountryKeys& keys) {
    for (const json& entry : entries) {
        for (const char* field : english_name_fields) {
            if (!entry.contains(field)) {
                continue;
            }
            if (const auto found = catalogue.find(entry.at(field)); found != catalogue.end()) {
                keys.add(found->second, entry.at("alpha_2"), Origin::translation);
            }
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fputs("usage: gen_iso_tables ISO_3166-1.json ISO_3166-2.json OUTPUT.cpp [ISO_3166-1.mo ...]\n", stderr);
        return 2;
    }
    try {
        std::vector<Country> countries;
        CountryKeys country_keys;
        const json countries_json = read_json(argv[1]);
        const json& entries = countries_json.at("3166-1");
        for (const json& entry : entries) {
            countries.push_back(
                {entry.at("alpha_2"), entry.at("alpha_3"), entry.value("common_name", entry.at("name"))});
            add_english_keys(entry, country_keys);
        }
        for (int i = 4; i < argc; ++i) {
            add_translated_keys(entries, MoFile(read_bytes(argv[i]), argv[i]).translations(), country_keys);
        }
        std::ranges::sort(countries, {}, &Country::alpha2);

        std::map<std::string, std::pair<std::string, std::string>> subdivision_keys;  // "cc:key" -> code, name
        const json subdivisions_json = read_json(argv[2]);
        for (const json& entry : subdivisions_json.at("3166-2")) {
            const std::string code = entry.at("code");
            const std::string name = entry.at("name");
            const std::string country = code.substr(0, 2);
            subdivision_keys.emplace(country + ":" + twinning::normalize::place_key(name), std::pair{code, name});
            // `Wales [Cymru GB-CYM]` is written `Wales`: the name before ISO's
            // bracketed second name is a key too.
            if (const std::size_t bracket = name.find(" ["); bracket != std::string::npos) {
                subdivision_keys.emplace(country + ":" + twinning::normalize::place_key(name.substr(0, bracket)),
                                         std::pair{code, name});
            }
            // The part after the dash (`PA` in US-PA) is written too.
            subdivision_keys.emplace(country + ":" + twinning::normalize::place_key(code.substr(3)),
                                     std::pair{code, name});
        }

        auto out = fmt::output_file(argv[3]);
        out.print("// Generated by tools/gen_iso_tables.cpp from the iso-codes package. Do not edit.\n");
        for (const std::string& shared : country_keys.shared()) {
            out.print("// {}\n", shared);
        }
        out.print("#include \"iso_tables.hpp\"\n\nnamespace twinning::normalize::iso {{\n\n");
        out.print("using namespace std::string_view_literals;\n\n");
        out.print("namespace {{\n\nconstexpr Country country_rows[] = {{\n");
        for (const Country& country : countries) {
            out.print("    {{{}, {}, {}}},\n", literal(country.alpha2), literal(country.alpha3), literal(country.name));
        }
        out.print("}};\n\nconstexpr Key country_key_rows[] = {{\n");
        for (const auto& [key, row] : country_keys.rows()) {
            out.print("    {{{}, {}, {}}},\n", literal(key), literal(row.alpha2), origin_enumerator(row.origin));
        }
        out.print("}};\n\nconstexpr Subdivision subdivision_rows[] = {{\n");
        for (const auto& [key, value] : subdivision_keys) {
            out.print("    {{{}, {}, {}}},\n", literal(key), literal(value.first), literal(value.second));
        }
        out.print("}};\n\n}}  // namespace\n\n");
        out.print("const std::span<const Country> countries{{country_rows}};\n");
        out.print("const std::span<const Key> country_keys{{country_key_rows}};\n");
        out.print("const std::span<const Subdivision> subdivisions{{subdivision_rows}};\n\n");
        out.print("}}  // namespace twinning::normalize::iso\n");
        return 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "gen_iso_tables: %s\n", error.what());
        return 1;
    }
}
