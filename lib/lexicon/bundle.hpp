// Building bundles from dictionary entries, and reading them in place.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/bundle_format.hpp"
#include "sitrep/result.hpp"

namespace sitrep::detail {

/// One dictionary entry in editable form, before compilation.
struct entry_source {
  entry_kind kind = entry_kind::place;
  std::uint8_t subkind = 0;
  std::string name, country, admin1, sector, role, feature, countries;
  std::string plover_type, plover_mode, cameo, acled_event_type, acled_sub_event_type;
  std::string patterns;  // triggers: "pre*post\tcode" lines (parse/verb_patterns.hpp)
  std::int32_t valid_from = INT32_MIN, valid_to = INT32_MAX;
  float lat = __builtin_nanf(""), lon = __builtin_nanf("");
  std::uint64_t population = 0;
  std::int64_t geonames_id = -1;
  struct alias {
    std::string text;
    std::uint16_t flags;  // alias_flag bits beyond the case flags (demonym)
  };
  std::vector<alias> aliases;  // every name it is matched by, the canonical name included
};

/// Compiles entries into bundle bytes (deterministic for the same input).
std::vector<unsigned char> compile_bundle(const std::vector<entry_source>& entries);

/// A read-only view of bundle bytes. Cheap to copy; the bytes must outlive it
/// (the engine keeps them alive through `storage`).
class bundle_view {
 public:
  /// Validates the header and section bounds; never reads out of bounds after that.
  static result<bundle_view> open(const unsigned char* data, std::size_t size, std::string_view origin);

  std::uint32_t entry_count() const noexcept { return header_->entry_count; }
  const entry_record& entry(std::uint32_t i) const noexcept { return entries_[i]; }
  /// A string field of an entry (never null; "" for none).
  std::string_view str(std::uint32_t offset) const noexcept;
  std::uint32_t max_phrase_words() const noexcept { return header_->max_phrase_words; }

  /// The slot for a key with this hash, or nullptr.
  const slot_record* find(std::uint64_t hash, std::string_view key) const noexcept;
  const posting_record* postings(const slot_record& s) const noexcept { return postings_ + s.postings_begin; }
  /// Batched lookups, in three stages a batch of keys apart, so their cache misses
  /// overlap instead of queueing: load the filter word of a key hash; then, if the
  /// filter admits the key (false otherwise), its home slot; then that slot's key
  /// string when the slot carries the hash. Each stage only starts loads: results
  /// never change, only how long find() waits.
  void prefetch_filter(std::uint64_t hash) const noexcept {
    __builtin_prefetch(filter_ + filter_word(header_->filter_words, hash));
  }
  bool prefetch_slot(std::uint64_t hash) const noexcept {
    if (!filter_may_contain(filter_, header_->filter_words, hash)) return false;
    __builtin_prefetch(slots_ + (static_cast<std::uint32_t>(hash) & (header_->slot_count - 1)));
    return true;
  }
  void prefetch_key(std::uint64_t hash) const noexcept {
    const slot_record& s = slots_[static_cast<std::uint32_t>(hash) & (header_->slot_count - 1)];
    if (s.hash == slot_hash(hash)) __builtin_prefetch(strings_ + s.key);
  }

  /// May a word with this key hash open a phrase that a lower-case surface names?
  /// (bundle_format.hpp; false means certainly not.)
  bool may_start_lowercase(std::uint64_t first_word_hash) const noexcept {
    return has_bit(lowercase_starts_, lowercase_start_bit(first_word_hash));
  }

  /// The lower-case start set's raw words (kLowercaseStartWords of them), for a
  /// lexicon to fold its layers' sets into one.
  const std::uint64_t* lowercase_start_words() const noexcept { return lowercase_starts_; }
  /// The digit start set's raw words (kLowercaseStartWords of them; bundle_format.hpp).
  const std::uint64_t* digit_start_words() const noexcept { return digit_starts_; }
  /// The first-word start set's raw words (kFirstWordStartWords of them; bundle_format.hpp).
  const std::uint64_t* first_word_start_words() const noexcept { return first_word_starts_; }
  /// The openings set's raw words (kOpeningWords of them; bundle_format.hpp).
  const std::uint64_t* opening_words() const noexcept { return openings_; }


  std::shared_ptr<const void> storage;  // keeps file-loaded bytes alive

 private:
  const bundle_header* header_ = nullptr;
  const entry_record* entries_ = nullptr;
  const slot_record* slots_ = nullptr;
  const posting_record* postings_ = nullptr;
  const char* strings_ = nullptr;
  const std::uint64_t* filter_ = nullptr;
  const std::uint64_t* lowercase_starts_ = nullptr;
  const std::uint64_t* digit_starts_ = nullptr;
  const std::uint64_t* first_word_starts_ = nullptr;
  const std::uint64_t* openings_ = nullptr;
};

/// Days since 1970-01-01 of a proleptic Gregorian date.
std::int32_t days_from_civil(int y, int m, int d) noexcept;

}  // namespace sitrep::detail
