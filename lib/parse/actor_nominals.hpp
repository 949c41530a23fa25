// Nominal coreference: "the Iranian minister", "the army chief" after a named
// person with that role (and country) become further mentions of that person.
#pragma once

#include "parse/actor_scan.hpp"

namespace sitrep::detail {

/// Joins definite title phrases to the most recent matching person; marks them used.
void find_nominal_mentions(actor_scan& scan);

}  // namespace sitrep::detail
