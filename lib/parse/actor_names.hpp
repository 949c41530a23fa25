// Named actors: persons and organisations from capitalised name chunks, the
// dictionary, titles before or after the name, apposition, nationality
// adjectives and acronyms defined in the text; then surname and acronym
// mentions, and names in all-capitals headlines, resolved against them.
#pragma once

#include "parse/actor_scan.hpp"

namespace sitrep::detail {

/// Finds persons and organisations; marks their tokens (and titles) used.
void find_named_actors(actor_scan& scan);

}  // namespace sitrep::detail
