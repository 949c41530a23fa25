// Reads the CLI's JSONL input lines: {"id": ..., "text": "...", "date": "YYYY-MM-DD"}.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "sitrep/records.hpp"

namespace sitrep::cli {

struct input_record {
  std::string id;
  std::string text;
  std::optional<civil_date> date;
};

/// Parses one line; on failure returns false and sets `message` (and whatever id
/// could be read, so the error line can echo it). With `strict_date` false a
/// "date" that is not YYYY-MM-DD is ignored instead of failing the line.
bool parse_input_line(std::string_view line, input_record& out, std::string& message,
                      bool strict_date = true);

/// Parses "YYYY-MM-DD" (checked as a calendar day).
std::optional<civil_date> parse_iso_date(std::string_view s);

}  // namespace sitrep::cli
