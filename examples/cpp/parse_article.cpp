// Parse one article with the C++ API and print its records.
//   parse_article FILE [YYYY-MM-DD]
#include <sitrep/engine.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE [YYYY-MM-DD]\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();

  // One engine per process: immutable, shared by every thread that parses.
  const auto engine = sitrep::engine::load_default();
  if (!engine) {
    std::fprintf(stderr, "engine: %s\n", engine.err().message.c_str());
    return 1;
  }
  sitrep::parse_options options;
  int y, m, d;
  if (argc > 2 && std::sscanf(argv[2], "%d-%d-%d", &y, &m, &d) == 3) options.reference_date = sitrep::civil_date{y, m, d};

  const auto doc = engine.value().parse(text, options);
  if (!doc) {
    std::fprintf(stderr, "parse: %s\n", doc.err().message.c_str());
    return 1;
  }
  for (const auto& a : doc.value().actors)
    std::printf("actor    %-32s %-12s %s %s %s\n", a.name.c_str(), a.kind.c_str(), a.country.c_str(),
                a.sector.c_str(), a.role.c_str());
  for (const auto& l : doc.value().locations)
    std::printf("location %-32s %-8s %s %s\n", l.name.c_str(), l.kind.c_str(), l.country.c_str(), l.admin1.c_str());
  for (const auto& t : doc.value().dates)
    std::printf("date     %-32s %s\n", t.text.c_str(), t.value.empty() ? "(unresolved)" : t.value.c_str());
  for (const auto& x : doc.value().incidents)
    std::printf("incident %-10s %-10s %s\n", x.type.c_str(), x.mode.c_str(), x.date.c_str());
  return 0;
}
