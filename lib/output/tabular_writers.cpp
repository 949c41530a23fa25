#include "tabular_writers.hpp"

#include <fmt/format.h>

#include "json_writer.hpp"

namespace sitrep::detail {
namespace {

void csv_field(std::string& out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

const location* find_location(const document& doc, std::string_view id) {
  for (const auto& l : doc.locations)
    if (l.id == id) return &l;
  return nullptr;
}

std::string actor_names(const document& doc, const std::vector<std::string>& ids) {
  std::string s;
  for (const auto& id : ids)
    for (const auto& a : doc.actors)
      if (a.id == id) {
        if (!s.empty()) s += "; ";
        s += a.name;
      }
  return s;
}

template <class T>
std::string opt(const std::optional<T>& v) {
  return v ? fmt::format("{}", *v) : std::string();
}

}  // namespace

void append_incident_csv_header(std::string& out) {
  out += "doc_id,incident_id,event_date,date_precision,type,mode,cameo,event_type,sub_event_type,"
         "actor1,actor2,location,country,admin1,latitude,longitude,geonames_id,fatalities,injuries,"
         "confidence\n";
}

void append_incident_csv_rows(std::string& out, const document& doc) {
  for (const auto& x : doc.incidents) {
    const location* l = find_location(doc, x.location);
    const std::string fields[] = {
        doc.id, x.id, x.date, to_string(x.precision), x.type, x.mode, x.cameo,
        x.acled_event_type, x.acled_sub_event_type, actor_names(doc, x.sources),
        actor_names(doc, x.targets), l ? l->name : "", l ? l->country : "", l ? l->admin1 : "",
        l ? opt(l->lat) : "", l ? opt(l->lon) : "", l ? opt(l->geonames_id) : "",
        opt(x.fatalities), opt(x.injuries), fmt::format("{:.3f}", x.confidence)};
    bool first = true;
    for (const auto& f : fields) {
      if (!first) out += ',';
      first = false;
      csv_field(out, f);
    }
    out += '\n';
  }
}

void append_geojson_features(std::string& out, const document& doc, bool& first) {
  auto begin = [&](double lat, double lon) {
    if (!first) out += ',';
    first = false;
    fmt::format_to(std::back_inserter(out),
                   "{{\"type\":\"Feature\",\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{},{}]}},\"properties\":{{",
                   lon, lat);
  };
  for (const auto& x : doc.incidents) {
    const location* l = find_location(doc, x.location);
    if (!l || !l->lat || !l->lon) continue;
    begin(*l->lat, *l->lon);
    out += "\"feature\":\"incident\",\"doc_id\":";
    append_json_string(out, doc.id);
    out += ",\"id\":";
    append_json_string(out, x.id);
    out += ",\"type\":";
    append_json_string(out, x.type);
    out += ",\"date\":";
    if (x.date.empty()) out += "null"; else append_json_string(out, x.date);
    out += ",\"location\":";
    append_json_string(out, l->name);
    fmt::format_to(std::back_inserter(out), ",\"fatalities\":{}}}}}",
                   x.fatalities ? fmt::format("{}", *x.fatalities) : "null");
  }
  for (const auto& l : doc.locations) {
    if (!l.lat || !l.lon) continue;
    begin(*l.lat, *l.lon);
    out += "\"feature\":\"location\",\"doc_id\":";
    append_json_string(out, doc.id);
    out += ",\"id\":";
    append_json_string(out, l.id);
    out += ",\"name\":";
    append_json_string(out, l.name);
    out += ",\"kind\":";
    append_json_string(out, l.kind);
    out += ",\"country\":";
    if (l.country.empty()) out += "null"; else append_json_string(out, l.country);
    fmt::format_to(std::back_inserter(out), ",\"mentions\":{}}}}}", l.mentions.size());
  }
}

}  // namespace sitrep::detail
