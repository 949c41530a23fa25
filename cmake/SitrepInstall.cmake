# Install rules: libraries, headers, the CLI, the Python package, CMake package
# files (relocatable) and pkg-config files.
include(CMakePackageConfigHelpers)

set(SITREP_INSTALL_PYTHONDIR "${CMAKE_INSTALL_LIBDIR}/python3/site-packages" CACHE STRING
    "Where the ctypes Python package is installed (relative to the prefix)")

install(TARGETS sitrep sitrep_c EXPORT sitrepTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/sitrep DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES "${PROJECT_BINARY_DIR}/include/sitrep/version.h" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/sitrep)
install(FILES capi/sitrep.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(SITREP_BUILD_CLI)
  install(TARGETS sitrep_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(DIRECTORY capi/python/sitrep DESTINATION ${SITREP_INSTALL_PYTHONDIR}
        PATTERN "__pycache__" EXCLUDE)
install(FILES NOTICE LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/sitrep OPTIONAL)

install(EXPORT sitrepTargets NAMESPACE sitrep:: DESTINATION ${SITREP_INSTALL_CMAKEDIR})
if(BUILD_SHARED_LIBS)
  set(SITREP_STATIC_CORE OFF)
else()
  set(SITREP_STATIC_CORE ON)
endif()
configure_package_config_file(cmake/sitrepConfig.cmake.in "${PROJECT_BINARY_DIR}/sitrepConfig.cmake"
                              INSTALL_DESTINATION ${SITREP_INSTALL_CMAKEDIR})
write_basic_package_version_file("${PROJECT_BINARY_DIR}/sitrepConfigVersion.cmake"
                                 COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/sitrepConfig.cmake" "${PROJECT_BINARY_DIR}/sitrepConfigVersion.cmake"
        DESTINATION ${SITREP_INSTALL_CMAKEDIR})

# pkg-config: paths relative to ${pcfiledir} so a moved install tree still works.
file(RELATIVE_PATH SITREP_PC_TO_PREFIX "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
string(REGEX REPLACE "/$" "" SITREP_PC_TO_PREFIX "${SITREP_PC_TO_PREFIX}")
if(BUILD_SHARED_LIBS)
  set(SITREP_PC_PRIVATE_LIBS "")
  set(SITREP_PC_CFLAGS "")
else()
  set(SITREP_PC_PRIVATE_LIBS "-lfmt -labsl_raw_hash_set -labsl_hash -labsl_city -labsl_low_level_hash -labsl_strings -labsl_int128 -labsl_throw_delegate -labsl_raw_logging_internal")
  set(SITREP_PC_CFLAGS "-DSITREP_STATIC")
endif()
configure_file(cmake/sitrep.pc.in "${PROJECT_BINARY_DIR}/sitrep.pc" @ONLY)
configure_file(cmake/sitrep_c.pc.in "${PROJECT_BINARY_DIR}/sitrep_c.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/sitrep.pc" "${PROJECT_BINARY_DIR}/sitrep_c.pc"
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
