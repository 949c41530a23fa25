// The geoparser: toponyms recognised in the text and resolved to gazetteer entries.
#pragma once

#include <vector>

#include "parse/parse_context.hpp"

namespace sitrep::detail {

/// Every location the document names, each resolved to one gazetteer entry
/// (country, admin1, city/place or multi-country region) with all its mentions.
/// Ids are "l0", "l1", … in order of first mention.
std::vector<location> find_locations(const parse_context& ctx);

}  // namespace sitrep::detail
