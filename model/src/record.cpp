#include "twinning/model/record.hpp"

namespace twinning::model {

std::string_view to_string(Layout layout) {
    switch (layout) {
        case Layout::fields:
            return "fields";
        case Layout::lines:
            return "lines";
        case Layout::list:
            return "list";
        case Layout::table:
            return "table";
        case Layout::sentence:
            return "sentence";
    }
    return "";
}

}  // namespace twinning::model
