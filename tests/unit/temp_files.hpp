// Dictionary files the unit tests write for the engine to load.
#pragma once

#include <fstream>
#include <string>

/// Writes `body` to /tmp/sitrep-test-`name` and returns the path (the name's
/// extension tells the loader the format: .tsv, .actors, .verbs …).
inline std::string temp_file(const std::string& name, const std::string& body) {
  const std::string path = std::string("/tmp/sitrep-test-") + name;
  std::ofstream(path, std::ios::binary) << body;
  return path;
}
