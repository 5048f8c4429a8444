#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace twinning::model {

// A listing's file, as its place in the run's Sources. Records and
// diagnostics carry this instead of a copy of the name; the writers turn
// it back into the name.
enum class FileId : std::uint32_t {};

// The names of a run's files, in the order they were added. A run adds
// every file before it reads the first, and then only reads the names, so
// the threads that check and write share them without a lock.
class Sources {
public:
    FileId add(std::string name) {
        names_.push_back(std::move(name));
        return FileId{static_cast<std::uint32_t>(names_.size() - 1)};
    }

    [[nodiscard]] const std::string& name(FileId file) const { return names_.at(static_cast<std::size_t>(file)); }

private:
    std::vector<std::string> names_;
};

}  // namespace twinning::model
