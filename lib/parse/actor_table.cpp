#include "parse/actor_table.hpp"

#include <algorithm>
#include <numeric>

#include <absl/strings/string_view.h>
#include <fmt/format.h>

namespace sitrep::detail {
namespace {
absl::string_view av(std::string_view s) { return absl::string_view(s.data(), s.size()); }
}  // namespace

int actor_table::find(std::string_view key) const {
  const auto it = by_key_.find(av(key));
  return it == by_key_.end() ? -1 : it->second;
}

int actor_table::upsert(std::string_view key, const actor_draft& proto) {
  const auto [it, inserted] = by_key_.try_emplace(std::string(key), static_cast<int>(drafts_.size()));
  if (inserted) {
    actor_draft d = proto;
    d.mentions.clear();
    drafts_.push_back(std::move(d));
    return it->second;
  }
  actor_draft& d = drafts_[static_cast<std::size_t>(it->second)];
  if (d.country.empty()) d.country = proto.country;
  if (d.sector.empty()) d.sector = proto.sector;
  if (d.role.empty()) d.role = proto.role;
  if (!d.count) d.count = proto.count;
  return it->second;
}

void actor_table::mention(int id, span s) {
  auto& m = drafts_[static_cast<std::size_t>(id)].mentions;
  for (const auto& x : m)
    if (x == s) return;
  m.push_back(s);
}

void actor_table::index_name_word(std::string_view w, int id) { name_words_[std::string(w)] = id; }

int actor_table::by_name_word(std::string_view w) const {
  const auto it = name_words_.find(av(w));
  return it == name_words_.end() ? -1 : it->second;
}

void actor_table::index_alias(std::string_view a, int id) { aliases_.try_emplace(std::string(a), id); }

int actor_table::by_alias(std::string_view a) const {
  const auto it = aliases_.find(av(a));
  return it == aliases_.end() ? -1 : it->second;
}

std::vector<actor> actor_table::finish() {
  std::vector<int> order;
  order.reserve(drafts_.size());
  for (std::size_t i = 0; i < drafts_.size(); ++i) {
    auto& m = drafts_[i].mentions;
    if (m.empty()) continue;
    std::sort(m.begin(), m.end(), [](const span& a, const span& b) { return a.start < b.start; });
    order.push_back(static_cast<int>(i));
  }
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return drafts_[static_cast<std::size_t>(a)].mentions.front().start <
           drafts_[static_cast<std::size_t>(b)].mentions.front().start;
  });
  std::vector<actor> out;
  out.reserve(order.size());
  for (int i : order) {
    auto& d = drafts_[static_cast<std::size_t>(i)];
    actor a;
    a.id = fmt::format("a{}", out.size());  // not "a" + std::to_string: a false GCC 12 -Wrestrict
    a.name = std::move(d.name);
    a.kind = std::move(d.kind);
    a.country = std::move(d.country);
    a.sector = std::move(d.sector);
    a.role = std::move(d.role);
    a.count = d.count;
    a.mentions = std::move(d.mentions);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace sitrep::detail
