#include "twinning/normalize/inference.hpp"

#include <algorithm>
#include <array>

#include "twinning/normalize/country.hpp"
#include "twinning/normalize/gazetteer.hpp"
#include "twinning/text/unicode.hpp"

namespace twinning::normalize {

namespace {

[[nodiscard]] std::string_view without_www(std::string_view host) {
    if (host.starts_with("www.")) {
        host.remove_prefix(4);
    }
    return host;
}

// Country-code domains sold as generic ones: a site there says nothing of
// its country, so no country is inferred from them, and the
// website-country-mismatch rule, which asks this function, agrees.
constexpr std::array<std::string_view, 10> generic_country_domains{"ai", "cc", "co", "fm", "io",
                                                                   "ly", "me", "to", "tv", "ws"};

[[nodiscard]] std::optional<std::string> country_from_tld(std::string_view host) {
    const std::size_t dot = host.rfind('.');
    if (dot == std::string_view::npos || host.size() - dot - 1 != 2 ||
        std::ranges::find(generic_country_domains, host.substr(dot + 1)) != generic_country_domains.end()) {
        return std::nullopt;
    }
    std::string code(host.substr(dot + 1));
    for (char& c : code) {
        if (c < 'a' || c > 'z') {
            return std::nullopt;
        }
        c = static_cast<char>(c - 'a' + 'A');
    }
    // `.uk` is the one ccTLD that differs from the ISO code it stands for.
    if (code == "UK") {
        code = "GB";
    }
    if (!country_by_alpha2(code)) {
        return std::nullopt;
    }
    return code;
}

}  // namespace

InferredPlace infer_from_host(std::string_view host) {
    InferredPlace place;
    const std::string_view bare = without_www(host);
    const std::size_t dot = bare.find('.');
    if (dot != std::string_view::npos && dot > 0) {
        std::string name(bare.substr(0, dot));
        if (name.front() >= 'a' && name.front() <= 'z') {
            name.front() = static_cast<char>(name.front() - 'a' + 'A');
        }
        place.name = std::move(name);
    }
    place.country_code = country_from_tld(bare);
    // A host has no diacritics: where the gazetteer knows the city in the
    // domain's country, its spelling is the name (`www.zilina.sk` gives
    // `Žilina`).
    if (place.name && place.country_code) {
        const auto known = places_in(text::fold_key(*place.name), *place.country_code);
        if (!known.empty()) {
            place.name = std::string(known.front().name);
        }
    }
    return place;
}

}  // namespace twinning::normalize
