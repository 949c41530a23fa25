// One sense per discourse: a name read as an organisation once (a club in a
// results table, a firm after "insurer") is that organisation wherever else the
// article repeats it, unless a locative preposition makes it a place there
// ("beat Groningen on Sunday", but "in Groningen").
#pragma once

#include "parse/actor_scan.hpp"

namespace sitrep::detail {

/// Adds the other occurrences of organisation names as mentions; marks them used.
void spread_organisation_mentions(actor_scan& scan);

}  // namespace sitrep::detail
