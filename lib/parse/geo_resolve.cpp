// Toponym resolution (see geo_resolve.hpp). Two passes over the mentions: the
// first picks by prior and local cues, the second adds document coherence
// (countries and admin1 areas the first pass found), then one reading per name.
#include "parse/geo_resolve.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <span>

#include "lexicon/normalize.hpp"
#include "parse/actor_words.hpp"
#include "parse/geo_distance.hpp"
#include "parse/geo_words.hpp"

namespace sitrep::detail {
namespace {

constexpr float kHintSameAdmin1 = 8.0f;   // "Panjgur, Balochistan"
constexpr float kHintSameCountry = 6.0f;  // "Tbilisi, Georgia"
constexpr float kHintAdmin2 = 5.0f;       // "Maidstone, Kent"
constexpr float kHintCountryOnly = 3.0f;  // an admin1 area holds a town of its country elsewhere in it less
constexpr float kUnheldContainerArea = 5.0f;  // "Komsomolets, Donetsk": the oblast, though no Komsomolets is known there
constexpr float kSharedCounty = 3.0f;     // a town and a county named apart, in one admin1 area
constexpr float kOwnerSameCountry = 6.0f; // "Iran's Sistan-Baluchestan province"
constexpr float kCoherenceCountry = 2.0f; // most for a country named three times or more
constexpr float kCoherenceTop = 0.5f;     // the document's main country
constexpr float kCoherenceAdmin1 = 2.0f;
constexpr float kCoherenceAdmin1Area = 6.0f;
// Votes the story's main country needs before a name that is both a foreign country and
// one of its admin1 areas reads as the area ("Georgia" among Memphis and Atlanta).
constexpr float kHomeAnchor = 1.5f;
// Votes that set a story in its main country firmly enough to doubt a lone small town abroad:
// two pieces of evidence, such as a town and its state ("Cadereyta Jimenez, Nuevo Leon").
constexpr float kSettledCountry = 1.5f;
constexpr float kSettledAdmin1 = 3.0f;
constexpr float kLocalShare = 0.5f;
constexpr float kDemonymWeight = 0.5f;
constexpr float kConjunctKind = 2.5f;     // "Erzincan and Sivas": the same kind as a sure conjunct
constexpr float kProximity = 1.5f;        // most for a town within kNearKm of another place the story names
constexpr double kNearKm = 50.0, kFarKm = 400.0;
constexpr std::uint64_t kBarePlacePopulation = 50000;   // a bare capitalised town name needs this many people
constexpr std::uint64_t kInitialPlacePopulation = 100000;
constexpr std::uint64_t kSmallPlacePopulation = 5000;    // below this a town needs a cue
constexpr std::uint64_t kNamedPlacePopulation = 200000;  // "Honolulu Star-Advertiser" still names the city
constexpr std::uint64_t kMetropolisPopulation = 500000;  // ... and "The Winnipeg Fire Paramedic Service" alone

// A place the first pass read with confidence: other towns near it are the likelier readings
// ("Hamilton County" after "Chattanooga" is the one in Tennessee).
struct anchor {
  float lat, lon;
  std::string_view key;
};

bool is_seat(std::string_view f) { return f == "PPLC" || f == "PPLA" || f == "PPLG"; }

// How well container candidate `outer` holds candidate `inner`.
float containment(const entry_ref& inner, const entry_ref& outer) {
  if (outer.kind() == entry_kind::admin1) {
    if (!outer.admin1().empty() && inner.admin1() == outer.admin1() && inner.kind() != entry_kind::admin1)
      return kHintSameAdmin1;
    return inner.country() == outer.country() && inner.kind() != entry_kind::country ? kHintCountryOnly : 0.0f;
  }
  if (outer.kind() == entry_kind::country)
    return inner.country() == outer.country() && inner.kind() != entry_kind::country ? kHintSameCountry : 0.0f;
  // "Maidstone, Kent": a county holds towns of its own admin1 area.
  if (is_admin2(outer) && !is_area(inner))
    return inner.country() == outer.country() ? (!outer.admin1().empty() && inner.admin1() == outer.admin1() ? kHintAdmin2 : 2.0f) : 0.0f;
  return 0.0f;
}

float cue_bonus(std::uint32_t cues, const entry_ref& r) {
  const entry_kind k = r.kind();
  float b = 0;
  if (cues & geo_cue::admin_noun)
    b += k == entry_kind::admin1 ? 4.0f : k == entry_kind::region ? 1.0f : k == entry_kind::country ? -3.0f : -1.0f;
  if (cues & geo_cue::city_noun)
    b += k == entry_kind::place && !is_admin2(r) ? 4.0f : k == entry_kind::country ? -4.0f : -2.0f;
  if (cues & geo_cue::district_noun) {
    const auto f = r.feature();
    b += is_admin2(r) ? 3.0f
         : k == entry_kind::place && (f == "PPLA2" || f == "PPLA3") ? 1.5f
         : k == entry_kind::admin1 ? 0.5f : 0.0f;
  }
  if (cues & geo_cue::region_noun) b += k == entry_kind::region ? 3.0f : k == entry_kind::admin1 ? 1.5f : 0.0f;
  if (cues & geo_cue::dateline) b += k == entry_kind::place ? 1.0f : 0.0f;
  return b;
}

int argmax(const geo_document& doc, const geo_mention& m) {
  int best = -1;
  float bs = 0;
  for (std::uint32_t k = 0; k < m.cand_count; ++k) {
    const float s = doc.candidates[m.cand_begin + k].score;
    if (best < 0 || s > bs) {
      best = static_cast<int>(k);
      bs = s;
    }
  }
  return best;
}

float margin(const geo_document& doc, const geo_mention& m, int chosen) {
  float second = -1e9f;
  for (std::uint32_t k = 0; k < m.cand_count; ++k)
    if (static_cast<int>(k) != chosen) second = std::max(second, doc.candidates[m.cand_begin + k].score);
  return doc.candidates[m.cand_begin + static_cast<std::uint32_t>(chosen)].score - second;
}

// What a mention's reading adds to the document's country and admin1 weights.
float contribution(const geo_document& doc, const geo_mention& m, const geo_candidate& c) {
  switch (c.ref.kind()) {
    case entry_kind::country: return 0.5f;  // often an actor ("US forces"), weaker evidence of setting
    case entry_kind::admin1: return 1.0f;
    case entry_kind::place:
      if (is_admin2(c.ref)) return 1.0f;
      return (m.cand_count == 1 || margin(doc, m, m.chosen) >= 1.0f) ? 0.7f : 0.3f;
    default: return 0.0f;
  }
}

// Are mentions `a` and `b` (a first) joined by a conjunction alone: "X, Y", "X and Y", "X, or Y"?
bool conjoined(const geo_document& doc, const geo_mention& a, const geo_mention& b) {
  const parse_context& ctx = *doc.ctx;
  if (b.first_token <= a.last_token || b.first_token - a.last_token > 2) return false;
  if (ctx.sentence_of_token(a.first_token) != ctx.sentence_of_token(b.first_token)) return false;
  for (std::uint32_t t = a.last_token; t < b.first_token; ++t) {
    const std::string_view w = ctx.tokens[t].view(ctx.text);
    const bool comma = w == ",", conjunction = w == "and" || w == "or" || w == "&";
    if (b.first_token - a.last_token == 2 ? (t == a.last_token ? !comma : !conjunction) : !(comma || conjunction))
      return false;
  }
  return true;
}

// Conjuncts share a kind: "the provinces of Erzincan and Sivas" are two provinces, "Georgia
// and Armenia" two countries. A mention beside a conjunct whose reading is a sure country or
// admin1 area favours readings of that kind. Adds to the candidates' context after pass 1.
void favour_conjunct_kinds(geo_document& doc) {
  auto& ms = doc.mentions;
  std::vector<std::pair<std::size_t, entry_kind>> favoured;
  for (std::size_t i = 0; i < ms.size(); ++i) {
    for (const std::size_t j : {i - 1, i + 1}) {
      if (j >= ms.size()) continue;  // i - 1 wraps at 0
      const geo_mention& n = ms[j];
      if (n.dropped || !(j < i ? conjoined(doc, n, ms[i]) : conjoined(doc, ms[i], n))) continue;
      const entry_kind k = doc.candidates[n.cand_begin + static_cast<std::uint32_t>(n.chosen)].ref.kind();
      if (k != entry_kind::country && k != entry_kind::admin1) continue;
      if (n.cand_count > 1 && margin(doc, n, n.chosen) < 1.0f) continue;
      favoured.emplace_back(i, k);
    }
  }
  for (const auto& [i, k] : favoured)
    for (auto* c = doc.begin_of(ms[i]); c != doc.end_of(ms[i]); ++c)
      if (c->ref.kind() == k) c->context += kConjunctKind;
}

// Does a folded name end in its own area noun ("orange county", "orleans parish")?
bool names_its_kind(std::string_view key) {
  const std::size_t space = key.rfind(' ');
  return space != std::string_view::npos && geo::place_noun_of(key.substr(space + 1)) == geo::place_noun::district;
}

// Does the capitalised name that `m` opens end in an institution's head word ("The Winnipeg
// Fire Paramedic Service"), not a person's surname ("Kobe Bryant"), a team or another name ("Hang Seng")?
bool names_institution(const geo_document& doc, const geo_mention& m) {
  const parse_context& ctx = *doc.ctx;
  const sentence& s = ctx.sentences[ctx.sentence_of_token(m.first_token)];
  std::uint32_t t = m.last_token;
  while (t < s.last_token && ctx.tokens[t].kind == token_kind::word && ctx.tokens[t].has(token_flag::capitalized)) ++t;
  if (t == m.last_token) return false;
  std::string head;
  append_token_key(ctx.tokens[t - 1].view(ctx.text), ctx.tokens[t - 1], head);
  return is_org_head(head) && head != "united";  // "Manchester United" is a team
}

// Is the chosen reading `c` of `m` supported well enough to report? `wc` is the
// document's weight for c's country without this mention's own vote.
bool has_evidence(const geo_document& doc, const geo_mention& m, const geo_candidate& c, float wc) {
  const bool strong = (m.cues & geo_cue::strong) != 0;
  const entry_kind k = c.ref.kind();
  if ((m.cues & geo_cue::score_line) && k != entry_kind::country) return false;
  // "Orange County" says what it is in its own name, even after a capitalised word
  // ("Republican Orange County") that would make a bare name a person's.
  if (is_admin2(c.ref) && names_its_kind(doc.key(m))) return true;
  // "Manzini North", "Lamu West": a compass word closing another name is no place of its
  // own (Cameroon's North region), unless a cue says it is ("the North region").
  // (A container after it, "Enugu North, Enugu", does not make it one.)
  if (m.last_token == m.first_token + 1 && geo::is_place_modifier(doc.key(m)) && m.first_token > 0 &&
      !(m.cues & (geo_cue::admin_noun | geo_cue::dateline))) {
    const token& before = doc.ctx->tokens[m.first_token - 1];
    if (before.kind == token_kind::word && before.has(token_flag::capitalized) &&
        !before.has(token_flag::newline_before | token_flag::paragraph_before) &&
        !doc.ctx->tokens[m.first_token].has(token_flag::newline_before))
      return false;
  }
  // "Colonia Ruben Jaramillo", "Barrio San Jose": in Spanish and Portuguese place names the
  // word for a neighbourhood opens the neighbourhood's name; it is no Colonia, Uruguay.
  if ((m.cues & geo_cue::name_continues) && !(m.cues & geo_cue::dateline) &&
      (doc.key(m) == "colonia" || doc.key(m) == "barrio" || doc.key(m) == "bairro"))
    return false;
  // "Eastern Ghouta", "West Wing": an ordinary word opening a longer name.
  if ((m.cues & geo_cue::common_word) && (m.cues & geo_cue::name_continues) &&
      !(m.cues & (geo_cue::admin_noun | geo_cue::hinted | geo_cue::dateline)))
    return false;
  if ((m.cues & (geo_cue::common_word | geo_cue::person)) && !strong) {
    // Countries are rarely people's names; "Jordan" after a first name is.
    if (k != entry_kind::country || (m.cues & geo_cue::name_internal)) return false;
  }
  // A county alone is often a team or a council ("Essex beat Kent"): it needs a cue or its country
  // named elsewhere in the story.
  if (is_admin2(c.ref)) return strong || (m.cues & geo_cue::weak_locative) || wc >= 1.0f;
  // An area inside a longer name after a town it does not hold ("Seoul Central District Court").
  if ((m.cues & geo_cue::name_internal) && !strong && k != entry_kind::country && is_area(c.ref)) return false;
  if (is_area(c.ref)) return true;
  // Places.
  const std::uint64_t pop = effective_population(c.ref);
  if ((m.cues & geo_cue::name_continues) && (pop < kNamedPlacePopulation || (wc < 1.0f && (pop < kMetropolisPopulation || !names_institution(doc, m)))) &&
      !(m.cues & (geo_cue::hinted | geo_cue::city_noun | geo_cue::dateline)))
    return false;
  if (strong || (m.cues & geo_cue::weak_locative)) return true;
  // A village or small town alone ("Research", "Clarence") is far more often a word or a name:
  // it needs a cue ("in X", "X, County") whatever else the story says.
  if (pop < kSmallPlacePopulation && !is_seat(c.ref.feature())) return false;
  if ((m.cues & geo_cue::sentence_initial) && m.last_token - m.first_token == 1 && pop < kInitialPlacePopulation)
    return false;
  if (!c.exact_name && pop < kInitialPlacePopulation) return false;
  if (pop >= kBarePlacePopulation || is_seat(c.ref.feature())) return true;
  return wc >= 1.0f;
}

}  // namespace

// The votes one name's own mentions (`name_group`, indices into doc.mentions) give a
// country and an admin1 area, by the readings they hold now: a name's own mentions do
// not vouch for each other.
std::pair<float, float> own_name_votes(const geo_document& doc, std::span<const std::uint32_t> name_group,
                                       const std::vector<float>& own, std::string_view country,
                                       std::string_view admin1) {
  float wc = 0, wa = 0;
  for (const std::uint32_t j : name_group) {
    const geo_mention& x = doc.mentions[j];
    if (x.chosen < 0) continue;
    const entry_ref& p = doc.candidates[x.cand_begin + static_cast<std::uint32_t>(x.chosen)].ref;
    if (p.country() == country) wc += own[j];
    if (p.kind() != entry_kind::country && !admin1.empty() && p.admin1() == admin1) wa += own[j];
  }
  return {wc, wa};
}

// "Chester ... Delaware County District Attorney": a county the story names favours the
// readings of a town in its admin1 area. A county name found in many states supports a
// town in each of them alike, so only a reading its rivals lack gains on them. (Not the
// other way round: a county named often would take every vote of one stray town name.)
// The county then follows the town through the admin1 coherence of pass 2.
void favour_shared_counties(geo_document& doc) {
  // The county readings of the document, with the name they were read from: a handful
  // at most, so each town reading is checked against the list (linear in the mentions,
  // where pairing every mention with every other would be quadratic on long stories).
  struct county_area {
    std::string_view key, country, admin1;
  };
  std::vector<county_area> counties;
  for (auto& m : doc.mentions)
    for (const auto* c = doc.begin_of(m); c != doc.end_of(m); ++c)
      if (is_admin2(c->ref) && !c->ref.admin1().empty())
        counties.push_back(county_area{doc.key(m), c->ref.country(), c->ref.admin1()});
  if (counties.empty()) return;
  for (auto& m : doc.mentions)
    for (auto* town = doc.begin_of(m); town != doc.end_of(m); ++town) {
      if (town->ref.kind() != entry_kind::place || is_admin2(town->ref)) continue;
      for (const auto& county : counties)
        if (county.key != doc.key(m) && county.country == town->ref.country() && county.admin1 == town->ref.admin1()) {
          town->context += kSharedCounty;
          break;
        }
    }
}

// "a deadly shooting in Montfort" among Grant County and Wisconsin: a small foreign town
// that nothing else in the story is in, in a story set firmly in one country, is more
// likely a place of that country the gazetteer lacks than the namesake abroad. Better
// no reading than a wrong one an ocean away. (Not with a container named beside it.)
// The same holds one level down: "Southside", "Linden" or "West Newton" in a story set
// in Chicago, Columbus or San Antonio is a neighbourhood there, not the small town of
// that name in another state that nothing else in the story is in.
bool stray_town(const geo_document& doc, std::span<const std::uint32_t> name_group, const geo_mention& m,
                const geo_candidate& c, const code_weights& countries, const code_weights& admin1s,
                const std::vector<float>& own, std::string_view top, std::string_view top_admin1) {
  if (top.empty() || c.ref.kind() != entry_kind::place || is_admin2(c.ref)) return false;
  if (m.hint >= 0 || c.ref.rec().population >= kBarePlacePopulation) return false;
  const bool abroad = c.ref.country() != top;
  if (abroad ? countries.get(top) < kSettledCountry
             : top_admin1.empty() || c.ref.admin1().empty() || c.ref.admin1() == top_admin1 ||
                   admin1s.get(top_admin1) < kSettledAdmin1)
    return false;
  // A local story: its main admin1 area holds most of what the story places (a national
  // story ranging over states keeps its towns).
  if (!abroad) {
    float all = 0;
    for (const auto& [code, w] : admin1s.items) all += w;
    if (admin1s.get(top_admin1) < kLocalShare * all) return false;
  }
  // The votes of this name's own mentions vouch for nothing.
  const auto [own_country, own_admin1] = own_name_votes(doc, name_group, own, c.ref.country(), c.ref.admin1());
  const float elsewhere = abroad ? countries.get(c.ref.country()) - own_country : admin1s.get(c.ref.admin1()) - own_admin1;
  return elsewhere <= 0.01f;
}

void resolve_toponyms(geo_document& doc) {
  auto& ms = doc.mentions;
  auto& cs = doc.candidates;

  // Local evidence: prior, cues, container, owner.
  for (std::size_t i = 0; i < ms.size(); ++i) {
    geo_mention& m = ms[i];
    for (auto* c = doc.begin_of(m); c != doc.end_of(m); ++c) {
      c->context = cue_bonus(m.cues, c->ref);
      if (m.hint >= 0) {
        geo_mention& h = ms[static_cast<std::size_t>(m.hint)];
        float best = 0;
        for (auto* o = doc.begin_of(h); o != doc.end_of(h); ++o) best = std::max(best, containment(c->ref, o->ref));
        c->context += best;
      }
      if (m.owner >= 0) {
        geo_mention& o = ms[static_cast<std::size_t>(m.owner)];
        for (auto* oc = doc.begin_of(o); oc != doc.end_of(o); ++oc)
          if (oc->ref.kind() == entry_kind::country && oc->ref.country() == c->ref.country() &&
              c->ref.kind() != entry_kind::country) {
            c->context += kOwnerSameCountry;
            break;
          }
      }
    }
  }
  // Containers read in the light of what they contain ("Atlanta, Georgia" → the state).
  for (std::size_t i = 0; i < ms.size(); ++i) {
    geo_mention& m = ms[i];
    if (m.hint < 0) continue;
    geo_mention& h = ms[static_cast<std::size_t>(m.hint)];
    float held = 0;
    for (auto* o = doc.begin_of(h); o != doc.end_of(h); ++o) {
      float best = 0;
      for (auto* c = doc.begin_of(m); c != doc.end_of(m); ++c) best = std::max(best, containment(c->ref, o->ref));
      o->context += best;
      held = std::max(held, best);
    }
    // "Komsomolets, Donetsk" where the gazetteer knows no Komsomolets in the oblast: what
    // follows the comma is still the area a town is told with (the oblast), not the city of
    // its name; so for "Oleksandrivka, Kharkiv", whose namesakes lie in other oblasts. Only
    // between an area and a city of one country, for a town with no reading inside the
    // area (in a list, "Norfolk, Portland, Providence", the next name is another town; in
    // "Austria, Belgium, Luxembourg" a country).
    const bool listed = (i > 0 && conjoined(doc, ms[i - 1], m)) ||
                        (static_cast<std::size_t>(m.hint) + 1 < ms.size() &&
                         conjoined(doc, h, ms[static_cast<std::size_t>(m.hint) + 1]));
    if (held <= kHintCountryOnly && !listed)
      for (auto* o = doc.begin_of(h); o != doc.end_of(h); ++o) {
        if (!is_area(o->ref) || o->ref.kind() == entry_kind::country) continue;
        bool city_there = false;
        for (auto* p = doc.begin_of(h); p != doc.end_of(h); ++p)
          city_there |= p->ref.kind() == entry_kind::place && !is_area(p->ref) && p->ref.country() == o->ref.country();
        const geo_candidate* likeliest = nullptr;  // the place's own best reading so far
        for (auto* c = doc.begin_of(m); c != doc.end_of(m); ++c) {
          if (!likeliest || c->prior + c->context > likeliest->prior + likeliest->context) likeliest = c;
        }
        const bool a_town = likeliest && likeliest->ref.kind() == entry_kind::place && !is_area(likeliest->ref);
        if (city_there && a_town && !(m.cues & geo_cue::person)) o->context += kUnheldContainerArea;
      }
  }

  favour_shared_counties(doc);

  // Pass 1: prior and local evidence.
  for (auto& c : cs) c.score = c.prior + c.context;
  for (auto& m : ms) m.chosen = argmax(doc, m);
  favour_conjunct_kinds(doc);

  // Document coherence from pass 1.
  code_weights countries, admin1s;
  code_weights beyond_counties;  // country votes of everything but counties (a list of teams vouches for nothing)
  std::vector<float> own(ms.size(), 0.0f);
  for (std::size_t i = 0; i < ms.size(); ++i) {
    const geo_mention& m = ms[i];
    const geo_candidate& c = cs[m.cand_begin + static_cast<std::uint32_t>(m.chosen)];
    float w = contribution(doc, m, c);
    if (static_cast<int>(i) == doc.dateline_mention || (m.cues & geo_cue::dateline)) w += 2.0f;
    own[i] = w;
    countries.add(c.ref.country(), w);
    if (!is_admin2(c.ref)) beyond_counties.add(c.ref.country(), w);
    if (c.ref.kind() != entry_kind::country) admin1s.add(c.ref.admin1(), w);
  }
  // Confident town and county readings anchor the story on the map.
  std::vector<anchor> anchors;
  for (const auto& m : ms) {
    const geo_candidate& c = cs[m.cand_begin + static_cast<std::uint32_t>(m.chosen)];
    if (c.ref.kind() != entry_kind::place || std::isnan(c.ref.rec().lat) || std::isnan(c.ref.rec().lon)) continue;
    if (m.cand_count > 1 && margin(doc, m, m.chosen) < 1.0f) continue;
    if (m.cues & (geo_cue::person | geo_cue::name_internal | geo_cue::common_word)) continue;
    anchors.push_back({c.ref.rec().lat, c.ref.rec().lon, doc.key(m)});
  }
  // A place named again anchors once: a long document names its towns many times, and
  // every candidate of every mention is measured against every anchor.
  std::sort(anchors.begin(), anchors.end(), [](const anchor& a, const anchor& b) {
    return a.lat != b.lat ? a.lat < b.lat : a.lon != b.lon ? a.lon < b.lon : a.key < b.key;
  });
  anchors.erase(std::unique(anchors.begin(), anchors.end(),
                            [](const anchor& a, const anchor& b) {
                              return a.lat == b.lat && a.lon == b.lon && a.key == b.key;
                            }),
                anchors.end());
  auto proximity = [&](const geo_mention& m, const entry_ref& r) -> float {
    if (r.kind() != entry_kind::place || m.cand_count < 2 || std::isnan(r.rec().lat) || std::isnan(r.rec().lon)) return 0;
    double best = kFarKm;
    constexpr double kKmPerDegree = 6371.0 * 3.14159265358979323846 / 180.0;
    for (const auto& a : anchors) {
      // No closer than the difference in latitude: most anchors are passed over
      // without the trigonometry.
      if (std::fabs(static_cast<double>(a.lat) - r.rec().lat) * kKmPerDegree > best + 1e-6) continue;
      if (a.key != doc.key(m)) best = std::min(best, distance_km(a.lat, a.lon, r.rec().lat, r.rec().lon));
    }
    if (best >= kFarKm) return 0;
    return kProximity * static_cast<float>(best <= kNearKm ? 1.0 : (kFarKm - best) / (kFarKm - kNearKm));
  };
  // Demonyms are not places, but "the English city of Salisbury" says where we are.
  for (const auto code : doc.demonym_countries) countries.add(code, kDemonymWeight);
  const std::string_view top = countries.top();
  const std::string_view top_admin1 = admin1s.top();

  // Mentions grouped by name: a name's own mentions do not vouch for each other.
  std::vector<std::uint32_t> order(ms.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto ka = doc.key(ms[a]), kb = doc.key(ms[b]);
    return ka != kb ? ka < kb : a < b;
  });

  // Pass 2: add coherence (without the votes of the mention's own name).
  for (std::size_t g = 0; g < order.size();) {
    std::size_t e = g + 1;
    while (e < order.size() && doc.key(ms[order[e]]) == doc.key(ms[order[g]])) ++e;
    const std::span<const std::uint32_t> group(order.data() + g, e - g);
    for (std::size_t x = g; x < e; ++x) {
      geo_mention& m = ms[order[x]];
      for (auto* c = doc.begin_of(m); c != doc.end_of(m); ++c) {
        if (c->ref.kind() == entry_kind::region) {
          c->score = c->prior + c->context;
          continue;
        }
        const auto [own_c, own_a] = own_name_votes(doc, group, own, c->ref.country(), c->ref.admin1());
        const float wc = countries.get(c->ref.country()) - own_c;
        float coh = kCoherenceCountry * std::min(wc, 3.0f) / 3.0f;
        if (!top.empty() && c->ref.country() == top && wc > 0) coh += kCoherenceTop;
        const float wa = admin1s.get(c->ref.admin1()) - own_a;
        // Places already read inside this admin1 area ("Atlanta" → Georgia the state).
        if (c->ref.kind() == entry_kind::admin1) coh += kCoherenceAdmin1Area * std::min(wa, 1.0f);
        if (c->ref.kind() == entry_kind::place) coh += kCoherenceAdmin1 * std::min(wa, 2.0f) / 2.0f;
        c->score = c->prior + c->context + coh + proximity(m, c->ref);
      }
    }
    g = e;
  }

  // One reading per name: the entry with the highest total over the name's mentions.
  for (std::size_t g = 0; g < order.size();) {
    std::size_t e = g + 1;
    while (e < order.size() && doc.key(ms[order[e]]) == doc.key(ms[order[g]])) ++e;
    // Candidates of the group's first mention; others share them when the phrase is the same.
    geo_mention& lead = ms[order[g]];
    int best = -1;
    float bt = 0;
    for (std::uint32_t k = 0; k < lead.cand_count; ++k) {
      const entry_ref& r = cs[lead.cand_begin + k].ref;
      float total = 0;
      for (std::size_t x = g; x < e; ++x) {
        const geo_mention& m = ms[order[x]];
        for (std::uint32_t q = 0; q < m.cand_count; ++q) {
          const geo_candidate& c = cs[m.cand_begin + q];
          if (c.ref.index == r.index && c.ref.bundle == r.bundle) {
            total += c.score;
            break;
          }
        }
      }
      if (best < 0 || total > bt) {
        best = static_cast<int>(k);
        bt = total;
      }
    }
    // "Georgia" in a story set in the United States, with nothing else in the Caucasus: the
    // state of the story's country, not a foreign country no other mention is in.
    if (!top.empty()) {
      const entry_ref& won = cs[lead.cand_begin + static_cast<std::uint32_t>(best)].ref;
      if (won.kind() == entry_kind::country && won.country() != top) {
        float own_total = 0;
        for (std::size_t x = g; x < e; ++x) own_total += own[order[x]];
        const float elsewhere = countries.get(won.country()) - own_total;
        if (elsewhere <= 0.01f && countries.get(top) >= kHomeAnchor)
          for (std::uint32_t k = 0; k < lead.cand_count; ++k) {
            const entry_ref& alt = cs[lead.cand_begin + k].ref;
            if (alt.kind() == entry_kind::admin1 && alt.country() == top) {
              best = static_cast<int>(k);
              break;
            }
          }
      }
    }
    const entry_ref& r = cs[lead.cand_begin + static_cast<std::uint32_t>(best)].ref;
    for (std::size_t x = g; x < e; ++x) {
      geo_mention& m = ms[order[x]];
      // A mention named with its container keeps the reading the container holds: "Washington,
      // D.C." is the city in a story about Washington the state.
      if (m.hint >= 0 && m.chosen >= 0) {
        const geo_mention& h = ms[static_cast<std::size_t>(m.hint)];
        const entry_ref& outer = cs[h.cand_begin + static_cast<std::uint32_t>(h.chosen)].ref;
        if (containment(cs[m.cand_begin + static_cast<std::uint32_t>(m.chosen)].ref, outer) > containment(r, outer))
          continue;
      }
      for (std::uint32_t q = 0; q < m.cand_count; ++q)
        if (cs[m.cand_begin + q].ref.index == r.index && cs[m.cand_begin + q].ref.bundle == r.bundle)
          m.chosen = static_cast<int>(q);
    }
    g = e;
  }

  // "Washington, D.C.": a container that can name the place itself is part of its name, and so
  // is the capital district a capital city sits in (the district adds nothing the city does not say).
  for (auto& m : ms) {
    if (m.hint < 0 || m.dropped) continue;
    geo_mention& h = ms[static_cast<std::size_t>(m.hint)];
    const entry_ref& r = cs[m.cand_begin + static_cast<std::uint32_t>(m.chosen)].ref;
    bool merge = false;
    for (std::uint32_t q = 0; q < h.cand_count && !merge; ++q)
      merge = cs[h.cand_begin + q].ref.index == r.index && cs[h.cand_begin + q].ref.bundle == r.bundle;
    if (!merge && !h.dropped && r.kind() == entry_kind::place && r.feature() == "PPLC" && !r.admin1().empty()) {
      const entry_ref& hr = cs[h.cand_begin + static_cast<std::uint32_t>(h.chosen)].ref;
      merge = hr.kind() == entry_kind::admin1 && hr.admin1() == r.admin1() && hr.country() == r.country() &&
              h.last_token - h.first_token == 1;
    }
    if (merge) {
      m.end = h.end;
      h.dropped = true;
    }
  }

  // A name once used for a person ("Bruce Forsyth", "said Allen") is that person
  // everywhere in the document, unless a cue says place.
  for (std::size_t g = 0; g < order.size();) {
    std::size_t e = g + 1;
    while (e < order.size() && doc.key(ms[order[e]]) == doc.key(ms[order[g]])) ++e;
    std::uint32_t personish = 0;
    // (A compass word before it makes a name, not a person's: "South Kilburn Estate".)
    for (std::size_t x = g; x < e; ++x) {
      const std::uint32_t c = ms[order[x]].cues;
      personish |= (c & geo_cue::person) | ((c & geo_cue::compass_name) ? 0u : c & geo_cue::name_internal);
    }
    if (personish)
      for (std::size_t x = g; x < e; ++x) ms[order[x]].cues |= geo_cue::person;
    g = e;
  }

  // Evidence each reading needs. (Only ever drops: earlier stages may have dropped too.)
  for (std::size_t g = 0; g < order.size();) {
    std::size_t e = g + 1;
    while (e < order.size() && doc.key(ms[order[e]]) == doc.key(ms[order[g]])) ++e;
    const std::span<const std::uint32_t> group(order.data() + g, e - g);
    for (const std::uint32_t i : group) {
      geo_mention& m = ms[i];
      if (m.dropped) continue;
      const geo_candidate& c = cs[m.cand_begin + static_cast<std::uint32_t>(m.chosen)];
      const float wc = is_admin2(c.ref) ? beyond_counties.get(c.ref.country()) : countries.get(c.ref.country()) - own[i];
      m.dropped = !has_evidence(doc, m, c, wc) || stray_town(doc, group, m, c, countries, admin1s, own, top, top_admin1);
    }
    g = e;
  }
}

}  // namespace sitrep::detail
