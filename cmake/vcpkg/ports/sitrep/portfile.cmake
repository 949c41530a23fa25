# An overlay port that builds the checkout it lives in:
#   vcpkg install sitrep --overlay-ports=<checkout>/cmake/vcpkg/ports
# (a registry copy would use vcpkg_from_github with a release tag and hash).
get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../../../.." ABSOLUTE)

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DSITREP_BUILD_TESTS=OFF
        -DSITREP_BUILD_BENCHMARKS=OFF
        -DSITREP_BUILD_EXAMPLES=OFF
        -DSITREP_BUILD_CLI=ON
        "-DSITREP_INSTALL_CMAKEDIR=share/sitrep"
        "-DSITREP_INSTALL_PYTHONDIR=share/sitrep/python"
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(CONFIG_PATH share/sitrep)
vcpkg_fixup_pkgconfig()
vcpkg_copy_tools(TOOL_NAMES sitrep AUTO_CLEAN)

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug/include" "${CURRENT_PACKAGES_DIR}/debug/share")
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE" "${SOURCE_PATH}/NOTICE")
