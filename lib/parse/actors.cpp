// The actor parser: named persons and organisations first (they claim their
// tokens), then definite titles that refer back to them ("the Iranian minister"),
// then office-holders the story does not name ("Iran's foreign minister"), then
// states acting, then generic groups (whose "its" may refer to a state), all
// coreferred in one actor table.
#include "parse/actors.hpp"

#include "parse/actor_discourse.hpp"
#include "parse/actor_groups.hpp"
#include "parse/actor_names.hpp"
#include "parse/actor_nominals.hpp"
#include "parse/actor_offices.hpp"
#include "parse/actor_scan.hpp"
#include "parse/actor_states.hpp"

namespace sitrep::detail {

std::vector<actor> find_actors(const parse_context& ctx, const std::vector<location>& locations) {
  if (ctx.tokens.empty()) return {};
  actor_scan scan(ctx, locations);
  find_named_actors(scan);
  spread_organisation_mentions(scan);
  find_nominal_mentions(scan);
  find_office_holders(scan);
  find_national_groups(scan);
  find_state_actors(scan);
  find_group_actors(scan);
  return scan.table.finish();
}

}  // namespace sitrep::detail
