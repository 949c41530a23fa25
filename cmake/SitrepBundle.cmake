# The default dictionary bundle: compiled from data/*.tsv at build time by a
# small bootstrap tool, then embedded in the library with .incbin, so the
# default engine needs no files at run time.
enable_language(ASM)
file(GLOB SITREP_DATA_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/data/*.tsv")
file(GLOB SITREP_BUNDLER_SOURCES CONFIGURE_DEPENDS
     "${PROJECT_SOURCE_DIR}/lib/text/*.cpp" "${PROJECT_SOURCE_DIR}/lib/lexicon/*.cpp")
# The bundle's format lives in these files: any change must rebuild the bundle.
file(GLOB SITREP_BUNDLE_FORMAT_FILES CONFIGURE_DEPENDS
     "${PROJECT_SOURCE_DIR}/lib/lexicon/*.hpp" "${PROJECT_SOURCE_DIR}/lib/lexicon/*.cpp")

add_executable(sitrep_bundle_compiler "${PROJECT_SOURCE_DIR}/lib/tools/bundle_compiler_main.cpp"
               ${SITREP_BUNDLER_SOURCES})
set_target_properties(sitrep_bundle_compiler PROPERTIES CXX_STANDARD 20)
target_include_directories(sitrep_bundle_compiler PRIVATE "${PROJECT_SOURCE_DIR}/lib" "${PROJECT_SOURCE_DIR}/include"
                           "${PROJECT_BINARY_DIR}/include")
target_compile_definitions(sitrep_bundle_compiler PRIVATE SITREP_STATIC)
target_link_libraries(sitrep_bundle_compiler PRIVATE fmt::fmt absl::flat_hash_map absl::strings)

set(SITREP_DEFAULT_BUNDLE "${PROJECT_BINARY_DIR}/sitrep_default.bundle")
add_custom_command(
  OUTPUT "${SITREP_DEFAULT_BUNDLE}"
  COMMAND sitrep_bundle_compiler -o "${SITREP_DEFAULT_BUNDLE}" "${PROJECT_SOURCE_DIR}/data"
  DEPENDS sitrep_bundle_compiler ${SITREP_DATA_FILES} ${SITREP_BUNDLE_FORMAT_FILES}
  COMMENT "Compiling the default dictionary bundle from data/"
  VERBATIM)
add_custom_target(sitrep_default_bundle DEPENDS "${SITREP_DEFAULT_BUNDLE}")

configure_file("${PROJECT_SOURCE_DIR}/cmake/default_bundle.S.in" "${PROJECT_BINARY_DIR}/default_bundle.S" @ONLY)
set_source_files_properties("${PROJECT_BINARY_DIR}/default_bundle.S" PROPERTIES OBJECT_DEPENDS "${SITREP_DEFAULT_BUNDLE}")
set(SITREP_BUNDLE_SOURCE "${PROJECT_BINARY_DIR}/default_bundle.S")
install(FILES "${SITREP_DEFAULT_BUNDLE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/sitrep")
