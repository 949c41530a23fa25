// lib/parse/casualty_lexicon.hpp — the words that report deaths and injuries.
#pragma once

#include <string_view>

namespace sitrep::detail {

/// What a trigger says happened to its count. `shot` is hit by gunfire, killed or
/// not: the story may tell the dead apart elsewhere ("five people were shot … one
/// died"), and the survivors are the injured.
enum class harm { none, killed, injured, shot };

/// How a trigger word relates to its count.
enum class trigger_form {
  active,     ///< the count follows: "killed 11", "killing five", "wounding 30"
  passive,    ///< the count precedes: "nine … were killed", "11 dead", "two died", "30 wounded"
  either,     ///< both readings exist: "killed", "wounded", "injured"
  toll,       ///< "death toll", "toll" — the count follows after a verb ("rose to 40")
};

struct trigger_info {
  harm kind = harm::none;
  trigger_form form = trigger_form::passive;
};

/// Classifies a lower-case token key.
trigger_info casualty_trigger(std::string_view key);

}  // namespace sitrep::detail
