// lib/parse/casualty_lexicon.cpp — see casualty_lexicon.hpp.
#include "casualty_lexicon.hpp"

#include <array>
#include <utility>

#include "word_shape_filter.hpp"

namespace sitrep::detail {

trigger_info casualty_trigger(std::string_view key) {
  struct row {
    std::string_view key;
    harm kind;
    trigger_form form;
  };
  static constexpr std::array<row, 43> k_rows = {{
      {"killed", harm::killed, trigger_form::either},
      {"kill", harm::killed, trigger_form::active},
      {"kills", harm::killed, trigger_form::active},
      {"killing", harm::killed, trigger_form::active},
      {"slain", harm::killed, trigger_form::passive},
      {"slew", harm::killed, trigger_form::active},
      {"massacred", harm::killed, trigger_form::either},
      {"executed", harm::killed, trigger_form::either},
      {"murdered", harm::killed, trigger_form::either},
      {"dead", harm::killed, trigger_form::passive},
      {"died", harm::killed, trigger_form::passive},
      {"dies", harm::killed, trigger_form::passive},
      {"death", harm::killed, trigger_form::passive},
      {"die", harm::killed, trigger_form::passive},
      {"perished", harm::killed, trigger_form::passive},
      {"deaths", harm::killed, trigger_form::passive},
      {"fatalities", harm::killed, trigger_form::passive},
      {"bodies", harm::killed, trigger_form::passive},
      {"corpses", harm::killed, trigger_form::passive},
      {"toll", harm::killed, trigger_form::toll},
      {"death-toll", harm::killed, trigger_form::toll},
      {"injured", harm::injured, trigger_form::either},
      {"injuring", harm::injured, trigger_form::active},
      {"injures", harm::injured, trigger_form::active},
      {"injure", harm::injured, trigger_form::active},
      {"wounded", harm::injured, trigger_form::either},
      {"wounding", harm::injured, trigger_form::active},
      {"wound", harm::injured, trigger_form::active},
      {"wounds", harm::injured, trigger_form::active},  // "Shooting Wounds 4 Boys"; the noun takes no count
      {"hurt", harm::injured, trigger_form::either},
      {"injuries", harm::injured, trigger_form::passive},
      {"casualties", harm::none, trigger_form::passive},
      {"fatality", harm::killed, trigger_form::passive},
      {"lives", harm::killed, trigger_form::passive},
      {"maimed", harm::injured, trigger_form::either},
      {"hospitalized", harm::injured, trigger_form::passive},  // "Four men were hospitalized after a shooting"
      {"hospitalised", harm::injured, trigger_form::passive},
      {"shot", harm::shot, trigger_form::either},
      {"gunned", harm::killed, trigger_form::passive},
      {"beheaded", harm::killed, trigger_form::either},
      {"lynched", harm::killed, trigger_form::either},
      {"assassinated", harm::killed, trigger_form::either},
      {"drowned", harm::killed, trigger_form::passive},
  }};
  static constexpr word_shape_filter k_shapes(k_rows, [](const row& r) { return r.key; });
  if (!k_shapes.may_contain(key)) return {};
  for (const row& r : k_rows)
    if (r.key == key) return trigger_info{r.kind, r.form};
  return {};
}

}  // namespace sitrep::detail
