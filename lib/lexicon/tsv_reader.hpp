// A strict TSV reader: header row, '#' comments, exact column counts, and
// errors that name the file and line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/result.hpp"

namespace sitrep::detail {

struct tsv_table {
  std::string path;
  std::vector<std::string> header;
  struct row {
    std::size_t line;                 // 1-based line number in the file
    std::vector<std::string> fields;  // one per header column
  };
  std::vector<row> rows;

  /// Index of a column, or -1.
  int column(std::string_view name) const;
};

/// Reads a whole TSV file (UTF-8, optional BOM, LF or CRLF).
result<tsv_table> read_tsv(const std::string& path);

/// An error for `path` at `line`.
error dictionary_error(const std::string& path, std::size_t line, std::string_view why);

/// Reads a whole file into `out`.
bool read_file(const std::string& path, std::string& out);

}  // namespace sitrep::detail
