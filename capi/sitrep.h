/* sitrep.h — the C ABI of sitrep, the news-text-to-event-data library.
 *
 * This is the only C surface: one header, opaque handles, fixed-width integers,
 * out-pointers. It is written for foreign-function interfaces (Python ctypes
 * first) and for C programs.
 *
 * Conventions
 *  - Every function returns an int status: SITREP_OK (0) or a negative
 *    SITREP_E_* code. Codes are never renumbered. sitrep_status_string() gives a
 *    static message for any code.
 *  - Functions that can fail take an optional `sitrep_error*` (may be NULL) that
 *    receives the code, a byte offset or line number, and a message.
 *  - Text is passed as (const char* text, size_t len): UTF-8, no terminator
 *    needed. Offsets in results are byte offsets into that text, half-open.
 *  - Handles are created by *_new / sitrep_parse / sitrep_tokenize and released
 *    by the matching *_free, which accepts NULL. A result owns every byte it
 *    hands out; pointers stay valid until the result is freed. Never call libc
 *    free() on library memory.
 *  - No C++ exception crosses this ABI; no global state; no global init.
 *
 * Thread-safety
 *  - sitrep_engine is immutable once built: any number of threads may call
 *    sitrep_parse / sitrep_tokenize on the same engine at the same time.
 *  - A result handle (sitrep_result, sitrep_tokens) may be read from several
 *    threads at once, but freed by one thread after all reads are done.
 */
#ifndef SITREP_H
#define SITREP_H

#include <stddef.h>
#include <stdint.h>

#include "sitrep/version.h"

#if defined(_WIN32)
#if defined(SITREP_C_BUILDING)
#define SITREP_C_API __declspec(dllexport)
#else
#define SITREP_C_API __declspec(dllimport)
#endif
#else
#define SITREP_C_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status codes ------------------------------------------------------- */
#define SITREP_OK 0
#define SITREP_E_NULL_ARGUMENT (-1)    /* a required pointer was NULL */
#define SITREP_E_INVALID_ARGUMENT (-2) /* an option or index is out of range */
#define SITREP_E_INVALID_UTF8 (-3)     /* text is not valid UTF-8 (offset set) */
#define SITREP_E_INPUT_TOO_LARGE (-4)  /* text exceeds the engine's limit */
#define SITREP_E_OUT_OF_MEMORY (-5)
#define SITREP_E_IO (-6)               /* a file could not be read */
#define SITREP_E_BAD_DICTIONARY (-7)   /* a dictionary is malformed (line set) */
#define SITREP_E_INTERNAL (-8)         /* a bug; please report it */
#define SITREP_E_NUL_BYTE (-9)         /* text contains a NUL byte (offset set) */
#define SITREP_E_BAD_DATE (-10)        /* reference date is not a calendar day */

/* ---- versions ------------------------------------------------------------ */
/* The library's version as "MAJOR.MINOR.PATCH"; static storage. */
SITREP_C_API const char* sitrep_version_string(void);
/* MAJOR * 10000 + MINOR * 100 + PATCH, comparable with SITREP_VERSION_NUMBER. */
SITREP_C_API uint32_t sitrep_version_number(void);

/* A static English message for a status code (never NULL; unknown codes
 * get "unknown status"). */
SITREP_C_API const char* sitrep_status_string(int32_t status);

/* ---- errors -------------------------------------------------------------- */
/* Filled by failing calls when passed non-NULL. Plain data owned by the caller. */
typedef struct sitrep_error {
  int32_t code;        /* the status returned */
  int64_t offset;      /* byte offset in the text, 1-based line of a dictionary, or -1 */
  char message[256];   /* NUL-terminated, truncated to fit */
} sitrep_error;

/* ---- engine -------------------------------------------------------------- */
typedef struct sitrep_engine sitrep_engine;

/* Options for sitrep_engine_new. Call sitrep_engine_options_init first: it sets
 * `size` (so the struct can grow without breaking callers) and the defaults. */
typedef struct sitrep_engine_options {
  uint32_t size;                 /* sizeof(sitrep_engine_options), set by _init */
  const char* bundle_path;       /* NULL = the embedded default dictionaries */
  const char* const* overlays;   /* dictionary source files laid over the bundle */
  uint32_t overlay_count;
  uint64_t max_document_bytes;   /* 0 = no limit below 4 GiB - 1; default 64 MiB */
} sitrep_engine_options;

/* Sets defaults. Returns SITREP_E_NULL_ARGUMENT for NULL. */
SITREP_C_API int32_t sitrep_engine_options_init(sitrep_engine_options* options);

/* Builds an engine. `options` may be NULL (defaults). On success *out owns a new
 * engine the caller releases with sitrep_engine_free. On failure *out is NULL.
 * Loading takes tens of milliseconds: build one engine and share it. */
SITREP_C_API int32_t sitrep_engine_new(const sitrep_engine_options* options, sitrep_engine** out,
                                       sitrep_error* error);
/* Releases an engine (NULL is fine). No result needs the engine after this:
 * results own their data. */
SITREP_C_API void sitrep_engine_free(sitrep_engine* engine);

/* ---- tokens ---------------------------------------------------------------- */
typedef struct sitrep_tokens sitrep_tokens;

/* Token kinds (values of the `kind` out-parameter). */
#define SITREP_TOKEN_WORD 0
#define SITREP_TOKEN_NUMBER 1
#define SITREP_TOKEN_PUNCTUATION 2
#define SITREP_TOKEN_SYMBOL 3
#define SITREP_TOKEN_URL 4
#define SITREP_TOKEN_EMAIL 5
#define SITREP_TOKEN_INVALID 6 /* bytes that are not UTF-8 text: reported, never dropped */

/* Token flag bits (the `flags` out-parameter). */
#define SITREP_FLAG_CAPITALIZED 0x0001u
#define SITREP_FLAG_ALL_CAPS 0x0002u
#define SITREP_FLAG_HYPHENATED 0x0004u
#define SITREP_FLAG_NON_ASCII 0x0008u
#define SITREP_FLAG_HAS_DIGIT 0x0010u
#define SITREP_FLAG_ABBREVIATION 0x0020u
#define SITREP_FLAG_INITIAL 0x0040u
#define SITREP_FLAG_POSSESSIVE 0x0080u
#define SITREP_FLAG_QUOTE 0x0100u
#define SITREP_FLAG_DASH 0x0200u
#define SITREP_FLAG_SPACE_BEFORE 0x0400u
#define SITREP_FLAG_NEWLINE_BEFORE 0x0800u
#define SITREP_FLAG_PARAGRAPH_BEFORE 0x1000u

/* Tokenizes `text` (not copied: offsets refer to the caller's buffer). Invalid
 * UTF-8 never fails: such bytes become SITREP_TOKEN_INVALID tokens. */
SITREP_C_API int32_t sitrep_tokenize(const sitrep_engine* engine, const char* text, size_t len,
                                     sitrep_tokens** out, sitrep_error* error);
SITREP_C_API void sitrep_tokens_free(sitrep_tokens* tokens);
/* Number of tokens / sentences (0 for NULL). */
SITREP_C_API uint32_t sitrep_tokens_count(const sitrep_tokens* tokens);
SITREP_C_API uint32_t sitrep_tokens_sentence_count(const sitrep_tokens* tokens);
/* Reads token `index`; any out-pointer may be NULL. */
SITREP_C_API int32_t sitrep_tokens_get(const sitrep_tokens* tokens, uint32_t index, uint32_t* start,
                                       uint32_t* end, uint32_t* kind, uint32_t* flags);
/* Reads sentence `index`: its byte span and token range [first_token, last_token). */
SITREP_C_API int32_t sitrep_tokens_sentence_get(const sitrep_tokens* tokens, uint32_t index,
                                                uint32_t* start, uint32_t* end,
                                                uint32_t* first_token, uint32_t* last_token);
/* JSON view: {"id":"","tokens":[...],"sentences":[...]}; the pointer stays valid
 * until the handle is freed; *len excludes the terminating NUL. */
SITREP_C_API int32_t sitrep_tokens_json(const sitrep_tokens* tokens, const char** json, size_t* len);

/* ---- parsing --------------------------------------------------------------- */
typedef struct sitrep_result sitrep_result;

/* Per-call options; call sitrep_parse_options_init first. */
typedef struct sitrep_parse_options {
  uint32_t size;          /* sizeof(sitrep_parse_options), set by _init */
  int32_t year;           /* publication date; 0 = none (relative dates unresolved) */
  int32_t month;          /* 1..12 */
  int32_t day;            /* 1..31 */
  const char* id;         /* echoed in the JSON; may be NULL */
  size_t id_len;
} sitrep_parse_options;

SITREP_C_API int32_t sitrep_parse_options_init(sitrep_parse_options* options);

/* Parses one article into a result the caller frees with sitrep_result_free.
 * `options` may be NULL. Rejects invalid UTF-8, NUL bytes and oversized text
 * (the error's offset names the byte). */
SITREP_C_API int32_t sitrep_parse(const sitrep_engine* engine, const char* text, size_t len,
                                  const sitrep_parse_options* options, sitrep_result** out,
                                  sitrep_error* error);
SITREP_C_API void sitrep_result_free(sitrep_result* result);

/* The whole document as JSON (the contract in the README). Owned by the result. */
SITREP_C_API int32_t sitrep_result_json(const sitrep_result* result, const char** json, size_t* len);

/* Record counts (0 for NULL). */
SITREP_C_API uint32_t sitrep_result_actor_count(const sitrep_result* result);
SITREP_C_API uint32_t sitrep_result_location_count(const sitrep_result* result);
SITREP_C_API uint32_t sitrep_result_date_count(const sitrep_result* result);
SITREP_C_API uint32_t sitrep_result_incident_count(const sitrep_result* result);

/* Typed accessors. Strings are NUL-terminated, owned by the result, and "" when
 * the contract says null. Any out-pointer may be NULL. */
SITREP_C_API int32_t sitrep_result_actor(const sitrep_result* result, uint32_t index, const char** name,
                                         const char** kind, const char** country, const char** sector,
                                         const char** role, int64_t* count /* -1 = none */,
                                         uint32_t* mention_count);
SITREP_C_API int32_t sitrep_result_actor_mention(const sitrep_result* result, uint32_t actor,
                                                 uint32_t mention, uint32_t* start, uint32_t* end);
SITREP_C_API int32_t sitrep_result_location(const sitrep_result* result, uint32_t index,
                                            const char** name, const char** kind, const char** country,
                                            const char** admin1, double* lat /* NaN = none */,
                                            double* lon, int64_t* geonames_id /* -1 = none */,
                                            uint32_t* mention_count);
SITREP_C_API int32_t sitrep_result_location_mention(const sitrep_result* result, uint32_t location,
                                                    uint32_t mention, uint32_t* start, uint32_t* end);
SITREP_C_API int32_t sitrep_result_date(const sitrep_result* result, uint32_t index, uint32_t* start,
                                        uint32_t* end, const char** value, const char** precision);
SITREP_C_API int32_t sitrep_result_incident(const sitrep_result* result, uint32_t index,
                                            const char** type, const char** mode, const char** cameo,
                                            const char** date, int32_t* location /* -1 = none */,
                                            int64_t* fatalities /* -1 = none */,
                                            int64_t* injuries /* -1 = none */, double* confidence);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* SITREP_H */
