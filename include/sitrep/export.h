/* sitrep/export.h — symbol visibility for the sitrep libraries.
 *
 * The libraries build with hidden visibility; SITREP_API marks what is exported.
 * A static build defines SITREP_STATIC (the CMake targets do this for you). */
#ifndef SITREP_EXPORT_H
#define SITREP_EXPORT_H

#if defined(SITREP_STATIC)
#define SITREP_API
#elif defined(_WIN32)
#if defined(SITREP_BUILDING)
#define SITREP_API __declspec(dllexport)
#else
#define SITREP_API __declspec(dllimport)
#endif
#else
#define SITREP_API __attribute__((visibility("default")))
#endif

#endif /* SITREP_EXPORT_H */
