// Named persons and organisations (see actor_names.hpp).
//
// A name chunk is a maximal run of capitalised tokens, joined through name
// particles ("van der", "bin") and, inside organisation names, through "of",
// "for", "and" ("Ministry of Foreign Affairs of Pakistan"). A chunk is split into
// segments (dictionary matches or single tokens), then read left to right:
// nationality adjectives and affiliations, a title, the name. The name is typed
// by the dictionary, by cues around it (titles, apposition, "( U.S. )" in
// results tables) and by its words (given names, organisation head words).
#include "parse/actor_names.hpp"

#include <string>

#include "parse/actor_cues.hpp"
#include "parse/geo_words.hpp"
#include "parse/incident_words.hpp"
#include "text/ascii.hpp"

namespace sitrep::detail {
namespace {

enum class seg_kind : std::uint8_t {
  word,       // unknown capitalised word
  function,   // capitalised function word ("The", "However")
  demonym,    // "Iranian"
  title,      // "Foreign Minister", "Mr", "Gen."
  person,     // dictionary person
  org,        // dictionary organisation
  place,      // country / admin1 / place / region (not a demonym)
  other,      // other dictionary words (group nouns, triggers)
  particle,   // "van", "de", "of"
};

struct seg {
  std::uint32_t first = 0, last = 0;
  seg_kind kind = seg_kind::word;
  const entry_ref* ref = nullptr;  // the candidate that gave the kind
};

bool upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// A name as one line: a wrapped line's break inside it is a space ("E.B.I. Foods\nLtd").
std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  return out;
}

class name_reader {
 public:
  explicit name_reader(actor_scan& s) : s_(s) {}

  void run() {
    for (const auto& sent : s_.ctx.sentences) {
      std::uint32_t i = sent.first_token;
      while (i < sent.last_token) {
        if (s_.has(i, tok_mark::caps_line) || s_.has(i, tok_mark::used) || !starts_name(i)) {
          ++i;
          continue;
        }
        const std::uint32_t end = extend(i, sent.last_token);
        read_chunk(i, end, sent);
        i = end > i ? end : i + 1;
      }
    }
    resolve_deferred();
    read_caps_lines();
  }

 private:
  actor_scan& s_;
  std::vector<seg> segs_;
  std::vector<std::uint32_t> deferred_;  // single unknown capitalised tokens
  std::uint32_t sent_first_ = 0;         // first token of the sentence being read
  std::uint32_t org_first_ = 0;          // where an organisation name starts ("Romanian Soccer Federation")

  // ---- chunks ---------------------------------------------------------------
  bool name_token(std::uint32_t i) const {
    const token& t = s_.tok(i);
    if (t.kind != token_kind::word || s_.has(i, tok_mark::date)) return false;
    // "Toronto-based Barrick", "Saudi-owned Arab Radio": a descriptor before the name.
    if (t.has(token_flag::hyphenated) && descriptor_compound(s_.lower(i).view())) return false;
    if (t.has(token_flag::capitalized) || t.has(token_flag::all_caps) || t.has(token_flag::initial)) return true;
    // "al-Assad", "ul-Haq": a lower-case particle hyphened to a capitalised name.
    const std::string_view w = s_.text(i);
    const std::size_t h = w.find('-');
    return h != std::string_view::npos && h + 1 < w.size() && upper_ascii(w[h + 1]) &&
           is_name_particle(fold_word(w.substr(0, h)).view());
  }

  // The country a name (not an adjective) starting at token i, or ending before token e,
  // names; nullptr for none.
  const entry_ref* country_starting(std::uint32_t i) const {
    const phrase_match* m = s_.match(i);
    return m && m->first_token == i ? s_.candidate(*m, entry_kind::country) : nullptr;
  }
  const entry_ref* country_ending(std::uint32_t e) const {
    const phrase_match* m = e > 0 ? s_.match(e - 1) : nullptr;
    return m && m->last_token == e ? s_.candidate(*m, entry_kind::country) : nullptr;
  }

  bool starts_name(std::uint32_t i) const {
    if (name_token(i)) return !s_.is_possessive(i);
    // "de Klerk", "van der Sar": a surname particle opening the name.
    if (!s_.is_word(i) || i + 1 >= s_.token_count() || s_.has(i, tok_mark::caps_line)) return false;
    const auto w = s_.lower(i);
    const bool opener = w.view() == "de" || w.view() == "van" || w.view() == "von" || w.view() == "da" ||
                        w.view() == "di" || w.view() == "dos" || w.view() == "del" || w.view() == "bin";
    if (!opener) return false;
    std::uint32_t k = i + 1;
    while (k < s_.token_count() && s_.is_word(k) && is_name_particle(s_.lower(k).view()) &&
           !s_.tok(k).has(token_flag::capitalized))
      ++k;
    return k < s_.token_count() && name_token(k) && !s_.has(k, tok_mark::location);
  }

  // The legal forms that end a company's name.
  static bool company_form(std::string_view w) {
    for (std::string_view f : {"corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "plc", "co", "co.", "sa",
                               "s.a.", "spa", "s.p.a.", "ag", "nv", "n.v.", "gmbh", "llc", "holdings", "group"})
      if (w == f) return true;
    return false;
  }
  static bool descriptor_compound(std::string_view w) {
    for (std::string_view tail : {"-based", "-owned", "-controlled", "-backed", "-listed", "-registered", "-run"})
      if (w.size() > tail.size() && w.ends_with(tail)) return true;
    return false;
  }

  bool org_like(std::uint32_t i) const {
    if (is_org_start(s_.lower(i).view()) || is_org_head(s_.lower(i).view())) return true;
    const phrase_match* m = s_.match(i);
    return m && s_.candidate(*m, entry_kind::organization);
  }
  // Is token i a noun for a group of people ("workers", "farmers", "traders")?
  bool group_noun_at(std::uint32_t i) const {
    const phrase_match* m = s_.match(i);
    return m && m->first_token == i && m->last_token == i + 1 &&
           s_.candidate(*m, entry_kind::role, static_cast<int>(role_subkind::group_noun));
  }
  // Do the capitalised words from `i` end in a body of members ("Association", "Union",
  // "Party", "League", "Fund")?
  bool body_named_ahead(std::uint32_t i, std::uint32_t limit) const {
    for (std::uint32_t k = i; k < limit && k < i + 4 && name_token(k) && !s_.is_possessive(k); ++k)
      if (any_of_words(s_.lower(k).view(),
                       {"association", "associations", "union", "unions", "party", "league", "federation", "council",
                        "fund", "exchange", "organisation", "organization", "front", "movement", "congress",
                        "alliance", "society", "guild", "syndicate", "cooperative", "co-operative"}))
        return true;
    return false;
  }

  // Does "and" at token j stand between two bodies rather than inside one name? "the
  // Council of Europe and NATO" (a known organisation or an acronym after it), "the
  // British Heart Foundation and Lichtwer Pharma GmbH" (a complete name on each side),
  // "PUK and Iraq" (an acronym before a place). "Procter and Gamble", "Ministry of Trade
  // and Industry" and "Bank and Trust Company" are one name each.
  bool two_bodies_around(std::uint32_t j, std::uint32_t limit) const {
    const std::uint32_t next = j + 1;
    const token& after = s_.tok(next);
    if (after.has(token_flag::all_caps) && after.size() >= 2 && !s_.tok(j - 1).has(token_flag::all_caps)) return true;
    if (const phrase_match* m = s_.match(next);
        m && m->first_token == next && s_.candidate(*m, entry_kind::organization) &&
        !is_org_head(s_.lower(next).view()))
      return true;
    if (s_.tok(j - 1).has(token_flag::all_caps) && s_.has(next, tok_mark::location)) return true;
    if (!is_org_head(s_.lower(j - 1).view()) || is_org_head(s_.lower(next).view()) ||
        is_org_start(s_.lower(next).view()))
      return false;
    for (std::uint32_t k = next; k < limit && k < next + 5 && name_token(k); ++k)
      if (is_org_head(s_.lower(k).view()) && k > next) return true;
    return false;
  }

  std::uint32_t extend(std::uint32_t a, std::uint32_t limit) const {
    std::uint32_t j = a;
    bool org_mode = false;
    while (j < limit) {
      // A line break ends a name, but not before the company's legal form that a
      // wrapped line carries over ("E.B.I. Foods\nLtd").
      if (j > a && s_.tok(j).has(token_flag::newline_before) &&
          (s_.tok(j).has(token_flag::paragraph_before) || !company_form(s_.lower(j).view())))
        break;
      if (name_token(j) && !s_.is_possessive(j) && !s_.has(j, tok_mark::used)) {
        org_mode |= org_like(j);
        ++j;
        continue;
      }
      // "Secretary of State", "Minister of Defence": a dictionary phrase begun in the
      // chunk goes on through its lower-case words.
      if (j > a) {
        const phrase_match* m = s_.match(j);
        if (m && m->first_token < j && m->first_token >= a && m->last_token <= limit &&
            name_token(m->last_token - 1)) {
          j = m->last_token;
          continue;
        }
      }
      if (j > a && j + 1 < limit && name_token(j + 1) && s_.is_word(j)) {
        const auto w = s_.lower(j);
        const bool particle = is_name_particle(w.view());
        // Not after a company suffix: "Daniels Pharmaceuticals Inc of St. Petersburg" is a firm and a place.
        const auto prev = s_.lower(j - 1);
        const bool suffix = prev.view() == "inc" || prev.view() == "ltd" || prev.view() == "corp" ||
                            prev.view() == "co" || prev.view() == "plc" || prev.view() == "llc" ||
                            prev.view() == "ag" || prev.view() == "sa" || prev.view() == "group" ||
                            prev.view() == "holdings" || prev.view() == "inc." || prev.view() == "ltd." ||
                            prev.view() == "corp." || prev.view() == "co.";
        // "The United States and Jordan agreed": "and" between two countries joins
        // two actors, not one name ("Bosnia and Herzegovina" is matched whole).
        const bool two_states = w.view() == "and" && country_starting(j + 1) && country_ending(j);
        const bool two_bodies = w.view() == "and" && two_bodies_around(j, limit);
        const bool connector = org_mode && !suffix && !two_states && !two_bodies &&
                               (w.view() == "of" || w.view() == "for" || w.view() == "and" || w.view() == "on" ||
                                w.view() == "&");
        if (particle || connector) {
          ++j;
          continue;
        }
      }
      if (j > a && j + 1 < limit && s_.text(j) == "&" && name_token(j + 1)) {
        ++j;
        continue;
      }
      // "the Parcel Delivery Workers' Solidarity Union", "Coffee Roasters' Association": a
      // plural's bare apostrophe inside the name of a body of those people, after a group
      // noun or before a union, party or association. An owner's name before its
      // company's is two ("Salomon Brothers' Capital"), as is "Iran's Foreign Ministry".
      if (j > a && j + 1 < limit && (s_.text(j) == "'" || s_.text(j) == "\xE2\x80\x99") &&
          s_.lower(j - 1).view().ends_with("s") && name_token(j + 1) && !s_.has(j + 1, tok_mark::used) &&
          !s_.has(j - 1, tok_mark::caps_line) && (group_noun_at(j - 1) || body_named_ahead(j + 1, limit))) {
        org_mode = true;
        ++j;
        continue;
      }
      break;
    }
    // A dictionary name that runs past the chunk (lower-case inner or last words: "Israeli
    // army", "Ministry of foreign affairs") is taken whole.
    std::uint32_t whole = a;
    if (j > a) {
      const phrase_match* m = s_.match(j - 1);
      if (m && m->last_token > j && m->last_token <= limit &&
          (s_.candidate(*m, entry_kind::organization) || s_.candidate(*m, entry_kind::person)))
        j = whole = m->last_token;
    }
    // Trailing particles and connectors belong to no name.
    while (j > a + 1 && j > whole && !name_token(j - 1)) --j;
    return j;
  }

  // ---- segments -------------------------------------------------------------
  void segment(std::uint32_t a, std::uint32_t b) {
    segs_.clear();
    std::uint32_t k = a;
    while (k < b) {
      seg g;
      g.first = k;
      const phrase_match* m = s_.match(k);
      const auto lw = s_.lower(k);
      const bool plain_single = !m || m->last_token == k + 1;
      const bool titled = m && s_.candidate(*m, entry_kind::role, static_cast<int>(role_subkind::person_title));
      const bool religious = lw.view() == "mother" || lw.view() == "father" || lw.view() == "sister" ||
                             lw.view() == "brother";  // "Mother Teresa" is the name itself
      if (plain_single && name_token(k) && !s_.tok(k).has(token_flag::all_caps) && !titled && !religious &&
          (is_capital_function_word(lw.view()) || is_person_noun(lw.view()) || is_honorific(lw.view()))) {
        // "But", "However" (even where a place shares the spelling); "Midfielder" or "Mr" before a name.
        g.last = k + 1;
        // Open-class heading words ("National", "World", "North") are function words only alone.
        const bool closed = is_closed_class_word(lw.view()) || b - a == 1;
        g.kind = (is_person_noun(lw.view()) || is_honorific(lw.view())) && k + 1 < b ? seg_kind::title
                 : closed || !is_capital_function_word(lw.view())                       ? seg_kind::function
                                                                                         : seg_kind::word;
      } else if (m && m->last_token <= b) {
        g.last = m->last_token;
        classify_match(*m, g);
      } else {
        g.last = k + 1;
        const auto w = s_.lower(k);
        if (!name_token(k)) g.kind = seg_kind::particle;
        else if (is_honorific(w.view()) && !s_.tok(k).has(token_flag::all_caps)) g.kind = seg_kind::title;
        else if (is_capital_function_word(w.view())) g.kind = seg_kind::function;
        else g.kind = seg_kind::word;
      }
      segs_.push_back(g);
      k = g.last;
    }
  }

  void classify_match(const phrase_match& m, seg& g) const {
    if (const auto* c = s_.candidate(m, entry_kind::country, -1, true); c && m.last_token - g.first == 1) {
      g.kind = seg_kind::demonym;
      g.ref = c;
      return;
    }
    const bool located = s_.has(g.first, tok_mark::location);
    const auto* person = s_.candidate(m, entry_kind::person);
    const auto* org = s_.candidate(m, entry_kind::organization);
    const auto* title = s_.candidate(m, entry_kind::role, static_cast<int>(role_subkind::person_title));
    const entry_ref* place = s_.candidate(m, entry_kind::country);
    if (!place) place = s_.candidate(m, entry_kind::admin1);
    if (!place) place = s_.candidate(m, entry_kind::region);
    if (!place) place = s_.candidate(m, entry_kind::place);
    if (title) {
      g.kind = seg_kind::title;
      g.ref = title;
    } else if (person && (!located || m.last_token - m.first_token > 1)) {
      g.kind = seg_kind::person;
      g.ref = person;
    } else if (org && !(located && m.last_token - m.first_token == 1 && place && place->kind() != entry_kind::region)) {
      // A one-word name that is a place is the place ("Hamas" aside, organisations named like
      // towns are rare), but a bloc named like its region ("EU") stays an organisation too.
      g.kind = seg_kind::org;
      g.ref = org;
    } else if (place && (located || m.last_token - m.first_token > 1 || place->kind() == entry_kind::country)) {
      g.kind = seg_kind::place;
      g.ref = place;
    } else if (person) {
      g.kind = seg_kind::person;
      g.ref = person;
    } else if (m.last_token - g.first == 1 && !place) {
      // A trigger or group noun written with a capital ("Police", "Strike").
      g.kind = is_capital_function_word(s_.lower(g.first).view()) ? seg_kind::function : seg_kind::other;
    } else {
      g.kind = place ? seg_kind::word : seg_kind::other;
      g.ref = place ? place : s_.candidate(m, entry_kind::role, static_cast<int>(role_subkind::group_noun));
    }
  }

  // ---- records --------------------------------------------------------------
  int add_person(std::uint32_t first, std::uint32_t last, const entry_ref* dict, const name_cue& c) {
    const std::string text = one_line(s_.slice(first, last));
    actor_draft d;
    d.kind = "person";
    d.role = c.role;
    d.country = c.country;
    d.sector = c.sector;
    std::string key;
    if (dict) {
      d.name = std::string(dict->name());
      key = "p:" + ascii_lower(dict->name());
      // A record that gives only a country (an office holder of any date, no office
      // recorded) yields to the text's own cue: "Alberto Costa (Spain)" is the Spaniard.
      const bool country_only = dict->sector().empty() && dict->role().empty();
      if (!dict->country().empty() && !(country_only && !c.country.empty())) d.country = std::string(dict->country());
      if (!dict->sector().empty()) d.sector = std::string(dict->sector());
      if ((d.role.empty() || !c.role_from_title) && !dict->role().empty() && dict_role_valid(*dict))
        d.role = std::string(dict->role());
    } else {
      d.name = std::string(text);
      key = "p:" + ascii_lower(text);
    }
    int id = s_.table.find(key);
    if (id < 0 && !dict) id = person_by_words(first, last);
    if (id < 0) {
      id = s_.table.upsert(key, d);
    } else {
      s_.table.upsert(key_of_existing(id), d);
    }
    s_.table.mention(id, s_.span_of(first, last));
    for (std::uint32_t k = first; k < last; ++k) {
      const auto w = s_.lower(k);
      if (!s_.tok(k).has(token_flag::initial) && !is_name_particle(w.view()) && w.len > 1)
        s_.table.index_name_word(w.view(), id);
    }
    if (dict) {
      // The canonical name's words resolve later surname mentions too.
      std::string_view n = dict->name();
      while (!n.empty()) {
        const std::size_t sp = n.find(' ');
        const auto w = fold_word(n.substr(0, sp));
        if (w.len > 2) s_.table.index_name_word(w.view(), id);
        if (sp == std::string_view::npos) break;
        n.remove_prefix(sp + 1);
      }
    }
    s_.mark(first, last, tok_mark::used);
    return id;
  }

  // An existing person all of whose words this name repeats ("Amir Abdollahian").
  int person_by_words(std::uint32_t first, std::uint32_t last) const {
    int id = -1;
    for (std::uint32_t k = first; k < last; ++k) {
      const auto w = s_.lower(k);
      if (s_.tok(k).has(token_flag::initial) || is_name_particle(w.view())) continue;
      const int p = s_.table.by_name_word(w.view());
      if (p < 0 || (id >= 0 && p != id) || s_.table.at(p).kind != "person") return -1;
      id = p;
    }
    return id;
  }

  std::string key_of_existing(int id) const { return "p:" + ascii_lower(s_.table.at(id).name); }

  bool dict_role_valid(const entry_ref& r) const {
    if (!s_.ctx.reference_date) return r.rec().valid_to == INT32_MAX;
    const auto& d = *s_.ctx.reference_date;
    const int days = days_from_civil(d.year, d.month, d.day);
    return r.rec().valid_from <= days && days <= r.rec().valid_to;
  }

  int add_org(std::uint32_t first, std::uint32_t last, const entry_ref* dict, std::string_view country) {
    const std::string text = one_line(s_.slice(first, last));
    // "Inc" or "Ltd" alone is the tail of a name cut off before it, not a company.
    if (!dict && last - first == 1 && company_form(s_.lower(first).view())) return -1;
    actor_draft d;
    d.kind = "organization";
    std::string key;
    if (dict) {
      d.name = std::string(dict->name());
      d.country = std::string(dict->country());
      d.sector = std::string(dict->sector());
      key = "o:" + ascii_lower(dict->name());
    } else {
      d.name = std::string(text);
      d.country = std::string(country);
      key = "o:" + ascii_lower(text);
    }
    int id = s_.table.find(key);
    if (id < 0 && !dict && last - first == 1) id = s_.table.by_alias(text);
    if (id < 0) id = s_.table.upsert(key, d);
    s_.table.mention(id, s_.span_of(first, last));
    if (last - first > 1) {
      // Initials ("Kurdistan Workers Party" → "KWP") and a head word ("the Commission") name it later.
      std::string initials;
      for (std::uint32_t k = first; k < last; ++k)
        if (s_.tok(k).has(token_flag::capitalized)) initials += s_.text(k)[0];
      if (initials.size() >= 2) s_.table.index_alias(initials, id);
      const auto head = s_.text(last - 1);
      if (is_org_head(fold_word(head).view())) s_.table.index_alias(head, id);
      // A company is named later by its first word: "Barrick Gold Corp" is "Barrick",
      // "Pirelli SpA" "Pirelli". Only under a company's legal form: "National Party" is
      // not "National".
      const auto lead = fold_word(s_.text(first));
      if (company_form(fold_word(head).view()) && s_.tok(first).has(token_flag::capitalized) &&
          !s_.tok(first).has(token_flag::all_caps) && !is_org_start(lead.view()) && !is_org_head(lead.view()) &&
          !is_given_name(lead.view()) && !s_.has(first, tok_mark::location))
        s_.table.index_alias(s_.text(first), id);
    }
    s_.mark(first, last, tok_mark::used);
    return id;
  }

  // "Tehrik-i-Taliban Pakistan (TTP)": the acronym joins the actor.
  void acronym_after(std::uint32_t b, int id) {
    if (b + 2 >= s_.token_count() || s_.text(b) != "(" || s_.text(b + 2) != ")") return;
    const token& t = s_.tok(b + 1);
    if (t.kind != token_kind::word || !t.has(token_flag::all_caps)) return;
    s_.table.index_alias(s_.text(b + 1), id);
    s_.table.mention(id, s_.span_of(b + 1, b + 2));
    s_.mark(b + 1, b + 2, tok_mark::used);
  }

  // The country of "Iran's" (or "Iran's new", "Iran's former") right before token `first`, or "".
  std::string_view possessive_country_before(std::uint32_t first) const {
    std::uint32_t k = first;
    if (k > sent_first_) {
      const auto w = s_.lower(k - 1);
      const std::string_view v = w.view();
      if (v == "first" || v == "former" || v == "new" || v == "acting" || v == "interim" || v == "outgoing" ||
          v == "incoming" || v == "then")
        --k;
    }
    if (k < sent_first_ + 2 || !s_.is_possessive(k - 1)) return {};
    const entry_ref* c = country_ending(k - 1);
    return c ? c->country() : std::string_view{};
  }

  // "King Hassan of Morocco", "President Assad of Syria": the country after a titled
  // name ending at token e, not where it opens a longer name ("of Morocco's …").
  std::string_view country_of_after(std::uint32_t e, std::uint32_t sentence_last) const {
    if (e + 1 >= sentence_last || s_.lower(e).view() != "of") return {};
    const entry_ref* c = country_starting(e + 1);
    if (!c) return {};
    const std::uint32_t after = s_.match(e + 1)->last_token;
    if (after < sentence_last && (s_.is_possessive(after) || name_token(after))) return {};
    return c->country();
  }

  // ---- one chunk ------------------------------------------------------------
  void read_chunk(std::uint32_t a, std::uint32_t b, const sentence& sent) {
    sent_first_ = sent.first_token;
    // "in Qalat Sukkar district", "Mikhlaf Ammar village": a name a place noun follows is a
    // place's, known to the gazetteer or not; no one's.
    if (b < sent.last_token && s_.is_word(b) && !s_.tok(b).has(token_flag::capitalized) &&
        geo::place_noun_of(s_.lower(b).view()) != geo::place_noun::none)
      return;
    segment(a, b);
    std::size_t lo = 0, hi = segs_.size();
    while (lo < hi && (segs_[lo].kind == seg_kind::function || segs_[lo].kind == seg_kind::particle)) ++lo;
    if (lo == hi) return;
    // Affiliations and a title before the name: "Iranian Foreign Minister", "EU Farm Commissioner", "Mr".
    std::size_t title = hi;
    for (std::size_t k = lo; k + 1 < hi; ++k)
      if (segs_[k].kind == seg_kind::title && has_name_after(k + 1, hi)) title = k;
    std::string country;
    org_first_ = segs_[lo].first;
    if (title < hi) {
      name_cue c;
      c.person = true;
      std::size_t role_from = lo;
      for (std::size_t k = lo; k < title; ++k) {
        const seg& g = segs_[k];
        if (g.kind == seg_kind::demonym || (g.kind == seg_kind::place && g.ref->kind() == entry_kind::country)) {
          c.country = std::string(g.ref->country());
          role_from = k + 1;
        } else if (g.kind == seg_kind::org) {
          const int o = add_org(g.first, g.last, g.ref, {});
          if (c.country.empty()) c.country = s_.table.at(o).country;
          role_from = k + 1;
        }
      }
      // "Pakistan's Prime Minister X", "Dagolath's first Deputy Prime Minister X": the
      // possessive country before the chunk.
      if (c.country.empty()) c.country = std::string(possessive_country_before(segs_[lo].first));
      if (c.country.empty()) c.country = std::string(country_of_after(b, sent.last_token));
      const seg& t = segs_[title];
      if (t.ref) {
        c.sector = std::string(t.ref->sector());
        const std::string canonical(t.ref->role().empty() ? t.ref->name() : t.ref->role());
        c.role = role_from < title ? ascii_lower(s_.slice(segs_[role_from].first, t.first)) + " " + canonical
                                   : canonical;
      } else if (role_from < title) {
        c.role = ascii_lower(s_.slice(segs_[role_from].first, t.last));
      }
      s_.mark(segs_[lo].first, t.last, tok_mark::used);
      std::size_t n0 = title + 1;
      // "Veteran Italian Gianni Bugno": a nationality between the title and the name.
      while (n0 < hi && (segs_[n0].kind == seg_kind::particle || segs_[n0].kind == seg_kind::demonym)) {
        if (segs_[n0].kind == seg_kind::demonym) c.country = std::string(segs_[n0].ref->country());
        ++n0;
      }
      read_name(n0, hi, c, /*forced_person=*/true);
      return;
    }
    // Nationality adjectives before a name: "Australian Greg Norman", "Iranian Foreign Ministry".
    bool demonym_before = false;
    org_first_ = segs_[lo].first;
    while (lo < hi && segs_[lo].kind == seg_kind::demonym) {
      country = std::string(segs_[lo].ref->country());
      demonym_before = true;
      ++lo;
    }
    if (lo == hi) return;
    name_cue c = context_cues(s_, segs_[lo].first, b, sent);
    if (c.country.empty()) c.country = country;
    const bool multi_word = segs_[hi - 1].last - segs_[lo].first > 1;
    // A heading in capitals inside a mixed line ("PRESS DIGEST - Bulgaria").
    if (multi_word && s_.tok(segs_[lo].first).has(token_flag::all_caps))
      for (std::size_t k = lo; k < hi; ++k)
        if (segs_[k].kind == seg_kind::function) return;
    if (!c.person && scorer_cue(segs_[lo].first, b, sent)) {
      c.person = true;
      c.strong = true;
    }
    if (c.modifier && !c.person && hi - lo == 1 && segs_[lo].kind == seg_kind::word) return;
    if (c.org && !c.person && !s_.tok(segs_[lo].first).has(token_flag::initial) &&
        !(hi - lo == 1 && (segs_[lo].kind == seg_kind::person || segs_[lo].kind == seg_kind::place ||
                           s_.table.by_name_word(s_.lower(segs_[lo].first).view()) >= 0))) {
      read_team(lo, hi, c);
      return;
    }
    if (!c.person && !s_.tok(segs_[lo].first).has(token_flag::initial) && team_cue(segs_[lo].first, b, sent)) {
      read_team(lo, hi, c);
      return;
    }
    read_name(lo, hi, c, c.person || (demonym_before && multi_word && plain_words(lo, hi)));
  }

  // A country, or one of the United Kingdom's countries: a national side is its country (a location).
  static bool national(const entry_ref& r) {
    return (r.kind() == entry_kind::country && (r.alias_flags & alias_flag::demonym) == 0) ||
           (r.kind() == entry_kind::admin1 && r.feature() == "Country");
  }

  static bool digits_word(const token& t) { return t.kind == token_kind::number || t.has(token_flag::has_digit); }

  // Results tables and fixtures: "Barcelona 2 Real Madrid 1", "Brighton 4 1 1 2 3 6 4", "Dumbarton v Brechin".
  bool team_cue(std::uint32_t a, std::uint32_t b, const sentence& sent) const {
    auto versus = [&](std::uint32_t k) {
      const auto w = s_.lower(k);
      return w.view() == "v" || w.view() == "vs" || w.view() == "vs.";
    };
    if (a > sent.first_token && versus(a - 1)) return true;
    if (b < sent.last_token && versus(b)) return true;
    if (b >= sent.last_token || !digits_word(s_.tok(b)) || s_.has(b, tok_mark::date)) return false;
    if (a > sent.first_token) {
      const auto p = s_.text(a - 1);
      if (p == "(" || p == "," || p == ";") return false;  // scorers: "( Zickler 26th , Helmer 37th )"
    }
    // A person in a results or averages line is still a person: a known name, or a given name first.
    if (b - a == 1 && s_.table.by_name_word(s_.lower(a).view()) >= 0) return false;
    if (b - a > 1 && (is_given_name(s_.lower(a).view()) || person_by_words(a, b) >= 0)) return false;
    return true;
  }

  // Scorers and scorecards: "Zickler 26th", "c Cork b Croft 46".
  bool scorer_cue(std::uint32_t a, std::uint32_t b, const sentence& sent) const {
    if (b < sent.last_token) {
      const auto t = s_.text(b);
      if (t.size() >= 3 && s_.tok(b).has(token_flag::has_digit)) {
        const auto suf = t.substr(t.size() - 2);
        if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") return true;
      }
    }
    if (a > sent.first_token) {
      const auto w = s_.text(a - 1);
      if (w == "b" || w == "c" || w == "st" || w == "lbw" || w == "c&b") return true;
    }
    return false;
  }

  void read_team(std::size_t lo, std::size_t hi, const name_cue& c) {
    const std::uint32_t first = segs_[lo].first, last = segs_[hi - 1].last;
    const seg& f = segs_[lo];
    // National sides are their countries (England, Scotland and Wales are GB "countries").
    if (hi - lo == 1 && f.ref && national(*f.ref)) return;
    if (hi - lo == 1 && (f.kind == seg_kind::function || f.kind == seg_kind::other)) return;
    add_org(first, last, hi - lo == 1 && f.kind == seg_kind::org ? f.ref : nullptr, c.country);
  }

  bool has_name_after(std::size_t k, std::size_t hi) const {
    for (const std::size_t first = k; k < hi; ++k) {
      const auto kind = segs_[k].kind;
      if (kind == seg_kind::word || kind == seg_kind::person) return true;
      // A given name that is a place ("President Chad Mitchell") is passed over when a
      // name follows right after it; a place further on ends the name.
      if (kind == seg_kind::place && k == first && k + 1 < hi &&
          (segs_[k + 1].kind == seg_kind::word || segs_[k + 1].kind == seg_kind::person))
        continue;
      if (kind == seg_kind::place || kind == seg_kind::org || kind == seg_kind::title) return false;
    }
    return false;
  }

  bool all_capitalised(std::uint32_t first, std::uint32_t last) const {
    for (std::uint32_t k = first; k < last; ++k)
      if (s_.is_word(k) && !s_.tok(k).has(token_flag::capitalized) && !is_name_particle(s_.lower(k).view()) &&
          s_.lower(k).view() != "of" && s_.lower(k).view() != "and")
        return false;
    return true;
  }

  bool plain_words(std::size_t lo, std::size_t hi) const {
    for (std::size_t k = lo; k < hi; ++k)
      if (segs_[k].kind != seg_kind::word && segs_[k].kind != seg_kind::particle && segs_[k].kind != seg_kind::person)
        return false;
    return true;
  }

  void read_name(std::size_t lo, std::size_t hi, const name_cue& c, bool forced_person) {
    if (lo >= hi) return;
    const std::uint32_t first = segs_[lo].first, last = segs_[hi - 1].last;
    const seg& f = segs_[lo];
    const bool single_seg = hi - lo == 1;
    const auto head = s_.lower(last - 1);
    const auto start = s_.lower(first);
    const bool org_words = is_org_head(head.view()) || (is_org_start(start.view()) && last - first > 1);
    int id = -1;
    if (single_seg && f.kind == seg_kind::person) {
      id = add_person(first, last, f.ref, c);
    } else if (single_seg && f.kind == seg_kind::org) {
      id = add_org(first, last, f.ref, c.country);
    } else if (single_seg && f.kind == seg_kind::place) {
      // A place (the geoparser's, or a state actor) unless a strong cue says person.
      if (!forced_person || (s_.has(first, tok_mark::location) && !c.strong)) return;
      id = add_person(first, last, nullptr, c);
    } else if (single_seg && f.kind == seg_kind::other && last - first > 1 && all_capitalised(first, last) &&
               f.ref && f.ref->kind() == entry_kind::role) {
      // A capitalised group-noun phrase is an institution's name: "Foreign Ministry", "Election Commission".
      id = add_org(org_first_ < first ? org_first_ : first, last, nullptr, c.country);
      if (s_.table.at(id).sector.empty()) s_.table.at(id).sector = std::string(f.ref->sector());
    } else if (single_seg && (f.kind == seg_kind::other || f.kind == seg_kind::function || f.kind == seg_kind::title)) {
      return;
    } else if (org_words && !(forced_person && !is_org_head(head.view()))) {
      id = add_org(org_first_ < first ? org_first_ : first, last, nullptr, c.country);
    } else if (forced_person) {
      id = add_person(first, last, nullptr, c);
    } else if (last - first == 1) {
      const token& t = s_.tok(first);
      if (t.has(token_flag::initial)) return;
      const bool sentence_initial = first == sent_first_;
      if (is_given_name(start.view()) || particle_compound_name(s_.text(first))) {
        id = add_person(first, last, nullptr, c);
      } else if (!sentence_initial && is_org_head(start.view()) && is_org_start(start.view())) {
        // An institution by its head word: "the Senate", "Congress", "the Commission".
        const int known = s_.table.by_alias(s_.text(first));
        if (known >= 0) {
          s_.table.mention(known, s_.span_of(first, last));
          s_.mark(first, last, tok_mark::used);
        } else {
          id = add_org(first, last, nullptr, c.country);
        }
      } else {
        deferred_.push_back(first);
        return;
      }
    } else {
      bool any_place = false, any_org = false;
      for (std::size_t k = lo; k < hi; ++k) {
        any_place |= segs_[k].kind == seg_kind::place;
        any_org |= segs_[k].kind == seg_kind::org;
      }
      const bool initial = s_.tok(first).has(token_flag::initial);
      if (!initial && !is_given_name(start.view()) && (any_place || any_org)) {
        id = add_org(first, last, nullptr, c.country);
      } else if (s_.tok(first).has(token_flag::all_caps) && s_.tok(last - 1).has(token_flag::all_caps)) {
        id = add_org(first, last, nullptr, c.country);
      } else if (!is_place_head(head.view()) && !is_place_opener(start.view())) {
        id = add_person(first, last, nullptr, c);
      }
    }
    if (id >= 0 && s_.table.at(id).kind == "organization") acronym_after(last, id);
  }

  // ---- later mentions -------------------------------------------------------
  void resolve_deferred() {
    for (std::uint32_t k : deferred_) {
      if (s_.has(k, tok_mark::used)) continue;
      const auto w = s_.lower(k);
      int id = s_.table.by_name_word(w.view());
      if (id >= 0) {
        s_.table.mention(id, s_.span_of(k, k + 1));
        s_.mark(k, k + 1, tok_mark::used);
        continue;
      }
      id = s_.table.by_alias(s_.text(k));
      if (id >= 0) {
        s_.table.mention(id, s_.span_of(k, k + 1));
        s_.mark(k, k + 1, tok_mark::used);
        continue;
      }
      const token& t = s_.tok(k);
      if (t.has(token_flag::all_caps) && t.size() >= 2 && t.size() <= 6) {
        add_org(k, k + 1, nullptr, {});
        continue;
      }
      // Line-ups and lists of surnames: "Given , Breen , Staunton , Irwin".
      if (in_name_list(k)) add_person(k, k + 1, nullptr, name_cue{});
    }
  }

  // Is the single name at `k` an item of a comma list whose neighbours are persons or
  // unknown single names?
  bool in_name_list(std::uint32_t k) const {
    auto item = [&](std::uint32_t i) {
      if (i >= s_.token_count() || !name_token(i) || s_.match(i) || s_.tok(i).has(token_flag::all_caps)) return false;
      const bool single_before = i == 0 || !name_token(i - 1);
      const bool single_after = i + 1 >= s_.token_count() || !name_token(i + 1);
      return single_before && single_after;
    };
    int neighbours = 0;
    if (k >= 2 && s_.text(k - 1) == "," && item(k - 2)) ++neighbours;
    if (k + 2 < s_.token_count() && s_.text(k + 1) == "," && item(k + 2)) ++neighbours;
    return neighbours == 2;
  }

  void read_caps_lines() {
    const std::uint32_t n = s_.token_count();
    for (std::uint32_t k = 0; k < n; ++k) {
      if (!s_.has(k, tok_mark::caps_line) || s_.has(k, tok_mark::used) || !s_.is_word(k)) continue;
      const phrase_match* m = s_.match(k);
      if (m && m->first_token == k) {
        const std::uint32_t len = m->last_token - m->first_token;
        if (const auto* p = s_.candidate(*m, entry_kind::person); p && (len > 1 || s_.table.by_name_word(s_.lower(k).view()) >= 0)) {
          add_person(k, m->last_token, p, name_cue{});
          k = m->last_token - 1;
          continue;
        }
        if (const auto* o = s_.candidate(*m, entry_kind::organization);
            o && !s_.has(k, tok_mark::location) && (len > 1 || s_.table.find("o:" + ascii_lower(o->name())) >= 0)) {
          add_org(k, m->last_token, o, {});
          k = m->last_token - 1;
          continue;
        }
      }
      const auto w = s_.lower(k);
      int id = s_.table.by_name_word(w.view());
      if (id >= 0 && s_.table.at(id).kind == "person") {
        std::uint32_t e = k + 1;
        while (e < n && s_.has(e, tok_mark::caps_line) && s_.table.by_name_word(s_.lower(e).view()) == id) ++e;
        s_.table.mention(id, s_.span_of(k, e));
        s_.mark(k, e, tok_mark::used);
        k = e - 1;
        continue;
      }
      if (caps_team(k, n)) continue;
      id = s_.table.by_alias(s_.text(k));
      if (id >= 0) {
        s_.table.mention(id, s_.span_of(k, k + 1));
        s_.mark(k, k + 1, tok_mark::used);
      }
    }
  }

  // Tables in capitals: "LOS ANGELES 72 61 .541 2", "TEXAS AT KANSAS CITY". Returns true and
  // advances nothing (tokens are marked used) when the run at `k` is a team.
  bool caps_team(std::uint32_t k, std::uint32_t n) {
    auto joiner = [&](std::uint32_t i) {
      const auto t = s_.text(i);
      return t == "AT" || t == "V" || t == "VS" || t == "VS.";
    };
    const phrase_match* km = s_.match(k);
    const bool multi_match = km && km->first_token == k && km->last_token > k + 1;  // "NEW YORK"
    if (joiner(k) || (is_capital_function_word(s_.lower(k).view()) && !multi_match)) return false;
    // A country opens a national side (a location), never a longer team name.
    if (const phrase_match* cm = s_.match(k); cm && cm->first_token == k && s_.candidate(*cm, entry_kind::country))
      return false;
    std::uint32_t e = k;
    while (e < n && s_.has(e, tok_mark::caps_line) && s_.is_word(e) && s_.tok(e).has(token_flag::all_caps) &&
           !joiner(e) && !s_.has(e, tok_mark::used) && !s_.tok(e).has(token_flag::has_digit) &&
           !(e > k && s_.tok(e).has(token_flag::newline_before)))
      ++e;
    if (e == k || e - k > 3) return false;
    const bool line_start = k == 0 || s_.tok(k).has(token_flag::newline_before);
    const bool number_after = e < n && digits_word(s_.tok(e)) && !s_.tok(e).has(token_flag::newline_before) &&
                              !s_.has(e, tok_mark::date);
    const bool fixture = (e < n && joiner(e)) || (k > 0 && joiner(k - 1));
    if (!(fixture || (line_start && number_after))) return false;
    const phrase_match* m = s_.match(k);
    if (m && m->first_token == k && m->last_token == e) {
      const entry_ref* c = s_.candidate(*m, entry_kind::country);
      if (!c) c = s_.candidate(*m, entry_kind::admin1);
      if (c && national(*c)) return false;
    }
    add_org(k, e, nullptr, {});
    return true;
  }
};

}  // namespace

void find_named_actors(actor_scan& scan) { name_reader(scan).run(); }

}  // namespace sitrep::detail
