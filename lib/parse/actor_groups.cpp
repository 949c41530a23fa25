#include "parse/actor_groups.hpp"

#include "parse/actor_words.hpp"

#include <algorithm>
#include <string>

namespace sitrep::detail {
namespace {

bool possessive_pronoun(std::string_view w) { return w == "its" || w == "their"; }

// The most recent state or organisation mentioned in the sentence before byte
// `before`: the antecedent of "its"/"their".
int antecedent(const actor_table& table, std::uint32_t sentence_start, std::uint32_t before) {
  int best = -1;
  std::uint32_t best_at = 0;
  for (std::size_t i = 0; i < table.size(); ++i) {
    const auto& d = table.at(static_cast<int>(i));
    if (d.kind != "state" && d.kind != "organization") continue;
    for (const auto& m : d.mentions)
      if (m.start >= sentence_start && m.end <= before && (best < 0 || m.start >= best_at)) {
        best = static_cast<int>(i);
        best_at = m.start;
      }
  }
  return best;
}

// The country of a place right after a group noun ending before token `e`: "in",
// "throughout", "across" or "from" and the place ("in the West Bank city of ...",
// "of southern Serbia"); "" otherwise.
std::string_view country_placed_after(const actor_scan& s, std::uint32_t e) {
  if (e + 1 >= s.token_count()) return {};
  const auto prep = s.lower(e);
  const std::string_view p = prep.view();
  if (p != "in" && p != "throughout" && p != "across" && p != "from" && p != "of") return {};
  std::uint32_t k = e + 1;
  const auto det = s.lower(k);
  if (det.view() == "the" || det.view() == "northern" || det.view() == "southern" || det.view() == "eastern" ||
      det.view() == "western" || det.view() == "central")
    ++k;
  if (k >= s.token_count() || !s.tok(k).has(token_flag::capitalized)) return {};
  // Not across sentences.
  if (s.ctx.sentence_of_token(k) != s.ctx.sentence_of_token(e)) return {};
  return s.location_country_at(k);
}

// A word between a count and its group that only describes the people counted
// ("67 elderly British nationals", "five more soldiers"). A closed list: an open
// one reads amounts as counts ("$9,995,000 U.S. Navy contract").
bool is_count_modifier(const actor_scan& s, std::uint32_t k) {
  static constexpr std::string_view kModifiers[] = {
      "more",   "other",   "elderly",  "young",   "unarmed", "innocent", "armed",   "wounded",
      "injured", "foreign", "local",   "suspected", "alleged", "unidentified", "unknown", "masked",
      "fellow", "senior",  "retired",  "former",  "striking", "missing", "dead",    "additional"};
  if (!s.is_word(k) || s.tok(k).has(token_flag::capitalized)) return false;
  const auto w = s.lower(k);
  return std::find(std::begin(kModifiers), std::end(kModifiers), w.view()) != std::end(kModifiers);
}

// Does a country's name end at token k ("the affected Ithilen villages" are its people)?
bool country_named_at(const actor_scan& s, std::uint32_t k) {
  const phrase_match* pm = s.match(k);
  return pm && pm->last_token == k + 1 && s.candidate(*pm, entry_kind::country);
}

bool security_topic(std::string_view w) {
  static constexpr std::string_view k_topics[] = {"border", "food", "energy", "national", "regional", "cyber",
                                                  "maritime", "job", "water", "health", "economic", "global",
                                                  "collective", "nuclear", "data", "supply", "financial", "social"};
  return std::find(std::begin(k_topics), std::end(k_topics), w) != std::end(k_topics);
}

bool settlement_noun(std::string_view w) {
  return w == "village" || w == "villages" || w == "community" || w == "communities" || w == "neighborhood" ||
         w == "neighbourhood" || w == "settlement";
}

// Is `noun` (a group noun's last word) used as an adjective, before `next`, a thing? Only
// the forms that read as adjectives ("official", "civilian") and things no one is.
bool attributive_before_thing(std::string_view noun, std::string_view next) {
  if (noun != "official" && noun != "civilian") return false;
  static constexpr std::string_view k_things[] = {
      "protest",  "protests",   "visit",      "visits",     "statement", "statements", "figures",  "data",
      "newspaper", "newspapers", "media",     "channels",   "sources",   "news",       "trip",     "residence",
      "results",  "toll",       "report",     "reports",    "document",  "documents",  "capacity", "ceremony",
      "website",  "buildings",  "building",   "homes",      "houses",    "infrastructure", "areas", "area",
      "targets",  "facilities", "objects",    "property",   "structures", "sites",     "vehicles", "vehicle",
      "cars",     "aircraft",   "airliner",   "plane",      "planes",    "flights",    "airport",  "neighborhoods",
      "neighbourhoods", "installations", "clothes", "clothing", "dress", "complaint", "request", "invitation",
      "language", "languages",  "agency",     "gazette",    "rate",      "rates",      "estimate", "estimates"};
  return std::find(std::begin(k_things), std::end(k_things), next) != std::end(k_things);
}

// The table key of a group: its name in lower case, its country and its count, so
// "nine Pakistani workers" and "Pakistani workers" stay two groups.
std::string group_key(const actor_draft& d) {
  std::string key = "g:";
  for (char c : d.name) key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  key += '|';
  key += d.country;
  if (d.count) {
    key += '|';
    key += std::to_string(*d.count);
  }
  return key;
}

}  // namespace

void find_group_actors(actor_scan& s) {
  const auto& ms = s.ctx.matches.matches;
  for (const auto& m : ms) {
    if (m.first_token >= s.token_count() || s.has(m.first_token, tok_mark::used)) continue;
    const entry_ref* noun = s.candidate(m, entry_kind::role, static_cast<int>(role_subkind::group_noun));
    if (!noun || noun->sector().empty()) continue;
    // Inside a capitalised name ("Kurdistan Workers Party") the noun is not a group of its own.
    const token& t0 = s.tok(m.first_token);
    if (t0.has(token_flag::all_caps) && !s.has(m.first_token, tok_mark::caps_line)) continue;
    // A capitalised noun is a group only where it opens a sentence and names armed or police
    // forces ("Police said", "Rebels attacked"); elsewhere it is part of a title or a heading.
    // (Any plural noun opening a sentence, "Delegates would not speculate", was tried: it
    // gave the sentence's nominal triggers a source, and "agreement", "payment" became
    // incidents.)
    // A phrase of several words opening its sentence in sentence case ("Human rights groups
    // condemned", "Opposition parties boycotted") is a group whatever its sector: no
    // heading or nominal event reads so.
    if (t0.has(token_flag::capitalized)) {
      const std::string_view sec = noun->sector();
      const bool armed = sec == "COP" || sec == "MIL" || sec == "REB" || sec == "UAF";
      bool sentence_case_phrase = m.last_token - m.first_token >= 2 &&
                                  m.first_token == s.ctx.sentences[s.ctx.sentence_of_token(m.first_token)].first_token;
      for (std::uint32_t k = m.first_token + 1; k < m.last_token && sentence_case_phrase; ++k)
        sentence_case_phrase = !s.tok(k).has(token_flag::capitalized);
      if (!armed && !sentence_case_phrase) continue;
    }
    // "the militant Hamas group", "the rebel M23 movement": a singular noun right before
    // a name already read as an actor describes that actor; it is no group of its own.
    if (m.last_token < s.token_count() && s.tok(m.last_token).has(token_flag::capitalized) &&
        s.has(m.last_token, tok_mark::used) && !s.lower(m.last_token - 1).view().ends_with("s"))
      continue;
    // "regime forces", "army troops": a noun modifying the group noun after it is part of
    // that group, whose head says what it is.
    if (const phrase_match* next = m.last_token < s.token_count() ? s.match(m.last_token) : nullptr;
        next && next->first_token == m.last_token && !s.tok(m.last_token).has(token_flag::capitalized)) {
      const entry_ref* head = s.candidate(*next, entry_kind::role, static_cast<int>(role_subkind::group_noun));
      if (head && !head->sector().empty()) continue;
    }
    const auto head = s.lower(m.last_token - 1);  // the group noun's last word
    // "in Budaguda village", "the Morro do Estado community", "Cidade Nova neighborhood": a
    // settlement noun after a name is part of a place's name, not its people.
    if (settlement_noun(head.view()) && m.first_token > 0 &&
        s.tok(m.first_token - 1).has(token_flag::capitalized) && s.tok(m.first_token - 1).kind == token_kind::word &&
        !s.tok(m.first_token).has(token_flag::capitalized) && s.demonym_at(m.first_token - 1).empty() &&
        !country_named_at(s, m.first_token - 1) &&
        m.first_token - 1 > s.ctx.sentences[s.ctx.sentence_of_token(m.first_token)].first_token)
      continue;
    // "to discuss border security", "food security": security as a matter, not the forces.
    if (head.view() == "security" && m.last_token >= 2 &&
        security_topic(s.lower(m.last_token - 2).view()))
      continue;
    // "an official protest", "civilian buildings", "the official newspaper": a noun used as an
    // adjective before a thing names no people.
    if (m.last_token < s.token_count() && attributive_before_thing(head.view(), s.lower(m.last_token).view()))
      continue;
    const std::uint32_t sent_first = s.ctx.sentences[s.ctx.sentence_of_token(m.first_token)].first_token;
    std::uint32_t first = m.first_token;  // start of the mention
    std::uint32_t noun_first = m.first_token;  // start of the noun phrase the mention reports
    if (first > sent_first && !s.has(first - 1, tok_mark::used)) {
      if (const phrase_match* mod = s.match(first - 1); mod && mod->last_token == first && mod->first_token >= sent_first &&
                                                        !s.tok(mod->first_token).has(token_flag::capitalized)) {
        const entry_ref* modifier = s.candidate(*mod, entry_kind::role, static_cast<int>(role_subkind::group_noun));
        if (modifier && !modifier->sector().empty()) first = noun_first = mod->first_token;
      }
    }
    std::string country;
    std::string owner;  // possessor's name for the canonical name ("U.S. service members")
    // Nationality adjective, possessive country or country name right before: "Pakistani
    // workers", "Pakistan's officials", "the Pakistan government".
    if (first > sent_first) {
      const std::string_view d = s.demonym_at(first - 1);
      if (!d.empty()) {
        country = std::string(d);
        --first;
      } else if (s.is_possessive(first - 1) && first - 1 > sent_first) {
        if (const phrase_match* pm = s.match(first - 2)) {
          if (const auto* c = s.candidate(*pm, entry_kind::country)) country = std::string(c->country());
        }
      } else if (const phrase_match* pm = s.match(first - 1);
                 pm && pm->last_token == first && pm->first_token >= sent_first && !s.has(first - 1, tok_mark::used)) {
        // "the Pakistan government", "U.S. officials": a country's name as the modifier.
        if (const auto* c = s.candidate(*pm, entry_kind::country)) {
          country = std::string(c->country());
          first = pm->first_token;
        }
      }
    }
    // "Hezbollah guerrillas", "Israeli army bulldozers": a group named after an
    // organisation with a country is of that country.
    if (country.empty() && first > sent_first && s.has(first - 1, tok_mark::used)) {
      const std::uint32_t owner_end = s.tok(first - 1).end;
      for (std::size_t k = 0; k < s.table.size() && country.empty(); ++k) {
        const auto& o = s.table.at(static_cast<int>(k));
        if (o.kind != "organization" || o.country.empty()) continue;
        for (const auto& om : o.mentions)
          if (om.end == owner_end) {
            country = o.country;
            break;
          }
      }
    }
    // "the Baloch insurgency": an unknown capitalised modifier is part of the group's name.
    if (country.empty() && first > sent_first && first == m.first_token && !s.has(first - 1, tok_mark::used) &&
        s.tok(first - 1).has(token_flag::capitalized) && !s.match(first - 1) &&
        !is_capital_function_word(s.lower(first - 1).view()) && first - 1 > sent_first)
      --first;
    // "Security forces in Guinea", "opposition groups in Zimbabwe", "students throughout
    // Indonesia": a group placed in a country belongs to it.
    // (Not an embassy or diplomats: where they are is not whose they are.)
    if (country.empty() && !actor_lex::is_foreign_group_head(s.lower(m.last_token - 1).view()))
      country = std::string(country_placed_after(s, m.last_token));
    // "nine Pakistani workers", "11 civilians", "three of its service members".
    std::optional<std::int64_t> count;
    std::uint32_t k = first;
    if (k > sent_first && s.has(k - 1, tok_mark::quantity_end)) {
      count = s.quantity_value[k - 1];
    } else if (k >= sent_first + 2 && s.has(k - 2, tok_mark::quantity_end) && is_count_modifier(s, k - 1)) {
      count = s.quantity_value[k - 2];  // "67 elderly British nationals", "three unarmed civilians"
    } else if (k >= sent_first + 3 && s.text(k - 2) == "of" && s.has(k - 3, tok_mark::quantity_end)) {
      const auto det = s.lower(k - 1);
      if (possessive_pronoun(det.view()) || det.view() == "the") {
        count = s.quantity_value[k - 3];
        if (possessive_pronoun(det.view()) && country.empty()) {
          const int a = antecedent(s.table, s.tok(sent_first).start, s.tok(k - 1).start);
          if (a >= 0) {
            country = s.table.at(a).country;
            if (!s.table.at(a).mentions.empty()) {
              const span& am = s.table.at(a).mentions.back();
              owner = std::string(s.ctx.text.substr(am.start, am.end - am.start));
            }
          }
        }
      }
    }
    if (k > sent_first && !count && possessive_pronoun(s.lower(k - 1).view()) && country.empty()) {
      const int a = antecedent(s.table, s.tok(sent_first).start, s.tok(k - 1).start);
      if (a >= 0) country = s.table.at(a).country;
    }
    actor_draft d;
    d.kind = "group";
    d.country = country;
    d.sector = std::string(noun->sector());
    d.count = count;
    const std::string_view written = s.slice(first, m.last_token);
    d.name = owner.empty() ? std::string(written) : owner + " " + std::string(s.slice(noun_first, m.last_token));
    const int id = s.table.upsert(group_key(d), d);
    // The mention is the noun itself: the adjective ("Pakistani") is a nationality, not the group.
    s.table.mention(id, s.span_of(noun_first, m.last_token));
    s.mark(first, m.last_token, tok_mark::used);
    // "Hungarian and Romanian officials": each nationality coordinated with the
    // adjective is a group of its own, mentioned by its adjective.
    if (!count && owner.empty() && first + 1 == noun_first && !country.empty()) {
      std::uint32_t k2 = first;
      while (k2 >= sent_first + 2 && (s.lower(k2 - 1).view() == "and" || s.text(k2 - 1) == ",") &&
             !s.has(k2 - 2, tok_mark::used)) {
        const std::string_view other = s.demonym_at(k2 - 2);
        if (other.empty()) break;
        actor_draft o;
        o.kind = "group";
        o.country = std::string(other);
        o.sector = d.sector;
        o.name = std::string(s.text(k2 - 2)) + " " + std::string(s.slice(noun_first, m.last_token));
        const int oid = s.table.upsert(group_key(o), o);
        s.table.mention(oid, s.span_of(k2 - 2, k2 - 1));
        s.mark(k2 - 2, k2 - 1, tok_mark::used);
        k2 -= 2;
      }
    }
  }
}

void find_national_groups(actor_scan& s) {
  for (const auto& m : s.ctx.matches.matches) {
    if (m.last_token != m.first_token + 1 || m.first_token >= s.token_count() || s.has(m.first_token, tok_mark::used))
      continue;
    const std::string_view country = s.demonym_at(m.first_token);
    if (country.empty()) continue;
    const token& t = s.tok(m.first_token);
    const std::string_view word = s.text(m.first_token);
    // A plural noun: "Iraqis", "Americans", "Palestinians"; not "Swiss" or "Chinese",
    // which are as often adjectives, and not a country name that ends in s.
    if (!t.has(token_flag::capitalized) || t.has(token_flag::all_caps) || word.size() < 5 || word.back() != 's' ||
        word.ends_with("ss") || s.candidate(m, entry_kind::country, -1, false))
      continue;
    // Before a group noun it is an adjective after all: "Americans officials" is rare,
    // but a name reading ("Americans for Prosperity") is the name reader's.
    if (m.last_token < s.token_count() && s.is_word(m.last_token) &&
        s.tok(m.last_token).has(token_flag::capitalized))
      continue;
    const std::uint32_t sent_first = s.ctx.sentences[s.ctx.sentence_of_token(m.first_token)].first_token;
    actor_draft d;
    d.kind = "group";
    d.country = std::string(country);
    d.sector = "CVL";
    d.name = std::string(word);
    const std::uint32_t k = m.first_token;
    if (k > sent_first && s.has(k - 1, tok_mark::quantity_end)) d.count = s.quantity_value[k - 1];
    const int id = s.table.upsert(group_key(d), d);
    s.table.mention(id, s.span_of(m.first_token, m.last_token));
    s.mark(m.first_token, m.last_token, tok_mark::used);
  }
}

}  // namespace sitrep::detail
