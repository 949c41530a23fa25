// lib/parse/incident_clause.cpp — see incident_clause.hpp.
#include "parse/incident_clause.hpp"

#include <algorithm>

#include "parse/incident_words.hpp"

namespace sitrep::detail {

// A trigger preceded by a negation or a refusal does not report an event.
bool negated(const parse_context& ctx, std::uint32_t first_token, std::uint32_t sentence_first) {
  // "declined to resign": only right before "to" (prices decline without refusing anything)
  if (first_token >= sentence_first + 2 && lower_word(ctx.tokens[first_token - 1].view(ctx.text), "to") &&
      any_of_words(ctx.tokens[first_token - 2].view(ctx.text), {"declined", "declines", "declining", "decline"}))
    return true;
  return any_word_before(ctx, first_token, sentence_first, 4,
                         {"not", "never", "no", "refrained", "refused", "without", "n't"});
}

// A sports or market result told with a violent verb: a score right after the trigger
// ("was beaten 6-3", "won 2-1"), or a price that "shot up".
bool result_not_violence(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_end) {
  const auto& tk = ctx.tokens;
  const std::uint32_t e = m.last_token;
  if (e < sentence_end && lower_word(tk[e].view(ctx.text), "up") &&
      any_of_words(tk[e - 1].view(ctx.text), {"shot", "shoots"}))
    return true;
  for (std::uint32_t t = e; t + 2 < sentence_end && t < e + 3; ++t)
    if (tk[t].kind == token_kind::number && tk[t + 1].has(token_flag::dash) && tk[t + 2].kind == token_kind::number &&
        tk[t + 1].start == tk[t].end && tk[t + 2].start == tk[t + 1].end)
      return true;
  return false;
}

std::uint32_t aimed_fire(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_end) {
  const auto& tk = ctx.tokens;
  bool projectile = false;
  // "fired in the direction of Azerbaijani positions"
  const std::uint32_t e = m.last_token;
  if (e + 3 < sentence_end && lower_word(tk[e].view(ctx.text), "in") && lower_word(tk[e + 1].view(ctx.text), "the") &&
      lower_word(tk[e + 2].view(ctx.text), "direction") && lower_word(tk[e + 3].view(ctx.text), "of"))
    return e + 4;
  for (std::uint32_t t = m.last_token; t < sentence_end && t < m.last_token + 7; ++t) {
    const auto w = tk[t].view(ctx.text);
    if (tk[t].kind == token_kind::punctuation) return 0;
    if (any_of_words(w, {"at", "into", "toward", "towards", "upon"})) return projectile ? t + 1 : 0;
    projectile |= any_of_words(w, {"shot", "shots", "round", "rounds", "bullet", "bullets", "shell", "shells",
                                   "rocket", "rockets", "missile", "missiles", "mortar", "mortars", "bomb", "bombs",
                                   "grenade", "grenades", "gas", "canisters", "artillery", "salvo", "salvos",
                                   "volley", "volleys", "projectiles", "gun", "guns", "rifle", "rifles", "pistol",
                                   "handgun", "weapon", "weapons", "cannon", "torpedo", "torpedoes", "flares"});
  }
  return 0;
}

bool declined_to_speak(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_end) {
  const auto& tk = ctx.tokens;
  std::uint32_t t = m.last_token;
  // The phrase may end in "to" ("declined to") or the verb may stand alone ("refused").
  if (!lower_word(tk[t - 1].view(ctx.text), "to")) {
    if (t >= sentence_end || !lower_word(tk[t].view(ctx.text), "to")) return false;
    ++t;
  }
  if (t >= sentence_end) return false;
  const auto w = tk[t].view(ctx.text);
  return any_of_words(w, {"comment", "say", "elaborate", "discuss", "disclose", "confirm", "speculate", "reveal",
                          "identify", "be"}) ||
         (lower_word(w, "give") && t + 1 < sentence_end &&
          any_of_words(tk[t + 1].view(ctx.text), {"details", "further", "more", "his", "her", "their", "names"}));
}

bool meets_an_obligation(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_end) {
  const auto& tk = ctx.tokens;
  if (m.last_token != m.first_token + 1 || !any_of_words(tk[m.first_token].view(ctx.text), {"meet", "meets", "met"}))
    return false;
  const std::initializer_list<std::string_view> kCommitments = {
      "obligations", "obligation", "demands", "demand", "targets", "target", "requirements", "requirement", "costs",
      "cost", "needs", "need", "deadline", "deadlines", "payments", "payment", "commitments", "commitment",
      "criteria", "expectations", "standards", "goals", "goal", "conditions", "debts", "quota", "quotas", "bills"};
  // After it, past a determiner and an adjective or two: "meet its financial obligations".
  for (std::uint32_t t = m.last_token; t < sentence_end && t < m.last_token + 4; ++t) {
    const auto w = tk[t].view(ctx.text);
    if (any_of_words(w, kCommitments)) return true;
    if (tk[t].kind == token_kind::punctuation) break;
  }
  // Before a passive: "obligations … will be met".
  if (m.first_token >= 2 && any_of_words(tk[m.first_token - 1].view(ctx.text), {"be", "been", "being"}))
    for (std::uint32_t t = m.first_token - 1; t-- > 0 && t + 8 > m.first_token;)
      if (any_of_words(tk[t].view(ctx.text), kCommitments)) return true;
  return false;
}

// "Oil prices rallied", "a rally on Wall Street": a market's rally, not a protest.
bool market_rally(const parse_context& ctx, const phrase_match& m, const sentence& s) {
  return any_of_words(ctx.tokens[m.first_token].view(ctx.text), {"rally", "rallied", "rallies", "rallying"}) &&
         sentence_has_any(ctx, s,
                          {"prices", "price", "shares", "stocks", "stock", "market", "markets", "dollar", "index",
                           "futures", "bonds", "yen", "currency", "trading", "traders", "investors", "wall"});
}

bool displaced_arrival(const parse_context& ctx, const phrase_match& m, const sentence& s) {
  return any_of_words(ctx.tokens[m.first_token].view(ctx.text), {"arrived", "arrive", "arrives", "arriving"}) &&
         any_word_before(ctx, m.first_token, s.first_token, 8,
                         {"refugees", "refugee", "migrants", "asylum", "evacuees", "displaced"});
}

std::string_view person_captured(const parse_context& ctx, const phrase_match& m, const sentence& s) {
  if (m.last_token != m.first_token + 1 ||
      !any_of_words(ctx.tokens[m.first_token].view(ctx.text), {"captured", "capture", "captures", "capturing"}))
    return "";
  for (std::uint32_t t = m.last_token; t < s.last_token && t < m.last_token + 3; ++t)
    if (any_of_words(ctx.tokens[t].view(ctx.text),
                     {"man", "woman", "men", "women", "boy", "girl", "suspect", "suspects", "thief", "thieves", "him",
                      "her", "them", "person", "soldier", "soldiers", "fighter", "fighters", "militant", "militants",
                      "officer", "officers", "journalist", "journalists", "civilian", "civilians", "child",
                      "children", "driver", "drivers", "members", "leader", "commander"}))
      return any_word_before(ctx, m.first_token, s.first_token, 12,
                             {"police", "policemen", "officers", "troops", "soldiers", "army", "forces", "military",
                              "security", "authorities", "guards"})
                 ? "arrest"
                 : "abduct";
  return "";
}

// "Portugal will support", "Finland will give", "is ready to contribute": an act the
// source says it will do, not one done. PLOVER codes the promise of help as AGREE and
// the announcement of a coercive act ("would boycott", "is prepared to impose martial
// law") as THREATEN.
// `modal` admits the plain future ("will", "would"); without it only a stated intent
// counts ("vowed to fight", "is ready to").
bool announced(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_first, bool modal) {
  // Three words back, or six when a verb of giving stands between ("will give Tanzania
  // a grant": the trigger is what is given).
  std::uint32_t reach = 3;
  for (std::uint32_t t = m.first_token > sentence_first + 4 ? m.first_token - 4 : sentence_first; t < m.first_token; ++t)
    if (giving_verb(ctx.tokens[t].view(ctx.text))) reach = 6;
  const std::uint32_t from = m.first_token > sentence_first + reach ? m.first_token - reach : sentence_first;
  for (std::uint32_t t = from; t < m.first_token; ++t) {
    const auto w = ctx.tokens[t].view(ctx.text);
    if (modal && any_of_words(w, {"will", "would", "shall", "'ll"})) return true;
    if (t + 1 < m.first_token && lower_word(ctx.tokens[t + 1].view(ctx.text), "to") &&
        any_of_words(w, {"willing", "ready", "prepared", "plans", "planned", "plan", "intends", "intend", "vowed",
                         "vows", "sworn", "swore", "pledged", "pledges", "promised", "promises", "offered",
                         "offers", "decided", "agreed", "agrees"}))
      return true;
  }
  return false;
}

// "will withdraw ... unless", "would boycott the elections unless": an act made to
// depend on another's is held over them.
bool conditional_after(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_last) {
  for (std::uint32_t t = m.last_token; t < sentence_last; ++t)
    if (lower_word(ctx.tokens[t].view(ctx.text), "unless")) return true;
  return false;
}

// "lifted a night curfew", "eased the three-day blockade": a coercive measure lifted is
// a concession (a blockade or siege lifted, a withdrawal): a lifting verb within the six
// words before the measure ("shortened by one hour the nightly curfew").
bool lifted(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_first) {
  return any_word_before(ctx, m.first_token, sentence_first, 6,
                         {"lifted", "lift", "lifts", "lifting", "eased", "ease", "eases", "easing", "relaxed",
                          "relax", "shortened", "scrapped", "rescinded", "revoked", "cancelled", "canceled",
                          "removed"});
}

// "ended mediation efforts", "reduced food supplies", "would prohibit all aid": help,
// talks or ties ended or cut are a sanction of them.
bool cut_off(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_first) {
  return any_word_before(ctx, m.first_token, sentence_first, 3,
                         {"ended", "ending", "halted", "halting", "suspended", "suspending", "suspend", "cut",
                          "cuts", "cutting", "reduced", "reducing", "reduce", "prohibit", "prohibited",
                          "prohibiting", "froze", "freeze", "frozen", "severed", "sever", "severing"});
}

// A bare "strike" among workers, unions or wages is a labour strike, not an attack.
bool labour_strike(const parse_context& ctx, const phrase_match& m, const sentence& s) {
  return m.last_token == m.first_token + 1 &&
         any_of_words(ctx.tokens[m.first_token].view(ctx.text), {"strike", "strikes", "striking", "strikers"}) &&
         sentence_has_any(ctx, s,
                          {"workers", "worker", "union", "unions", "employees", "labour", "labor", "wage", "wages",
                           "pay", "teachers", "nurses", "doctors", "miners", "dockers", "truckers", "drivers",
                           "seamen", "staff", "pilots", "unionized", "walkout", "settles", "settled"});
}

// "were killed", "was struck", "has been attacked": the subject is the target.
bool passive(const parse_context& ctx, std::uint32_t first_token, std::uint32_t sentence_first) {
  return any_word_before(ctx, first_token, sentence_first, 3, {"was", "were", "been", "being", "be"});
}

// Index of the first "by" within a few tokens after the trigger (the agent of a passive).
int agent_by(const parse_context& ctx, std::uint32_t after, std::uint32_t sentence_end) {
  for (std::uint32_t t = after; t < std::min(after + 6, sentence_end); ++t)
    if (lower_word(ctx.tokens[t].view(ctx.text), "by")) return static_cast<int>(t);
  return -1;
}

// Does a name of `names` (sorted by start) hold match `m` strictly inside, neither
// opening nor ending with it? Names do not nest deeply: the few starting before `m`
// that could reach past it are found by a bounded look back.
bool strictly_inside_a_name(const std::vector<span>& names, const phrase_match& m) {
  auto it = std::lower_bound(names.begin(), names.end(), m.start,
                             [](const span& x, std::uint32_t at) { return x.start < at; });
  for (int look = 0; look < 8 && it != names.begin(); ++look) {
    --it;
    // Inside and shorter: the name's last word may be the trigger's ("the Asia-Pacific
    // Economic Cooperation forum"), its first too ("Strike Force Command").
    if (it->start <= m.start && m.end <= it->end && it->end - it->start > m.end - m.start) return true;
  }
  return false;
}

// Is token `t` on a headline written in title case or capitals ("Four People Shot At
// House Party In Queens", "SHULTZ LIKELY TO VISIT MOSCOW SOON")? Two thirds of the
// words of its line (within its sentence) capitalised.
bool on_title_case_line(const parse_context& ctx, const sentence& s, std::uint32_t t) {
  std::uint32_t first = t, last = t + 1;
  while (first > s.first_token && !ctx.tokens[first].has(token_flag::newline_before)) --first;
  while (last < s.last_token && !ctx.tokens[last].has(token_flag::newline_before)) ++last;
  std::uint32_t words = 0, capitalised = 0;
  for (std::uint32_t k = first; k < last; ++k) {
    const token& w = ctx.tokens[k];
    if (w.kind != token_kind::word) continue;
    ++words;
    capitalised += w.has(token_flag::capitalized) || w.has(token_flag::all_caps);
  }
  return words >= 4 && 3 * capitalised >= 2 * words;
}

}  // namespace sitrep::detail
