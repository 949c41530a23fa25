// The actor table: actors under construction, keyed for coreference (one record
// per real-world entity), with the indexes later mentions are resolved through
// (surnames, acronyms). finish() turns drafts into contract records with ids in
// order of first mention.
#pragma once

#include <absl/container/flat_hash_map.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/records.hpp"

namespace sitrep::detail {

struct actor_draft {
  std::string name;
  std::string kind;  // person, organization, state, group
  std::string country, sector, role;
  std::optional<std::int64_t> count;
  std::vector<span> mentions;
};

class actor_table {
 public:
  /// The actor stored under `key`, or -1.
  int find(std::string_view key) const;
  /// The actor under `key`; created from `proto` (without mentions) when missing.
  /// Empty fields of an existing actor are filled from `proto`.
  int upsert(std::string_view key, const actor_draft& proto);
  /// Adds a mention (ignored when the actor already has that span).
  void mention(int id, span s);
  actor_draft& at(int id) { return drafts_[static_cast<std::size_t>(id)]; }
  const actor_draft& at(int id) const { return drafts_[static_cast<std::size_t>(id)]; }
  std::size_t size() const { return drafts_.size(); }

  /// Name words of persons ("jilani" → that person); the most recent wins.
  void index_name_word(std::string_view lower_word, int id);
  int by_name_word(std::string_view lower_word) const;
  /// Acronyms and short names of organisations ("TTP", "EU").
  void index_alias(std::string_view alias, int id);
  int by_alias(std::string_view alias) const;

  /// Contract records, ids "a0"… in order of first mention; mentions sorted.
  std::vector<actor> finish();

 private:
  absl::flat_hash_map<std::string, int> by_key_;
  absl::flat_hash_map<std::string, int> name_words_;
  absl::flat_hash_map<std::string, int> aliases_;
  std::vector<actor_draft> drafts_;
};

}  // namespace sitrep::detail
