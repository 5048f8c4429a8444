// The gazetteer compiled at build time, held to libgeonames itself.

#include "twinning/normalize/gazetteer.hpp"

#include <geonames/geonames.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "twinning/text/unicode.hpp"

namespace {

using twinning::normalize::Place;
using twinning::normalize::places_in;
using twinning::normalize::places_named;

// Every city libgeonames holds is in the tables, found by its folded name
// and country, with its name, region, population and coordinates.
TEST(Gazetteer, HoldsEveryCityOfLibgeonames) {
    const int count = geonames_get_n_cities();
    ASSERT_GT(count, 20000);
    EXPECT_EQ(twinning::normalize::gazetteer().size(), static_cast<std::size_t>(count));
    int found = 0;
    for (int i = 0; i < count; ++i) {
        GeonamesCity* city = geonames_get_city(i);
        const std::string name = geonames_city_get_name(city);
        const std::string country = geonames_city_get_country_code(city);
        const std::string region = geonames_city_get_state(city);
        const unsigned population = geonames_city_get_population(city);
        const double latitude = geonames_city_get_latitude(city);
        const auto places = places_in(twinning::text::fold_key(name), country);
        const bool held = std::ranges::any_of(places, [&](const Place& place) {
            return place.name == name && place.region == region && place.population == population &&
                   std::abs(place.latitude - latitude) < 1e-3;
        });
        EXPECT_TRUE(held) << name << " (" << country << ")";
        found += held ? 1 : 0;
        geonames_city_free(city);
    }
    EXPECT_EQ(found, count);
}

TEST(Gazetteer, FindsACityByItsFoldedName) {
    const auto presov = places_named("presov");
    ASSERT_EQ(presov.size(), 1U);
    EXPECT_EQ(presov.front().name, "Prešov");
    EXPECT_EQ(presov.front().country_code, "SK");
    EXPECT_TRUE(places_named("katowitz").empty());
    EXPECT_TRUE(places_named("").empty());
}

TEST(Gazetteer, KeepsTheCitiesOfOneNameTogetherLargestFirst) {
    const auto springfields = places_in("springfield", "US");
    ASSERT_GT(springfields.size(), 4U);
    EXPECT_TRUE(std::ranges::is_sorted(springfields, std::greater{}, &Place::population));
    EXPECT_TRUE(places_in("springfield", "PL").empty());
    EXPECT_GT(places_named("springfield").size(), springfields.size() - 1);
}

// Regions take their ISO 3166-2 code where iso-codes names them alike.
TEST(Gazetteer, GivesARegionItsIsoCode) {
    const auto ostrava = places_in("ostrava", "CZ");
    ASSERT_EQ(ostrava.size(), 1U);
    EXPECT_EQ(ostrava.front().region_code, "CZ-80");
    const auto coded = std::ranges::count_if(twinning::normalize::gazetteer(),
                                             [](const Place& place) { return !place.region_code.empty(); });
    EXPECT_GT(coded, 16000);
}

}  // namespace
