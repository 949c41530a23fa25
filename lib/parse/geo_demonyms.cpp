// Nationality adjectives used as places (see geo_demonyms.hpp). One pass over
// the tokens; the dictionary already marks demonym aliases ("Syrian" → Syria),
// and a short closed list names the regions of continental adjectives.
#include "parse/geo_demonyms.hpp"

#include <algorithm>

#include "lexicon/normalize.hpp"
#include "parse/geo_candidates.hpp"
#include "parse/geo_words.hpp"

namespace sitrep::detail {
using namespace geo;  // the geoparser's word lists
namespace {

bool is_capitalised_word(const token& t) {
  return t.kind == token_kind::word && (t.has(token_flag::capitalized) || t.has(token_flag::all_caps));
}

// Are all of the mention's readings settlements (no country, admin1, county or region)?
bool only_towns(geo_document& doc, geo_mention& m) {
  for (const geo_candidate* c = doc.begin_of(m); c != doc.end_of(m); ++c)
    if (is_area(c->ref)) return false;
  return true;
}

// One adjective of a chain and the entries it names (none for a chain link such
// as "Kurdish", a demonym of no country).
struct adjective {
  std::uint32_t first_token = 0, last_token = 0;  // [first, last)
  std::uint32_t start = 0, end = 0;
  std::vector<entry_ref> refs;
};

class demonym_reader {
 public:
  explicit demonym_reader(geo_document& doc) : doc_(doc), ctx_(*doc.ctx), tokens_(ctx_.tokens) {}

  // The adjectives that open at token `t` (several for "Syrian-Turkish"); false when
  // the word there is none. A demonym of nothing placeable ("Kurdish") links a chain.
  bool read(std::uint32_t t, std::uint32_t sentence_end, std::vector<adjective>& out) {
    out.clear();
    const token& tk = tokens_[t];
    if (!is_capitalised_word(tk)) return false;
    // A dictionary demonym ("Syrian", "South Korean").
    if (const int i = ctx_.match_at(t); i >= 0) {
      const auto& pm = ctx_.matches.matches[static_cast<std::size_t>(i)];
      adjective a;
      bool demonym = false, other_place = false;
      for (const entry_ref* c = ctx_.matches.begin_of(pm); c != ctx_.matches.end_of(pm); ++c) {
        if (!is_geo_kind(c->kind())) continue;
        if (!(c->alias_flags & alias_flag::demonym)) {
          other_place |= is_area(*c);  // a town called "English" gives way; "U.S." does not
        } else {
          demonym = true;
          a.refs.push_back(*c);
        }
      }
      // "U.S." is the country's name too: the toponym reader has it already.
      if (other_place) return false;
      if (demonym || !a.refs.empty()) {
        a.first_token = pm.first_token;
        a.last_token = pm.last_token;
        a.start = pm.start;
        a.end = pm.end;
        out.push_back(std::move(a));
        return true;
      }
    }
    // A continental adjective of one or two words ("European", "Latin American").
    for (std::uint32_t words = 2; words >= 1; --words) {
      if (t + words > sentence_end) continue;
      key_.clear();
      for (std::uint32_t k = t; k < t + words; ++k) {
        if (k > t) key_ += ' ';
        append_token_key(tokens_[k].view(ctx_.text), tokens_[k], key_);
      }
      const std::string_view region = region_of_adjective(key_);
      if (region.empty()) continue;
      adjective a;
      a.first_token = t;
      a.last_token = t + words;
      a.start = tk.start;
      a.end = tokens_[t + words - 1].end;
      look_up_area(region, a.refs);
      if (a.refs.empty()) return false;
      out.push_back(std::move(a));
      return true;
    }
    // "Syrian-Turkish", "Russian-European": every part an adjective.
    if (!tk.has(token_flag::hyphenated)) return false;
    const std::string_view w = tk.view(ctx_.text);
    std::size_t pos = 0;
    while (pos < w.size()) {
      std::size_t dash = w.find('-', pos);
      if (dash == std::string_view::npos) dash = w.size();
      const std::string_view part = w.substr(pos, dash - pos);
      adjective a;
      a.first_token = t;
      a.last_token = t + 1;
      a.start = tk.start + static_cast<std::uint32_t>(pos);
      a.end = a.start + static_cast<std::uint32_t>(part.size());
      pos = dash + 1;
      if (part.size() < 3 || !(part.front() >= 'A' && part.front() <= 'Z')) return false;
      look_up(part, entry_kind::country, true, a.refs);
      if (a.refs.empty()) {
        key_.clear();
        token pt{};
        pt.end = static_cast<std::uint32_t>(part.size());
        pt.kind = token_kind::word;
        append_token_key(part, pt, key_);
        const std::string_view region = region_of_adjective(key_);
        if (!region.empty()) look_up_area(region, a.refs);
      }
      if (a.refs.empty()) return false;
      out.push_back(std::move(a));
    }
    return out.size() >= 2;
  }

 private:
  // The region named `name`, else the admin1 area ("English" → England, a nation of the UK).
  void look_up_area(std::string_view name, std::vector<entry_ref>& out) {
    look_up(name, entry_kind::region, false, out);
    if (out.empty()) look_up(name, entry_kind::admin1, false, out);
  }

  // Entries of `kind` named `name` in the document's dictionary, read as a demonym or not.
  void look_up(std::string_view name, entry_kind kind, bool as_demonym, std::vector<entry_ref>& out) {
    for_each_entry_named(doc_, phrase_key(name), [&](const entry_ref& e) {
      if (e.kind() == kind && ((e.alias_flags & alias_flag::demonym) != 0) == as_demonym) out.push_back(e);
      return false;
    });
  }

  geo_document& doc_;
  const parse_context& ctx_;
  const std::vector<token>& tokens_;
  std::string key_;
};

}  // namespace

void add_demonym_places(geo_document& doc) {
  const parse_context& ctx = *doc.ctx;
  const auto& tokens = ctx.tokens;
  demonym_reader reader(doc);
  std::vector<adjective> chain, parts;
  std::string k;
  const std::size_t before = doc.mentions.size();
  // A town named like an adjective of a people ("English", Indiana; "Welsh", Louisiana) is
  // the language or the people ("in English") unless a container follows it.
  for (std::size_t j = 0; j < before; ++j) {
    geo_mention& o = doc.mentions[j];
    if (o.dropped || o.last_token - o.first_token != 1) continue;
    const std::uint32_t a = o.last_token;
    if (a + 1 < tokens.size() && tokens[a].kind == token_kind::punctuation && tokens[a].view(ctx.text) == "," &&
        is_capitalised_word(tokens[a + 1]))
      continue;  // "English, Indiana"
    k.clear();
    append_token_key(tokens[o.first_token].view(ctx.text), tokens[o.first_token], k);
    if (!region_of_adjective(k).empty() && only_towns(doc, o)) o.dropped = true;
  }
  for (const sentence& s : ctx.sentences) {
    for (std::uint32_t t = s.first_token; t < s.last_token; ++t) {
      // Inside a longer capitalised name ("Royal Jordanian Airlines") it is no adjective.
      if (t > s.first_token && is_capitalised_word(tokens[t - 1])) {
        k.clear();
        append_token_key(tokens[t - 1].view(ctx.text), tokens[t - 1], k);
        if (!is_geo_function_word(k)) continue;
      }
      chain.clear();
      std::uint32_t next = t;
      while (next < s.last_token && reader.read(next, s.last_token, parts)) {
        next = parts.back().last_token;
        for (auto& p : parts) chain.push_back(std::move(p));
      }
      if (chain.empty()) continue;
      const std::uint32_t chain_end = next;
      // One more adjective of no place may stand between ("a Syrian Kurdish enclave").
      if (next + 1 < s.last_token && is_capitalised_word(tokens[next]) && ctx.match_at(next) < 0 &&
          !tokens[next].has(token_flag::all_caps))
        ++next;
      // The noun may close a short compound: "the Turkish feed industry", "the European air
      // transport industry". Only lower-case words stand between.
      bool found = false;
      for (std::uint32_t limit = std::min(next + 3, s.last_token); next < limit; ++next) {
        if (tokens[next].kind != token_kind::word || is_capitalised_word(tokens[next])) break;
        k.clear();
        append_token_key(tokens[next].view(ctx.text), tokens[next], k);
        if ((found = is_territorial_noun(k))) break;
        if (is_institution_noun(k)) break;
      }
      if (found) {
        // "the Canadian coast guard", "Dutch port workers": the land noun opens a compound
        // that names people or an institution.
        bool compound = false;
        if (next + 1 < s.last_token && tokens[next + 1].kind == token_kind::word) {
          std::string after;
          append_token_key(tokens[next + 1].view(ctx.text), tokens[next + 1], after);
          compound = is_institution_noun(after);
        }
        if (!compound) {
          for (const adjective& a : chain) {
            if (a.refs.empty()) continue;
            // Over a town's reading of the same word ("English", Indiana) the land wins;
            // over any other mention the toponym reader's reading stands.
            bool taken = false;
            for (std::size_t j = 0; j < before && !taken; ++j) {
              geo_mention& o = doc.mentions[j];
              if (!(o.start < a.end && a.start < o.end)) continue;
              if (o.start == a.start && o.end == a.end && only_towns(doc, o)) o.dropped = true;
              else taken = true;
            }
            if (taken) continue;
            geo_mention m;
            m.first_token = a.first_token;
            m.last_token = a.last_token;
            m.start = a.start;
            m.end = a.end;
            m.cues = geo_cue::demonym_place;
            m.key_begin = static_cast<std::uint32_t>(doc.keys.size());
            doc.keys += a.refs.front().name();
            m.key_end = static_cast<std::uint32_t>(doc.keys.size());
            m.cand_begin = static_cast<std::uint32_t>(doc.candidates.size());
            for (const entry_ref& r : a.refs) {
              geo_candidate g;
              g.ref = r;
              g.exact_name = true;
              g.prior = candidate_prior(r, true);
              doc.candidates.push_back(g);
            }
            m.cand_count = static_cast<std::uint32_t>(a.refs.size());
            doc.mentions.push_back(m);
          }
        }
      }
      t = chain_end - 1;
    }
  }
  if (doc.mentions.size() > before)
    std::stable_sort(doc.mentions.begin(), doc.mentions.end(),
                     [](const geo_mention& a, const geo_mention& b) { return a.start < b.start; });
}

}  // namespace sitrep::detail
