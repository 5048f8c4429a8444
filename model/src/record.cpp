#include "twinning/model/record.hpp"

namespace twinning::model {

std::string_view to_string(Field field) {
    switch (field) {
        case Field::name:
            return "name";
        case Field::country:
            return "country";
        case Field::subdivision:
            return "subdivision";
        case Field::population:
            return "population";
        case Field::signed_on:
            return "signed";
        case Field::renewed:
            return "renewed";
        case Field::agreement:
            return "agreement";
        case Field::websites:
            return "websites";
        case Field::cooperation_areas:
            return "cooperation_areas";
    }
    return "";
}

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
