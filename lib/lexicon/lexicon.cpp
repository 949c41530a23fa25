#include "lexicon/lexicon.hpp"

#include <array>
#include <atomic>

#include "lexicon/normalize.hpp"

namespace sitrep::detail {
namespace {

bool can_start(const token& t) {
  return t.kind == token_kind::word || t.kind == token_kind::number;
}

}  // namespace

lexicon::lexicon(std::vector<std::shared_ptr<const bundle_view>> layers) : layers_(std::move(layers)) {
  static std::atomic<std::uint64_t> next_id{1};
  id_ = next_id.fetch_add(1, std::memory_order_relaxed);
}

lexicon::key_result lexicon::look(std::uint64_t hash, std::string_view key) const noexcept {
  key_result r;
  for (std::size_t l = 0; l < layers_.size(); ++l) {
    const slot_record* slot = layers_[l]->find(hash, key);
    if (!slot) continue;
    if ((slot->flags & kSlotPhrase) && !r.phrase) {
      r.phrase = slot;  // earlier layers win for the same phrase
      r.layer = static_cast<std::uint32_t>(l);
    }
    r.extendable |= (slot->flags & kSlotPrefix) != 0;
  }
  return r;
}

lexicon::key_result lexicon::look_cached(std::uint64_t hash, std::string_view key) const noexcept {
  // Word frequencies are Zipfian: a small per-thread cache of single-word
  // lookups answers most tokens from L1/L2 instead of the large slot table.
  // Entries are identified by the 64-bit key hash and the key length, and
  // tagged with the lexicon's id, so engines never see each other's results.
  struct entry {
    std::uint64_t hash;
    std::uint64_t owner;
    std::uint32_t length;
    key_result result;
  };
  thread_local std::array<entry, 2048> cache{};
  entry& e = cache[(hash ^ (hash >> 29)) & (cache.size() - 1)];
  if (e.owner == id_ && e.hash == hash && e.length == key.size()) return e.result;
  const key_result r = look(hash, key);
  e = entry{hash, id_, static_cast<std::uint32_t>(key.size()), r};
  return r;
}

std::size_t lexicon::entry_count() const noexcept {
  std::size_t n = 0;
  for (const auto& l : layers_) n += l->entry_count();
  return n;
}

void lexicon::match(std::string_view text, const std::vector<token>& tokens, const std::vector<sentence>& sentences,
                    match_set& out) const {
  // Keys of every token, computed once: offsets into one buffer, and each key's
  // hash (a one-word phrase is looked up by it directly).
  const std::size_t n = tokens.size();
  // Per-thread scratch, grown as needed and reused: no allocation or zero-fill
  // per document once a thread has seen its largest one.
  struct scratch {
    std::unique_ptr<char[]> keys;
    std::size_t keys_capacity = 0;
    std::vector<std::uint32_t> key_at;
    std::vector<std::uint64_t> key_hash;
  };
  thread_local scratch work;
  const std::size_t key_bytes = text.size() * 3 + 16;  // a key is at most 3x its token
  if (work.keys_capacity < key_bytes) {
    work.keys.reset(new char[key_bytes]);
    work.keys_capacity = key_bytes;
  }
  if (work.key_at.size() < n + 1) {
    work.key_at.resize(n + 1);
    work.key_hash.resize(n + 1);
  }
  char* const keys = work.keys.get();
  std::uint32_t* const key_at = work.key_at.data();
  std::uint64_t* const key_hash = work.key_hash.data();
  std::uint32_t used = 0;
  for (std::size_t i = 0; i < n; ++i) {
    key_at[i] = used;
    const std::size_t len = write_token_key(tokens[i].view(text), tokens[i], keys + used);
    key_hash[i] = hash_bytes(kHashSeed, std::string_view(keys + used, len));
    used += static_cast<std::uint32_t>(len);
  }
  key_at[n] = used;
  auto key_of = [&](std::size_t i) { return std::string_view(keys + key_at[i], key_at[i + 1] - key_at[i]); };

  std::string phrase;
  struct hit {
    std::uint32_t end_token;
    std::size_t layer;
    const slot_record* slot;
  };
  std::vector<hit> hits;
  for (const sentence& s : sentences) {
    std::uint32_t i = s.first_token;
    while (i < s.last_token) {
      if (!can_start(tokens[i]) ||
          (!tokens[i].has(token_flag::capitalized) && is_phrase_stopword(key_of(i)))) {
        ++i;
        continue;
      }
      hits.clear();
      std::uint64_t h = key_hash[i];
      std::string_view key = key_of(i);
      for (std::uint32_t j = i; j < s.last_token; ++j) {
        if (j > i) {
          // Extending: keys join tokens with single spaces.
          const std::string_view k = key_of(j);
          if (k.empty()) break;
          if (j == i + 1) phrase.assign(key);
          phrase += ' ';
          phrase += k;
          h = hash_bytes(hash_bytes(h, " "), k);
          key = phrase;
        } else if (key.empty()) {
          break;
        }
        const key_result r = j == i ? look_cached(h, key) : look(h, key);
        if (r.phrase) hits.push_back({j + 1, r.layer, r.phrase});
        if (!r.extendable) break;
      }
      // Longest phrase whose case fits some alias; shorter ones otherwise.
      bool matched = false;
      for (auto it = hits.rbegin(); it != hits.rend() && !matched; ++it) {
        const auto& layer = *layers_[it->layer];
        const std::uint32_t start = tokens[i].start, end = tokens[it->end_token - 1].end;
        const std::string_view surface = text.substr(start, end - start);
        const auto begin = static_cast<std::uint32_t>(out.candidates.size());
        const posting_record* p = layer.postings(*it->slot);
        for (std::uint32_t k = 0; k < it->slot->postings_count; ++k)
          if (surface_satisfies(surface, p[k].alias_flags))
            out.candidates.push_back({&layer, p[k].entry, p[k].alias_flags});
        const auto count = static_cast<std::uint32_t>(out.candidates.size()) - begin;
        if (count == 0) continue;
        out.matches.push_back({i, it->end_token, start, end, begin, count});
        i = it->end_token;
        matched = true;
      }
      if (!matched) ++i;
    }
  }
}

std::vector<entry_ref> lexicon::lookup(std::string_view phrase) const {
  const std::string key = phrase_key(phrase);
  const std::uint64_t h = hash_bytes(kHashSeed, key);
  std::vector<entry_ref> out;
  for (const auto& layer : layers_) {
    const slot_record* slot = layer->find(h, key);
    if (!slot || !(slot->flags & kSlotPhrase)) continue;
    const posting_record* p = layer->postings(*slot);
    for (std::uint32_t k = 0; k < slot->postings_count; ++k) out.push_back({layer.get(), p[k].entry, p[k].alias_flags});
    break;
  }
  return out;
}

}  // namespace sitrep::detail
