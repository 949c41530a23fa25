// sitrep's own TSV dictionaries: one reader per kind, picked by header row.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <optional>
#include <cmath>
#include <fmt/format.h>

#include "lexicon/dictionary_sources.hpp"
#include "lexicon/normalize.hpp"
#include "lexicon/tsv_reader.hpp"

namespace sitrep::detail {
namespace {

std::vector<std::string> split_list(std::string_view cell) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= cell.size()) {
    const std::size_t bar = cell.find('|', start);
    std::string_view part = cell.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.emplace_back(part);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

// Cell accessors that turn a bad value into a file:line error.
class row_reader {
 public:
  row_reader(const tsv_table& t, const tsv_table::row& r) : t_(t), r_(r) {}
  const std::string& get(std::string_view col) const {
    static const std::string empty;
    const int i = t_.column(col);
    return i < 0 ? empty : r_.fields[static_cast<std::size_t>(i)];
  }
  std::optional<error> fail(std::string_view why) const { return dictionary_error(t_.path, r_.line, why); }

  std::optional<error> required(std::string_view col, std::string& out) const {
    out = get(col);
    if (out.empty()) return fail(fmt::format("empty '{}'", col));
    return std::nullopt;
  }
  std::optional<error> alpha3(std::string_view col, std::string& out, bool optional = true) const {
    out = get(col);
    if (out.empty()) return optional ? std::nullopt : fail(fmt::format("empty '{}'", col));
    if (out.size() != 3 || !std::all_of(out.begin(), out.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      return fail(fmt::format("'{}' must be an ISO 3166-1 alpha-3 code, got '{}'", col, out));
    return std::nullopt;
  }
  std::optional<error> coordinate(std::string_view col, float& out, double limit) const {
    const std::string& v = get(col);
    if (v.empty()) return std::nullopt;
    double d = 0;
    const auto r = std::from_chars(v.data(), v.data() + v.size(), d);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size() || std::fabs(d) > limit)
      return fail(fmt::format("'{}' must be a number within ±{}, got '{}'", col, limit, v));
    out = static_cast<float>(d);
    return std::nullopt;
  }
  template <class Int>
  std::optional<error> integer(std::string_view col, Int& out) const {
    const std::string& v = get(col);
    if (v.empty()) return std::nullopt;
    const auto r = std::from_chars(v.data(), v.data() + v.size(), out);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size())
      return fail(fmt::format("'{}' must be an integer, got '{}'", col, v));
    return std::nullopt;
  }
  std::optional<error> date(std::string_view col, std::int32_t& out) const {
    const std::string& v = get(col);
    if (v.empty()) return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (v.size() != 10 || std::sscanf(v.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
      return fail(fmt::format("'{}' must be a date YYYY-MM-DD, got '{}'", col, v));
    out = days_from_civil(y, m, d);
    return std::nullopt;
  }
  void aliases(entry_source& e, std::initializer_list<std::string_view> cols, std::uint16_t flags = 0) const {
    for (auto col : cols)
      for (auto& a : split_list(get(col))) e.aliases.push_back({std::move(a), flags});
  }

 private:
  const tsv_table& t_;
  const tsv_table::row& r_;
};

#define SITREP_TRY(expr) \
  if (auto e_ = (expr)) return std::move(*e_)

using reader_fn = std::optional<error> (*)(const row_reader&, entry_source&);

std::optional<error> read_country(const row_reader& r, entry_source& e) {
  e.kind = entry_kind::country;
  e.feature = "country";
  SITREP_TRY(r.required("name", e.name));
  SITREP_TRY(r.alpha3("alpha3", e.country, false));
  SITREP_TRY(r.coordinate("lat", e.lat, 90));
  SITREP_TRY(r.coordinate("lon", e.lon, 180));
  SITREP_TRY(r.integer("geonames_id", e.geonames_id));
  SITREP_TRY(r.integer("population", e.population));
  r.aliases(e, {"name", "short_name", "aliases"});
  r.aliases(e, {"demonyms"}, alias_flag::demonym);
  return std::nullopt;
}

std::optional<error> read_admin1(const row_reader& r, entry_source& e) {
  e.kind = entry_kind::admin1;
  SITREP_TRY(r.required("name", e.name));
  SITREP_TRY(r.required("iso_code", e.admin1));
  SITREP_TRY(r.alpha3("alpha3", e.country, false));
  SITREP_TRY(r.coordinate("lat", e.lat, 90));
  SITREP_TRY(r.coordinate("lon", e.lon, 180));
  SITREP_TRY(r.integer("geonames_id", e.geonames_id));
  e.feature = r.get("type");
  r.aliases(e, {"name", "variants"});
  return std::nullopt;
}

std::optional<error> read_place(const row_reader& r, entry_source& e) {
  e.kind = entry_kind::place;
  SITREP_TRY(r.required("name", e.name));
  SITREP_TRY(r.alpha3("alpha3", e.country));
  SITREP_TRY(r.coordinate("lat", e.lat, 90));
  SITREP_TRY(r.coordinate("lon", e.lon, 180));
  SITREP_TRY(r.integer("geonames_id", e.geonames_id));
  SITREP_TRY(r.integer("population", e.population));
  if (std::isnan(e.lat) || std::isnan(e.lon)) return r.fail("a place needs lat and lon");
  e.admin1 = r.get("admin1");
  e.feature = r.get("feature_code");
  r.aliases(e, {"name", "alternates"});
  return std::nullopt;
}

std::optional<error> read_region(const row_reader& r, entry_source& e) {
  e.kind = entry_kind::region;
  SITREP_TRY(r.required("name", e.name));
  SITREP_TRY(r.coordinate("lat", e.lat, 90));
  SITREP_TRY(r.coordinate("lon", e.lon, 180));
  SITREP_TRY(r.integer("geonames_id", e.geonames_id));
  e.countries = r.get("countries");
  for (const auto& c : split_list(e.countries))
    if (c.size() != 3) return r.fail(fmt::format("'countries' holds '{}', not an alpha-3 code", c));
  r.aliases(e, {"name", "aliases"});
  return std::nullopt;
}

std::optional<error> read_organization(const row_reader& r, entry_source& e) {
  e.kind = entry_kind::organization;
  SITREP_TRY(r.required("name", e.name));
  SITREP_TRY(r.alpha3("alpha3", e.country));
  const std::string& kind = r.get("kind");
  if (kind == "group") e.subkind = static_cast<std::uint8_t>(organization_subkind::group);
  else if (kind == "organization" || kind.empty()) e.subkind = static_cast<std::uint8_t>(organization_subkind::organization);
  else return r.fail(fmt::format("'kind' must be organization or group, got '{}'", kind));
  e.sector = r.get("sector");
  r.aliases(e, {"name", "aliases"});
  return std::nullopt;
}

std::optional<error> read_person(const row_reader& r, entry_source& e) {
  e.kind = entry_kind::person;
  SITREP_TRY(r.required("name", e.name));
  SITREP_TRY(r.alpha3("alpha3", e.country));
  SITREP_TRY(r.date("valid_from", e.valid_from));
  SITREP_TRY(r.date("valid_to", e.valid_to));
  e.sector = r.get("sector");
  e.role = r.get("role");
  r.aliases(e, {"name", "aliases"});
  return std::nullopt;
}

std::optional<error> read_role(const row_reader& r, entry_source& e) {
  e.kind = entry_kind::role;
  SITREP_TRY(r.required("phrase", e.name));
  const std::string& kind = r.get("kind");
  if (kind == "person_title") e.subkind = static_cast<std::uint8_t>(role_subkind::person_title);
  else if (kind == "group_noun") e.subkind = static_cast<std::uint8_t>(role_subkind::group_noun);
  else return r.fail(fmt::format("'kind' must be person_title or group_noun, got '{}'", kind));
  e.sector = r.get("sector");
  e.role = r.get("role");
  r.aliases(e, {"phrase"});
  if (e.aliases.size() > 1) e.name = e.aliases.front().text;
  return std::nullopt;
}

std::optional<error> read_trigger(const row_reader& r, entry_source& e) {
  e.kind = entry_kind::trigger;
  SITREP_TRY(r.required("phrase", e.name));
  SITREP_TRY(r.required("plover_type", e.plover_type));
  static constexpr std::string_view kTypes[] = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                                                "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
                                                "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  if (std::find(std::begin(kTypes), std::end(kTypes), e.plover_type) == std::end(kTypes))
    return r.fail(fmt::format("'{}' is not a PLOVER event type", e.plover_type));
  e.plover_mode = r.get("plover_mode");
  e.cameo = r.get("cameo");
  e.acled_event_type = r.get("acled_event_type");
  e.acled_sub_event_type = r.get("acled_sub_event_type");
  r.aliases(e, {"phrase"});
  if (e.aliases.size() > 1) e.name = e.aliases.front().text;
  return std::nullopt;
}

// The kind of a file, recognised by the column that only it has.
reader_fn reader_for(const tsv_table& t) {
  if (t.column("alpha2") >= 0 && t.column("demonyms") >= 0) return read_country;
  if (t.column("iso_code") >= 0) return read_admin1;
  if (t.column("geonames_id") >= 0 && t.column("feature_code") >= 0) return read_place;
  if (t.column("countries") >= 0) return read_region;
  if (t.column("plover_type") >= 0) return read_trigger;
  if (t.column("phrase") >= 0 && t.column("kind") >= 0) return read_role;
  if (t.column("valid_from") >= 0) return read_person;
  if (t.column("name") >= 0 && t.column("sector") >= 0) return read_organization;
  return nullptr;
}

}  // namespace

result<std::vector<entry_source>> read_tsv_dictionary(const std::string& path) {
  auto table = read_tsv(path);
  if (!table) return table.err();
  const tsv_table& t = table.value();
  const reader_fn read = reader_for(t);
  if (!read)
    return dictionary_error(path, 1, "unknown header: expected the columns of countries, admin1, places, regions, "
                                     "organizations, persons, roles or triggers (see data/README.md)");
  std::vector<entry_source> out;
  out.reserve(t.rows.size());
  for (const auto& row : t.rows) {
    entry_source e;
    if (auto err = read(row_reader(t, row), e)) return std::move(*err);
    out.push_back(std::move(e));
  }
  return out;
}

result<std::vector<entry_source>> read_data_directory(const std::string& dir) {
  std::vector<entry_source> all;
  for (const char* name : {"countries.tsv", "admin1.tsv", "regions.tsv", "places.tsv", "organizations.tsv",
                           "persons.tsv", "roles.tsv", "triggers.tsv"}) {
    auto part = read_tsv_dictionary(dir + "/" + name);
    if (!part) return part.err();
    for (auto& e : part.value()) all.push_back(std::move(e));
  }
  return all;
}

result<std::vector<entry_source>> read_dictionaries(const std::vector<std::string>& inputs) {
  std::vector<entry_source> all;
  for (const auto& in : inputs) {
    std::string probe;
    const bool directory = read_file(in + "/countries.tsv", probe);
    auto part = directory ? read_data_directory(in) : read_dictionary(in);
    if (!part) return part.err();
    for (auto& e : part.value()) all.push_back(std::move(e));
  }
  return all;
}

result<std::vector<entry_source>> read_dictionary(const std::string& path) {
  const auto dot = path.rfind('.');
  const std::string ext = dot == std::string::npos ? "" : path.substr(dot);
  if (ext == ".tsv") return read_tsv_dictionary(path);
  return read_petrarch_dictionary(path);
}

}  // namespace sitrep::detail
