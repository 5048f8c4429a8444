// The README's library example, compiled and run against the installed package.
#include <iostream>
#include <twinning/twinning.hpp>

int main() {
    const std::string listing = "Katowice (Poland)\npopulation: 281 711 (2021)\nweb sites: www.katowice.eu\n";
    const twinning::ListingReport report =
        twinning::process_listing(listing, "example.txt", {}, [](const twinning::model::Record& record) {
            std::cout << record.name->value << " " << record.country_code << " " << record.population->value << "\n";
        });
    for (const twinning::model::Diagnostic& diagnostic : report.diagnostics) {
        std::cout << diagnostic.span.begin.line << ": " << diagnostic.message << "\n";
    }
}
