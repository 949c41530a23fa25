#include "lexicon/tsv_reader.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "text/utf8.hpp"

namespace sitrep::detail {

int tsv_table::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

error dictionary_error(const std::string& path, std::size_t line, std::string_view why) {
  return error{errc::bad_dictionary, static_cast<std::int64_t>(line),
               line ? fmt::format("{}:{}: {}", path, line, why) : fmt::format("{}: {}", path, why)};
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = std::move(ss).str();
  return !in.bad();
}

result<tsv_table> read_tsv(const std::string& path) {
  std::string text;
  if (!read_file(path, text)) return error{errc::io_error, -1, fmt::format("{}: cannot read file", path)};
  if (const auto bad = first_invalid_utf8(text.data(), text.size()); bad != utf8_npos) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < bad; ++i) line += text[i] == '\n';
    return dictionary_error(path, line, text[bad] == '\0' ? "NUL byte" : "invalid UTF-8");
  }
  tsv_table t;
  t.path = path;
  std::string_view rest(text);
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  std::size_t line_no = 0;
  while (!rest.empty()) {
    const std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
      const std::size_t tab = line.find('\t', start);
      fields.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    for (auto& f : fields) {
      // Trim spaces around cells: hand-edited files get them wrong easily.
      const auto b = f.find_first_not_of(' ');
      const auto e = f.find_last_not_of(' ');
      f = b == std::string::npos ? std::string() : f.substr(b, e - b + 1);
    }
    if (t.header.empty()) {
      t.header = std::move(fields);
      continue;
    }
    if (fields.size() != t.header.size())
      return dictionary_error(path, line_no, fmt::format("{} columns, the header has {}", fields.size(), t.header.size()));
    t.rows.push_back({line_no, std::move(fields)});
  }
  if (t.header.empty()) return dictionary_error(path, 0, "no header row");
  return t;
}

}  // namespace sitrep::detail
