// Generic group actors from group nouns ("workers", "unidentified gunmen",
// "officials"), with the count ("nine Pakistani workers" → 9, "three of its
// service members" → 3) and the country of a nationality adjective, a possessive
// country ("Pakistan's officials") or a possessive pronoun's antecedent ("its").
#pragma once

#include "parse/actor_scan.hpp"

namespace sitrep::detail {

/// Adds one group actor per distinct (noun phrase, country); marks tokens used.
void find_group_actors(actor_scan& scan);

/// Nationals named by a plural nationality noun ("Palestinians protested", "168
/// Liberians", "three Americans were killed"): a group of that country's people
/// (CVL), not the state. Runs before the state reader; marks tokens used.
void find_national_groups(actor_scan& scan);

}  // namespace sitrep::detail
