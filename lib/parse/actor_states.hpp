// States acting: a country or its capital that is the subject of an action
// ("Islamabad retaliated", "Pakistan has demanded", "India who supports") or the
// target of an accusation, threat or attack ("Iran accuses the U.S.") is a state
// actor. The same word as the place of events stays only a location.
#pragma once

#include "parse/actor_scan.hpp"

namespace sitrep::detail {

/// Adds one state actor per acting country (keyed by alpha-3), with every acting mention.
void find_state_actors(actor_scan& scan);

}  // namespace sitrep::detail
