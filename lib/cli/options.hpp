// Command-line options of the sitrep program.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sitrep/records.hpp"

namespace sitrep::cli {

enum class output_format { json, jsonl, csv, geojson, text };
enum class input_format { text, jsonl };

struct options {
  std::string command;                    // parse, tokenize, compile, version, help
  std::optional<civil_date> date;
  output_format format = output_format::json;
  bool format_given = false;
  input_format input = input_format::text;
  std::vector<std::string> data;          // --data: bundles or dictionary sources
  unsigned threads = 1;
  std::string output;                     // compile: the bundle to write
  std::vector<std::string> files;
};

/// Parses argv; on error returns nullopt and sets `message`.
std::optional<options> parse_arguments(int argc, char** argv, std::string& message);

/// The --help text.
const char* usage() noexcept;

}  // namespace sitrep::cli
