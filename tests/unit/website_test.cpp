#include "twinning/normalize/website.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

namespace {

using twinning::normalize::normalize_url;
using twinning::normalize::url_host;

void expect_url(std::string_view written, const std::string& url) {
    EXPECT_EQ(normalize_url(written), std::optional<std::string>(url)) << written;
}

void expect_rejected(std::string_view written) { EXPECT_EQ(normalize_url(written), std::nullopt) << written; }

// --- normalize_url: accepted -------------------------------------------------

TEST(NormalizeUrl, AddsHttpsAndSlashToBareHost) { expect_url("www.katowice.eu", "https://www.katowice.eu/"); }

TEST(NormalizeUrl, KeepsExplicitHttp) {
    expect_url("http://www.shreveportla.gov/", "http://www.shreveportla.gov/");
    expect_url("http://www.shreveportla.gov", "http://www.shreveportla.gov/");
}

TEST(NormalizeUrl, KeepsExplicitHttps) { expect_url("https://city-adm.lviv.ua", "https://city-adm.lviv.ua/"); }

TEST(NormalizeUrl, LowercasesSchemeAndHostButKeepsPath) {
    expect_url("WWW.Split.HR/Path", "https://www.split.hr/Path");
    expect_url("HTTP://WWW.Split.HR/Path/Page.HTML", "http://www.split.hr/Path/Page.HTML");
}

TEST(NormalizeUrl, KeepsExistingPath) { expect_url("www.coventry.gov.uk/", "https://www.coventry.gov.uk/"); }

TEST(NormalizeUrl, PutsSlashBeforeQueryOrFragment) {
    expect_url("example.org?lang=en", "https://example.org/?lang=en");
    expect_url("example.org#top", "https://example.org/#top");
}

TEST(NormalizeUrl, KeepsPort) { expect_url("www.example.org:8080/a", "https://www.example.org:8080/a"); }

TEST(NormalizeUrl, AcceptsHostWithoutWww) { expect_url("pittsburghpa.gov", "https://pittsburghpa.gov/"); }

TEST(NormalizeUrl, AcceptsHyphensAndDigitsInHostLabels) {
    expect_url("www.gaziantep-bld.gov.tr", "https://www.gaziantep-bld.gov.tr/");
    expect_url("web2.city-1.de", "https://web2.city-1.de/");
}

TEST(NormalizeUrl, AcceptsInternationalizedHost) {
    expect_url("www.ko\xC5\xA1ice.sk", "https://www.ko\xC5\xA1ice.sk/");
}

TEST(NormalizeUrl, AcceptsSchemeInQueryOfBareHost) {
    // `://` inside the query is not a scheme: the address has none.
    expect_url("www.example.org/go?to=http://other.org", "https://www.example.org/go?to=http://other.org");
}

// --- normalize_url: rejected -------------------------------------------------

TEST(NormalizeUrl, RejectsOtherSchemes) {
    expect_rejected("ftp://x.org");
    expect_rejected("mailto:info@x.org");
}

TEST(NormalizeUrl, RejectsPlaceholders) {
    expect_rejected("n/a");
    expect_rejected("-");
    expect_rejected("none");
}

TEST(NormalizeUrl, RejectsHostWithoutDot) {
    expect_rejected("localhost");
    expect_rejected("http://localhost/");
}

TEST(NormalizeUrl, RejectsEmptyHost) {
    expect_rejected("");
    expect_rejected("https://");
    expect_rejected("/path");
}

TEST(NormalizeUrl, RejectsEmptyHostLabel) {
    expect_rejected("www..org");
    expect_rejected(".example.org");
    expect_rejected("www.example.org.");
}

TEST(NormalizeUrl, RejectsHostLabelStartingOrEndingWithHyphen) {
    expect_rejected("-example.org");
    expect_rejected("example-.org");
}

TEST(NormalizeUrl, RejectsNumericTopLevelLabel) { expect_rejected("192.168.0.1"); }

TEST(NormalizeUrl, RejectsCharactersAHostCannotHold) {
    expect_rejected("www.ex_ample.org");
    expect_rejected("user@example.org");
    expect_rejected("(www.example.org)");
}

TEST(NormalizeUrl, RejectsBadPort) {
    expect_rejected("example.org:");
    expect_rejected("example.org:http");
}

// --- url_host ----------------------------------------------------------------

TEST(UrlHost, GivesTheHost) {
    EXPECT_EQ(url_host("https://www.katowice.eu/"), "www.katowice.eu");
    EXPECT_EQ(url_host("http://www.shreveportla.gov/a/b"), "www.shreveportla.gov");
}

TEST(UrlHost, LeavesPortQueryAndFragmentOut) {
    EXPECT_EQ(url_host("https://example.org:8080/a"), "example.org");
    EXPECT_EQ(url_host("https://example.org?q=1"), "example.org");
    EXPECT_EQ(url_host("https://example.org#top"), "example.org");
}

TEST(UrlHost, GivesHostOfUrlWithoutPath) { EXPECT_EQ(url_host("https://example.org"), "example.org"); }

TEST(UrlHost, GivesEmptyHostWithoutScheme) {
    EXPECT_EQ(url_host("www.katowice.eu"), "");
    EXPECT_EQ(url_host(""), "");
}

}  // namespace
