// lib/parse/incident_codebook.hpp — ACLED's event type for an incident where the
// trigger leaves it open or the story contradicts it: riots among protests, battles
// among attacks, property destruction as a strategic development.
//
// Thread-safety: reentrant; each call changes only the incident it is given.
#pragma once

#include <vector>

#include "parse/parse_context.hpp"
#include "sitrep/records.hpp"

namespace sitrep::detail {

/// An assault's type from who hits and who is hit (mob violence, armed clash, attack),
/// and from what it hits: a checkpoint, a base or positions are armed men's.
void acled_type_from_actors(incident& x, const parse_context& ctx, const std::vector<actor>& actors);
/// An assault made with explosives, heavy weapons or from the air ("attacked the police
/// station with heavy weapons", "Houthi drones targeted workers") is, in ACLED's terms,
/// explosions/remote violence whoever it hits; its PLOVER mode and CAMEO code follow.
void acled_weapon(incident& x, const parse_context& ctx);
/// Remote fire told together with fighting at close range in one sentence ("attacked
/// Turkish soldiers, in conjunction with airstrikes", "threw a hand grenade towards the
/// forces, followed by gunfire", "shelled and then clashed with Houthi forces") is, in
/// ACLED's terms, an armed clash: the battle is the event, the shelling its part.
void acled_clash_with_remote_fire(incident& x, const parse_context& ctx);
/// Territory taken or regained with no fighting told ("took over Kaheku village, but no
/// clashes were reported", "regained control over Mykolaivka. No information on whether
/// fighting took place.") is a non-violent transfer of territory, a strategic development.
void acled_nonviolent_transfer(incident& x, const parse_context& ctx);
/// A demonstration turned violent, in its sentence or the next, is a riot.
void acled_violent_protest(incident& x, const parse_context& ctx);
/// A peaceful protest someone tried to break up ("police dispersed the rally", "protesters
/// were beaten"), and force against protesters that hurt no one: ACLED's protest with
/// intervention.
void acled_protest_intervention(incident& x, const parse_context& ctx);
/// A blockade a state or its forces impose ("Israel reimposed blockades in the West Bank")
/// restricts movement (COERCE, mode restrict, CAMEO 191), not a protesters' obstruction.
void blockade_by_state(incident& x, const parse_context& ctx, const std::vector<actor>& actors);
/// Property burned, demolished or razed with no one hurt is coercion (PLOVER COERCE,
/// mode destroy, CAMEO 1712) and, in ACLED, a strategic development.
void acled_property_destruction(incident& x, const parse_context& ctx, const std::vector<actor>& actors);

}  // namespace sitrep::detail
