// Context cues around toponym mentions: the words that say "this is a place"
// and the words that say which one.
#pragma once

#include "parse/geo_types.hpp"

namespace sitrep::detail {

/// Tags each mention in `doc` with its cues (geo_cue bits) and links:
///  - locative prepositions before it ("in", "near", "from");
///  - place nouns after or before it ("X province", "the town of X", "X district");
///  - a container after a comma ("Panjgur, Balochistan", "Parkland, Florida",
///    "Austin, Texas" and AP state abbreviations "Calif.", which become mentions);
///  - a possessing country ("Iran's Sistan-Baluchestan province");
///  - the dateline ("ISLAMABAD, PAKISTAN –", "LONDON (Reuters) -").
void tag_cues(geo_document& doc);

}  // namespace sitrep::detail
