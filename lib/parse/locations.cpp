// The geoparser: recognition (geo_candidates), cues (geo_cues), resolution
// (geo_resolve) and border regions (geo_regions), assembled into one `location`
// per resolved gazetteer entry with every mention, in order of first mention.
#include "parse/locations.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "lexicon/normalize.hpp"
#include "parse/geo_candidates.hpp"
#include "parse/geo_cues.hpp"
#include "parse/geo_demonyms.hpp"
#include "parse/geo_features.hpp"
#include "parse/geo_regions.hpp"
#include "parse/geo_resolve.hpp"
#include "parse/geo_types.hpp"
#include "parse/geo_words.hpp"

namespace sitrep::detail {
namespace {

const char* kind_name(const entry_ref& r) {
  switch (r.kind()) {
    case entry_kind::country: return "country";
    case entry_kind::admin1: return "admin1";
    case entry_kind::region: return "region";
    default:
      if (is_admin2(r)) return "admin2";
      return r.feature().rfind("PPL", 0) == 0 ? "city" : "place";
  }
}

void split_codes(std::string_view list, std::vector<std::string>& out) {
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t bar = list.find('|', start);
    if (bar == std::string_view::npos) bar = list.size();
    if (bar > start) out.emplace_back(list.substr(start, bar - start));
    start = bar + 1;
  }
}

location record_of(const entry_ref& r) {
  location loc;
  const auto& rec = r.rec();
  loc.name = std::string(r.name());
  loc.kind = kind_name(r);
  if (r.kind() == entry_kind::region) {
    split_codes(r.str(rec.countries), loc.countries);
    if (loc.countries.size() == 1) loc.country = loc.countries.front();
  } else {
    loc.country = std::string(r.country());
  }
  if (r.kind() != entry_kind::country) loc.admin1 = std::string(r.admin1());
  if (!std::isnan(rec.lat) && !std::isnan(rec.lon)) {
    // Stored as float: round to 5 decimals so output reads as the gazetteer wrote it.
    loc.lat = std::round(static_cast<double>(rec.lat) * 1e5) / 1e5;
    loc.lon = std::round(static_cast<double>(rec.lon) * 1e5) / 1e5;
  }
  if (rec.geonames_id >= 0) loc.geonames_id = rec.geonames_id;
  return loc;
}

// Is token `t` a capitalised word that can open a place name ("New" in "New Quay")? Words
// in capitals count only before a name in capitals ("CAMP MURRAY" in a dateline).
bool opens_name(const parse_context& ctx, std::uint32_t t, bool in_capitals) {
  const token& k = ctx.tokens[t];
  if (k.kind != token_kind::word || !k.has(token_flag::capitalized) || k.has(token_flag::all_caps) != in_capitals)
    return false;
  std::string key;
  append_token_key(k.view(ctx.text), k, key);
  return !geo::is_geo_function_word(key);
}

// Below these a town named with a container it is not in ("New Quay, Ceredigion" read as a
// namesake in Florida) is more likely one the gazetteer lacks.
constexpr std::uint64_t kUnknownTownAbroad = 100000;
// A city this large is known by name wherever it is told.
constexpr std::uint64_t kMillionCity = 1000000;
constexpr std::uint64_t kUnknownTownInCountry = 20000;

// Does container `outer` (a country, admin1 or admin2 area) leave place `inner` outside?
bool outside(const entry_ref& inner, const entry_ref& outer) {
  if (inner.country() != outer.country()) return true;
  const bool subdivision = outer.kind() == entry_kind::admin1 || is_admin2(outer);
  return subdivision && !outer.admin1().empty() && inner.admin1() != outer.admin1();
}

// Does another place follow mention `i` after a comma or a conjunction ("Saipan, Guam,
// Alaska")? Then the comma before it joined a list, not a place to its container.
bool in_list(const geo_document& doc, std::size_t i) {
  const parse_context& ctx = *doc.ctx;
  const geo_mention& m = doc.mentions[i];
  if (i + 1 >= doc.mentions.size() || m.last_token + 1 >= ctx.tokens.size()) return false;
  const std::string_view sep = ctx.tokens[m.last_token].view(ctx.text);
  if (sep != "," && sep != "and" && sep != "or") return false;
  return doc.mentions[i + 1].first_token == m.last_token + 1;
}

// Has mention `m` any reading in admin1 area `admin1`?
bool has_reading_in_admin1(const geo_document& doc, const geo_mention& m, std::string_view admin1) {
  for (std::uint32_t k = 0; k < m.cand_count; ++k)
    if (doc.candidates[m.cand_begin + k].ref.admin1() == admin1) return true;
  return false;
}

// Has mention `m` any reading in `country`?
bool has_reading_in(const geo_document& doc, const geo_mention& m, std::string_view country) {
  for (std::uint32_t k = 0; k < m.cand_count; ++k)
    if (doc.candidates[m.cand_begin + k].ref.country() == country) return true;
  return false;
}

}  // namespace

std::vector<location> find_locations(const parse_context& ctx) {
  std::vector<location> out;
  if (ctx.matches.matches.empty()) return out;
  geo_document doc;
  doc.folded_at.reserve(ctx.tokens.size() + 1);
  for (const token& t : ctx.tokens) {
    doc.folded_at.push_back(static_cast<std::uint32_t>(doc.folded_chars.size()));
    append_token_key(t.view(ctx.text), t, doc.folded_chars);
  }
  doc.folded_at.push_back(static_cast<std::uint32_t>(doc.folded_chars.size()));
  collect_toponyms(ctx, doc);
  add_demonym_places(doc);
  if (doc.mentions.empty()) return out;
  tag_cues(doc);
  resolve_toponyms(doc);
  const auto borders = find_border_regions(doc);
  const auto features = find_feature_names(doc);

  // One record per gazetteer entry: (bundle, index) → record. A handful per
  // document, so a linear search beats a hash map.
  struct slot {
    const bundle_view* bundle;
    std::uint32_t index;
    std::size_t record;
  };
  std::vector<slot> seen;
  auto record_for = [&](const bundle_view* b, std::uint32_t index, auto make) -> location& {
    for (const auto& s : seen)
      if (s.bundle == b && s.index == index) return out[s.record];
    seen.push_back({b, index, out.size()});
    out.push_back(make());
    return out.back();
  };
  // The story's main town: the dateline's, else the city named most often, a mention
  // with a cue ("in X", "X, Virginia") counting double and a town of the country the
  // story names most counting more. Without a town, the admin1 area named most (first on
  // ties): "Northern Ireland" for a hospital whose town the gazetteer missed. Coarser,
  // but a map still needs a point.
  const geo_candidate* anchor = nullptr;
  const geo_candidate* area_anchor = nullptr;
  {
    using tally = std::vector<std::pair<const geo_candidate*, int>>;
    auto add = [](tally& v, const geo_candidate* c, int weight) {
      auto it = std::find_if(v.begin(), v.end(), [&](const auto& p) {
        return p.first->ref.bundle == c->ref.bundle && p.first->ref.index == c->ref.index;
      });
      if (it == v.end()) v.emplace_back(c, weight);
      else it->second += weight;
    };
    tally towns, areas;
    code_weights countries;
    for (const auto& m : doc.mentions) {
      const geo_candidate* c = doc.chosen(m);
      if (!c) continue;
      countries.add(c->ref.country(), 1.0f);
      if (c->ref.kind() == entry_kind::admin1) add(areas, c, 1);
      if (c->ref.kind() != entry_kind::place) continue;
      if (m.cues & geo_cue::dateline) {
        anchor = c;  // the areas are needed only without a town
        break;
      }
      add(towns, c, (m.cues & geo_cue::strong) ? 2 : 1);
    }
    const std::string_view top_country = countries.top();
    int best = 0;
    if (!anchor)
      for (const auto& [c, n] : towns) {
        const int w = n + (c->ref.country() == top_country ? 2 : 0);
        if (w > best) {
          best = w;
          anchor = c;
        }
      }
    int most = 0;
    if (!anchor)
      for (const auto& [c, n] : areas)
        if (n > most) {
          most = n;
          area_anchor = c;
        }
  }

  // Records named by text (border regions and features without a dictionary entry).
  auto record_named = [&](std::string_view kind, std::string_view name, auto make) -> location& {
    for (auto& l : out)
      if (l.kind == kind && l.name == name && !l.geonames_id) return l;
    out.push_back(make());
    return out.back();
  };
  auto add_border = [&](const border_region& br) {
    auto make = [&] {
      location loc;
      if (br.bundle) loc = record_of(entry_ref{br.bundle, br.index, 0});
      loc.name = br.name;
      loc.kind = "region";
      loc.country.clear();
      loc.countries = {std::string(br.first), std::string(br.second)};
      return loc;
    };
    location& loc = br.bundle ? record_for(br.bundle, br.index, make) : record_named("region", br.name, make);
    loc.mentions.push_back({br.start, br.end});
  };
  auto add_feature = [&](const feature_name& f) {
    const std::string_view name = ctx.text.substr(f.start, f.end - f.start);
    auto make = [&] {
      location loc;
      loc.name = std::string(name);
      loc.kind = "place";
      if (f.inner >= 0) {
        const geo_candidate* c = doc.chosen(doc.mentions[static_cast<std::size_t>(f.inner)]);
        if (!c) c = doc.candidates.data() + doc.mentions[static_cast<std::size_t>(f.inner)].cand_begin +
                    doc.mentions[static_cast<std::size_t>(f.inner)].chosen;
        const location in = record_of(c->ref);
        loc.country = in.country;
        loc.admin1 = in.admin1;
        if (f.borrow_coordinates) {
          loc.lat = in.lat;
          loc.lon = in.lon;
        }
      }
      // The container may since have been read as part of a later feature ("in Rome Street").
      const geo_candidate* container =
          f.container >= 0 ? doc.chosen(doc.mentions[static_cast<std::size_t>(f.container)]) : nullptr;
      if (container) {
        const location in = record_of(container->ref);
        loc.country = in.country;
        loc.admin1 = in.admin1;
        loc.lat = in.lat;
        loc.lon = in.lon;
      } else if (f.local && (anchor || area_anchor)) {
        const location in = record_of((anchor ? anchor : area_anchor)->ref);
        if (loc.country.empty() && !f.country.empty()) loc.country = std::string(f.country);
        if (loc.country.empty() || loc.country == in.country) {
          loc.country = in.country;
          loc.admin1 = in.admin1;
          loc.lat = in.lat;
          loc.lon = in.lon;
        }
      }
      return loc;
    };
    record_named("place", name, make).mentions.push_back({f.start, f.end});
  };

  // Toponyms, border regions and feature names in text order.
  std::size_t bi = 0, fi = 0;
  auto flush_before = [&](std::uint32_t pos) {
    for (;;) {
      const bool b = bi < borders.size() && borders[bi].start <= pos;
      const bool f = fi < features.size() && features[fi].start <= pos;
      if (!b && !f) return;
      if (b && (!f || borders[bi].start <= features[fi].start)) add_border(borders[bi++]);
      else add_feature(features[fi++]);
    }
  };
  // Counties the story names, by the name before "County": a bare "Bartow" in a story
  // of "Bartow County", Georgia is the county, not a namesake town in another state.
  std::vector<std::pair<std::string_view, const geo_candidate*>> counties;
  for (const auto& m : doc.mentions) {
    const geo_candidate* c = doc.chosen(m);
    const std::string_view key = doc.key(m);
    if (c && is_admin2(c->ref) && key.ends_with(" county") && key.size() > 7)
      counties.emplace_back(key.substr(0, key.size() - 7), c);
  }
  for (const auto& m : doc.mentions) {
    const geo_candidate* c = doc.chosen(m);
    if (!c) continue;
    flush_before(m.start);
    if (c->ref.kind() == entry_kind::place && !is_admin2(c->ref) && m.hint < 0 &&
        c->ref.rec().population < kUnknownTownAbroad) {
      const auto county = std::find_if(counties.begin(), counties.end(),
                                       [&](const auto& k) { return k.first == doc.key(m); });
      if (county != counties.end() && county->second->ref.admin1() != c->ref.admin1() &&
          !has_reading_in_admin1(doc, m, county->second->ref.admin1()))
        c = county->second;
    }
    // "New Quay, Ceredigion" where the gazetteer knows no New Quay in Ceredigion: a settlement
    // it lacks, reported at its container rather than as a namesake abroad.
    // Only for a town too small to be what a list names: a comma also joins lists ("Basle,
    // Berne, Geneva"; "Dalian, U.S. Secretary of State …"), and smaller still when a namesake
    // in the container's country exists.
    const int hint = m.hint >= 0 ? m.hint : m.outside_hint;
    const geo_candidate* outer = hint >= 0 && !in_list(doc, static_cast<std::size_t>(hint))
                                     ? doc.chosen(doc.mentions[static_cast<std::size_t>(hint)])
                                     : nullptr;
    // A dateline's container is the reporter's own statement of where: any town outside it
    // is the wrong one ("CAMP MURRAY, Wash." is not Murray, Utah).
    // So is a bracketed list of its district and region that names one country, where no
    // namesake lies ("Kani township (Kani, Yinmarbin district, Sagaing region)" is not Kani,
    // Japan, a city of 100,000): brackets hold no list of towns.
    // A national capital or a city of millions named by its own name stays itself:
    // "Islamabad city (FCT)" is not a village in Nigeria's Federal Capital Territory (but
    // "Goba village (Djugu, Ituri)" is no Juba, whose old name Goba was).
    const bool landmark_city = c->ref.kind() == entry_kind::place && c->exact_name &&
                               (c->ref.feature() == "PPLC" || effective_population(c->ref) >= kMillionCity);
    if (outer && is_area(outer->ref) && outer->ref.kind() != entry_kind::region && !is_area(c->ref) &&
        outside(c->ref, outer->ref) &&
        ((m.cues & geo_cue::dateline) || (m.outside_hint >= 0 && !landmark_city) ||
         effective_population(c->ref) < (has_reading_in(doc, m, outer->ref.country()) ? kUnknownTownInCountry
                                                                                      : kUnknownTownAbroad))) {
      // The name may begin with capitalised words the gazetteer did not take ("New Quay").
      std::uint32_t first = m.first_token;
      while (first > 0 && ctx.sentence_of_token(first - 1) == ctx.sentence_of_token(m.first_token) &&
             opens_name(ctx, first - 1, ctx.tokens[m.first_token].has(token_flag::all_caps)) &&
             (m.first_token - first) < 3)
        --first;
      const std::uint32_t start = ctx.tokens[first].start;
      const std::string_view name = ctx.text.substr(start, m.end - start);
      location& loc = record_named("place", name, [&] {
        location l = record_of(outer->ref);
        l.name = std::string(name);
        l.kind = "place";
        l.geonames_id.reset();
        return l;
      });
      loc.mentions.push_back({start, m.end});
      continue;
    }
    location& loc = record_for(c->ref.bundle, c->ref.index, [&] { return record_of(c->ref); });
    if (loc.mentions.empty() || !(loc.mentions.back() == span{m.start, m.end}))
      loc.mentions.push_back({m.start, m.end});
  }
  flush_before(UINT32_MAX);

  // fmt, not "l" + std::to_string(i): GCC 12 warns falsely (-Wrestrict) on that form.
  for (std::size_t i = 0; i < out.size(); ++i) out[i].id = fmt::format("l{}", i);
  return out;
}

}  // namespace sitrep::detail
