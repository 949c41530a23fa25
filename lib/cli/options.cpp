#include "options.hpp"

#include <charconv>
#include <string_view>

#include "json_input.hpp"

namespace sitrep::cli {

const char* usage() noexcept {
  return R"(sitrep — news text to actors, locations, dates and incidents

usage:
  sitrep parse [--date YYYY-MM-DD] [--format json|jsonl|csv|geojson]
               [--input-format text|jsonl] [--data FILE]... [--threads N] [FILE ...]
  sitrep tokenize [--format text|json] [FILE ...]
  sitrep compile -o OUT.bundle DICTIONARY...
  sitrep version
  sitrep --help

parse     reads each FILE (or standard input when none or "-") as one article and
          prints its records. With --input-format jsonl every input line is
          {"id": "...", "text": "...", "date": "YYYY-MM-DD"} and every output line is
          one document with the id echoed; a bad line gives {"id": ..., "error": ...}
          and the run goes on (exit status 1 at the end).
tokenize  prints the sentences and tokens of each FILE (text: one sentence per
          block, one token per line with byte span, kind and flags).
compile   builds a dictionary bundle from TSV dictionaries (data/*.tsv formats, or a
          directory holding all eight), or PETRARCH .actors/.agents/.verbs files;
          load it with --data OUT.bundle (it replaces the default dictionaries).

options:
  --date D           publication date, the reference for "yesterday", "on Saturday";
                     without it relative dates stay unresolved
  --format F         output format (parse: json, jsonl, csv, geojson; tokenize: text, json)
  --input-format F   text (default) or jsonl
  --data FILE        dictionary bundle (from the build's data) or TSV/PETRARCH
                     dictionary laid over the default; repeatable
  --threads N        parse N documents at a time (jsonl input); output order is kept

exit status: 0 success, 1 some documents failed, 2 usage or I/O error.
)";
}

std::optional<options> parse_arguments(int argc, char** argv, std::string& message) {
  options o;
  int i = 1;
  if (i < argc) {
    const std::string_view a = argv[i];
    if (a == "--help" || a == "-h" || a == "help") { o.command = "help"; return o; }
    if (a == "--version" || a == "version") { o.command = "version"; return o; }
    o.command = a;
    ++i;
  }
  if (o.command != "parse" && o.command != "tokenize" && o.command != "compile") {
    message = o.command.empty() ? "missing command" : "unknown command '" + o.command + "'";
    return std::nullopt;
  }
  auto value = [&](std::string_view flag) -> std::optional<std::string_view> {
    if (i + 1 >= argc) {
      message = std::string(flag) + " needs a value";
      return std::nullopt;
    }
    return std::string_view(argv[++i]);
  };
  bool only_files = false;
  for (; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (only_files || a == "-" || a.empty() || a[0] != '-') { o.files.emplace_back(a); continue; }
    if (a == "--") { only_files = true; continue; }
    if (a == "--help" || a == "-h") { o.command = "help"; return o; }
    if (a == "--date") {
      auto v = value(a);
      if (!v) return std::nullopt;
      o.date = parse_iso_date(*v);
      if (!o.date) { message = "--date must be a calendar day as YYYY-MM-DD, got '" + std::string(*v) + "'"; return std::nullopt; }
    } else if (a == "--format") {
      auto v = value(a);
      if (!v) return std::nullopt;
      o.format_given = true;
      if (*v == "json") o.format = output_format::json;
      else if (*v == "jsonl") o.format = output_format::jsonl;
      else if (*v == "csv") o.format = output_format::csv;
      else if (*v == "geojson") o.format = output_format::geojson;
      else if (*v == "text") o.format = output_format::text;
      else { message = "unknown --format '" + std::string(*v) + "'"; return std::nullopt; }
    } else if (a == "--input-format") {
      auto v = value(a);
      if (!v) return std::nullopt;
      if (*v == "text") o.input = input_format::text;
      else if (*v == "jsonl") o.input = input_format::jsonl;
      else { message = "unknown --input-format '" + std::string(*v) + "'"; return std::nullopt; }
    } else if (a == "--data") {
      auto v = value(a);
      if (!v) return std::nullopt;
      o.data.emplace_back(*v);
    } else if (a == "-o" || a == "--output") {
      auto v = value(a);
      if (!v) return std::nullopt;
      o.output = std::string(*v);
    } else if (a == "--threads") {
      auto v = value(a);
      if (!v) return std::nullopt;
      unsigned n = 0;
      const auto r = std::from_chars(v->data(), v->data() + v->size(), n);
      if (r.ec != std::errc() || r.ptr != v->data() + v->size() || n == 0 || n > 256) {
        message = "--threads must be a number from 1 to 256";
        return std::nullopt;
      }
      o.threads = n;
    } else {
      message = "unknown option '" + std::string(a) + "'";
      return std::nullopt;
    }
  }
  if (o.command == "compile" && (o.output.empty() || o.files.empty())) {
    message = "compile needs -o OUT.bundle and at least one dictionary";
    return std::nullopt;
  }
  if (o.command == "tokenize" && !o.format_given) o.format = output_format::text;
  if (o.command == "tokenize" && o.format != output_format::text && o.format != output_format::json) {
    message = "tokenize prints --format text or json";
    return std::nullopt;
  }
  if (o.command == "parse" && o.format == output_format::text) {
    message = "parse prints --format json, jsonl, csv or geojson";
    return std::nullopt;
  }
  return o;
}

}  // namespace sitrep::cli
