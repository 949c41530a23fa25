// lib/parse/masthead.hpp — the outlet's name a headline line carries after its title:
// "Teen shot outside Charlotte night club - wave3.com-Louisville News, Weather & Sports",
// "Five teens shot after tournament - WALB.com, South Georgia News, Weather, Sports".
// Places named there are the outlet's home, not where the story happened.
//
// Thread-safety: reentrant; touches only its arguments.
#pragma once

#include <span>
#include <string_view>

#include "sitrep/records.hpp"
#include "sitrep/token.hpp"

namespace sitrep::detail {

/// The byte span of the document's first line from the separator (" - ", " | ", " « ")
/// that opens its masthead to the line's end; {0, 0} when the line has none. A masthead
/// holds a web address ("WALB.com") or a word of a news outlet's name ("News", "TV",
/// "Radio") after the separator.
span masthead_of(std::string_view text, std::span<const token> tokens);

}  // namespace sitrep::detail
