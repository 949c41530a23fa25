// The geoparser's working records: toponym mentions found in the text, the
// gazetteer candidates each could name, and the cues around them. Recognition
// (geo_candidates), cue tagging (geo_cues), resolution (geo_resolve) and regions
// (geo_regions) all read and annotate one `geo_document`; locations.cpp turns it
// into `location` records.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "lexicon/normalize.hpp"
#include "parse/parse_context.hpp"

namespace sitrep::detail {

/// Context cues around a mention (bits of `geo_mention::cues`).
namespace geo_cue {
inline constexpr std::uint32_t locative = 1u << 0;      // "in X", "near X", "from X"
inline constexpr std::uint32_t admin_noun = 1u << 1;    // "X province", "X state", "province of X"
inline constexpr std::uint32_t city_noun = 1u << 2;     // "X city", "the town of X"
inline constexpr std::uint32_t district_noun = 1u << 3; // "X district", "X county"
inline constexpr std::uint32_t based = 1u << 4;         // "X-based"
inline constexpr std::uint32_t dateline = 1u << 5;      // "ISLAMABAD, PAKISTAN –"
inline constexpr std::uint32_t hinted = 1u << 6;        // "Panjgur, Balochistan": a container follows
inline constexpr std::uint32_t is_hint = 1u << 7;       // this mention is the container in such a pair
inline constexpr std::uint32_t possessed = 1u << 8;     // "Iran's X": a country owns it
inline constexpr std::uint32_t sentence_initial = 1u << 9;
inline constexpr std::uint32_t name_internal = 1u << 10;  // after a capitalised word: "Michael Jordan"
inline constexpr std::uint32_t name_continues = 1u << 13; // before a capitalised word: "Tehran Times"
inline constexpr std::uint32_t common_word = 1u << 11;    // the phrase is also an ordinary word
inline constexpr std::uint32_t region_noun = 1u << 12;    // "X region", "X valley"
inline constexpr std::uint32_t person = 1u << 14;         // reads as a person: "Mr. X", "X said"
inline constexpr std::uint32_t weak_locative = 1u << 15;  // "to X", "from X": places, but people too
inline constexpr std::uint32_t score_line = 1u << 16;     // "CHICAGO 80 62": a sports team in a table
inline constexpr std::uint32_t demonym_place = 1u << 17;  // "the Syrian capital": a nationality naming the land
inline constexpr std::uint32_t compass_name = 1u << 18;   // name_internal after a compass word: "South Kilburn Estate"
inline constexpr std::uint32_t strong = locative | admin_noun | city_noun | district_noun | based | dateline |
                                        hinted | is_hint | possessed | demonym_place;
}  // namespace geo_cue

/// One gazetteer entry a mention could name, with its running score.
struct geo_candidate {
  entry_ref ref;
  float prior = 0;        // population / feature / kind prior
  float context = 0;      // cue and hint bonuses of this mention
  float score = 0;        // prior + context + document coherence
  bool exact_name = false;  // the text is the entry's own name, not an alternate
};

/// A toponym mention: a token range and its candidates.
struct geo_mention {
  std::uint32_t first_token = 0, last_token = 0;
  std::uint32_t start = 0, end = 0;           // byte span reported as the mention
  std::uint32_t cand_begin = 0, cand_count = 0;  // into geo_document::candidates
  std::uint32_t cues = 0;
  std::uint32_t key_begin = 0, key_end = 0;   // folded surface key in geo_document::keys
  int hint = -1;            // index of the container mention ("Balochistan" for "Panjgur")
  // A container of a single country that none of the place's readings lies in ("Kalo (Djugu,
  // Ituri)", "Ali in Deir ez Zor"): no cue for reading the name as a place, but where a
  // place it is, it is one there that the gazetteer lacks, not a namesake abroad.
  int outside_hint = -1;
  int owner = -1;           // index of a country mention that possesses it ("Iran's")
  int chosen = -1;          // index into candidates, -1 = rejected
  bool dropped = false;     // recognised, then rejected
};

/// All toponym work for one document.
struct geo_document {
  const parse_context* ctx = nullptr;
  std::vector<geo_mention> mentions;     // in text order
  std::vector<geo_candidate> candidates;
  std::string keys;                      // folded surface keys, back to back
  const bundle_view* bundle = nullptr;   // a dictionary layer for extra look-ups (hyphen parts)
  int dateline_mention = -1;             // the first dateline mention ("ISLAMABAD, PAKISTAN –"), -1 none
  std::vector<std::string_view> demonym_countries;  // alpha-3 of each demonym read ("Iranian" → IRN)
  // Every token's folded key (append_token_key), built once: the stages read words at
  // every token, and folding each time cost a tenth of the geoparser.
  std::string folded_chars;
  std::vector<std::uint32_t> folded_at;  // token t: folded_chars[folded_at[t], folded_at[t + 1])

  std::string_view folded(std::uint32_t t) const {
    return std::string_view(folded_chars).substr(folded_at[t], folded_at[t + 1] - folded_at[t]);
  }

  std::string_view key(const geo_mention& m) const {
    return std::string_view(keys).substr(m.key_begin, m.key_end - m.key_begin);
  }
  geo_candidate* begin_of(geo_mention& m) { return candidates.data() + m.cand_begin; }
  geo_candidate* end_of(geo_mention& m) { return begin_of(m) + m.cand_count; }
  const geo_candidate* chosen(const geo_mention& m) const {
    return m.chosen < 0 || m.dropped ? nullptr : candidates.data() + m.cand_begin + m.chosen;
  }
};

/// Weights per country or admin1 code (empty codes are not counted); a handful per
/// document, so a linear search.
struct code_weights {
  std::vector<std::pair<std::string_view, float>> items;
  void add(std::string_view code, float w) {
    if (code.empty() || w == 0) return;
    for (auto& [c, v] : items)
      if (c == code) {
        v += w;
        return;
      }
    items.emplace_back(code, w);
  }
  float get(std::string_view code) const {
    if (code.empty()) return 0;
    for (const auto& [c, v] : items)
      if (c == code) return v;
    return 0;
  }
  std::string_view top() const {
    std::string_view best;
    float bw = 0;
    for (const auto& [c, v] : items)
      if (v > bw) {
        bw = v;
        best = c;
      }
    return best;
  }
};

/// Calls `f(entry)` for each entry the document's dictionary layer files under the folded
/// phrase key `key`, in posting order, until `f` returns true. Nothing without a layer.
template <typename F>
void for_each_entry_named(const geo_document& doc, std::string_view key, F&& f) {
  if (!doc.bundle) return;
  const slot_record* slot = doc.bundle->find(hash_bytes(kHashSeed, key), key);
  if (!slot || !(slot->flags & kSlotPhrase)) return;
  const posting_record* p = doc.bundle->postings(*slot);
  for (std::uint32_t k = 0; k < slot->postings_count; ++k)
    if (f(entry_ref{doc.bundle, p[k].entry, p[k].alias_flags})) return;
}

/// A second-level area ("Kent", "Orange County"): a places row with GeoNames feature code ADM2.
inline bool is_admin2(const entry_ref& r) { return r.kind() == entry_kind::place && r.feature() == "ADM2"; }

/// A curated landmark, island or natural feature: a places row whose GeoNames feature
/// code is neither a settlement's (PPL…, STLMT) nor an area's (ADM…). Such rows are
/// there for being well known, so they rank and stand like a sizeable town whatever
/// their resident population ("Heathrow" the airport, not Heathrow, Florida).
inline constexpr std::uint64_t kLandmarkPopulation = 100000;
inline bool is_landmark(const entry_ref& r) {
  if (r.kind() != entry_kind::place) return false;
  const std::string_view f = r.feature();
  return !f.empty() && f.rfind("PPL", 0) != 0 && f.rfind("ADM", 0) != 0 && f != "STLMT";
}

/// The population a place reading counts with: its own, or kLandmarkPopulation for a landmark.
inline std::uint64_t effective_population(const entry_ref& r) {
  const std::uint64_t pop = r.rec().population;
  return is_landmark(r) && pop < kLandmarkPopulation ? kLandmarkPopulation : pop;
}

/// A reading that names an area rather than a settlement: country, admin1, admin2 or region.
inline bool is_area(const entry_ref& r) { return r.kind() != entry_kind::place || is_admin2(r); }

inline bool is_geo_kind(entry_kind k) {
  return k == entry_kind::country || k == entry_kind::admin1 || k == entry_kind::place || k == entry_kind::region;
}

}  // namespace sitrep::detail
