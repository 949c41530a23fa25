/* Parse one article through the C ABI and print it as JSON.
 *   parse_article_c FILE [YYYY-MM-DD] */
#include <sitrep.h>

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char** argv) {
  FILE* f;
  char* text;
  long size;
  sitrep_engine* engine = NULL;
  sitrep_result* result = NULL;
  sitrep_parse_options options;
  sitrep_error err;
  const char* json;
  size_t len;
  int rc = 1;

  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE [YYYY-MM-DD]\n", argv[0]);
    return 2;
  }
  f = fopen(argv[1], "rb");
  if (!f) return 2;
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  fseek(f, 0, SEEK_SET);
  text = malloc((size_t)size + 1);
  if (!text || fread(text, 1, (size_t)size, f) != (size_t)size) return 2;
  fclose(f);

  sitrep_parse_options_init(&options);
  if (argc > 2) sscanf(argv[2], "%d-%d-%d", &options.year, &options.month, &options.day);

  if (sitrep_engine_new(NULL, &engine, &err) != SITREP_OK) {
    fprintf(stderr, "engine: %s\n", err.message);
  } else if (sitrep_parse(engine, text, (size_t)size, &options, &result, &err) != SITREP_OK) {
    fprintf(stderr, "parse: %s (offset %lld)\n", err.message, (long long)err.offset);
  } else {
    sitrep_result_json(result, &json, &len);
    fwrite(json, 1, len, stdout);
    putchar('\n');
    printf("%u actors, %u locations, %u dates, %u incidents\n", sitrep_result_actor_count(result),
           sitrep_result_location_count(result), sitrep_result_date_count(result),
           sitrep_result_incident_count(result));
    rc = 0;
  }
  sitrep_result_free(result);
  sitrep_engine_free(engine);
  free(text);
  return rc;
}
