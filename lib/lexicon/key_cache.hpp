// The matcher's per-thread cache of key lookups.
//
// Word frequencies are Zipfian, and so are the phrases the matcher tries: a
// two-way set-associative cache of what the layers said about a key answers
// most lookups from L2/L3 instead of the filter and the large slot table, and
// keeps a phrase's postings and a prefix's next-word signature so a hit never
// reads its slot.
// Entries are 32 bytes and identified by the key's 64-bit hash and length (a
// one-word key of up to 8 bytes has a hash of its own, normalize.hpp; longer ones
// rely on 64 bits not colliding). An entry's postings pointer is read only in the
// epoch that wrote it, while its lexicon, which owns the bundle, is alive.
//
// Each thread has its own cache, so there is nothing to share or lock; the
// engine stays immutable. A cache serves one lexicon at a time: switching owner
// starts a new epoch, and entries of older epochs read as empty, so engines never
// see each other's results and a switch costs nothing but cold entries.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <utility>

#include "lexicon/bundle_format.hpp"

namespace sitrep::detail {

namespace cached_flag {
inline constexpr std::uint8_t phrase = 1u << 0;      // the key is a phrase of `layer`: it has postings
inline constexpr std::uint8_t extendable = 1u << 1;  // some layer has longer phrases
inline constexpr std::uint8_t stopword = 1u << 2;    // is_phrase_stopword(key)
}  // namespace cached_flag

// 32 bytes, aligned: two to a cache line, so the one line a prefetch brings holds
// the whole entry (24-byte entries straddled two lines one time in four).
struct alignas(32) cached_key {
  std::uint64_t hash = 0;
  const posting_record* postings = nullptr;  // the phrase's postings (in `layer`'s bundle)
  std::uint32_t next_words = 0;              // extendable: the layers' next-word signatures (bundle_format.hpp)
  std::uint16_t postings_count = 0;
  std::uint8_t length = 0;  // key bytes; keys over 255 bytes are never cached (no bundle holds one)
  std::uint8_t layer = 0;
  std::uint8_t flags = 0;   // cached_flag bits
  std::uint8_t epoch = 0;   // valid only in its cache's current epoch
};
static_assert(sizeof(cached_key) == 32);

class key_cache {
 public:
  // 2 MiB: 32,768 sets of two entries, a set to a cache line. News vocabulary
  // outgrows small caches, and a direct-mapped one wastes much of what it has:
  // the benchmark corpus tries 35,000 distinct keys, and with one entry per index
  // 65,536 entries still missed 22,000 lookups a pass, nearly all on collisions.
  // Two ways in one line cost no extra memory traffic.
  static constexpr std::size_t kSets = 32768;

  /// The calling thread's cache, serving lexicon `owner` (a nonzero id).
  static key_cache& for_thread(std::uint64_t owner) {
    thread_local std::unique_ptr<key_cache> cache;  // on the heap: 2 MiB of static TLS would be rude
    if (!cache) cache = std::make_unique<key_cache>();
    if (cache->owner_ != owner) {
      cache->owner_ = owner;
      if (++cache->epoch_ == 0) {  // wrapped: clear once every 255 switches
        cache->sets_.fill(cache_set{});
        cache->epoch_ = 1;
      }
    }
    return *cache;
  }

  /// Starts loading the set a key maps to, ahead of find().
  void prefetch(std::uint64_t hash) const noexcept { __builtin_prefetch(&sets_[index(hash)]); }

  /// The entry holding this key's result, or null. A hit in the second way swaps
  /// the two, so the first way holds the set's most recently used key.
  const cached_key* find(std::uint64_t hash, std::size_t length) noexcept {
    cache_set& set = sets_[index(hash)];
    if (holds(set.way[0], hash, length)) return &set.way[0];
    if (!holds(set.way[1], hash, length)) return nullptr;
    std::swap(set.way[0], set.way[1]);
    return &set.way[0];
  }

  /// The entry to fill with a key's result after find() missed: the set's first
  /// way, its old key moved to the second (whose key, the least recently used of
  /// the two, is dropped). The caller writes every field, `epoch` included.
  cached_key& insert(std::uint64_t hash) noexcept {
    cache_set& set = sets_[index(hash)];
    set.way[1] = set.way[0];
    return set.way[0];
  }

  std::uint8_t epoch() const noexcept { return epoch_; }

 private:
  struct alignas(64) cache_set {
    cached_key way[2];
  };
  static_assert(sizeof(cache_set) == 64);

  bool holds(const cached_key& e, std::uint64_t hash, std::size_t length) const noexcept {
    return e.hash == hash && e.length == length && e.epoch == epoch_;
  }
  static std::size_t index(std::uint64_t hash) noexcept { return (hash ^ (hash >> 29)) & (kSets - 1); }

  std::uint64_t owner_ = 0;
  std::uint8_t epoch_ = 0;
  std::array<cache_set, kSets> sets_{};
};

}  // namespace sitrep::detail
