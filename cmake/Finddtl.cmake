# dtl, the header-only diff library (Debian: libdtl-dev), which ships no
# CMake package or pkg-config file. Defines dtl::dtl.
find_path(dtl_INCLUDE_DIR dtl/dtl.hpp)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(dtl REQUIRED_VARS dtl_INCLUDE_DIR)
if(dtl_FOUND AND NOT TARGET dtl::dtl)
    add_library(dtl::dtl INTERFACE IMPORTED)
    # SYSTEM: its headers are not held to twinning's warning flags.
    set_target_properties(dtl::dtl PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${dtl_INCLUDE_DIR}")
    set_property(TARGET dtl::dtl PROPERTY INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${dtl_INCLUDE_DIR}")
endif()
