// Toponym recognition: which dictionary matches (and parts of hyphenated words)
// are place names, with the gazetteer entries each could be.
#pragma once

#include "parse/geo_types.hpp"

namespace sitrep::detail {

/// Fills `doc.mentions` and `doc.candidates` from the context's dictionary matches:
/// every phrase with a country, admin1, place or region candidate, demonym
/// readings dropped ("Iranian" is not a mention of Iran), plus place names that
/// open a hyphenated word ("London-based", "Iran-Pakistan"). Also sets each
/// candidate's prior and the surface flags (sentence-initial, inside a longer
/// capitalised name, ordinary English word).
void collect_toponyms(const parse_context& ctx, geo_document& doc);

/// The prior of one candidate: kind, population and feature code, and whether the
/// text used the entry's own name.
float candidate_prior(const entry_ref& ref, bool exact_name);

}  // namespace sitrep::detail
