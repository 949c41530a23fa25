// Feature names outside the gazetteer (see geo_features.hpp): runs of capitalised
// words that end in a feature word ("... Street", "... Ocean") or open with one
// ("Lake ...", "Mount ..."). One pass over the tokens.
#include "parse/geo_features.hpp"

#include <algorithm>

#include "lexicon/normalize.hpp"
#include "parse/actor_words.hpp"
#include "parse/geo_words.hpp"

namespace sitrep::detail {
using namespace geo;  // the geoparser's word lists
namespace {

// A town at least this big that opens a site's name ("Colchester General Hospital") is where it stands.
constexpr std::uint64_t kSiteTownPopulation = 20000;

// Feature words that are common surnames as well.
bool is_surname_feature(std::string_view w) {
  return w == "lane" || w == "hall" || w == "park" || w == "church" || w == "castle" || w == "bridge" ||
         w == "beach" || w == "bay" || w == "forest" || w == "tower" || w == "parish" || w == "street";
}

bool name_token(const token& t) {
  // "14th St.", "22nd Street"
  if (t.kind == token_kind::word && t.has(token_flag::has_digit)) return !t.has(token_flag::all_caps);
  if (t.kind == token_kind::word) return t.has(token_flag::capitalized) && !t.has(token_flag::all_caps);
  // "22nd Street", "2700 North Fourth Street"
  return t.kind == token_kind::number;
}

// A British road number: "A417", "A40", "M25", "B4632".
bool is_road_number(std::string_view w) {
  if (w.size() < 2 || w.size() > 5 || (w[0] != 'A' && w[0] != 'B' && w[0] != 'M') || w[1] == '0') return false;
  for (std::size_t i = 1; i < w.size(); ++i)
    if (w[i] < '0' || w[i] > '9') return false;
  return true;
}

// Words of traffic news that make "the A120" a road rather than an aircraft or a paper size.
bool is_road_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "bypass", "carriageway", "closed", "closure", "collision", "crash", "diversion", "eastbound",
      "junction", "lane", "lanes", "motorway", "northbound", "road", "roads", "roadworks", "roundabout",
      "route", "southbound", "traffic", "westbound",
  };
  return std::binary_search(std::begin(kWords), std::end(kWords), w);
}

// Road numbers in a story set in Britain: "a crash on the A120", "via the A436, A40 and A429".
// Each is a local feature (the story's main town gives its coordinates).
void add_road_numbers(geo_document& doc, std::vector<feature_name>& out) {
  const parse_context& ctx = *doc.ctx;
  const auto& tokens = ctx.tokens;
  code_weights countries;
  for (const auto& m : doc.mentions)
    if (const geo_candidate* c = doc.chosen(m)) countries.add(c->ref.country(), 1.0f);
  if (countries.top() != "GBR") return;
  std::string k;
  bool road_before = false;  // a road word in the sentence before
  for (const sentence& s : ctx.sentences) {
    bool road_here = false;
    for (std::uint32_t t = s.first_token; t < s.last_token; ++t) road_here |= is_road_word(doc.folded(t));
    bool list = false;  // inside "the A436, A40 and A429"
    for (std::uint32_t t = s.first_token; t < s.last_token; ++t) {
      const token& tk = tokens[t];
      const bool road = tk.kind == token_kind::word && is_road_number(tk.view(ctx.text));
      if (!road) {
        const std::string_view w = tk.view(ctx.text);
        if (!(list && (w == "," || w == "and" || w == "or"))) list = false;
        continue;
      }
      const std::string_view before = t > s.first_token ? tokens[t - 1].view(ctx.text) : std::string_view{};
      const bool after_the = before == "the" || before == "The";
      if ((after_the || list) && (road_here || road_before)) {
        feature_name f;
        f.start = tk.start;
        f.end = tk.end;
        f.local = true;
        f.country = "GBR";
        out.push_back(f);
        list = true;
      }
    }
    road_before = road_here;
  }
}

}  // namespace

std::vector<feature_name> find_feature_names(geo_document& doc) {
  std::vector<feature_name> out;
  const parse_context& ctx = *doc.ctx;
  const auto& tokens = ctx.tokens;
  auto key_of = [&](std::uint32_t t) { return doc.folded(t); };
  std::size_t mi = 0;
  for (const sentence& s : ctx.sentences) {
    std::uint32_t t = s.first_token;
    while (t < s.last_token) {
      if (!name_token(tokens[t]) || tokens[t].kind == token_kind::number) {
        ++t;
        continue;
      }
      std::uint32_t b = t;
      while (b < s.last_token && name_token(tokens[b])) ++b;
      // Run [t, b). Leading function words ("The", "In") are not part of the name.
      std::uint32_t a = t;
      while (a < b && is_geo_function_word(key_of(a))) ++a;
      const std::uint32_t run_end = b;
      t = b;
      if (b <= a) continue;
      const feature_word last = b - a >= 2 ? feature_word_of(key_of(b - 1)) : feature_word::none;
      // "Nathan Lane", "Arsenio Hall": a given name and a surname that is also a feature word.
      if (b - a == 2 && last != feature_word::none && is_surname_feature(key_of(b - 1)) &&
          is_given_name(key_of(a)))
        continue;
      const bool prefix = b - a >= 2 && is_feature_prefix(key_of(a));
      // "the village of Nagrig", "in Torkula village": a settlement the gazetteer lacks.
      bool settlement = false;
      if (last == feature_word::none && !prefix) {
        const bool noun_before = a >= s.first_token + 2 && key_of(a - 1) == "of" &&
                                 place_noun_of(key_of(a - 2)) == place_noun::city;
        const bool noun_after = run_end < s.last_token && !tokens[run_end].has(token_flag::capitalized) &&
                                (key_of(run_end) == "village" || key_of(run_end) == "town" ||
                                 key_of(run_end) == "district" || key_of(run_end) == "province");
        settlement = (noun_before || noun_after) && !tokens[a].has(token_flag::has_digit);
        if (!settlement) continue;
      }
      // "Centre for Strategic Studies", "Park of the Nations": an organisation's name goes on
      // ("Colchester General Hospital for further care" is a site).
      if (run_end + 1 < s.last_token && (key_of(run_end) == "of" || key_of(run_end) == "for") && !prefix &&
          !settlement) {
        std::uint32_t n = run_end + 1;
        if (key_of(n) == "the" && n + 1 < s.last_token) ++n;
        if (tokens[n].kind == token_kind::word && tokens[n].has(token_flag::capitalized)) continue;
      }
      feature_name f;
      f.start = tokens[a].start;
      f.end = tokens[b - 1].end;
      // Toponyms inside: the gazetteer may know the whole name already.
      while (mi < doc.mentions.size() && doc.mentions[mi].end <= f.start) ++mi;
      bool known = false;
      for (std::size_t j = mi; j < doc.mentions.size() && doc.mentions[j].start < f.end; ++j) {
        geo_mention& m = doc.mentions[j];
        // Known whole, or inside a longer toponym ("U.S. Virgin Islands").
        if (m.start <= f.start && m.end >= f.end && doc.chosen(m)) known = true;
      }
      if (known) continue;
      if (settlement) {
        // Only names the gazetteer does not know at all.
        bool any = false;
        for (std::size_t j = mi; j < doc.mentions.size() && doc.mentions[j].start < f.end; ++j) any = true;
        if (any) continue;
      }
      for (std::size_t j = mi; j < doc.mentions.size() && doc.mentions[j].start < f.end; ++j) {
        geo_mention& m = doc.mentions[j];
        const geo_candidate* c = doc.chosen(m);
        // "Colchester General Hospital": a town dropped only because a longer name went on after
        // it, which this site's name explains.
        if (!c && last == feature_word::site && m.chosen >= 0 && (m.cues & geo_cue::name_continues) &&
            !(m.cues & (geo_cue::person | geo_cue::common_word | geo_cue::name_internal))) {
          const geo_candidate* dropped = doc.candidates.data() + m.cand_begin + m.chosen;
          if (effective_population(dropped->ref) >= kSiteTownPopulation) c = dropped;
        }
        if (c && f.inner < 0 && c->ref.kind() != entry_kind::country) f.inner = static_cast<int>(j);
        m.dropped = true;
      }
      // "… Hospital in Rome", "Oulton Park, Cheshire": the place it stands in follows.
      if (run_end + 1 < s.last_token) {
        const std::string_view sep = tokens[run_end].view(ctx.text);
        std::uint32_t at = run_end + 1;  // where the container's name starts
        if (sep == "in" && at + 1 < s.last_token && key_of(at) == "the") ++at;  // "in the U.S. capital"
        if (sep == "," || sep == "in") {
          for (std::size_t j = mi; j < doc.mentions.size() && doc.mentions[j].first_token <= at; ++j) {
            const geo_mention& m = doc.mentions[j];
            const geo_candidate* c = doc.chosen(m);
            if (m.first_token == at && c && c->ref.kind() != entry_kind::region) f.container = static_cast<int>(j);
          }
        }
      }
      f.borrow_coordinates = f.inner >= 0 && (last == feature_word::site || last == feature_word::landform || prefix);
      f.local = !f.borrow_coordinates && (last == feature_word::street || last == feature_word::site ||
                                          last == feature_word::area || settlement);
      out.push_back(f);
    }
  }
  const std::size_t named = out.size();
  add_road_numbers(doc, out);
  if (out.size() > named)
    std::stable_sort(out.begin(), out.end(), [](const feature_name& a, const feature_name& b) { return a.start < b.start; });
  return out;
}

}  // namespace sitrep::detail
