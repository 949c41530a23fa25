// Context cues around a name chunk (see actor_cues.hpp).
#include "parse/actor_cues.hpp"

#include <string>

#include "parse/actor_words.hpp"

namespace sitrep::detail {
namespace {

// Nouns that relate a person to another and say nothing of the office held.
bool relational(std::string_view w) {
  return w == "counterpart" || w == "successor" || w == "predecessor" || w == "colleague" || w == "friend" ||
         w == "partner" || w == "husband" || w == "wife" || w == "son" || w == "daughter" || w == "brother" ||
         w == "sister" || w == "father" || w == "mother" || w == "widow" || w == "widower" || w == "uncle" ||
         w == "nephew" || w == "cousin" || w == "grandson" || w == "fellow" || w == "namesake" ||
         w == "compatriot" || w == "countryman" || w == "countrywoman" || w == "rival" || w == "opponent";
}

}  // namespace

// The country of a demonym or a possessive country ("Pakistan 's") ending just before token `end`,
// looking back at most `window` tokens.
std::string_view country_before(const actor_scan& s, std::uint32_t end, std::uint32_t floor, int window) {
  for (int n = 0; n < window && end > floor; ++n) {
    const std::uint32_t k = end - 1;
    if (s.is_possessive(k) && k > floor) {
      const phrase_match* m = s.match(k - 1);
      if (m) {
        if (const auto* c = s.candidate(*m, entry_kind::country)) return c->country();
      }
      return {};
    }
    const phrase_match* m = s.match(k);
    if (m) {
      if (const auto* c = s.candidate(*m, entry_kind::country, -1, true)) return c->country();
      end = m->first_token;
      continue;
    }
    if (!s.is_word(k)) return {};
    end = k;
  }
  return {};
}

// A title (dictionary person title or person noun) ending at token `end`: fills `c`.
bool title_ending_at(const actor_scan& s, std::uint32_t end, std::uint32_t floor, name_cue& c) {
  if (end <= floor) return false;
  const std::uint32_t k = end - 1;
  const phrase_match* m = s.match(k);
  if (m && m->last_token == end) {
    if (const auto* t = s.candidate(*m, entry_kind::role, static_cast<int>(role_subkind::person_title))) {
      c.person = true;
      c.role_from_title = true;
      c.role = std::string(t->role().empty() ? t->name() : t->role());
      c.sector = std::string(t->sector());
      c.country = std::string(country_before(s, m->first_token, floor, 4));
      // "Palestinian leader Yasser Arafat", "Iran's leader": a country's leader, with no
      // other word between ("opposition leader" is a title of its own), leads its state.
      if (c.sector.empty() && c.role == "leader" && !country_before(s, m->first_token, floor, 1).empty())
        c.sector = "GOV";
      return true;
    }
  }
  if (s.is_word(k) && !s.tok(k).has(token_flag::capitalized)) {
    const auto w = s.lower(k);
    if (is_person_noun(w.view())) {
      c.person = true;
      if (!relational(w.view())) c.role = std::string(w.view());
      c.country = std::string(country_before(s, k, floor, 4));
      return true;
    }
  }
  return false;
}

name_cue context_cues(const actor_scan& s, std::uint32_t a, std::uint32_t b, const sentence& sent) {
  name_cue c;
  // Organisation nouns: "insurer Prudential", "rivals Leicestershire", "Blackburn, the club".
  if (a > sent.first_token && s.is_word(a - 1) && !s.tok(a - 1).has(token_flag::capitalized) &&
      is_org_noun(s.lower(a - 1).view()))
    c.org = true;
  // "Blackburn, the club he led", "Dynamo Moscow, the Volgograd side".
  if (b + 2 < sent.last_token && s.text(b) == "," && s.lower(b + 1).view() == "the")
    for (std::uint32_t k = b + 2; k < b + 5 && k < sent.last_token && s.is_word(k); ++k)
      if (is_org_noun(s.lower(k).view()) && !s.tok(k).has(token_flag::capitalized)) {
        c.org = true;
        break;
      }
  // "Stephane Chapuisat ( Borussia Dortmund )": a club in brackets after a player.
  if (a >= sent.first_token + 2 && b < sent.last_token && s.text(a - 1) == "(" && s.text(b) == ")") {
    const int p = person_ending_at(s, a - 1);
    if (p >= 0) c.org = true;
  }
  // "the Baloch insurgency", "Tamil Tiger rebels": a modifier of a group noun is not an actor itself.
  if (b < sent.last_token && !s.tok(b).has(token_flag::capitalized)) {
    const phrase_match* m = s.match(b);
    if (m && m->first_token == b && s.candidate(*m, entry_kind::role, static_cast<int>(role_subkind::group_noun)))
      c.modifier = true;
  }
  // "Interfax news agency", "the Gazeta Wyborcza newspaper": a name before the kind of organisation it is.
  if (b < sent.last_token && s.is_word(b) && !s.tok(b).has(token_flag::capitalized)) {
    auto post = [](std::string_view w) {
      return w == "agency" || w == "newspaper" || w == "daily" || w == "weekly" || w == "magazine" ||
             w == "company" || w == "group" || w == "party" || w == "club" || w == "bank" || w == "airline" ||
             w == "carrier" || w == "firm" || w == "conglomerate" || w == "network" || w == "television" ||
             w == "radio" || w == "newsletter" || w == "tabloid" || w == "broadcaster";
    };
    const auto w = s.lower(b);
    if (post(w.view()) || (w.view() == "news" && b + 1 < sent.last_token && post(s.lower(b + 1).view())))
      c.org = true;
  }
  // "the Expos", "the Rugby Football Union": persons rarely take an article.
  if (a > sent.first_token && s.text(a - 1) == "the") c.org = true;
  // Before: "striker Alan Shearer", "chief spokesman Nikolaus van der Pas", "counterpart, Jalil Abbas Jilani".
  if (a > sent.first_token) {
    if (!title_ending_at(s, a, sent.first_token, c) && s.text(a - 1) == ",")
      title_ending_at(s, a - 1, sent.first_token, c);
  }
  // After: "Asim Munir, the army chief", "Pete Sampras ( U.S. )".
  if (b + 1 < sent.last_token) {
    const auto t = s.text(b);
    if (t == ",") {
      std::uint32_t k = b + 1;
      const auto det = s.lower(k);
      if (det.view() == "the" || det.view() == "a" || det.view() == "an" || det.view() == "his" ||
          det.view() == "her" || det.view() == "its")
        ++k;
      std::string country;
      for (int n = 0; n < 5 && k < sent.last_token; ++n) {
        const phrase_match* m = s.match(k);
        name_cue t2;
        if (m && s.candidate(*m, entry_kind::role, static_cast<int>(role_subkind::person_title))) {
          title_ending_at(s, m->last_token, sent.first_token, t2);
          if (t2.person) {
            if (t2.country.empty()) t2.country = country;
            if (c.role.empty()) c = t2;
            c.person = true;
          }
          break;
        }
        if (!m && s.is_word(k) && is_person_noun(s.lower(k).view()) && !s.tok(k).has(token_flag::capitalized)) {
          c.person = true;
          if (c.role.empty() && !relational(s.lower(k).view())) c.role = std::string(s.lower(k).view());
          if (c.country.empty()) c.country = country;
          break;
        }
        if (m) {
          if (const auto* d = s.candidate(*m, entry_kind::country)) country = std::string(d->country());
          k = m->last_token;
          continue;
        }
        if (!s.is_word(k) && !s.is_possessive(k)) break;
        ++k;
      }
    } else if ((t == "(") && b + 2 < sent.last_token && s.text(b + 2) == ")") {
      const phrase_match* m = s.match(b + 1);
      if (m) {
        if (const auto* d = s.candidate(*m, entry_kind::country)) {
          c.person = true;
          if (c.country.empty()) c.country = std::string(d->country());
        }
      }
    }
  }
  return c;
}

namespace {

// The person with a mention for which `at` holds, or -1.
template <class Edge>
int person_with_mention(const actor_scan& s, Edge at) {
  for (std::size_t i = 0; i < s.table.size(); ++i) {
    const auto& d = s.table.at(static_cast<int>(i));
    if (d.kind != "person") continue;
    for (const auto& m : d.mentions)
      if (at(m)) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

// The person whose mention ends at the token before `end`, or -1.
int person_ending_at(const actor_scan& s, std::uint32_t end) {
  if (end == 0 || !s.has(end - 1, tok_mark::used)) return -1;
  const std::uint32_t byte_end = s.tok(end - 1).end;
  return person_with_mention(s, [&](const span& m) { return m.end == byte_end; });
}

int person_starting_at(const actor_scan& s, std::uint32_t first) {
  if (first >= s.token_count() || !s.has(first, tok_mark::used)) return -1;
  const std::uint32_t byte_start = s.tok(first).start;
  return person_with_mention(s, [&](const span& m) { return m.start == byte_start; });
}

}  // namespace sitrep::detail
