// Context cues around a capitalised name chunk, read before it is typed: a title
// or person noun before it ("Foreign Minister …", "striker …"), apposition after
// it ("…, the army chief"), organisation nouns ("insurer …", "… news agency"),
// a country in brackets in results tables ("… ( U.S. )").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "parse/actor_scan.hpp"

namespace sitrep::detail {

/// What the words around a name say about it.
struct name_cue {
  bool person = false;
  bool org = false;
  bool modifier = false;         // an adjective-like name before a group noun
  bool strong = false;           // the cue outweighs a place of the same spelling ("c Croft b Cork")
  bool role_from_title = false;  // the role came from a dictionary title, not a noun like "striker"
  std::string role, sector, country;
};

/// The country of a demonym or a possessive country ("Pakistan 's") ending just
/// before token `end`, looking back at most `window` tokens, not before `floor`.
std::string_view country_before(const actor_scan& s, std::uint32_t end, std::uint32_t floor, int window);

/// A title (dictionary person title or person noun) ending at token `end`: fills `c`.
bool title_ending_at(const actor_scan& s, std::uint32_t end, std::uint32_t floor, name_cue& c);

/// The cues around the chunk [a, b) of sentence `sent`.
name_cue context_cues(const actor_scan& s, std::uint32_t a, std::uint32_t b, const sentence& sent);

/// The person whose mention ends at the token before `end`, or -1.
int person_ending_at(const actor_scan& s, std::uint32_t end);
/// The person whose mention starts at token `first`, or -1.
int person_starting_at(const actor_scan& s, std::uint32_t first);

}  // namespace sitrep::detail
