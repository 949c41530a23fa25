#include "parse/actor_states.hpp"

#include <string>

#include "lexicon/normalize.hpp"
#include "parse/incident_words.hpp"
#include "parse/number_words.hpp"

namespace sitrep::detail {
namespace {

bool preposition(std::string_view w) {
  return w == "in" || w == "at" || w == "to" || w == "from" || w == "into" || w == "near" || w == "on" ||
         w == "of" || w == "for" || w == "with" || w == "by" || w == "across" || w == "through" || w == "over";
}

// The state a match names: a country (not as an adjective) or a national capital.
const entry_ref* state_of(const actor_scan& s, const phrase_match& m) {
  if (const auto* c = s.candidate(m, entry_kind::country)) return c;
  for (const entry_ref* c = s.ctx.matches.begin_of(m); c != s.ctx.matches.end_of(m); ++c)
    if (c->kind() == entry_kind::place && c->feature() == "PPLC") return c;
  return nullptr;
}

bool trigger_at(const actor_scan& s, std::uint32_t k) {
  const phrase_match* m = s.match(k);
  return m && m->first_token == k && s.candidate(*m, entry_kind::trigger);
}

bool acts_after(const actor_scan& s, std::uint32_t e, std::uint32_t limit, bool opens = false);

// The name starting at token `b` (after a list comma) and what follows it: does
// the list it belongs to act? Another comma goes on listing; "and" ends the list.
bool state_listed_next(const actor_scan& s, std::uint32_t b, std::uint32_t limit) {
  const phrase_match* m = s.match(b);
  if (!m || m->first_token != b || !state_of(s, *m)) return false;
  const std::uint32_t end = m->last_token;
  if (end >= limit) return false;
  const auto next = s.lower(end);
  if (s.text(end) != "," && next.view() != "and") return false;
  return acts_after(s, end, limit);
}

// Does the mention ending before token `e` act as a subject? One opening its
// sentence (`opens`) also acts before any past-tense verb ("Israel today mounted").
bool acts_after(const actor_scan& s, std::uint32_t e, std::uint32_t limit, bool opens) {
  std::uint32_t k = e;
  if (k < limit && s.is_possessive(k)) return false;
  // "France, Germany and Italy condemned": a name listed before others acts when the
  // list does (the list must go on to a name; "Gaza, officials said" does not).
  if (k + 1 < limit && s.text(k) == "," && s.is_word(k + 1) && s.tok(k + 1).has(token_flag::capitalized) &&
      state_listed_next(s, k + 1, limit))
    return true;
  if (k < limit && s.text(k) == ",") return false;
  // "The United States on Thursday defended": the verb comes after the date.
  if (k + 1 < limit && s.lower(k).view() == "on" && s.has(k + 1, tok_mark::date)) ++k;
  if (k < limit && s.has(k, tok_mark::date)) {
    while (k < limit && s.has(k, tok_mark::date)) ++k;
    if (k < limit && s.text(k) == ",") return false;
  }
  if (k >= limit || !s.is_word(k)) return false;
  auto w = s.lower(k);
  // "Israel and Lebanon renewed talks", "Israel and the Palestinians agreed": a
  // country coordinated with a name acts when the pair does.
  if (w.view() == "and" && k + 1 < limit) {
    std::uint32_t b = k + 1;
    // "Israel and the militant Hamas group": after "the", an adjective or two.
    if (s.lower(b).view() == "the" && b + 1 < limit) {
      ++b;
      for (int adjectives = 0; adjectives < 2 && b + 1 < limit && s.is_word(b) &&
                               !s.tok(b).has(token_flag::capitalized) && !trigger_at(s, b);
           ++adjectives)
        ++b;
    }
    if (!s.is_word(b) || !s.tok(b).has(token_flag::capitalized)) return false;
    const phrase_match* m = s.match(b);
    std::uint32_t end = m && m->first_token == b ? m->last_token : b + 1;
    while (end < limit && s.is_word(end) && s.tok(end).has(token_flag::capitalized) && !s.match(end)) ++end;
    // A group noun may end the name ("the militant Hamas group").
    if (end < limit && s.is_word(end)) {
      const auto head = s.lower(end);
      if (head.view() == "group" || head.view() == "movement" || head.view() == "government") ++end;
    }
    // (A pair opening its sentence acts before a past-tense verb as one name does.)
    return end < limit && end > k && acts_after(s, end, limit, opens);
  }
  if (is_subject_cue(w.view()) || trigger_at(s, k)) return true;
  if (opens && w.len >= 5 && w.view().ends_with("ed") && !s.tok(k).has(token_flag::capitalized) &&
      !(k + 1 < limit && s.lower(k + 1).view() == "by"))
    return true;
  // "Islamabad to retaliate", "Pakistan quickly retaliated"
  if ((w.view() == "to" || (w.len > 3 && w.view().substr(w.len - 2) == "ly")) && k + 1 < limit)
    return trigger_at(s, k + 1) || is_subject_cue(s.lower(k + 1).view());
  return false;
}

// Is the mention starting at token `b` the object of an accusation, threat, sanction or attack?
bool acted_upon(const actor_scan& s, std::uint32_t b, std::uint32_t floor) {
  std::uint32_t k = b;
  if (k > floor && s.lower(k - 1).view() == "the") --k;
  if (k <= floor) return false;
  const phrase_match* m = s.match(k - 1);
  if (!m || m->last_token != k) return false;
  const entry_ref* t = s.candidate(*m, entry_kind::trigger);
  if (!t) return false;
  if (preposition(s.lower(k - 1).view())) return false;
  // "visited Russia", "gave the Ivory Coast aid": the country visited or given to is
  // the event's counterpart too. Troops sent somewhere go to a place.
  const std::string_view type = t->str(t->rec().plover_type);
  return type != "MOBILIZE";
}

// Words that read as adjectives before a name: hyphenated ("war-torn", "oil-rich") or
// with an adjective's ending ("neighbouring", "impoverished", "landlocked").
bool is_adjective_like(std::string_view w) {
  if (w.find('-') != std::string_view::npos) return true;
  return w.size() > 5 && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ful") || w.ends_with("ous") ||
                          w.ends_with("ian") || w.ends_with("ern"));
}

// "restore ties with Gondor", "held talks with Iran", "clashed with Pakistan": after
// "with", a country that an event of the clause before it is about is its counterpart,
// an actor, not the place of events.
bool counterpart_after_with(const actor_scan& s, std::uint32_t b, std::uint32_t e, std::uint32_t floor,
                            std::uint32_t limit) {
  if (b <= floor) return false;
  // An adjective or two may stand between: "aid to war-torn Mozambique", "talks with
  // neighbouring Iran".
  for (int adjectives = 0; adjectives < 2 && b > floor + 1 && s.is_word(b - 1) &&
                           !s.tok(b - 1).has(token_flag::capitalized) && is_adjective_like(s.lower(b - 1).view());
       ++adjectives)
    --b;
  // "sent arms to Pakistan", "aid for Romania", "apologized to Brazil": the country an
  // act of giving, agreeing or asking goes to is its recipient.
  const auto before = s.lower(b - 1);
  // "talks with Iraq, Syria and Turkey", "ties between Gondor and Osgiliath": a name
  // listed after a counterpart is one too.
  if ((before.view() == "and" || s.text(b - 1) == ",") && b >= floor + 2) {
    const phrase_match* listed = s.match(b - 2);
    return listed && listed->last_token == b - 1 && listed->first_token > floor && state_of(s, *listed) &&
           counterpart_after_with(s, listed->first_token, listed->last_token, floor, limit);
  }
  // "ties between Gondor and Osgiliath": both are parties. "sanctions against Iran":
  // the state an act is against is its target.
  const bool with = before.view() == "with" || before.view() == "between" || before.view() == "against";
  const bool to = before.view() == "to" || before.view() == "for";
  if (!with && !to) return false;
  // The country ends its noun phrase: not "with Iran flags", "with Iran's minister". A
  // function word, an adverb or punctuation may follow it.
  if (e < limit && s.is_possessive(e)) return false;
  if (e < limit && s.is_word(e) && !s.tok(e).has(token_flag::capitalized)) {
    const auto w = s.lower(e);
    const std::string_view v = w.view();
    const bool adverb = (v.size() > 4 && v.ends_with("ly")) || v == "almost" || v == "again" || v == "soon" ||
                        v == "today" || v == "yesterday" || v == "tomorrow" || v == "last" || v == "next" ||
                        v == "earlier" || v == "later" || v == "amid" || v == "despite" || v == "since";
    // "hand over to Great Britain two of its nationals": what is given may follow.
    const bool number = small_number_word(v).has_value();
    if (!adverb && !number && !is_phrase_stopword(v)) return false;
  }
  for (std::uint32_t k = b - 1; k-- > floor && k + 8 >= b;) {
    if (s.text(k) == "," || s.text(k) == ";") return false;
    if (!trigger_at(s, k)) continue;
    if (with) return true;
    const entry_ref* t = s.candidate(*s.match(k), entry_kind::trigger);
    const std::string_view type = t->str(t->rec().plover_type);
    return type == "AID" || type == "AGREE" || type == "SUPPORT" || type == "CONCEDE" || type == "REQUEST" ||
           type == "COOPERATE" || type == "CONSULT";
  }
  return false;
}

// "demanded that the United States match", "threatened to stop talks if the United
// States goes ahead", "unless Israel rescinds": the state a demand or a threat is
// made of, named as the subject of the clause it opens, is its counterpart.
bool subject_of_demand(const actor_scan& s, std::uint32_t b, std::uint32_t e, std::uint32_t floor,
                       std::uint32_t limit) {
  // The state itself, not "India's decision" or "the U.S. Food and Drug Administration".
  if (e < limit && (s.is_possessive(e) || (s.is_word(e) && s.tok(e).has(token_flag::capitalized)))) return false;
  if (b > floor + 1 && s.lower(b - 1).view() == "the") --b;
  if (b <= floor + 1) return false;
  const auto opener = s.lower(b - 1);
  const bool that = opener.view() == "that";
  if (!that && opener.view() != "if" && opener.view() != "unless") return false;
  // "demanded Friday that", "its demand today that": the act a few words before, in the
  // same clause; a condition may follow the act's own object ("to stop negotiations if").
  const std::uint32_t reach = that ? 3 : 6;
  for (std::uint32_t k = b - 1; k-- > floor && k + reach + 1 >= b;) {
    if (s.text(k) == "," || s.text(k) == ";") return false;
    if (!trigger_at(s, k)) continue;
    const entry_ref* t = s.candidate(*s.match(k), entry_kind::trigger);
    const std::string_view type = t->str(t->rec().plover_type);
    // Past the act's own object ("to stop negotiations if"), to the demand or threat.
    if (type == "REQUEST" || type == "THREATEN" || (that && (type == "ACCUSE" || type == "AGREE"))) return true;
  }
  return false;
}

}  // namespace

void find_state_actors(actor_scan& s) {
  // Canonical country names by alpha-3, from the document's own country mentions.
  auto country_name = [&](std::string_view alpha3, std::string_view fallback) -> std::string {
    for (const auto& m : s.ctx.matches.matches)
      for (const entry_ref* c = s.ctx.matches.begin_of(m); c != s.ctx.matches.end_of(m); ++c)
        if (c->kind() == entry_kind::country && c->country() == alpha3) return std::string(c->name());
    return std::string(fallback);
  };
  // A capital acting where the country itself is never named: the country entry of the capital's bundle
  // (countries are compiled first, so the scan ends early).
  auto bundle_country_name = [&](const entry_ref& capital) -> std::string {
    const bundle_view& b = *capital.bundle;
    for (std::uint32_t i = 0; i < b.entry_count(); ++i) {
      const entry_record& e = b.entry(i);
      if (e.kind == entry_kind::country && b.str(e.country) == capital.country()) return std::string(b.str(e.name));
    }
    return std::string(capital.name());
  };
  for (const auto& m : s.ctx.matches.matches) {
    if (m.first_token >= s.token_count() || s.has(m.first_token, tok_mark::used)) continue;
    const entry_ref* st = state_of(s, m);
    if (!st || st->country().empty()) continue;
    if (!s.tok(m.first_token).has(token_flag::capitalized) && !s.tok(m.first_token).has(token_flag::all_caps)) continue;
    const auto& sent = s.ctx.sentences[s.ctx.sentence_of_token(m.first_token)];
    // "arrived in Islamabad to meet": after a preposition the name is the place of events.
    const bool after_preposition = m.first_token > sent.first_token &&
                                   preposition(s.lower(m.first_token - 1).view());
    // "Ukraine and Russia exchanged": the second of a pair opening the sentence opens it too.
    const phrase_match* first = s.match(sent.first_token);
    const bool opens = m.first_token == sent.first_token ||
                       (m.first_token == sent.first_token + 1 && s.lower(sent.first_token).view() == "the") ||
                       (first && first->first_token == sent.first_token && first->last_token + 1 == m.first_token &&
                        s.lower(first->last_token).view() == "and" && state_of(s, *first));
    const bool acting = !after_preposition && acts_after(s, m.last_token, sent.last_token, opens);
    if (!acting && !acted_upon(s, m.first_token, sent.first_token) &&
        !counterpart_after_with(s, m.first_token, m.last_token, sent.first_token, sent.last_token) &&
        // "gave Tanzania a grant": a recipient is a party, not a place.
        !bare_recipient(s.ctx, m.first_token, m.last_token, sent.first_token, sent.last_token) &&
        !subject_of_demand(s, m.first_token, m.last_token, sent.first_token, sent.last_token))
      continue;
    actor_draft d;
    d.kind = "state";
    d.country = std::string(st->country());
    d.sector = "GOV";
    const std::string key = "s:" + d.country;
    if (s.table.find(key) < 0)
      d.name = st->kind() == entry_kind::country ? std::string(st->name()) : country_name(st->country(), {});
    if (s.table.find(key) < 0 && d.name.empty()) d.name = bundle_country_name(*st);
    const int id = s.table.upsert(key, d);
    s.table.mention(id, {m.start, m.end});
    s.mark(m.first_token, m.last_token, tok_mark::used);
  }
}

}  // namespace sitrep::detail
