// Build step: the gazetteer, compiled into twinning as one sorted table, so a
// place is looked up without loading libgeonames (whose own search takes
// about 90 ms a query).
//
//   gen_place_tables OUT.cpp ISO_3166_2_JSON
//
// Every city libgeonames holds (GeoNames' cities of more than 15,000 people)
// with its name, the name folded as duplicate-record folds names, its country
// code, region, population and coordinates. The region gets its ISO 3166-2
// code where iso-codes names a subdivision of that country the same way,
// folded, or the same once words every region name may carry (`Region`,
// `Oblast`, `Voivodeship`) are dropped from both; the count that match is
// printed.
//
// The table is sorted by folded name, then country, then population, largest
// first, so every place of one name is one run of rows. Beside it goes an
// open-addressing hash table of the folded names: a lookup is one probe.

#include <fmt/format.h>
#include <geonames/geonames.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "twinning/normalize/place_key.hpp"
#include "twinning/text/hash.hpp"
#include "twinning/text/unicode.hpp"

namespace {

struct City {
    std::string name;
    std::string folded;
    std::string country_code;
    std::string region;
    std::string region_code;
    std::uint32_t population = 0;
    double latitude = 0;
    double longitude = 0;
};

// Words any region's name may carry, in English or as iso-codes writes it.
constexpr std::array<std::string_view, 20> generic_region_words{
    "region",   "province",   "county",       "state",      "oblast",     "voivodeship", "kraj",
    "district", "prefecture", "governorate",  "department", "autonomous", "community",   "of",
    "the",      "city",       "municipality", "republic",   "krai",       "okrug",
};

// A region's name with the generic words dropped, folded.
[[nodiscard]] std::string region_core(std::string_view name) {
    std::string key = twinning::normalize::place_key(name);
    std::ranges::replace(key, '-', ' ');
    std::string core;
    for (std::size_t begin = 0; begin < key.size();) {
        const std::size_t end = std::min(key.find(' ', begin), key.size());
        const std::string_view word = std::string_view(key).substr(begin, end - begin);
        if (!word.empty() && std::ranges::find(generic_region_words, word) == generic_region_words.end()) {
            if (!core.empty()) {
                core += ' ';
            }
            core += word;
        }
        begin = end + 1;
    }
    return core;
}

// ISO 3166-2 codes by country and by a region name's key: exact and core.
class Subdivisions {
public:
    explicit Subdivisions(const nlohmann::json& iso) {
        for (const auto& entry : iso.at("3166-2")) {
            const auto code = entry.at("code").get<std::string>();
            const auto name = entry.at("name").get<std::string>();
            const std::string country = code.substr(0, 2);
            exact_.emplace(std::pair{country, twinning::normalize::place_key(name)}, code);
            core_.emplace(std::pair{country, region_core(name)}, code);
        }
    }

    [[nodiscard]] std::string code_of(const std::string& country, const std::string& region) const {
        if (const auto found = exact_.find({country, twinning::normalize::place_key(region)}); found != exact_.end()) {
            return found->second;
        }
        if (const auto found = core_.find({country, region_core(region)}); found != core_.end()) {
            return found->second;
        }
        return "";
    }

private:
    std::map<std::pair<std::string, std::string>, std::string> exact_;
    std::map<std::pair<std::string, std::string>, std::string> core_;
};

[[nodiscard]] std::vector<City> read_cities(const Subdivisions& subdivisions) {
    std::vector<City> cities;
    const int count = geonames_get_n_cities();
    cities.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        GeonamesCity* city = geonames_get_city(i);
        City row{.name = geonames_city_get_name(city),
                 .folded = twinning::text::fold_key(geonames_city_get_name(city)),
                 .country_code = geonames_city_get_country_code(city),
                 .region = geonames_city_get_state(city),
                 .region_code = "",
                 .population = geonames_city_get_population(city),
                 .latitude = geonames_city_get_latitude(city),
                 .longitude = geonames_city_get_longitude(city)};
        row.region_code = subdivisions.code_of(row.country_code, row.region);
        cities.push_back(std::move(row));
        geonames_city_free(city);
    }
    std::ranges::sort(cities, {}, [](const City& c) {
        return std::tuple(c.folded, c.country_code, -static_cast<std::int64_t>(c.population));
    });
    return cities;
}

// The hash table: a power of two at least twice the distinct names, each
// slot the first row of a name plus one (0 is empty), probed linearly.
[[nodiscard]] std::vector<std::uint32_t> name_slots(const std::vector<City>& cities) {
    std::size_t distinct = 0;
    for (std::size_t i = 0; i < cities.size(); ++i) {
        distinct += i == 0 || cities[i].folded != cities[i - 1].folded ? 1 : 0;
    }
    std::size_t size = 1;
    while (size < 2 * distinct) {
        size *= 2;
    }
    std::vector<std::uint32_t> slots(size, 0);
    for (std::size_t i = 0; i < cities.size(); ++i) {
        if (i > 0 && cities[i].folded == cities[i - 1].folded) {
            continue;
        }
        std::size_t slot = twinning::text::stable_hash(cities[i].folded) & (size - 1);
        while (slots[slot] != 0) {
            slot = (slot + 1) & (size - 1);
        }
        slots[slot] = static_cast<std::uint32_t>(i + 1);
    }
    return slots;
}

// Text as a string_view of a C++ string literal, with its length given:
// clang would otherwise count 24,361 rows of lengths at compile time, past
// its limit on constant evaluation.
[[nodiscard]] std::string literal(std::string_view text) {
    std::string out = "std::string_view{\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + fmt::format("\", {}}}", text.size());
}

void write(std::ostream& out, const std::vector<City>& cities, const std::vector<std::uint32_t>& slots) {
    out << "// Generated by tools/gen_place_tables.cpp from libgeonames (GeoNames, CC BY 4.0): " << cities.size()
        << " cities. Do not edit.\n\n"
        << "#include <array>\n\n#include \"place_tables.hpp\"\n\n"
        << "namespace twinning::normalize::places {\n\nnamespace {\n\n"
        << "constexpr std::array<Place, " << cities.size() << "> rows{{\n";
    for (const City& c : cities) {
        out << fmt::format("    {{{}, {}, {}, {}, {}, {}, {:.4f}, {:.4f}}},\n", literal(c.name), literal(c.folded),
                           literal(c.country_code), literal(c.region), literal(c.region_code), c.population, c.latitude,
                           c.longitude);
    }
    out << "}};\n\n"
        << "constexpr std::array<std::uint32_t, " << slots.size() << "> slots{\n";
    for (const std::uint32_t slot : slots) {
        out << slot << ",\n";
    }
    out << "};\n\n}  // namespace\n\n"
        << "const std::span<const Place> table{rows};\n"
        << "const std::span<const std::uint32_t> name_slots{slots};\n\n"
        << "}  // namespace twinning::normalize::places\n";
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv, argv + argc);
    if (args.size() != 3) {
        std::cerr << "usage: gen_place_tables OUT.cpp ISO_3166_2_JSON\n";
        return 2;
    }
    try {
        std::ifstream iso(args[2]);
        const Subdivisions subdivisions(nlohmann::json::parse(iso));
        const std::vector<City> cities = read_cities(subdivisions);
        const auto coded = std::ranges::count_if(cities, [](const City& c) { return !c.region_code.empty(); });
        std::cout << fmt::format("gen_place_tables: {} cities, {} with their region's ISO 3166-2 code\n", cities.size(),
                                 coded);
        std::ofstream out(args[1]);
        write(out, cities, name_slots(cities));
        if (!out) {
            throw std::runtime_error("cannot write " + args[1]);
        }
    } catch (const std::exception& error) {
        std::cerr << "gen_place_tables: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
