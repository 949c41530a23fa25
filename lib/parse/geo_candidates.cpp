// Toponym recognition from dictionary matches. The matcher has already found
// every gazetteer phrase (case-aware, longest first); here we keep the readings
// that are places, drop demonyms, and note the surface facts that later decide
// whether a bare capitalised word is a place at all.
#include "parse/geo_candidates.hpp"

#include <algorithm>
#include <cmath>

#include <absl/container/flat_hash_set.h>

#include "lexicon/normalize.hpp"
#include "parse/actor_words.hpp"  // name particles, shared with the actor parser
#include "parse/geo_words.hpp"

namespace sitrep::detail {
using namespace geo;  // the geoparser's word lists
namespace {

bool is_word(const token& t) { return t.kind == token_kind::word; }
bool is_capitalised(const token& t) { return t.has(token_flag::capitalized) || t.has(token_flag::all_caps); }

// Does the word open with a capital letter, one outside ASCII included ("Žilina", "Ústí",
// "Łódź")? The tokenizer's flags only see ASCII capitals. Two-byte UTF-8 letters only:
// Latin-1, Latin Extended-A/B, Greek and Cyrillic.
bool opens_with_capital(std::string_view text, const token& t) {
  if (is_capitalised(t)) return true;
  if (t.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(text[t.start]), b1 = static_cast<unsigned char>(text[t.start + 1]);
  if ((b0 & 0xE0) != 0xC0 || (b1 & 0xC0) != 0x80) return false;
  const unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;                           // À..Þ but not ×
  if (cp >= 0x100 && cp <= 0x17F) return cp == 0x178 || (cp < 0x138 ? cp % 2 == 0 : cp > 0x138 && cp < 0x149 ? cp % 2 == 1
                                                                                : cp > 0x149 && cp < 0x17F && (cp < 0x179 ? cp % 2 == 0 : cp % 2 == 1));
  if (cp >= 0x391 && cp <= 0x3A9) return true;                                // Greek capitals
  return cp >= 0x400 && cp <= 0x42F;                                          // Cyrillic capitals
}

// Key of a dictionary name, folded the way the text is (case, diacritics, hyphens).
void fold_name(std::string_view name, std::string& out) {
  token t{};
  t.start = 0;
  t.end = static_cast<std::uint32_t>(name.size());
  t.kind = token_kind::word;
  append_token_key(name, t, out);
}

// Keys compare equal up to runs of spaces and periods ("St. Louis" = "st louis").
bool same_key(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  auto skip = [](std::string_view s, std::size_t& k) {
    while (k < s.size() && (s[k] == ' ' || s[k] == '.')) ++k;
  };
  for (;;) {
    skip(a, i);
    skip(b, j);
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i] != b[j]) return false;
    ++i;
    ++j;
  }
}

// A folded Arabic name without its article or a leading ayn: "al qamishli" → "qamishli",
// "'afrin" → "afrin". News English writes these as the name itself.
std::string_view without_article(std::string_view k) {
  while (!k.empty() && (k.front() == '\'' || k.front() == '`')) k.remove_prefix(1);
  for (std::string_view a : {"al ", "el ", "ar ", "as ", "ad ", "an ", "ash ", "az ", "at ", "al-", "el-"})
    if (k.size() > a.size() + 3 && k.substr(0, a.size()) == a) return k.substr(a.size());
  return k;
}

constexpr float kPopulationWeight = 1.2f;  // per factor of ten in population
constexpr float kMostPopulous = 1.0f;      // the biggest of same-named places is the usual referent
constexpr float kNamesakeCity = 2.0f;
constexpr float kAdmin2Prior = 7.0f;
constexpr float kLandmarkName = 3.0f;
constexpr std::uint64_t kOwnerPlacePopulation = 100000;  // "Wilson's Farm" (a name) vs "Moscow's Red Square"
constexpr std::uint64_t kNamesakeCityPopulation = 500000;
constexpr std::uint64_t kBarePlacePopulation = 50000;
constexpr std::uint64_t kCompoundCityPopulation = 50000;  // "Amsterdam-London", not "Phillips-Spencer":
constexpr std::uint64_t kCompoundTownPopulation = 5000;   // one city, or towns of this size throughout  // a town this big is itself what a compass word modifies

float feature_bonus(std::string_view f) {
  if (f == "PPLC") return 3.0f;
  if (f == "PPLX") return -0.5f;  // a section of a city
  if (f == "PPLA" || f == "PPLG") return 1.0f;
  if (f == "PPLA2") return 0.4f;
  return 0.0f;
}

// Does dictionary match `i` (or none, -1) name a country, admin1 area or region?
bool match_has_area(const parse_context& ctx, int i) {
  if (i < 0) return false;
  const auto& pm = ctx.matches.matches[static_cast<std::size_t>(i)];
  for (const entry_ref* c = ctx.matches.begin_of(pm); c != ctx.matches.end_of(pm); ++c) {
    const entry_kind k = c->kind();
    if ((k == entry_kind::country || k == entry_kind::admin1 || k == entry_kind::region || is_admin2(*c)) &&
        !(c->alias_flags & alias_flag::demonym))
      return true;
  }
  return false;
}

// Does dictionary match `i` have any place reading (a demonym aside)?
bool match_has_geo(const parse_context& ctx, int i) {
  const auto& pm = ctx.matches.matches[static_cast<std::size_t>(i)];
  for (const entry_ref* c = ctx.matches.begin_of(pm); c != ctx.matches.end_of(pm); ++c)
    if (is_geo_kind(c->kind()) && !(c->alias_flags & alias_flag::demonym)) return true;
  return false;
}

struct surface_facts {
  absl::flat_hash_set<std::string_view> lower_words;  // lower-case word tokens of the document
};

// Does any non-geo reading of this phrase make it an ordinary word or a name of something else?
struct other_readings {
  bool person = false, organization = false, common = false;
};

}  // namespace

float candidate_prior(const entry_ref& ref, bool exact_name) {
  switch (ref.kind()) {
    case entry_kind::country: return 12.0f;
    case entry_kind::region: return 10.0f;
    case entry_kind::admin1: return exact_name ? 8.0f : 7.5f;
    case entry_kind::place: {
      const auto& r = ref.rec();
      // A county or district: below an admin1 area, level with a mid-sized town of the same
      // name ("Kent" the county, Kent in Washington); document coherence decides. Population
      // (where known) only ranks namesakes ("Orange County").
      if (is_admin2(ref))
        return kAdmin2Prior + 0.15f * static_cast<float>(std::log10(static_cast<double>(r.population) + 10.0));
      const std::uint64_t population = effective_population(ref);
      // GeoNames alternates are many and loose (old names, other languages); a big
      // city's English exonym ("Munich") is the exception.
      const float alternate = population >= 1000000 ? -0.5f : -1.5f;
      // A curated landmark under its own name beats a city's loose alternate ("White House"
      // is also a translation of Casablanca).
      const float feature = feature_bonus(ref.feature()) + (exact_name && is_landmark(ref) ? kLandmarkName : 0.0f);
      return kPopulationWeight * static_cast<float>(std::log10(static_cast<double>(population) + 10.0)) +
             (exact_name ? feature + 0.5f : feature * 0.5f + alternate);
    }
    default: return 0.0f;
  }
}

void collect_toponyms(const parse_context& ctx, geo_document& doc) {
  const auto& tokens = ctx.tokens;
  const std::string_view text = ctx.text;
  doc.ctx = &ctx;
  doc.mentions.clear();
  doc.candidates.clear();
  doc.keys.clear();
  doc.demonym_countries.clear();

  // Lower-case words of the document: a capitalised "Reading" is an ordinary word
  // when the article also writes "reading". Collected on first use, in a hash set:
  // sorting every document's words cost more than all the questions asked of them.
  surface_facts facts;
  bool facts_ready = false;
  auto appears_lower = [&](std::string_view key) {
    if (!facts_ready) {
      for (const auto& t : tokens) {
        if (!is_word(t) || is_capitalised(t)) continue;
        const auto v = t.view(text);
        if (!v.empty() && v.front() >= 'a' && v.front() <= 'z') facts.lower_words.insert(v);
      }
      facts_ready = true;
    }
    return facts.lower_words.contains(key);
  };

  // Bundles seen in matches, for looking up parts of hyphenated words.
  std::vector<const bundle_view*> bundles;
  for (const auto& c : ctx.matches.candidates)
    if (std::find(bundles.begin(), bundles.end(), c.bundle) == bundles.end()) bundles.push_back(c.bundle);
  doc.bundle = bundles.empty() ? nullptr : bundles.back();

  std::string name_key;
  std::vector<entry_ref> acronym_refs;
  // "New York" the state also names New York City, which GeoNames files under
  // "New York City": add the big "<name> City" of an admin1 area as a reading.
  std::string city_key;
  auto add_namesake_city = [&](geo_mention& m, std::string_view key) {
    if (bundles.empty()) return;
    std::string_view code, country;
    for (std::uint32_t k = m.cand_begin; k < m.cand_begin + m.cand_count; ++k) {
      const entry_ref& r = doc.candidates[k].ref;
      if (r.kind() == entry_kind::admin1 && doc.candidates[k].exact_name) {
        code = r.admin1();
        country = r.country();
      }
      if (r.kind() == entry_kind::country) return;  // "Mexico", "Kuwait": the country is the reading
    }
    if (code.empty()) return;
    city_key.assign(key);
    city_key += " city";
    const std::uint64_t h = hash_bytes(kHashSeed, city_key);
    for (const bundle_view* b : bundles) {
      const slot_record* slot = b->find(h, city_key);
      if (!slot || !(slot->flags & kSlotPhrase)) continue;
      const posting_record* p = b->postings(*slot);
      for (std::uint32_t k = 0; k < slot->postings_count; ++k) {
        const entry_ref r{b, p[k].entry, p[k].alias_flags};
        if (r.kind() != entry_kind::place || r.country() != country || r.rec().population < kNamesakeCityPopulation)
          continue;
        // Already a reading through an alternate name: it counts as the name itself.
        for (std::uint32_t q = m.cand_begin; q < m.cand_begin + m.cand_count; ++q) {
          geo_candidate& c = doc.candidates[q];
          if (c.ref.bundle == r.bundle && c.ref.index == r.index) {
            c.exact_name = true;
            c.prior = candidate_prior(r, true);
            return;
          }
        }
        geo_candidate g;
        g.ref = r;
        g.exact_name = true;
        g.prior = candidate_prior(r, true);
        doc.candidates.push_back(g);
        ++m.cand_count;
        return;
      }
    }
  };
  auto add_mention = [&](std::uint32_t first, std::uint32_t last, std::uint32_t start, std::uint32_t end,
                         const entry_ref* cb, const entry_ref* ce, const other_readings& other,
                         std::string_view part_text) {
    geo_mention m;
    m.first_token = first;
    m.last_token = last;
    m.start = start;
    m.end = end;
    m.key_begin = static_cast<std::uint32_t>(doc.keys.size());
    if (!part_text.empty()) {
      fold_name(part_text, doc.keys);
    } else {
      for (std::uint32_t t = first; t < last; ++t) {
        if (t > first) doc.keys += ' ';
        doc.keys += doc.folded(t);
      }
    }
    m.key_end = static_cast<std::uint32_t>(doc.keys.size());
    m.cand_begin = static_cast<std::uint32_t>(doc.candidates.size());
    const std::string_view key = doc.key(m);
    bool has_place_only = true;  // no country or region reading (admin1 and places)
    bool has_area = false;       // a country, admin1, admin2 or region reading
    for (const entry_ref* c = cb; c != ce; ++c) {
      if (!is_geo_kind(c->kind()) || (c->alias_flags & alias_flag::demonym)) continue;
      // The same entry may come twice (two aliases fold alike); keep one.
      bool dup = false;
      for (std::uint32_t k = m.cand_begin; k < doc.candidates.size(); ++k)
        dup |= doc.candidates[k].ref.bundle == c->bundle && doc.candidates[k].ref.index == c->index;
      if (dup) continue;
      geo_candidate g;
      g.ref = *c;
      name_key.clear();
      fold_name(c->name(), name_key);
      g.exact_name = same_key(key, name_key) || same_key(key, without_article(name_key));
      g.prior = candidate_prior(*c, g.exact_name);
      doc.candidates.push_back(g);
      if (c->kind() == entry_kind::country || c->kind() == entry_kind::region) has_place_only = false;
      if (is_area(*c)) has_area = true;
    }
    m.cand_count = static_cast<std::uint32_t>(doc.candidates.size()) - m.cand_begin;
    add_namesake_city(m, key);
    {
      geo_candidate* biggest = nullptr;
      for (std::uint32_t k = m.cand_begin; k < doc.candidates.size(); ++k) {
        geo_candidate& g = doc.candidates[k];
        if (g.ref.kind() == entry_kind::place && (!biggest || effective_population(g.ref) > effective_population(biggest->ref)))
          biggest = &g;
      }
      if (biggest && m.cand_count > 1) biggest->prior += kMostPopulous;
      // "New York": a big city inside its namesake state or province is the usual referent.
      if (biggest && biggest->exact_name && biggest->ref.rec().population >= kNamesakeCityPopulation)
        for (std::uint32_t k = m.cand_begin; k < doc.candidates.size(); ++k) {
          const geo_candidate& g = doc.candidates[k];
          if (g.ref.kind() == entry_kind::admin1 && !g.ref.admin1().empty() && g.ref.admin1() == biggest->ref.admin1()) {
            biggest->prior += kNamesakeCity;
            break;
          }
        }
    }
    if (m.cand_count == 0) {
      doc.keys.resize(m.key_begin);
      return;
    }

    // Surface facts.
    const sentence& s = ctx.sentences[ctx.sentence_of_token(first)];
    bool initial = true;
    for (std::uint32_t t = s.first_token; t < first && initial; ++t)
      initial = tokens[t].kind == token_kind::punctuation || tokens[t].has(token_flag::quote);
    if (initial && part_text.empty()) m.cues |= geo_cue::sentence_initial;

    const bool single_word = last - first == 1 && part_text.empty();
    if (has_place_only && (other.common || is_common_word(key) || (single_word && appears_lower(key))))
      m.cues |= geo_cue::common_word;
    if (has_place_only && (other.person || other.organization)) m.cues |= geo_cue::common_word;

    // Only towns too small to be what a compass word modifies: "West Wing" is a name, not the
    // west of Wing ("Northern Syria", "South Miami" are).
    auto small_place_only = [&] {
      if (has_area) return false;
      for (std::uint32_t k = m.cand_begin; k < m.cand_begin + m.cand_count; ++k)
        if (effective_population(doc.candidates[k].ref) >= kBarePlacePopulation) return false;
      return true;
    };
    // Inside a longer capitalised name ("Laura Ingraham", "Douglas High School")?
    const bool all_caps_run = tokens[first].has(token_flag::all_caps);
    if (part_text.empty() && !all_caps_run) {
      if (first > s.first_token) {
        const token& p = tokens[first - 1];
        const std::string_view pk = doc.folded(first - 1);
        // "his wife, Julia", "her son Sebastian": a relative's name, not a place.
        bool relative = is_word(p) && !is_capitalised(p) && is_kinship_noun(pk);
        if (!relative && p.kind == token_kind::punctuation && tokens[first - 1].view(text) == "," &&
            first >= s.first_token + 2 && is_word(tokens[first - 2]) && !is_capitalised(tokens[first - 2])) {
          relative = is_kinship_noun(doc.folded(first - 2));
        }
        if (is_word(p) && (is_person_title(pk) || p.has(token_flag::initial) ||
                           (is_name_particle(pk) && !is_capitalised(p)))) {
          m.cues |= geo_cue::name_internal | geo_cue::person;  // "Mr. Heiden", "Sen. Rubio"
        } else if (relative && single_word) {
          m.cues |= geo_cue::person;
        } else if (is_word(p) && is_capitalised(p) && !p.has(token_flag::abbreviation) && !p.has(token_flag::all_caps) &&
                   !p.has(token_flag::has_digit) &&
                   !is_geo_function_word(pk) && (!is_place_modifier(pk) || small_place_only())) {
          // Two places in a row are a list, not a name, when the second is a country or a region
          // ("Greece Italy"), an area holding the first ("Maiduguri Borno State"), or a town after an
          // area ("Kenya Nairobi"). An admin1 area of another country after a town opens a
          // name: "Seoul Central District Court" (Israel's Central District holds no Seoul).
          const geo_mention* prev = !doc.mentions.empty() && doc.mentions.back().last_token == first ? &doc.mentions.back() : nullptr;
          bool prev_area = false, holds_prev = false, country_now = false;
          for (std::uint32_t q = m.cand_begin; q < doc.candidates.size(); ++q)
            country_now |= doc.candidates[q].ref.kind() == entry_kind::country ||
                           doc.candidates[q].ref.kind() == entry_kind::region;
          if (prev)
            for (std::uint32_t k = prev->cand_begin; k < prev->cand_begin + prev->cand_count; ++k) {
              const entry_ref& pr = doc.candidates[k].ref;
              prev_area |= is_area(pr);
              for (std::uint32_t q = m.cand_begin; q < doc.candidates.size() && !holds_prev; ++q)
                holds_prev = is_area(doc.candidates[q].ref) && doc.candidates[q].ref.country() == pr.country();
            }
          // ("Lake Tanganyika": a feature's prefix, not a town; the feature reader takes it.)
          const bool list = prev && (country_now || holds_prev || (prev_area && !has_area) || is_feature_prefix(pk));
          if (!list) m.cues |= geo_cue::name_internal | (is_place_modifier(pk) ? geo_cue::compass_name : 0u);
        }
      }
      if (last < s.last_token) {
        const token& n = tokens[last];
        if (is_word(n) && is_capitalised(n)) {
          const std::string_view nk = doc.folded(last);
          if (place_noun_of(nk) == place_noun::none && !match_has_area(ctx, ctx.match_at(last)))
            m.cues |= geo_cue::name_continues;
        }
      }
    }
    // Shapes of a longer name that the capitalised word opens (settlements only):
    //  - "University of Perpetual Help", "Summit of the Americas": an ordinary word, then "of";
    //  - "Wilson's Farm", "St George's Chapel": a small town's name owning a capitalised noun is a
    //    person's or a saint's.
    if (part_text.empty() && has_place_only && !has_area && last + 1 < s.last_token) {
      const std::string_view nk = doc.folded(last);
      const token& after = tokens[last + 1];
      if (nk == "of" && (m.cues & geo_cue::common_word) && is_word(after) &&
          (is_capitalised(after) || text.substr(after.start, after.end - after.start) == "the"))
        m.cues |= geo_cue::name_continues;
      if (tokens[last].has(token_flag::possessive) && is_word(after) && is_capitalised(after)) {
        std::uint64_t biggest = 0;
        for (std::uint32_t k = m.cand_begin; k < m.cand_begin + m.cand_count; ++k)
          biggest = std::max<std::uint64_t>(biggest, effective_population(doc.candidates[k].ref));
        if (biggest < kOwnerPlacePopulation) m.cues |= geo_cue::common_word | geo_cue::name_continues;
      }
    }
    // Reported speech marks a person: "Bautista said", "said Allen,". A capital or a
    // big city that "said" is its government speaking.
    bool prominent = !has_place_only;
    for (std::uint32_t k = m.cand_begin; k < m.cand_begin + m.cand_count; ++k) {
      const entry_ref& r = doc.candidates[k].ref;
      prominent |= r.kind() == entry_kind::place && (r.feature() == "PPLC" || r.rec().population >= 1000000);
    }
    if (part_text.empty()) {
      if (last < s.last_token && is_speech_verb(doc.folded(last)) && !prominent) m.cues |= geo_cue::person;
      if (first > s.first_token) {
        const std::string_view vk = doc.folded(first - 1);
        if (is_locative_preposition(vk) || is_weak_locative_preposition(vk)) {
          m.cues &= ~geo_cue::person;  // "who was from Dewsbury said"
        } else if (is_speech_verb(vk) && !prominent && (last >= s.last_token || tokens[last].kind == token_kind::punctuation))
          m.cues |= geo_cue::person;
      }
    }
    doc.mentions.push_back(m);
  };

  // Surnames of the people the dictionary names whole ("Bill Clinton"): a later
  // "Clinton" alone is that person, as a surname seen inside a name would be.
  std::vector<std::string_view> person_surnames;

  for (const auto& pm : ctx.matches.matches) {
    other_readings other;
    bool any_geo = false, demonym = false, area = false;
    for (const entry_ref* c = ctx.matches.begin_of(pm); c != ctx.matches.end_of(pm); ++c) {
      switch (c->kind()) {
        case entry_kind::person: other.person = true; break;
        case entry_kind::organization: other.organization = true; break;
        case entry_kind::role:
        case entry_kind::trigger: other.common = true; break;
        default:
          if (c->alias_flags & alias_flag::demonym) {
            demonym = true;
            if (c->kind() == entry_kind::country) doc.demonym_countries.push_back(c->country());
          } else {
            any_geo = true;
            area |= is_area(*c);
          }
          break;
      }
    }
    if (!any_geo) {
      if (other.person && pm.last_token - pm.first_token >= 2) person_surnames.push_back(doc.folded(pm.last_token - 1));
      continue;
    }
    // "English" names England as an adjective; the town of English, Indiana is
    // then the unlikely reading. ("U.S." is both a demonym and the country's name.)
    if (demonym && !area) other.common = true;
    // Proper names only: the dictionary may hold lower-case alternates.
    const token& ft = tokens[pm.first_token];
    if (!opens_with_capital(text, ft) && !(ft.kind == token_kind::number)) continue;
    // "Northern Europe", "Western US", "SOUTH WAZIRISTAN": a compass word before a name modifies it;
    // alone it names no place (GeoNames towns called "Northern" or "West" aside).
    if (pm.last_token - pm.first_token == 1 && pm.last_token < tokens.size()) {
      const std::string_view ck = doc.folded(pm.first_token);
      const token& nt = tokens[pm.last_token];
      if (is_place_modifier(ck) && is_word(nt) && is_capitalised(nt) &&
          ctx.sentence_of_token(pm.last_token) == ctx.sentence_of_token(pm.first_token))
        continue;
    }
    // "500 BC", "200 B.C.": a short capital abbreviation after a number is an era or a unit.
    if (pm.last_token - pm.first_token == 1 && pm.first_token > 0 &&
        tokens[pm.first_token - 1].kind == token_kind::number &&
        (ft.has(token_flag::all_caps) || ft.has(token_flag::abbreviation)) && ft.size() <= 6)
      continue;
    // A date ("May", "March") is not a place.
    bool in_date = false;
    for (const auto& d : ctx.dates) in_date |= d.where.start < pm.end && pm.start < d.where.end;
    if (in_date) continue;
    // A short all-capital word in ordinary text is an acronym ("BA", "PAN", "MOCA"):
    // only its country, admin1 or region readings stand.
    const bool acronym = pm.last_token - pm.first_token == 1 && ft.has(token_flag::all_caps) && ft.size() <= 5 &&
                         !ft.has(token_flag::abbreviation) && !ft.has(token_flag::newline_before) &&
                         pm.first_token != 0;
    if (acronym) {
      acronym_refs.clear();
      for (const entry_ref* c = ctx.matches.begin_of(pm); c != ctx.matches.end_of(pm); ++c)
        if (c->kind() != entry_kind::place) acronym_refs.push_back(*c);
      add_mention(pm.first_token, pm.last_token, pm.start, pm.end, acronym_refs.data(),
                  acronym_refs.data() + acronym_refs.size(), other, {});
      continue;
    }
    add_mention(pm.first_token, pm.last_token, pm.start, pm.end, ctx.matches.begin_of(pm), ctx.matches.end_of(pm),
                other, {});
  }

  // Places that open (or make up) hyphenated words the matcher saw whole:
  // "London-based", "Iran-Pakistan border", "Amsterdam-London".
  if (!bundles.empty()) {
    std::vector<geo_mention> found;
    std::size_t mi = 0;
    std::vector<entry_ref> refs;
    std::string key;
    for (std::uint32_t t = 0; t < tokens.size(); ++t) {
      const token& tk = tokens[t];
      if (!is_word(tk) || !tk.has(token_flag::hyphenated)) continue;
      while (mi < ctx.matches.matches.size() && ctx.matches.matches[mi].last_token <= t) ++mi;
      // Inside a match the main loop has read the word, unless the match names something else
      // ("Britain-based Syrian Observatory" as an organisation's alias): its parts may still be places.
      if (mi < ctx.matches.matches.size() && ctx.matches.matches[mi].first_token <= t &&
          match_has_geo(ctx, static_cast<int>(mi)))
        continue;
      const std::string_view w = tk.view(text);
      std::size_t pos = 0;
      while (pos < w.size()) {
        std::size_t dash = w.find('-', pos);
        if (dash == std::string_view::npos) dash = w.size();
        const std::string_view part = w.substr(pos, dash - pos);
        const std::uint32_t part_start = tk.start + static_cast<std::uint32_t>(pos);
        pos = dash + 1;
        if (part.size() < 2 || !(part.front() >= 'A' && part.front() <= 'Z')) continue;
        refs.clear();
        auto look_up = [&](std::string_view surface) {
          const std::uint64_t h = hash_bytes(kHashSeed, key);
          span_case surface_case_of;
          for (const bundle_view* b : bundles) {
            const slot_record* slot = b->find(h, key);
            if (!slot || !(slot->flags & kSlotPhrase)) continue;
            const posting_record* p = b->postings(*slot);
            for (std::uint32_t k = 0; k < slot->postings_count; ++k)
              if (surface_case_of.satisfies(surface, p[k].alias_flags))
                refs.push_back({b, p[k].entry, p[k].alias_flags});
            if (!refs.empty()) return;
          }
        };
        // "Los Angeles-based": the name may begin in the word before.
        std::uint32_t first_tok = t, span_start = part_start;
        if (part_start == tk.start && t > 0 && is_word(tokens[t - 1]) && is_capitalised(tokens[t - 1]) &&
            !tokens[t - 1].has(token_flag::hyphenated) &&
            (mi == 0 || ctx.matches.matches[mi - 1].last_token <= t - 1 ||
             ctx.matches.matches[mi - 1].first_token == t - 1)) {
          key.clear();
          key += doc.folded(t - 1);
          key += ' ';
          fold_name(part, key);
          look_up(text.substr(tokens[t - 1].start, part_start + part.size() - tokens[t - 1].start));
          if (!refs.empty()) {
            first_tok = t - 1;
            span_start = tokens[t - 1].start;
            // "Abu Dhabi-based": the first word's own reading ("Abu", a town) gives way.
            doc.mentions.erase(std::remove_if(doc.mentions.begin(), doc.mentions.end(),
                                              [&](const geo_mention& m) { return m.first_token == t - 1 && m.last_token == t; }),
                               doc.mentions.end());
          }
        }
        if (refs.empty()) {
          key.clear();
          fold_name(part, key);
          look_up(part);
        }
        other_readings other;
        for (const auto& r : refs) other.common |= r.kind() == entry_kind::role || r.kind() == entry_kind::trigger;
        const std::size_t before = doc.mentions.size();
        add_mention(first_tok, t + 1, span_start, part_start + static_cast<std::uint32_t>(part.size()), refs.data(),
                    refs.data() + refs.size(), other, text.substr(span_start, part_start + part.size() - span_start));
        if (doc.mentions.size() > before) {
          // Cue of the compound: "-based" after the place.
          const std::string_view rest = w.substr(std::min(w.size(), dash + 1));
          std::string rk;
          fold_name(rest.substr(0, rest.find('-')), rk);
          if (is_place_compound_suffix(rk)) doc.mentions.back().cues |= geo_cue::based;
          found.push_back(doc.mentions.back());
          doc.mentions.pop_back();
        }
      }
      // Towns in a compound are a surname or a brand ("Phillips-Spencer", "Mercedes-Benz"); keep
      // them as "X-based", as a country or region, or as two places of which one is a city
      // ("Amsterdam-London", "Miami-Dade") or both are towns of some size. A county is a surname
      // as often as a town is.
      std::size_t from = found.size();
      while (from > 0 && found[from - 1].last_token == t + 1) --from;
      const bool pair = found.size() - from >= 2;
      bool keep = false, all_towns = pair;
      for (std::size_t x = from; x < found.size(); ++x) {
        const geo_mention& f = found[x];
        bool town = false;
        for (std::uint32_t k = f.cand_begin; k < f.cand_begin + f.cand_count; ++k) {
          const entry_ref& r = doc.candidates[k].ref;
          if (r.kind() != entry_kind::place || is_admin2(r)) {
            keep |= is_area(r) && !is_admin2(r);
            continue;
          }
          keep |= pair && r.rec().population >= kCompoundCityPopulation;
          town |= r.rec().population >= kCompoundTownPopulation;
        }
        keep |= (f.cues & geo_cue::based) != 0;
        all_towns &= town;
      }
      if (!keep && !all_towns) found.resize(from);
    }
    if (!found.empty()) {
      for (auto& f : found) doc.mentions.push_back(f);
      std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                       [](const geo_mention& a, const geo_mention& b) { return a.start < b.start; });
    }
  }
  if (!person_surnames.empty())
    for (auto& m : doc.mentions)
      if (m.last_token - m.first_token == 1 &&
          std::find(person_surnames.begin(), person_surnames.end(), doc.folded(m.first_token)) != person_surnames.end())
        m.cues |= geo_cue::person;
}

}  // namespace sitrep::detail
