// lib/parse/incident_clause.hpp — how a trigger reads in its clause: denied,
// passive, announced rather than done, lifted rather than imposed, a market's rally
// or a score rather than violence, a labour strike rather than an attack, a word
// inside a name rather than a trigger.
//
// Thread-safety: pure functions of their arguments.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "parse/parse_context.hpp"

namespace sitrep::detail {

/// A negation or refusal among the four words before the trigger ("not", "refused").
bool negated(const parse_context& ctx, std::uint32_t first_token, std::uint32_t sentence_first);
/// A score right after a violent verb ("beaten 6-3"), or a price that "shot up".
bool result_not_violence(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_end);
/// A bare "fired" ("fires", "firing") that aims something at a target: a projectile
/// named before "at", "into", "toward(s)" or "upon" ("fired four shell bombs at
/// targets", "fired his pistol into the crowd"), or fire "in the direction of" someone.
/// Returns the token after that
/// preposition, where the target is told; 0 without one (a dismissal, a fire: "was
/// fired from his job", "forest fires").
std::uint32_t aimed_fire(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_end);
/// "refused to comment", "declined to be named", "declined to say how many": a
/// refusal to speak or be named, which rejects nothing the story is about.
bool declined_to_speak(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_end);
/// "meet its obligations", "met the target", "obligations will be met": meeting a
/// commitment, a target or a cost, not meeting someone.
bool meets_an_obligation(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_end);
/// A rally among prices, shares or markets.
bool market_rally(const parse_context& ctx, const phrase_match& m, const sentence& s);
/// "about 2,500 refugees from Ukraine arrived in Slovakia": displaced people arriving,
/// told by an arrival trigger with refugees, migrants or evacuees among the eight words
/// before it.
bool displaced_arrival(const parse_context& ctx, const phrase_match& m, const sentence& s);
/// "residents captured a man", "police captured two suspects": a capture trigger with a
/// person among the three words after it. "arrest" where police, troops or authorities
/// come before it in the sentence, "abduct" otherwise; "" for a capture of anything else.
std::string_view person_captured(const parse_context& ctx, const phrase_match& m, const sentence& s);
/// An act said to come ("will support", "is ready to contribute"); without `modal`
/// only a stated intent counts ("vowed to fight").
bool announced(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_first, bool modal = true);
/// "unless" after the trigger: the act is held over another's.
bool conditional_after(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_last);
/// A lifting verb among the six words before a measure ("shortened by one hour the nightly curfew").
bool lifted(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_first);
/// An ending or cutting verb among the three words before the trigger ("ended mediation").
bool cut_off(const parse_context& ctx, const phrase_match& m, std::uint32_t sentence_first);
/// A bare "strike" among workers, unions or wages.
bool labour_strike(const parse_context& ctx, const phrase_match& m, const sentence& s);
/// "were killed", "has been attacked": the subject is the target.
bool passive(const parse_context& ctx, std::uint32_t first_token, std::uint32_t sentence_first);
/// The first "by" within six tokens after the trigger (a passive's agent), else -1.
int agent_by(const parse_context& ctx, std::uint32_t after, std::uint32_t sentence_end);
/// Does a name of `names` (sorted by start) hold the trigger as a part, not the whole
/// ("the Workers' Solidarity Union", "the Warsaw Pact", "Asia-Pacific Economic Cooperation")?
bool strictly_inside_a_name(const std::vector<span>& names, const phrase_match& m);
/// Is token `t` on a headline line in title case or capitals (two thirds of its
/// words capitalised)? Its names are not to be trusted to hold no verbs.
bool on_title_case_line(const parse_context& ctx, const sentence& s, std::uint32_t t);

}  // namespace sitrep::detail
