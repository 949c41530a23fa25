#include <sitrep.h>

#include <stdio.h>
#include <string.h>

int main(void) {
  sitrep_engine* engine = NULL;
  sitrep_tokens* tokens = NULL;
  const char* text = "Iran's U.S. envoy left.";
  if (sitrep_engine_new(NULL, &engine, NULL) != SITREP_OK) return 1;
  if (sitrep_tokenize(engine, text, strlen(text), &tokens, NULL) != SITREP_OK) return 2;
  if (sitrep_tokens_count(tokens) != 6) return 3;
  sitrep_tokens_free(tokens);
  sitrep_engine_free(engine);
  printf("consumer_c: sitrep %s ok\n", sitrep_version_string());
  return 0;
}
