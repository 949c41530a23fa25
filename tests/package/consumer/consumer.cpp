#include <sitrep/sitrep.hpp>

#include <cstdio>

int main() {
  auto eng = sitrep::engine::load_default();
  if (!eng) return 1;
  sitrep::parse_options opt;
  opt.reference_date = sitrep::civil_date{2024, 1, 29};
  auto doc = eng.value().parse("Yesterday, gunmen killed nine workers.", opt);
  if (!doc || doc.value().dates.empty() || doc.value().dates[0].value != "2024-01-28") return 2;
  std::printf("consumer_cpp: sitrep %s ok\n", SITREP_VERSION_STRING);
  return 0;
}
