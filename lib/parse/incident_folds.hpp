// lib/parse/incident_folds.hpp — incidents that are not events of their own: what a
// protest is for or against, what a demand or a threat names, how an act was done.
// Each fold removes such incidents and keeps the one they belong to.
//
// Thread-safety: reentrant; each call changes only `out`.
#pragma once

#include <vector>

#include "parse/parse_context.hpp"
#include "sitrep/records.hpp"

namespace sitrep::detail {

/// "Teachers protested, demanding unpaid salaries": a demand, endorsement or denunciation
/// after a protest in its sentence is what the protest is for; so is one before it that
/// describes the protesters ("a party demanding reforms staged a protest"), and an
/// occupation or blockade mounted "in protest" or "to protest".
void fold_protest_purposes(std::vector<incident>& out, const parse_context& ctx);
/// "demanded the resignation of", "threatened to deliver blows to", "jointly held a
/// protest": an act a demand or a threat names is its content; "jointly" says how.
void fold_demanded_and_joint_acts(std::vector<incident>& out, const parse_context& ctx);
/// "protesters took to the streets to condemn assassinations": a killing a protest is
/// about is its cause.
void fold_protest_causes(std::vector<incident>& out, const parse_context& ctx);

}  // namespace sitrep::detail
