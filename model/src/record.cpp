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
        case Field::websites:
            return "websites";
        case Field::cooperation_areas:
            return "cooperation_areas";
    }
    return "";
}

std::string_view to_string(Layout layout) { return layout == Layout::lines ? "lines" : "fields"; }

}  // namespace twinning::model
