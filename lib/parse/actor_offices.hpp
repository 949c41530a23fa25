// Office-holders the story does not name: "Iran's foreign minister", "the Iranian
// president", "Pakistan's army chief". A title with a country and no name after it
// is a person actor of its own (role, country, sector from the title); repeated
// mentions of the same office of the same country are one actor.
#pragma once

#include "parse/actor_scan.hpp"

namespace sitrep::detail {

/// Adds one person actor per (country, office) named without a person; marks its tokens used.
void find_office_holders(actor_scan& scan);

}  // namespace sitrep::detail
