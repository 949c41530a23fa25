// Named features the gazetteer does not hold: streets ("Royal Street", "Collins
// Avenue"), waters and landforms ("Indian Ocean", "Lake Manassas") and sites
// ("Colchester Hospital", "Windsor Castle"). They are recognised by their
// feature word and reported as places; a site named after a town it stands in
// borrows that town's coordinates, and one said to be in a town ("the Bambino Gesu
// Hospital in Rome", "Oulton Park, Cheshire") takes that town's; streets, sites and
// settlements otherwise take those of the story's main town (addresses are local),
// or of its admin1 area when it names no town;
// waters have none. British road numbers ("the A417") in a story set in Britain are
// local features too.
#pragma once

#include <vector>

#include "parse/geo_types.hpp"

namespace sitrep::detail {

struct feature_name {
  std::uint32_t start = 0, end = 0;  // the whole name, feature word included
  int inner = -1;                    // a resolved toponym inside it ("Colchester"), or -1
  int container = -1;                // a resolved toponym it is said to be in ("… Hospital in Rome"), or -1
  bool borrow_coordinates = false;   // a site in the inner town, not a street that shares its name
  bool local = false;                // a street or site of the town the story is set in
  std::string_view country;          // alpha-3 the feature is known to lie in ("A417": GBR), or empty
};

/// Finds feature names over the tokens of `doc` (after resolve_toponyms) and drops
/// the toponym mentions they contain ("Washington" in "Washington Square").
std::vector<feature_name> find_feature_names(geo_document& doc);

}  // namespace sitrep::detail
