/* C API tests, compiled as C99 (and the header again as C++ in test_capi_cxx.cpp). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sitrep.h"

static int failures = 0;
#define EXPECT(cond)                                                 \
  do {                                                               \
    if (!(cond)) {                                                   \
      fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                    \
    }                                                                \
  } while (0)

static void test_versions(void) {
  EXPECT(strcmp(sitrep_version_string(), SITREP_VERSION_STRING) == 0);
  EXPECT(sitrep_version_number() == SITREP_VERSION_NUMBER);
  EXPECT(strcmp(sitrep_status_string(SITREP_OK), "ok") == 0);
  EXPECT(strlen(sitrep_status_string(SITREP_E_INVALID_UTF8)) > 0);
  EXPECT(strcmp(sitrep_status_string(-999), "unknown status") == 0);
  EXPECT(strcmp(sitrep_status_string(7), "unknown status") == 0);
}

static void test_null_arguments(void) {
  sitrep_error err;
  sitrep_engine* engine = NULL;
  sitrep_result* result = NULL;
  sitrep_tokens* tokens = NULL;
  EXPECT(sitrep_engine_new(NULL, NULL, &err) == SITREP_E_NULL_ARGUMENT);
  EXPECT(err.code == SITREP_E_NULL_ARGUMENT);
  EXPECT(sitrep_parse(NULL, "x", 1, NULL, &result, &err) == SITREP_E_NULL_ARGUMENT);
  EXPECT(result == NULL);
  EXPECT(sitrep_tokenize(NULL, "x", 1, &tokens, NULL) == SITREP_E_NULL_ARGUMENT);
  EXPECT(sitrep_engine_options_init(NULL) == SITREP_E_NULL_ARGUMENT);
  EXPECT(sitrep_parse_options_init(NULL) == SITREP_E_NULL_ARGUMENT);
  EXPECT(sitrep_result_json(NULL, NULL, NULL) == SITREP_E_NULL_ARGUMENT);
  EXPECT(sitrep_tokens_count(NULL) == 0);
  EXPECT(sitrep_result_actor_count(NULL) == 0);
  EXPECT(sitrep_tokens_get(NULL, 0, NULL, NULL, NULL, NULL) == SITREP_E_NULL_ARGUMENT);
  /* Every _free accepts NULL. */
  sitrep_engine_free(NULL);
  sitrep_result_free(NULL);
  sitrep_tokens_free(NULL);
  EXPECT(sitrep_engine_new(NULL, &engine, NULL) == SITREP_OK);
  EXPECT(sitrep_parse(engine, NULL, 5, NULL, &result, &err) == SITREP_E_NULL_ARGUMENT);
  EXPECT(sitrep_parse(engine, NULL, 0, NULL, &result, &err) == SITREP_OK); /* empty text */
  EXPECT(sitrep_result_actor_count(result) == 0);
  sitrep_result_free(result);
  sitrep_engine_free(engine);
}

static void test_options_size_is_checked(void) {
  sitrep_engine_options opts;
  sitrep_engine* engine = NULL;
  sitrep_error err;
  EXPECT(sitrep_engine_options_init(&opts) == SITREP_OK);
  EXPECT(opts.size == sizeof opts);
  opts.size = 4;
  EXPECT(sitrep_engine_new(&opts, &engine, &err) == SITREP_E_INVALID_ARGUMENT);
  EXPECT(engine == NULL);
}

static void test_tokenize(const sitrep_engine* engine) {
  const char* text = "Iran's U.S. envoy \xFF left.";
  sitrep_tokens* tokens = NULL;
  uint32_t start, end, kind, flags, first, last;
  const char* json = NULL;
  size_t len = 0;
  EXPECT(sitrep_tokenize(engine, text, strlen(text), &tokens, NULL) == SITREP_OK);
  EXPECT(sitrep_tokens_count(tokens) == 7);
  EXPECT(sitrep_tokens_get(tokens, 1, &start, &end, &kind, &flags) == SITREP_OK);
  EXPECT(start == 4 && end == 6);
  EXPECT((flags & SITREP_FLAG_POSSESSIVE) != 0);
  EXPECT(sitrep_tokens_get(tokens, 2, &start, &end, &kind, &flags) == SITREP_OK);
  EXPECT(kind == SITREP_TOKEN_WORD && (flags & SITREP_FLAG_ABBREVIATION));
  EXPECT(sitrep_tokens_get(tokens, 4, &start, &end, &kind, NULL) == SITREP_OK);
  EXPECT(kind == SITREP_TOKEN_INVALID && start == 18 && end == 19);
  EXPECT(sitrep_tokens_get(tokens, 99, &start, NULL, NULL, NULL) == SITREP_E_INVALID_ARGUMENT);
  EXPECT(sitrep_tokens_sentence_count(tokens) == 1);
  EXPECT(sitrep_tokens_sentence_get(tokens, 0, &start, &end, &first, &last) == SITREP_OK);
  EXPECT(start == 0 && end == strlen(text) && first == 0 && last == 7);
  EXPECT(sitrep_tokens_json(tokens, &json, &len) == SITREP_OK);
  EXPECT(len == strlen(json) && strstr(json, "\"kind\":\"invalid\"") != NULL);
  sitrep_tokens_free(tokens);
}

static void test_parse(const sitrep_engine* engine) {
  const char* text = "On Saturday, nine workers were killed. A day later talks began.";
  sitrep_parse_options opts;
  sitrep_result* result = NULL;
  sitrep_error err;
  const char* json = NULL;
  const char* value = NULL;
  const char* precision = NULL;
  size_t len = 0;
  uint32_t i, start, end, found = 0;
  EXPECT(sitrep_parse_options_init(&opts) == SITREP_OK);
  opts.year = 2024;
  opts.month = 1;
  opts.day = 29;
  opts.id = "doc-7";
  opts.id_len = 5;
  EXPECT(sitrep_parse(engine, text, strlen(text), &opts, &result, &err) == SITREP_OK);
  EXPECT(sitrep_result_json(result, &json, &len) == SITREP_OK);
  EXPECT(strstr(json, "\"id\":\"doc-7\"") != NULL);
  EXPECT(strstr(json, "\"reference_date\":\"2024-01-29\"") != NULL);
  for (i = 0; i < sitrep_result_date_count(result); ++i) {
    EXPECT(sitrep_result_date(result, i, &start, &end, &value, &precision) == SITREP_OK);
    if (strcmp(value, "2024-01-27") == 0 && start == 3) ++found;
    if (strcmp(value, "2024-01-28") == 0) ++found;
  }
  EXPECT(found == 2);
  EXPECT(sitrep_result_date(result, 999, &start, &end, &value, &precision) == SITREP_E_INVALID_ARGUMENT);
  sitrep_result_free(result);

  /* Bad input: clear errors with offsets, no result. */
  result = NULL;
  EXPECT(sitrep_parse(engine, "ab\xC3", 3, NULL, &result, &err) == SITREP_E_INVALID_UTF8);
  EXPECT(err.code == SITREP_E_INVALID_UTF8 && err.offset == 2 && result == NULL);
  EXPECT(strstr(err.message, "offset 2") != NULL);
  EXPECT(sitrep_parse(engine, "a\0b", 3, NULL, &result, &err) == SITREP_E_NUL_BYTE);
  EXPECT(err.offset == 1);
  opts.month = 2;
  opts.day = 30;
  EXPECT(sitrep_parse(engine, "x", 1, &opts, &result, &err) == SITREP_E_BAD_DATE);
  opts.size = 3;
  EXPECT(sitrep_parse(engine, "x", 1, &opts, &result, &err) == SITREP_E_INVALID_ARGUMENT);
}

static void test_size_limit(void) {
  sitrep_engine_options opts;
  sitrep_engine* engine = NULL;
  sitrep_result* result = NULL;
  sitrep_error err;
  sitrep_engine_options_init(&opts);
  opts.max_document_bytes = 4;
  EXPECT(sitrep_engine_new(&opts, &engine, &err) == SITREP_OK);
  EXPECT(sitrep_parse(engine, "12345", 5, NULL, &result, &err) == SITREP_E_INPUT_TOO_LARGE);
  EXPECT(sitrep_parse(engine, "1234", 4, NULL, &result, &err) == SITREP_OK);
  sitrep_result_free(result);
  sitrep_engine_free(engine);
}

int main(void) {
  sitrep_engine* engine = NULL;
  sitrep_error err;
  test_versions();
  test_null_arguments();
  test_options_size_is_checked();
  test_size_limit();
  if (sitrep_engine_new(NULL, &engine, &err) != SITREP_OK) {
    fprintf(stderr, "engine: %s\n", err.message);
    return 1;
  }
  test_tokenize(engine);
  test_parse(engine);
  sitrep_engine_free(engine);
  printf("%d passed, %d failed\n", failures == 0 ? 1 : 0, failures);
  return failures == 0 ? 0 : 1;
}
