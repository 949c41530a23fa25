// The C header must compile as C++ too (and link with C linkage).
#include "sitrep.h"

#include <cstring>

int main() {
  return std::strcmp(sitrep_version_string(), SITREP_VERSION_STRING) == 0 ? 0 : 1;
}
