// The actor parser: named persons and organisations first (they claim their
// tokens), then definite titles that refer back to them ("the Iranian minister"),
// then office-holders the story does not name ("Iran's foreign minister"), then
// nationals named by a plural nationality ("168 Liberians"), then states acting, then
// generic groups (whose "its" may refer to a state), all coreferred in one actor
// table; last, groups and local organisations without a country take the story's,
// and titled persons without one the country of the dictionary's persons of their surname.
#include "parse/actors.hpp"

#include "parse/actor_discourse.hpp"
#include "parse/actor_groups.hpp"
#include "parse/actor_names.hpp"
#include "parse/actor_nominals.hpp"
#include "parse/actor_offices.hpp"
#include "parse/actor_scan.hpp"
#include "parse/actor_states.hpp"
#include "parse/actor_words.hpp"
#include "text/ascii.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace sitrep::detail {

namespace {

// The country a story is set in: the one at least two thirds of its place mentions
// lie in; "" for a story that ranges over countries or names no place.
std::string setting_country(const std::vector<location>& locations) {
  std::vector<std::pair<std::string_view, std::size_t>> counts;
  std::size_t total = 0;
  for (const auto& l : locations) {
    if (l.country.empty()) continue;
    total += l.mentions.size();
    auto it = counts.begin();
    while (it != counts.end() && it->first != l.country) ++it;
    if (it == counts.end()) counts.emplace_back(l.country, l.mentions.size());
    else it->second += l.mentions.size();
  }
  for (const auto& [country, n] : counts)
    if (3 * n >= 2 * total) return std::string(country);
  return {};
}

// Groups that are by their nature from elsewhere: an embassy, diplomats, foreign or
// international workers, peacekeepers. The name is read word by word.
bool foreign_by_nature(std::string_view name) {
  bool foreign = false;
  std::string_view head;
  while (!name.empty()) {
    const std::size_t sp = name.find_first_of(" \n");
    const std::string_view word = name.substr(0, sp);
    const auto folded = fold_word(word);
    foreign = foreign || folded.view() == "foreign" || folded.view() == "international";
    head = word;
    name = sp == std::string_view::npos ? std::string_view{} : name.substr(sp + 1);
  }
  return foreign || actor_lex::is_foreign_group_head(fold_word(head).view());
}

// Groups and organisations the text gives no country ("residents", "workers",
// "military forces", a local party or union) belong to the country the story is set
// in, as event coders record them. Not organisations the dictionary knows without a
// country (al-Qaeda, the UN: their sector says so), nor persons (visitors are
// common), nor groups from elsewhere by nature (an embassy, diplomats).
void place_local_actors(actor_scan& scan, const std::vector<location>& locations) {
  const std::string setting = setting_country(locations);
  if (setting.empty()) return;
  for (std::size_t i = 0; i < scan.table.size(); ++i) {
    actor_draft& d = scan.table.at(static_cast<int>(i));
    if (!d.country.empty() || foreign_by_nature(d.name)) continue;
    if ((d.kind == "group" && d.sector != "IGO" && d.sector != "NGO") || (d.kind == "organization" && d.sector.empty()))
      d.country = setting;
  }
}

// "President Mugabe": a person the text names only by title and surname, and gives no
// country, is of the country of the dictionary's persons of that surname, when most of
// them are of one. A full name the dictionary lacks is someone else ("Senator Lloyd
// Bentsen" is no Danish Bentsen), and an untitled surname may be anyone's.
void place_titled_persons(actor_scan& scan) {
  if (!scan.ctx.dictionaries) return;
  for (std::size_t i = 0; i < scan.table.size(); ++i) {
    actor_draft& d = scan.table.at(static_cast<int>(i));
    if (d.kind != "person" || !d.country.empty() || d.role.empty()) continue;
    // An office of state: a club's "chairman Howard" or a "victim Brady" is no one the
    // dictionary of office holders knows.
    if (d.sector != "GOV" && d.sector != "MIL" && d.sector != "LEG") continue;
    if (d.name.size() < 3 || d.name.find(' ') != std::string::npos) continue;
    const std::string surname = ascii_lower(d.name);
    if (is_given_name(surname)) continue;  // "Prime Minister Felipe": a first name, not a surname
    d.country = std::string(scan.ctx.dictionaries->surname_country(surname));
  }
}

// "the Montenegro Assembly", "Anglo American Corp", "Kyiv Post": an organisation the
// dictionary does not know, or knows without a sector, works in the sector its name
// words tell, the head first ("Ministry of Foreign Affairs" reads back to "Ministry").
// A central bank is the state's ("Bank of Finland", "Reserve Bank of India").
void sector_by_name(actor_scan& scan) {
  for (std::size_t i = 0; i < scan.table.size(); ++i) {
    actor_draft& d = scan.table.at(static_cast<int>(i));
    if (d.kind != "organization" || !d.sector.empty()) continue;
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < d.name.size();) {
      const std::size_t sp = std::min(d.name.find_first_of(" \n", at), d.name.size());
      if (sp > at) words.emplace_back(std::string_view(d.name).substr(at, sp - at));
      at = sp + 1;
    }
    const auto lower = [&](std::size_t k) { return fold_word(words[k]); };
    bool central_bank = false;
    for (std::size_t k = 0; k < words.size(); ++k)
      central_bank |= lower(k).view() == "bank" &&
                      ((k > 0 && (lower(k - 1).view() == "central" || lower(k - 1).view() == "reserve")) ||
                       (k == 0 && words.size() == 3 && lower(1).view() == "of"));
    if (central_bank) {
      d.sector = "GOV";
      continue;
    }
    for (std::size_t k = words.size(); k-- > 0;)
      if (const std::string_view s = sector_of_org_word(lower(k).view()); !s.empty()) {
        d.sector = std::string(s);
        break;
      }
  }
}

}  // namespace

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
  place_local_actors(scan, locations);
  sector_by_name(scan);  // after: a local organisation without a sector takes the setting's country
  place_titled_persons(scan);
  return scan.table.finish();
}

}  // namespace sitrep::detail
