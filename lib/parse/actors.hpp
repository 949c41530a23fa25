// Actors: persons, organisations, states and generic groups, with coreference.
#pragma once

#include <vector>

#include "parse/parse_context.hpp"

namespace sitrep::detail {

/// Every actor the document names, with kind, country, sector, role, count and
/// all mentions (coreferent ones joined). Ids are "a0", "a1", … in order of first
/// mention. `locations` are the geoparser's output (places are not actors, but
/// a capital or country acting as a subject is a state actor).
std::vector<actor> find_actors(const parse_context& ctx, const std::vector<location>& locations);

}  // namespace sitrep::detail
