// Nationality adjectives used as places. "Iranian" is a nationality, and the
// actor parser reads "Iranian forces" as an actor; but "the Syrian capital",
// "the Turkish border" and "European countries" name the land itself.
#pragma once

#include "parse/geo_types.hpp"

namespace sitrep::detail {

/// Adds a mention for each nationality or continental adjective ("Syrian",
/// "Syrian-Turkish", "European", "Latin American") directly before a noun of land
/// or territory (geo::is_territorial_noun), possibly through other such adjectives
/// ("the Syrian Kurdish enclave"). Its one candidate is the country of the demonym
/// or the region of the adjective; the mention spans the adjective and carries
/// geo_cue::demonym_place. Call after collect_toponyms; keeps mentions in text order
/// and never adds one over an existing mention.
void add_demonym_places(geo_document& doc);

}  // namespace sitrep::detail
