// Context cues for toponyms (see geo_cues.hpp). Everything here looks at a few
// tokens around each mention: linear in the number of mentions.
#include "parse/geo_cues.hpp"

#include <algorithm>

#include "lexicon/normalize.hpp"
#include "parse/geo_candidates.hpp"
#include "parse/geo_words.hpp"

namespace sitrep::detail {
using namespace geo;  // the geoparser's word lists
namespace {

bool is_punct(const token& t, char c, std::string_view text) {
  return t.kind == token_kind::punctuation && t.size() == 1 && text[t.start] == c;
}

bool is_dash_like(const token& t) { return t.has(token_flag::dash); }

// Does the mention have a candidate of this kind?
bool has_kind(geo_document& doc, geo_mention& m, entry_kind k) {
  for (auto* c = doc.begin_of(m); c != doc.end_of(m); ++c)
    if (c->ref.kind() == k) return true;
  return false;
}

// Does the mention have a county or district reading?
bool has_admin2(geo_document& doc, geo_mention& m) {
  for (auto* c = doc.begin_of(m); c != doc.end_of(m); ++c)
    if (is_admin2(c->ref)) return true;
  return false;
}

// Do some readings of two mentions lie in one country?
bool shares_country(geo_document& doc, geo_mention& x, geo_mention& y) {
  for (auto* cx = doc.begin_of(x); cx != doc.end_of(x); ++cx)
    for (auto* cy = doc.begin_of(y); cy != doc.end_of(y); ++cy)
      if (!cx->ref.country().empty() && cx->ref.country() == cy->ref.country()) return true;
  return false;
}

// Do all the mention's readings lie in one country? ("Ituri" does; "Northern" does not.)
bool in_one_country(geo_document& doc, geo_mention& m) {
  std::string_view country;
  for (auto* c = doc.begin_of(m); c != doc.end_of(m); ++c) {
    if (c->ref.country().empty() || (!country.empty() && c->ref.country() != country)) return false;
    country = c->ref.country();
  }
  return !country.empty();
}

// Adds a mention for a US state or Canadian province written as an abbreviation ("Calif.", "N.B.").
int add_state_mention(geo_document& doc, std::uint32_t t, std::uint32_t end, std::string_view state_name,
                      std::string_view country) {
  const std::string key = phrase_key(state_name);
  geo_mention m;
  m.first_token = t;
  m.last_token = t + 1;
  const token& tk = doc.ctx->tokens[t];
  m.start = tk.start;
  m.end = end;
  m.cand_begin = static_cast<std::uint32_t>(doc.candidates.size());
  for_each_entry_named(doc, key, [&](const entry_ref& r) {
    if (r.kind() != entry_kind::admin1 || r.country() != country) return false;
    geo_candidate g;
    g.ref = r;
    g.exact_name = true;
    g.prior = candidate_prior(r, true);
    doc.candidates.push_back(g);
    return true;
  });
  m.cand_count = static_cast<std::uint32_t>(doc.candidates.size()) - m.cand_begin;
  if (m.cand_count == 0) return -1;
  m.key_begin = static_cast<std::uint32_t>(doc.keys.size());
  doc.keys += key;
  m.key_end = static_cast<std::uint32_t>(doc.keys.size());
  m.cues |= geo_cue::is_hint;
  doc.mentions.push_back(m);
  return static_cast<int>(doc.mentions.size() - 1);
}

}  // namespace

void tag_cues(geo_document& doc) {
  const parse_context& ctx = *doc.ctx;
  const auto& tokens = ctx.tokens;
  const std::string_view text = ctx.text;
  auto lower_key = [&](std::uint32_t t) { return doc.folded(t); };

  // Mention index by first token, for the comma and possessive links.
  const std::size_t n = doc.mentions.size();
  auto mention_starting_at = [&](std::uint32_t t, std::size_t from) -> int {
    for (std::size_t j = from; j < n && doc.mentions[j].first_token <= t; ++j)
      if (doc.mentions[j].first_token == t) return static_cast<int>(j);
    return -1;
  };

  struct state_abbrev {
    std::size_t mention;
    std::uint32_t token, end;
    std::string_view state, country;
  };
  std::vector<state_abbrev> state_abbrevs;
  for (std::size_t i = 0; i < n; ++i) {
    geo_mention& m = doc.mentions[i];
    const sentence& s = ctx.sentences[ctx.sentence_of_token(m.first_token)];
    const bool is_part = m.end - m.start != tokens[m.first_token].end - tokens[m.first_token].start &&
                         m.last_token - m.first_token == 1;

    // Before: "in X", "in the X", "town of X", "X's" owner.
    std::uint32_t b = m.first_token;
    if (b > s.first_token && lower_key(b - 1) == "the") --b;
    if (b > s.first_token) {
      const std::string_view pk = lower_key(b - 1);
      if (!tokens[b - 1].has(token_flag::all_caps)) {
        if (is_locative_preposition(pk)) m.cues |= geo_cue::locative;
        else if (is_weak_locative_preposition(pk)) m.cues |= geo_cue::weak_locative;
      }
      // "Al Jubah district (Marib)", "Kani township (Sagaing region)": a bracket after a place
      // noun holds the area the place lies in, whether or not the gazetteer knows the place.
      if (is_punct(tokens[b - 1], '(', text) && b - 1 > s.first_token &&
          place_noun_of(lower_key(b - 2)) != place_noun::none)
        m.cues |= geo_cue::locative;
      if (pk == "of" && b - 1 > s.first_token) {
        if (names_place_after_of(lower_key(b - 2))) m.cues |= geo_cue::locative;
        const place_noun noun = place_noun_of(lower_key(b - 2));
        switch (noun) {
          case place_noun::admin: m.cues |= geo_cue::admin_noun; break;
          case place_noun::city: m.cues |= geo_cue::city_noun; break;
          case place_noun::district: m.cues |= geo_cue::district_noun; break;
          case place_noun::region: m.cues |= geo_cue::region_noun; break;
          default: break;
        }
        // "the English city of Salisbury", "the Syrian town of Afrin": the nationality
        // holds the place as "Salisbury, England" would.
        if (noun != place_noun::none && m.hint < 0)
          for (std::size_t j = i; j-- > 0;) {
            geo_mention& d = doc.mentions[j];
            if (d.last_token < b - 2) break;
            if (d.last_token == b - 2 && (d.cues & geo_cue::demonym_place) && !d.dropped) {
              m.hint = static_cast<int>(j);
              m.cues |= geo_cue::hinted;
              d.cues |= geo_cue::is_hint;
              break;
            }
          }
      }
    }
    // "Iran's Sistan-Baluchestan province": a country mention, then the possessive clitic.
    if (!is_part && m.first_token >= 2 && tokens[m.first_token - 1].has(token_flag::possessive) && i > 0) {
      geo_mention& o = doc.mentions[i - 1];
      if (o.last_token == m.first_token - 1 && (has_kind(doc, o, entry_kind::country) || has_kind(doc, o, entry_kind::admin1))) {
        m.owner = static_cast<int>(i - 1);
        m.cues |= geo_cue::possessed;
      }
    }

    if (is_part) continue;
    // After: "X province", "X, Y".
    const std::uint32_t a = m.last_token;
    // A capitalised noun may open an organisation's name ("Gaza City Council", "Man City"):
    // "City" counts only in lower case, the others unless another capitalised word follows.
    const bool noun_capitalised = a < s.last_token && tokens[a].has(token_flag::capitalized);
    const bool name_goes_on = a + 1 < s.last_token && tokens[a + 1].kind == token_kind::word &&
                              (tokens[a + 1].has(token_flag::capitalized) || lower_key(a + 1) == "of");
    if (a < s.last_token && tokens[a].kind == token_kind::word && !(noun_capitalised && name_goes_on)) {
      const place_noun noun = place_noun_of(lower_key(a));
      switch (noun_capitalised && noun == place_noun::city ? place_noun::none : noun) {
        case place_noun::admin: m.cues |= geo_cue::admin_noun; break;
        case place_noun::city: m.cues |= geo_cue::city_noun; break;
        case place_noun::district: m.cues |= geo_cue::district_noun; break;
        case place_noun::region: m.cues |= geo_cue::region_noun; break;
        default: break;
      }
    }
    // "Walker County (Ga.)": a state abbreviation in brackets, as AP style writes it, reads as after a comma.
    const bool bracket = a + 2 < tokens.size() && is_punct(tokens[a], '(', text) && tokens[a + 1].kind == token_kind::word &&
                         (is_punct(tokens[a + 2], ')', text) ||
                          (a + 3 < tokens.size() && is_punct(tokens[a + 2], '.', text) && is_punct(tokens[a + 3], ')', text)));
    if (a + 1 < tokens.size() && (is_punct(tokens[a], ',', text) || bracket)) {
      const int j = mention_starting_at(a + 1, i + 1);
      bool linked = false;
      if (j >= 0 && !bracket) {
        geo_mention& c = doc.mentions[static_cast<std::size_t>(j)];
        if (has_kind(doc, c, entry_kind::country) || has_kind(doc, c, entry_kind::admin1) || has_admin2(doc, c)) {
          m.hint = j;
          m.cues |= geo_cue::hinted;
          c.cues |= geo_cue::is_hint;
          linked = true;
        }
      }
      if (!linked && tokens[a + 1].kind == token_kind::word) {
        // "Calif." may be one token or a word and its period.
        std::string_view abbr = tokens[a + 1].view(text);
        if (a + 2 < tokens.size() && is_punct(tokens[a + 2], '.', text) && tokens[a + 2].start == tokens[a + 1].end)
          abbr = text.substr(tokens[a + 1].start, tokens[a + 2].end - tokens[a + 1].start);
        std::string_view state = us_state_of_abbreviation(abbr), country = "USA";
        if (state.empty()) {
          state = canadian_province_of_abbreviation(abbr);  // "Moncton, N.B.", "Nelson, BC"
          country = "CAN";
        }
        // Postal codes only in capitals ("TX"), AP forms as written ("Calif.").
        if (!state.empty() && (abbr.find('.') != std::string_view::npos || tokens[a + 1].has(token_flag::all_caps))) {
          state_abbrevs.push_back(
              {i, a + 1, static_cast<std::uint32_t>(abbr.data() - text.data() + abbr.size()), state, country});
          if (j >= 0) doc.mentions[static_cast<std::size_t>(j)].dropped = true;  // the abbreviation's other reading
        }
      }
    }

    // "Guapi municipality (Cauca)", "Salem city (Salem district, Tamil Nadu)", "Bihiya town
    // (Bhojpur, Bihar)": the area in brackets after the place, or the last one listed there,
    // contains it, as after a comma.
    if (m.hint < 0 && !bracket) {
      std::uint32_t open = a;
      if (open < s.last_token && tokens[open].kind == token_kind::word && place_noun_of(lower_key(open)) != place_noun::none)
        ++open;
      if (open + 1 < s.last_token && is_punct(tokens[open], '(', text)) {
        // The items of the list, comma by comma up to the closing bracket; an item the
        // gazetteer does not know ("Ede North", a local government area) is passed over.
        int container = -1;
        std::size_t after = i + 1;  // mentions after this one, in text order
        for (std::uint32_t item = open + 1; item < s.last_token && !is_punct(tokens[item], ')', text);) {
          const int j = mention_starting_at(item, after);
          std::uint32_t next = item + 1;
          if (j >= 0) {
            geo_mention& c = doc.mentions[static_cast<std::size_t>(j)];
            if (has_kind(doc, c, entry_kind::country) || has_kind(doc, c, entry_kind::admin1) || has_admin2(doc, c))
              container = j;
            next = c.last_token;
            after = static_cast<std::size_t>(j) + 1;
          }
          // To the next comma ("Salem district, Tamil Nadu"); a bracket or a sentence end stops.
          while (next < s.last_token && !is_punct(tokens[next], ',', text) && !is_punct(tokens[next], ')', text) &&
                 next - item < 8)
            ++next;
          if (next >= s.last_token || !is_punct(tokens[next], ',', text)) break;
          item = next + 1;
        }
        // Only a container some reading of the place lies in: "Vavuniya (Northern)" must not
        // pull the town to another country's Northern division. One that names a single
        // country holds a village the gazetteer lacks ("Kalo (Djugu, Ituri)").
        if (container >= 0) {
          geo_mention& c = doc.mentions[static_cast<std::size_t>(container)];
          if (shares_country(doc, m, c)) {
            m.hint = container;
            m.cues |= geo_cue::hinted;
            c.cues |= geo_cue::is_hint;
          } else if (in_one_country(doc, c)) {
            m.outside_hint = container;
          }
        }
      }
    }

    // Dateline: a line opening with the place, then a comma, "(" or a dash.
    // The place may end a longer name in capitals that the gazetteer only partly knows
    // ("CAMP MURRAY, Wash.").
    const token& ft = tokens[m.first_token];
    std::uint32_t lead = m.first_token;
    while (lead > s.first_token && m.first_token - lead < 3 && tokens[lead - 1].kind == token_kind::word &&
           tokens[lead - 1].has(token_flag::all_caps) && !tokens[lead].has(token_flag::newline_before))
      --lead;
    const token& lt = tokens[lead];
    const bool line_start = lead == 0 || lt.has(token_flag::newline_before) ||
                            (lead == s.first_token && lt.has(token_flag::all_caps));
    // "LONDON 1996-08-30": a dateline's date.
    bool date_after = false;
    if (a < s.last_token && tokens[a].kind == token_kind::number)
      for (const auto& d : ctx.dates) date_after |= d.where.start <= tokens[a].start && tokens[a].start < d.where.end;
    const bool opener = a < tokens.size() && (is_punct(tokens[a], ',', text) || is_punct(tokens[a], '(', text) ||
                                              is_dash_like(tokens[a]) || tokens[a].kind == token_kind::word || date_after);
    // "CHICAGO 80 62 .563", "Surrey 250-6": a team in a results table.
    // "Essex v Kent", "Lancashire vs. Yorkshire": teams in a fixture.
    auto is_versus = [&](std::uint32_t t) {
      const std::string_view k = lower_key(t);
      return k == "v" || k == "vs" || k == "versus";
    };
    // ("Arbroath v East Stirling": a compass word may open the team's name.)
    const bool compass_before = m.first_token > s.first_token + 1 && is_place_modifier(lower_key(m.first_token - 1));
    if ((a < s.last_token && is_versus(a)) || (m.first_token > s.first_token && is_versus(m.first_token - 1)) ||
        (compass_before && is_versus(m.first_token - 2)))
      m.cues |= geo_cue::score_line;
    if (a < s.last_token && tokens[a].kind == token_kind::number && !(m.cues & geo_cue::locative) && !date_after)
      m.cues |= geo_cue::score_line;
    // Capitals before the place ("CAMP MURRAY") make a dateline only before its comma: a
    // headline in capitals ("U.K. MONEY MARKET GIVEN HELP") is none.
    const bool extended = lead != m.first_token;
    if (line_start && ft.has(token_flag::all_caps) && opener && (!extended || is_punct(tokens[a], ',', text))) {
      m.cues |= geo_cue::dateline;
      if (doc.dateline_mention < 0) doc.dateline_mention = static_cast<int>(i);
      if (m.hint >= 0) {
        doc.mentions[static_cast<std::size_t>(m.hint)].cues |= geo_cue::dateline;
      }
    }
  }

  // "western states such as California or Washington", "provinces like Helmand and Kandahar": the
  // plural noun before "such as", "like" or "including" says what kind of place each name is.
  auto kind_of_plural = [](std::string_view w) -> std::uint32_t {
    if (w == "states" || w == "provinces" || w == "governorates" || w == "regions" || w == "prefectures")
      return geo_cue::admin_noun;
    if (w == "cities" || w == "towns" || w == "villages") return geo_cue::city_noun;
    if (w == "counties" || w == "districts") return geo_cue::district_noun;
    return 0;
  };
  std::uint32_t listed = 0;  // the kind cue the list under way carries
  for (std::size_t i = 0; i < n; ++i) {
    geo_mention& m = doc.mentions[i];
    const sentence& s = ctx.sentences[ctx.sentence_of_token(m.first_token)];
    const std::uint32_t f = m.first_token;
    std::uint32_t kind = 0;
    if (f >= s.first_token + 3 && lower_key(f - 1) == "as" && lower_key(f - 2) == "such")
      kind = kind_of_plural(lower_key(f - 3));
    else if (f >= s.first_token + 2 && (lower_key(f - 1) == "like" || lower_key(f - 1) == "including"))
      kind = kind_of_plural(lower_key(f - 2));
    if (!kind && listed && i > 0) {
      const geo_mention& p = doc.mentions[i - 1];
      const bool joined = p.last_token + 1 == f && f > s.first_token &&
                          (lower_key(f - 1) == "," || lower_key(f - 1) == "and" || lower_key(f - 1) == "or");
      const bool comma_and = p.last_token + 2 == f && lower_key(f - 2) == "," &&
                             (lower_key(f - 1) == "and" || lower_key(f - 1) == "or");
      if (joined || comma_and) kind = listed;
    }
    listed = kind;
    m.cues |= kind;
  }

  // "between Coggeshall and Marks Tey", "in Leeds or Bradford": a conjunct shares the cue of the
  // place before it.
  for (std::size_t i = 1; i < n; ++i) {
    geo_mention& m = doc.mentions[i];
    const geo_mention& p = doc.mentions[i - 1];
    if (m.first_token < 2 || p.last_token + 1 != m.first_token || p.dropped) continue;
    if (!(p.cues & (geo_cue::locative | geo_cue::weak_locative))) continue;
    const std::string_view ck = lower_key(m.first_token - 1);
    if ((ck == "and" || ck == "or") && !tokens[m.first_token - 1].has(token_flag::all_caps))
      m.cues |= geo_cue::weak_locative;
  }

  for (const auto& [i, t, end, state, country] : state_abbrevs) {
    const int j = add_state_mention(doc, t, end, state, country);
    if (j < 0) continue;
    geo_mention& m = doc.mentions[i];
    m.hint = j;
    m.cues |= geo_cue::hinted;
    if (m.cues & geo_cue::dateline) doc.mentions[static_cast<std::size_t>(j)].cues |= geo_cue::dateline;
  }
  // Keep mentions in text order; fix the links that the order change moves.
  if (!state_abbrevs.empty()) {
    std::vector<std::uint32_t> order(doc.mentions.size());
    for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t x, std::uint32_t y) { return doc.mentions[x].start < doc.mentions[y].start; });
    std::vector<int> where(order.size());
    for (std::uint32_t k = 0; k < order.size(); ++k) where[order[k]] = static_cast<int>(k);
    std::vector<geo_mention> sorted;
    sorted.reserve(order.size());
    for (auto k : order) sorted.push_back(doc.mentions[k]);
    for (auto& m : sorted) {
      if (m.hint >= 0) m.hint = where[static_cast<std::size_t>(m.hint)];
      if (m.owner >= 0) m.owner = where[static_cast<std::size_t>(m.owner)];
    }
    if (doc.dateline_mention >= 0) doc.dateline_mention = where[static_cast<std::size_t>(doc.dateline_mention)];
    doc.mentions = std::move(sorted);
  }
}

}  // namespace sitrep::detail
