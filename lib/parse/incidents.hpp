// Incidents: who did what to whom, where and when.
//
// Event triggers from the dictionary (PLOVER type and mode with CAMEO and ACLED
// equivalents) are read clause by clause: the actors before the trigger are its
// sources and those after it its targets (swapped for passives: "were killed by
// gunmen"); a nationality adjective on the trigger names the source ("an Iranian
// air strike"); the most specific place in the sentence is its location; the
// sentence's date, or the last day the story mentioned, is its date; casualty
// statements of the sentence give fatalities and injuries. A sentence that only
// refers back to earlier events ("The strikes killed 11 civilians") adds its
// casualties to them instead of opening a new incident.
#pragma once

#include <vector>

#include "parse/casualty.hpp"
#include "parse/parse_context.hpp"

namespace sitrep::detail {

/// The document's incidents, ids "i0", "i1", …. May add state actors that an
/// incident implies but no earlier stage reported (the "Iranian" of "an Iranian
/// air strike"), so `actors` is updated in place.
std::vector<incident> find_incidents(const parse_context& ctx, std::vector<actor>& actors,
                                     const std::vector<location>& locations,
                                     const std::vector<casualty_report>& casualties);

}  // namespace sitrep::detail
