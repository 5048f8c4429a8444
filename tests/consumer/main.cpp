// The README's library example, compiled and run against the installed package.
#include <iostream>
#include <twinning/twinning.hpp>

int main() {
    const std::string listing = "Katowice (Poland)\npopulation: 281 711 (2021)\nweb sites: www.katowice.eu\n";
    twinning::model::Sources sources;  // the names of the files, which records and diagnostics give by id
    const twinning::model::FileId file = sources.add("example.txt");
    const twinning::ListingReport report =
        twinning::process_listing(listing, sources, file, {}, [](const twinning::model::Record& record) {
            std::cout << record.name->value << " " << record.country_code << " " << record.population->value << "\n";
        });
    for (const twinning::model::Diagnostic& diagnostic : report.diagnostics) {
        std::cout << sources.name(diagnostic.file) << ":" << diagnostic.span.begin.line << ": " << diagnostic.message
                  << "\n";
    }
}
