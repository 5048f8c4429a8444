# Installs the command, the libraries with their public headers, and a CMake
# package, so that another project can find_package(twinning).
include(CMakePackageConfigHelpers)

set(twinning_libraries twinning_model twinning_text twinning_parser twinning_normalize twinning_validators
    twinning_emit twinning_lib)
set_target_properties(twinning_model PROPERTIES EXPORT_NAME model)
set_target_properties(twinning_text PROPERTIES EXPORT_NAME text)
set_target_properties(twinning_parser PROPERTIES EXPORT_NAME parser)
set_target_properties(twinning_normalize PROPERTIES EXPORT_NAME normalize)
set_target_properties(twinning_validators PROPERTIES EXPORT_NAME validators)
set_target_properties(twinning_emit PROPERTIES EXPORT_NAME emit)
set_target_properties(twinning_lib PROPERTIES EXPORT_NAME twinning)

install(TARGETS twinning RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS ${twinning_libraries}
    EXPORT twinningTargets
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
foreach(folder IN ITEMS model text parser normalize validators emit pipeline)
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/${folder}/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
endforeach()

set(package_dir ${CMAKE_INSTALL_LIBDIR}/cmake/twinning)
install(EXPORT twinningTargets NAMESPACE twinning:: DESTINATION ${package_dir})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/twinningConfig.cmake.in
    ${PROJECT_BINARY_DIR}/twinningConfig.cmake INSTALL_DESTINATION ${package_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/twinningConfigVersion.cmake
    COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/twinningConfig.cmake ${PROJECT_BINARY_DIR}/twinningConfigVersion.cmake
    DESTINATION ${package_dir})

install(FILES ${PROJECT_SOURCE_DIR}/docs/twinning.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/completions/twinning.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME twinning)
