// Toponym resolution: picking one gazetteer entry per mention, and deciding
// which weakly supported mentions are not places after all.
#pragma once

#include "parse/geo_types.hpp"

namespace sitrep::detail {

/// Sets `chosen` on every mention of `doc` (after tag_cues). Scores each candidate
/// by its prior (kind, population, feature code), its cues (place nouns, a
/// container after a comma, a possessing country, the dateline) and the document's
/// other places (countries and admin1 areas already named), reads every mention of
/// the same name the same way, then drops mentions that lack the evidence their
/// reading needs (a small town named by a bare capitalised word, an ordinary word,
/// a word inside a person's or organisation's name).
void resolve_toponyms(geo_document& doc);

}  // namespace sitrep::detail
