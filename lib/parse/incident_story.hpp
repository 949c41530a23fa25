// lib/parse/incident_story.hpp — what the story as a whole tells an incident its
// own sentence leaves out: the town the story is set in, the day it is dated.
// Both run after confidences are set: a default is no evidence of its own.
//
// Thread-safety: reentrant; each call changes only `out`.
#pragma once

#include <vector>

#include "parse/parse_context.hpp"
#include "sitrep/records.hpp"

namespace sitrep::detail {

/// An unplaced assault happened in the town the story names most (else county, else state).
void locate_by_story_place(std::vector<incident>& out, const std::vector<location>& locations);
/// An undated incident carries the first day the story names in the week up to the
/// reference date, else the reference date; precision "vague"; none without one.
void date_by_article(std::vector<incident>& out, const parse_context& ctx);
/// Is day mention `d` on the reference date or within `days` before it? (Any day is,
/// with no reference date.) A story tells of its own days, not of a years-old arrest.
bool recent_day(const parse_context& ctx, const date_mention& d, int days);
/// "protesters demonstrated in Yekaterinburg", "locals staged a protest in Kakani": a group
/// the text gives no country takes part in an incident placed in a country, and is of it
/// (not diplomats, an embassy or peacekeepers, nor international bodies).
void place_groups_by_incident(const std::vector<incident>& out, std::vector<actor>& actors,
                              const std::vector<location>& locations);
/// "retired airline employees protested", "a mob of young men attacked": a group with no
/// title of its own that demonstrates is, in the story, protesters (rioters where the
/// incident is a riot): its role says so, as event datasets name such actors.
void role_groups_by_incident(const std::vector<incident>& out, std::vector<actor>& actors);
/// Does day mention `d` date a proceeding after the event ("denied bond during a court
/// appearance on Wednesday", "a vigil Sunday", "said at a news conference Thursday")
/// rather than the event?
bool dates_a_proceeding(const parse_context& ctx, const date_mention& d);
/// Does day mention `d` date a statement ("police said Tuesday", "announced on
/// Monday") rather than what it tells?
bool dates_a_statement(const parse_context& ctx, const date_mention& d);

}  // namespace sitrep::detail
