// The matcher's per-thread cache of key lookups.
//
// Word frequencies are Zipfian, and so are the phrases the matcher tries: a
// direct-mapped cache of what the layers said about a key answers most lookups
// from L2/L3 instead of the filter and the large slot table, and keeps a phrase's
// postings range and a prefix's next-word signature so a hit never reads its slot. Entries are 24 bytes and
// identified by the key's 64-bit hash and length (a one-word key of up to 8 bytes
// has a hash of its own, normalize.hpp; longer ones rely on 64 bits not colliding).
//
// Each thread has its own cache, so there is nothing to share or lock; the
// engine stays immutable. A cache serves one lexicon at a time: switching owner
// starts a new epoch, and entries of older epochs read as empty, so engines never
// see each other's results and a switch costs nothing but cold entries.
#pragma once

#include <array>
#include <cstdint>
#include <memory>

namespace sitrep::detail {

namespace cached_flag {
inline constexpr std::uint8_t phrase = 1u << 0;      // the key is a phrase of `layer`: it has postings
inline constexpr std::uint8_t extendable = 1u << 1;  // some layer has longer phrases
inline constexpr std::uint8_t stopword = 1u << 2;    // is_phrase_stopword(key)
}  // namespace cached_flag

struct cached_key {
  std::uint64_t hash = 0;
  std::uint32_t postings_begin = 0;  // the phrase slot's postings in `layer`
  std::uint32_t next_words = 0;      // extendable: the layers' next-word signatures (bundle_format.hpp)
  std::uint16_t postings_count = 0;
  std::uint8_t length = 0;  // key bytes; keys over 255 bytes are never cached (no bundle holds one)
  std::uint8_t layer = 0;
  std::uint8_t flags = 0;   // cached_flag bits
  std::uint8_t epoch = 0;   // valid only in its cache's current epoch
};
static_assert(sizeof(cached_key) == 24);

class key_cache {
 public:
  // 3 MiB. News vocabulary outgrows small caches: on the benchmark corpus 16% of
  // first-word lookups missed at 8,192 entries and 4.6% at 65,536. Since the key
  // pass prefetches every candidate's entry, a miss costs more than an L3 hit:
  // tokenize+match ran 6% faster at this size than at 65,536 entries (alternating
  // runs), and 262,144 entries (6 MiB a thread) gained under 1% more.
  static constexpr std::size_t kEntries = 131072;

  /// The calling thread's cache, serving lexicon `owner` (a nonzero id).
  static key_cache& for_thread(std::uint64_t owner) {
    thread_local std::unique_ptr<key_cache> cache;  // on the heap: 3 MiB of static TLS would be rude
    if (!cache) cache = std::make_unique<key_cache>();
    if (cache->owner_ != owner) {
      cache->owner_ = owner;
      if (++cache->epoch_ == 0) {  // wrapped: clear once every 255 switches
        cache->entries_.fill(cached_key{});
        cache->epoch_ = 1;
      }
    }
    return *cache;
  }

  /// The entry a key maps to; `hit` says whether it holds that key's result.
  /// `prefetch` starts loading it ahead of use.
  void prefetch(std::uint64_t hash) const noexcept { __builtin_prefetch(&entries_[index(hash)]); }
  cached_key& entry(std::uint64_t hash) noexcept { return entries_[index(hash)]; }
  bool hit(const cached_key& e, std::uint64_t hash, std::size_t length) const noexcept {
    return e.hash == hash && e.length == length && e.epoch == epoch_;
  }
  std::uint8_t epoch() const noexcept { return epoch_; }

 private:
  static std::size_t index(std::uint64_t hash) noexcept { return (hash ^ (hash >> 29)) & (kEntries - 1); }

  std::uint64_t owner_ = 0;
  std::uint8_t epoch_ = 0;
  std::array<cached_key, kEntries> entries_{};
};

}  // namespace sitrep::detail
