// The C ABI shim: every entry point catches everything and returns a status.
#include "sitrep.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <limits>
#include <new>
#include <string>

#include "output/json_writer.hpp"
#include "sitrep/engine.hpp"

struct sitrep_engine {
  sitrep::engine engine;
};

struct sitrep_tokens {
  sitrep::tokenization data;
  std::string json;
};

struct sitrep_result {
  sitrep::document doc;
  std::string json;
  std::vector<std::int32_t> incident_location;  // index of each incident's location, -1 = none
};

namespace {

int32_t fail(sitrep_error* err, int32_t code, std::int64_t offset, const char* message) {
  if (err) {
    err->code = code;
    err->offset = offset;
    std::snprintf(err->message, sizeof err->message, "%s", message ? message : sitrep_status_string(code));
  }
  return code;
}

int32_t fail(sitrep_error* err, const sitrep::error& e) {
  return fail(err, static_cast<int32_t>(e.code), e.offset, e.message.c_str());
}

void clear(sitrep_error* err) {
  if (err) {
    err->code = SITREP_OK;
    err->offset = -1;
    err->message[0] = '\0';
  }
}

// Runs `body`, turning any exception into a status: nothing crosses the ABI.
template <class F>
int32_t guarded(sitrep_error* err, F&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return fail(err, SITREP_E_OUT_OF_MEMORY, -1, nullptr);
  } catch (const std::exception& e) {
    return fail(err, SITREP_E_INTERNAL, -1, e.what());
  } catch (...) {
    return fail(err, SITREP_E_INTERNAL, -1, nullptr);
  }
}

template <class T>
void put(T* p, T v) {
  if (p) *p = v;
}

}  // namespace

extern "C" {

const char* sitrep_version_string(void) { return SITREP_VERSION_STRING; }
uint32_t sitrep_version_number(void) { return SITREP_VERSION_NUMBER; }

const char* sitrep_status_string(int32_t status) {
  if (status > 0 || status < SITREP_E_BAD_DATE) return "unknown status";
  return sitrep::to_string(static_cast<sitrep::errc>(status));
}

int32_t sitrep_engine_options_init(sitrep_engine_options* options) {
  if (!options) return SITREP_E_NULL_ARGUMENT;
  std::memset(options, 0, sizeof *options);
  options->size = sizeof *options;
  options->max_document_bytes = sitrep::engine_options{}.max_document_bytes;
  return SITREP_OK;
}

int32_t sitrep_engine_new(const sitrep_engine_options* options, sitrep_engine** out, sitrep_error* error) {
  clear(error);
  if (!out) return fail(error, SITREP_E_NULL_ARGUMENT, -1, "out is NULL");
  *out = nullptr;
  return guarded(error, [&]() -> int32_t {
    sitrep::engine_options eo;
    if (options) {
      if (options->size < sizeof(sitrep_engine_options))
        return fail(error, SITREP_E_INVALID_ARGUMENT, -1, "options->size is too small: call sitrep_engine_options_init");
      if (options->bundle_path) eo.bundles.emplace_back(options->bundle_path);
      if (options->overlay_count && !options->overlays)
        return fail(error, SITREP_E_NULL_ARGUMENT, -1, "overlays is NULL but overlay_count is not 0");
      for (uint32_t i = 0; i < options->overlay_count; ++i) {
        if (!options->overlays[i]) return fail(error, SITREP_E_NULL_ARGUMENT, -1, "an overlay path is NULL");
        eo.overlays.emplace_back(options->overlays[i]);
      }
      eo.max_document_bytes = static_cast<std::size_t>(options->max_document_bytes);
    }
    auto eng = sitrep::engine::load(eo);
    if (!eng) return fail(error, eng.err());
    *out = new sitrep_engine{std::move(eng).value()};
    return SITREP_OK;
  });
}

void sitrep_engine_free(sitrep_engine* engine) { delete engine; }

int32_t sitrep_tokenize(const sitrep_engine* engine, const char* text, size_t len, sitrep_tokens** out,
                        sitrep_error* error) {
  clear(error);
  if (!out) return fail(error, SITREP_E_NULL_ARGUMENT, -1, "out is NULL");
  *out = nullptr;
  if (!engine) return fail(error, SITREP_E_NULL_ARGUMENT, -1, "engine is NULL");
  if (!text && len) return fail(error, SITREP_E_NULL_ARGUMENT, -1, "text is NULL");
  return guarded(error, [&]() -> int32_t {
    const std::string_view sv(text ? text : "", len);
    auto r = engine->engine.tokenize(sv);
    if (!r) return fail(error, r.err());
    auto* h = new sitrep_tokens{std::move(r).value(), {}};
    sitrep::detail::append_tokenization_json(h->json, sv, h->data);
    *out = h;
    return SITREP_OK;
  });
}

void sitrep_tokens_free(sitrep_tokens* tokens) { delete tokens; }

uint32_t sitrep_tokens_count(const sitrep_tokens* t) {
  return t ? static_cast<uint32_t>(t->data.tokens.size()) : 0;
}
uint32_t sitrep_tokens_sentence_count(const sitrep_tokens* t) {
  return t ? static_cast<uint32_t>(t->data.sentences.size()) : 0;
}

int32_t sitrep_tokens_get(const sitrep_tokens* t, uint32_t index, uint32_t* start, uint32_t* end,
                          uint32_t* kind, uint32_t* flags) {
  if (!t) return SITREP_E_NULL_ARGUMENT;
  if (index >= t->data.tokens.size()) return SITREP_E_INVALID_ARGUMENT;
  const auto& k = t->data.tokens[index];
  put(start, k.start);
  put(end, k.end);
  put(kind, static_cast<uint32_t>(k.kind));
  put(flags, static_cast<uint32_t>(k.flags));
  return SITREP_OK;
}

int32_t sitrep_tokens_sentence_get(const sitrep_tokens* t, uint32_t index, uint32_t* start, uint32_t* end,
                                   uint32_t* first_token, uint32_t* last_token) {
  if (!t) return SITREP_E_NULL_ARGUMENT;
  if (index >= t->data.sentences.size()) return SITREP_E_INVALID_ARGUMENT;
  const auto& s = t->data.sentences[index];
  put(start, s.start);
  put(end, s.end);
  put(first_token, s.first_token);
  put(last_token, s.last_token);
  return SITREP_OK;
}

int32_t sitrep_tokens_json(const sitrep_tokens* t, const char** json, size_t* len) {
  if (!t || !json) return SITREP_E_NULL_ARGUMENT;
  *json = t->json.c_str();
  put(len, t->json.size());
  return SITREP_OK;
}

int32_t sitrep_parse_options_init(sitrep_parse_options* options) {
  if (!options) return SITREP_E_NULL_ARGUMENT;
  std::memset(options, 0, sizeof *options);
  options->size = sizeof *options;
  return SITREP_OK;
}

int32_t sitrep_parse(const sitrep_engine* engine, const char* text, size_t len,
                     const sitrep_parse_options* options, sitrep_result** out, sitrep_error* error) {
  clear(error);
  if (!out) return fail(error, SITREP_E_NULL_ARGUMENT, -1, "out is NULL");
  *out = nullptr;
  if (!engine) return fail(error, SITREP_E_NULL_ARGUMENT, -1, "engine is NULL");
  if (!text && len) return fail(error, SITREP_E_NULL_ARGUMENT, -1, "text is NULL");
  return guarded(error, [&]() -> int32_t {
    sitrep::parse_options po;
    if (options) {
      if (options->size < sizeof(sitrep_parse_options))
        return fail(error, SITREP_E_INVALID_ARGUMENT, -1, "options->size is too small: call sitrep_parse_options_init");
      if (options->year != 0) po.reference_date = sitrep::civil_date{options->year, options->month, options->day};
      if (options->id) po.id.assign(options->id, options->id_len);
      else if (options->id_len) return fail(error, SITREP_E_NULL_ARGUMENT, -1, "id is NULL but id_len is not 0");
    }
    auto doc = engine->engine.parse(std::string_view(text ? text : "", len), po);
    if (!doc) return fail(error, doc.err());
    auto* r = new sitrep_result{std::move(doc).value(), {}, {}};
    sitrep::detail::append_document_json(r->json, r->doc);
    for (const auto& x : r->doc.incidents) {
      std::int32_t at = -1;
      for (std::size_t i = 0; i < r->doc.locations.size(); ++i)
        if (r->doc.locations[i].id == x.location) at = static_cast<std::int32_t>(i);
      r->incident_location.push_back(at);
    }
    *out = r;
    return SITREP_OK;
  });
}

void sitrep_result_free(sitrep_result* result) { delete result; }

int32_t sitrep_result_json(const sitrep_result* r, const char** json, size_t* len) {
  if (!r || !json) return SITREP_E_NULL_ARGUMENT;
  *json = r->json.c_str();
  put(len, r->json.size());
  return SITREP_OK;
}

uint32_t sitrep_result_actor_count(const sitrep_result* r) { return r ? static_cast<uint32_t>(r->doc.actors.size()) : 0; }
uint32_t sitrep_result_location_count(const sitrep_result* r) { return r ? static_cast<uint32_t>(r->doc.locations.size()) : 0; }
uint32_t sitrep_result_date_count(const sitrep_result* r) { return r ? static_cast<uint32_t>(r->doc.dates.size()) : 0; }
uint32_t sitrep_result_incident_count(const sitrep_result* r) { return r ? static_cast<uint32_t>(r->doc.incidents.size()) : 0; }

int32_t sitrep_result_actor(const sitrep_result* r, uint32_t index, const char** name, const char** kind,
                            const char** country, const char** sector, const char** role, int64_t* count,
                            uint32_t* mention_count) {
  if (!r) return SITREP_E_NULL_ARGUMENT;
  if (index >= r->doc.actors.size()) return SITREP_E_INVALID_ARGUMENT;
  const auto& a = r->doc.actors[index];
  put(name, a.name.c_str());
  put(kind, a.kind.c_str());
  put(country, a.country.c_str());
  put(sector, a.sector.c_str());
  put(role, a.role.c_str());
  put(count, a.count ? static_cast<int64_t>(*a.count) : int64_t{-1});
  put(mention_count, static_cast<uint32_t>(a.mentions.size()));
  return SITREP_OK;
}

int32_t sitrep_result_actor_mention(const sitrep_result* r, uint32_t actor, uint32_t mention, uint32_t* start,
                                    uint32_t* end) {
  if (!r) return SITREP_E_NULL_ARGUMENT;
  if (actor >= r->doc.actors.size() || mention >= r->doc.actors[actor].mentions.size())
    return SITREP_E_INVALID_ARGUMENT;
  const auto& m = r->doc.actors[actor].mentions[mention];
  put(start, m.start);
  put(end, m.end);
  return SITREP_OK;
}

int32_t sitrep_result_location(const sitrep_result* r, uint32_t index, const char** name, const char** kind,
                               const char** country, const char** admin1, double* lat, double* lon,
                               int64_t* geonames_id, uint32_t* mention_count) {
  if (!r) return SITREP_E_NULL_ARGUMENT;
  if (index >= r->doc.locations.size()) return SITREP_E_INVALID_ARGUMENT;
  const auto& l = r->doc.locations[index];
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  put(name, l.name.c_str());
  put(kind, l.kind.c_str());
  put(country, l.country.c_str());
  put(admin1, l.admin1.c_str());
  put(lat, l.lat.value_or(nan));
  put(lon, l.lon.value_or(nan));
  put(geonames_id, l.geonames_id ? static_cast<int64_t>(*l.geonames_id) : int64_t{-1});
  put(mention_count, static_cast<uint32_t>(l.mentions.size()));
  return SITREP_OK;
}

int32_t sitrep_result_location_mention(const sitrep_result* r, uint32_t location, uint32_t mention,
                                       uint32_t* start, uint32_t* end) {
  if (!r) return SITREP_E_NULL_ARGUMENT;
  if (location >= r->doc.locations.size() || mention >= r->doc.locations[location].mentions.size())
    return SITREP_E_INVALID_ARGUMENT;
  const auto& m = r->doc.locations[location].mentions[mention];
  put(start, m.start);
  put(end, m.end);
  return SITREP_OK;
}

int32_t sitrep_result_date(const sitrep_result* r, uint32_t index, uint32_t* start, uint32_t* end,
                           const char** value, const char** precision) {
  if (!r) return SITREP_E_NULL_ARGUMENT;
  if (index >= r->doc.dates.size()) return SITREP_E_INVALID_ARGUMENT;
  const auto& d = r->doc.dates[index];
  put(start, d.where.start);
  put(end, d.where.end);
  put(value, d.value.c_str());
  put(precision, sitrep::to_string(d.precision));
  return SITREP_OK;
}

int32_t sitrep_result_incident(const sitrep_result* r, uint32_t index, const char** type, const char** mode,
                               const char** cameo, const char** date, int32_t* location, int64_t* fatalities,
                               int64_t* injuries, double* confidence) {
  if (!r) return SITREP_E_NULL_ARGUMENT;
  if (index >= r->doc.incidents.size()) return SITREP_E_INVALID_ARGUMENT;
  const auto& x = r->doc.incidents[index];
  put(type, x.type.c_str());
  put(mode, x.mode.c_str());
  put(cameo, x.cameo.c_str());
  put(date, x.date.c_str());
  put(location, r->incident_location[index]);
  put(fatalities, x.fatalities ? static_cast<int64_t>(*x.fatalities) : int64_t{-1});
  put(injuries, x.injuries ? static_cast<int64_t>(*x.injuries) : int64_t{-1});
  put(confidence, x.confidence);
  return SITREP_OK;
}

}  // extern "C"
