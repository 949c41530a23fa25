#include "lexicon/lexicon.hpp"

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

#include "lexicon/key_cache.hpp"
#include "lexicon/normalize.hpp"
#include "lexicon/token_keys.hpp"
#include "text/ascii.hpp"

namespace sitrep::detail {
namespace {

// What the layers say about one key, as the matcher uses it.
struct answer {
  const posting_record* postings = nullptr;  // of the phrase the key is, if it is one
  std::uint32_t postings_count = 0;
  std::uint32_t layer = 0;
  std::uint32_t next_words = 0;  // extendable: which words can follow (bundle_format.hpp)
  std::uint8_t flags = 0;        // cached_flag bits
};

// A phrase found from a start token: where it ends and what it names.
struct phrase_hit {
  std::uint32_t end_token;
  std::uint32_t layer;
  const posting_record* postings;
  std::uint32_t postings_count;
};

// Tokens whose first-word lookups are answered together, ahead of the phrase loop.
constexpr std::size_t kBlock = 128;

}  // namespace

// ORs a bundle's start set of 2^from_log2 bits into `folded`, a set of 2^log2
// bits. Bit b of a bundle's set is hash bits [64 - from_log2, 64); the folded set
// keeps the top log2 of them: bit b >> (the difference).
void fold_start_set(const std::uint64_t* words, std::uint32_t from_log2, std::uint32_t log2,
                    std::vector<std::uint64_t>& folded) {
  const std::uint32_t shift = from_log2 - log2;
  const std::uint64_t word_count = (std::uint64_t{1} << from_log2) / 64;
  if (shift == 0) {
    for (std::uint64_t w = 0; w < word_count; ++w) folded[w] |= words[w];
    return;
  }
  for (std::uint64_t w = 0; w < word_count; ++w)
    for (std::uint64_t bits = words[w]; bits != 0; bits &= bits - 1)
      set_bit(folded.data(), (w * 64 + static_cast<std::uint64_t>(__builtin_ctzll(bits))) >> shift);
}

lexicon::lexicon(std::vector<std::shared_ptr<const bundle_view>> layers) : layers_(std::move(layers)) {
  static std::atomic<std::uint64_t> next_id{1};
  id_ = next_id.fetch_add(1, std::memory_order_relaxed);
  static_assert(kFoldedStartLog2 <= kLowercaseStartLog2 && kFoldedStartLog2 >= 6);
  static_assert(kFoldedDigitLog2 <= kLowercaseStartLog2 && kFoldedDigitLog2 >= 6);
  lowercase_starts_.assign((std::size_t{1} << kFoldedStartLog2) / 64, 0);
  digit_starts_.assign((std::size_t{1} << kFoldedDigitLog2) / 64, 0);
  first_word_starts_.assign(kFirstWordStartWords, 0);
  openings_.assign(kOpeningWords, 0);
  for (const auto& layer : layers_) {
    fold_start_set(layer->lowercase_start_words(), kLowercaseStartLog2, kFoldedStartLog2, lowercase_starts_);
    fold_start_set(layer->digit_start_words(), kLowercaseStartLog2, kFoldedDigitLog2, digit_starts_);
    fold_start_set(layer->first_word_start_words(), kFirstWordStartLog2, kFirstWordStartLog2, first_word_starts_);
    fold_start_set(layer->opening_words(), kOpeningLog2, kOpeningLog2, openings_);
  }
}

void lexicon::index_surnames() const {
  // Persons per surname and country. A surname most of whose bearers (two thirds) are of
  // one country names that country ("Bush": two presidents against one premier of the
  // Cayman Islands); an even split ("Carter") names none.
  absl::flat_hash_map<std::string, std::vector<std::pair<std::string_view, int>>> bearers;
  for (const auto& layer : layers_)
    for (std::uint32_t i = 0; i < layer->entry_count(); ++i) {
      const entry_record& e = layer->entry(i);
      if (e.kind != entry_kind::person) continue;
      const std::string_view name = layer->str(e.name), country = layer->str(e.country);
      const auto space = name.rfind(' ');
      if (space == std::string_view::npos || country.empty()) continue;  // a surname needs a given name before it
      auto& counts = bearers[ascii_lower(name.substr(space + 1))];
      const auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == country; });
      if (it == counts.end()) counts.emplace_back(country, 1);
      else ++it->second;
    }
  surname_countries_.reserve(bearers.size());
  for (auto& [surname, counts] : bearers) {
    int total = 0;
    const std::pair<std::string_view, int>* top = &counts.front();
    for (const auto& c : counts) {
      total += c.second;
      if (c.second > top->second) top = &c;
    }
    if (3 * top->second >= 2 * total) surname_countries_.emplace(surname, top->first);
  }
}

std::string_view lexicon::surname_country(std::string_view surname) const {
  std::call_once(surnames_indexed_, [this] { index_surnames(); });
  const auto it = surname_countries_.find(absl::string_view(surname.data(), surname.size()));
  return it == surname_countries_.end() ? std::string_view{} : it->second;
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
    if (slot->flags & kSlotPrefix) {
      r.extendable = true;
      r.next_words |= slot->next_words;
    }
  }
  return r;
}

std::size_t lexicon::entry_count() const noexcept {
  std::size_t n = 0;
  for (const auto& l : layers_) n += l->entry_count();
  return n;
}

void lexicon::match(std::string_view text, const std::vector<token>& tokens, const std::vector<sentence>& sentences,
                    match_set& out) const {
  const std::size_t n = tokens.size();
  // Every token's key hash, computed once, and where its key would lie in the
  // document's key string (token_keys.hpp): a phrase's key length is then a
  // subtraction, and its bytes are written only when a lookup misses the cache.
  // Per-thread scratch, grown as needed and reused: no allocation or zero-fill
  // per document once a thread has seen its largest one.
  struct scratch {
    std::unique_ptr<char[]> keys;  // a key's bytes, when a lookup needs them (and the key pass's scratch)
    std::size_t keys_capacity = 0;
    std::vector<std::size_t> key_at;
    std::vector<std::uint64_t> key_hash;
    std::vector<std::uint64_t> word_hash;  // hash_word of a one-word key: extending a phrase by it is one combine
    std::vector<std::uint32_t> next_bit;   // next_word_bit of a one-word key; all bits for others
    std::vector<std::uint32_t> candidates;  // tokens that may start a phrase, in order
    std::vector<std::uint8_t> may_extend;   // per candidate: whether the next token may extend its key
    std::vector<std::uint32_t> pending;     // of a block, the candidates the cache misses
    std::vector<std::uint32_t> probing;     // of those, the ones some filter admits
    std::vector<answer> first = std::vector<answer>(kBlock);
    std::vector<std::uint32_t> starts = std::vector<std::uint32_t>(kBlock);  // of a block, those that start something
    std::vector<phrase_hit> hits;  // the phrases found from one start, shortest first
  };
  thread_local scratch work;
  const std::size_t key_bytes = text.size() * 4 + 16;  // write_phrase_key's room for any phrase
  if (work.keys_capacity < key_bytes) {
    work.keys.reset(new char[key_bytes]);
    work.keys_capacity = key_bytes;
  }
  if (work.key_at.size() < n + 1) {
    work.key_at.resize(n + 1);
    work.key_hash.resize(n + 1);
    work.word_hash.resize(n + 1);
    work.next_bit.resize(n + 1);
    work.candidates.resize(n + 8);  // a kernel stores eight at a time
    work.may_extend.resize(n + 8);
  }
  char* const keys = work.keys.get();
  std::size_t* const key_at = work.key_at.data();
  std::uint64_t* const key_hash = work.key_hash.data();
  std::uint64_t* const word_hash = work.word_hash.data();
  std::uint32_t* const next_bit = work.next_bit.data();
  std::uint32_t* const candidates = work.candidates.data();
  key_cache& cache = key_cache::for_thread(id_);
  // Every token's key, and the list of tokens that may start a phrase. Two thirds
  // of news tokens are lower-case words, and a one-word key of a word opening in a
  // lower-case ASCII letter starts only phrases a lower-case surface may name: each
  // layer says which first words do, and most words of running text are none of
  // them; so does each layer for first words opening in a digit, and for all first
  // words, which rules out most capitalized names. Those are dropped here, before
  // any cache line of theirs is touched; the rest are the matcher's work
  // (token_keys.hpp).
  const token_keys_written written =
      write_token_keys(text, tokens.data(), n, {keys, key_at, key_hash, word_hash, next_bit, candidates},
                       {lowercase_starts_.data(), kFoldedStartLog2, digit_starts_.data(), kFoldedDigitLog2,
                        first_word_starts_.data(), kFirstWordStartLog2});
  key_at[n] = written.key_bytes;
  next_bit[n] = 0;  // nothing follows the last token
  key_hash[n] = kOpeningItself;  // the last token is followed by nothing
  // Of those, a one-word key starts something only if it is a phrase, or a prefix
  // the next word may extend: the openings say which, from the two words' hashes,
  // and most candidates that start nothing go here. A key of several words, or one
  // before such a key (whose next_bit is every bit), stays. Whether the next word
  // may extend it is kept too: the phrase loop tries that extension only then,
  // where the prefix's 32-bit signature alone would admit one word in four that
  // makes no key.
  const std::uint64_t* const openings = openings_.data();
  auto opens = [openings](std::uint64_t word_hash, std::uint64_t next_word_hash) {
    return has_bit(openings, opening_bit(word_hash, next_word_hash));
  };
  // The first candidates' cache entries are wanted first: they are requested
  // before the openings are read, survivors or not. A news article has about 40
  // candidates, so the phrase loop would otherwise start by waiting on memory.
  for (std::size_t c = 0; c < written.candidates && c < 8; ++c) cache.prefetch(key_hash[candidates[c]]);
  std::uint8_t* const may_extend = work.may_extend.data();
  std::size_t candidate_count = 0;
  for (std::size_t c = 0; c < written.candidates; ++c) {
    const std::uint32_t t = candidates[c];
    const std::uint64_t h = key_hash[t];
    // Without branches: whether a candidate stays is a coin toss to the predictor
    // (with branches this pass cost what it saved).
    const bool extend = (next_bit[t] == ~0u) | (next_bit[t + 1] == ~0u) | opens(h, key_hash[t + 1]);
    candidates[candidate_count] = t;
    may_extend[candidate_count] = extend;
    candidate_count += extend | opens(h, kOpeningItself);
  }
  // The survivors' cache entries, in flight while the first block gets going. (In
  // the key pass, these prefetches cost 6% more: they were issued for candidates
  // this pass drops, and from a branchy loop over the kernel's mask.)
  for (std::size_t c = 0; c < candidate_count; ++c) cache.prefetch(key_hash[candidates[c]]);
  // The key length of the phrase of tokens [first, last], and its bytes.
  auto key_length = [&](std::size_t first, std::size_t last) { return key_at[last + 1] - key_at[first] - 1; };
  auto key_bytes_of = [&](std::size_t first, std::size_t last) {
    return std::string_view(keys, write_phrase_key(text, tokens.data(), first, last, keys));
  };

  // What the layers say about a key, through the per-thread cache (key_cache.hpp).
  // A cache entry names its layer in 8 bits, so more layers than that skip it.
  const bool cacheable = layers_.size() <= 255;
  // The phrase is tokens [first, last], and `hash` its key's.
  auto lookup_key = [&](std::uint64_t hash, std::size_t first, std::size_t last) -> answer {
    const std::size_t length = key_length(first, last);
    if (length > kMaxKeyBytes) return {};  // no bundle has keys this long, nor prefixes of them
    if (cacheable) {
      if (const cached_key* e = cache.find(hash, length)) {
        if (!(e->flags & cached_flag::phrase)) return {nullptr, 0, 0, e->next_words, e->flags};
        return {e->postings, e->postings_count, e->layer, e->next_words, e->flags};
      }
    }
    const std::string_view key = key_bytes_of(first, last);
    const key_result r = look(hash, key);
    answer a;
    a.next_words = r.next_words;
    a.flags = static_cast<std::uint8_t>((r.phrase ? cached_flag::phrase : 0) |
                                        (r.extendable ? cached_flag::extendable : 0) |
                                        (is_phrase_stopword(key) ? cached_flag::stopword : 0));
    if (r.phrase) {
      a.postings = layers_[r.layer]->postings(*r.phrase);
      a.postings_count = r.phrase->postings_count;
      a.layer = r.layer;
    }
    if (cacheable) {
      cached_key* const e = &cache.insert(hash);
      e->hash = hash;
      e->postings = a.postings;
      e->postings_count = r.phrase ? r.phrase->postings_count : 0;
      e->next_words = r.next_words;
      e->length = static_cast<std::uint8_t>(key.size());
      e->layer = static_cast<std::uint8_t>(a.layer);
      e->flags = a.flags;
      e->epoch = cache.epoch();
    }
    return a;
  };

  std::vector<phrase_hit>& hits = work.hits;
  // The tokens and the layers by pointers held in locals: through the vectors,
  // the compiler reloads their bounds after every push_back.
  const token* const token_list = tokens.data();
  const std::shared_ptr<const bundle_view>* const layers_begin = layers_.data();
  const std::shared_ptr<const bundle_view>* const layers_end = layers_begin + layers_.size();

  // Every candidate's lookup as a first word is answered a block of candidates
  // ahead of the phrase loop. The cache entries of the block after are fetched
  // meanwhile, so a block finds its own in cache. Words the cache does not know
  // cost the filter, a slot and a key string, each a likely miss in memory. Found
  // one by one they wait in turn; so their loads are started together, in stages
  // (bundle_view::prefetch_filter), before any of them is answered. Only timing
  // changes: the answers are lookup_key's.
  std::vector<std::uint32_t>& pending = work.pending;
  std::vector<std::uint32_t>& probing = work.probing;
  answer* const first = work.first.data();  // kBlock answers, for candidates [from, from + kBlock)
  std::uint32_t* const starts = work.starts.data();  // of those, the positions that start something
  std::size_t start_count = 0;
  // A prefix that is no phrase itself starts something only if the next word may
  // follow it: most ("The", "April", "foreign") are followed by a word that cannot,
  // and the signature says so before the phrase loop's set-up.
  auto extends = [&](const answer& a, std::uint32_t t) {
    return (a.flags & cached_flag::extendable) && (a.next_words & next_bit[t + 1]);
  };
  auto starts_something = [&](const answer& a, std::uint32_t t) {
    return (a.flags & cached_flag::phrase) || extends(a, t);
  };
  auto warm = [&](std::size_t from) {
    const std::size_t to = std::min(candidate_count, from + kBlock);
    pending.clear();
    start_count = 0;
    for (std::size_t c = from; c < to; ++c) {
      // The phrase loop visits a list of the candidates that start something: it
      // replaces a test (and a mispredicted branch) at every one. A hit is listed
      // only if it starts something, and a prefix's lookup with the next word, which
      // the phrase loop makes next, is fetched now. A miss is listed until answered.
      const std::uint32_t t = candidates[c];
      answer& a = first[c - from];
      const cached_key* const hit = cacheable ? cache.find(key_hash[t], key_length(t, t)) : nullptr;
      if (hit) {
        const cached_key& e = *hit;
        // A lower-case function word starts no phrase (normalize.hpp).
        if ((e.flags & cached_flag::stopword) && !token_list[t].has(token_flag::capitalized)) continue;
        a.flags = e.flags;
        a.next_words = may_extend[c] ? e.next_words : 0;
        if (!starts_something(a, t)) continue;
        if (e.flags & cached_flag::phrase) {
          a.postings = e.postings;
          a.postings_count = e.postings_count;
          a.layer = e.layer;
          __builtin_prefetch(a.postings);
        }
        if (extends(a, t) && next_bit[t + 1] != ~0u) {
          // The phrase loop's next look-up. One in five misses the cache, and most
          // of those end at the filter: its word is fetched too.
          const std::uint64_t next = hash_combine(key_hash[t], word_hash[t + 1]);
          cache.prefetch(next);
          for (auto l = layers_begin; l != layers_end; ++l) (*l)->prefetch_filter(next);
        }
        starts[start_count++] = static_cast<std::uint32_t>(c - from);
        continue;
      }
      for (auto l = layers_begin; l != layers_end; ++l) (*l)->prefetch_filter(key_hash[t]);
      pending.push_back(static_cast<std::uint32_t>(c));
      starts[start_count++] = static_cast<std::uint32_t>(c - from);
    }
    probing.clear();
    for (const std::uint32_t c : pending) {
      bool any = false;
      for (auto l = layers_begin; l != layers_end; ++l) any |= (*l)->prefetch_slot(key_hash[candidates[c]]);
      if (any) probing.push_back(candidates[c]);
    }
    for (const std::uint32_t t : probing)
      for (auto l = layers_begin; l != layers_end; ++l) (*l)->prefetch_key(key_hash[t]);
    for (const std::uint32_t c : pending) {
      const std::uint32_t t = candidates[c];
      answer& a = first[c - from];
      a = lookup_key(key_hash[t], t, t);
      if (!may_extend[c]) a.next_words = 0;
      if ((a.flags & cached_flag::stopword) && !token_list[t].has(token_flag::capitalized)) a.flags = 0;
    }
  };

  // The sentence of the current start, by a pointer held in a local (see
  // token_list).
  const sentence* sentence_at = sentences.data();
  const sentence* const sentences_end = sentence_at + sentences.size();
  std::uint32_t resume = 0;  // tokens before it lie inside the last match
  for (std::size_t from = 0; from < candidate_count; from += kBlock) {
    warm(from);
    for (std::size_t x = 0; x < start_count; ++x) {
      const std::uint32_t i = candidates[from + starts[x]];
      if (i < resume || !starts_something(first[starts[x]], i)) continue;  // (a miss may start nothing)
      while (sentence_at != sentences_end && sentence_at->last_token <= i) ++sentence_at;
      if (sentence_at == sentences_end) break;
      if (i < sentence_at->first_token) continue;  // between sentences: no phrase starts there
      const std::uint32_t sentence_last = sentence_at->last_token;
      answer a = first[starts[x]];
      std::uint64_t h = key_hash[i];
      hits.clear();
      for (std::uint32_t j = i;;) {
        if (a.flags & cached_flag::phrase) hits.push_back({j + 1, a.layer, a.postings, a.postings_count});
        if (!(a.flags & cached_flag::extendable) || ++j >= sentence_last) break;
        if (key_length(j, j) == 0) break;
        // No longer key goes on with this word: the lookup below would say so.
        if (!(a.next_words & next_bit[j])) break;
        // Extending by a word is one more hash step, or for a token whose key has
        // several words ("sistan baluchestan"), a step for each.
        h = next_bit[j] == ~0u ? hash_bytes(h, key_bytes_of(j, j)) : hash_combine(h, word_hash[j]);
        a = lookup_key(h, i, j);
      }
      // Longest phrase whose case fits some alias; shorter ones otherwise.
      bool matched = false;
      for (auto it = hits.rbegin(); it != hits.rend() && !matched; ++it) {
        span_case surface;
        const auto& layer = *layers_begin[it->layer];
        const std::uint32_t start = token_list[i].start, end = token_list[it->end_token - 1].end;
        const std::string_view span = text.substr(start, end - start);
        const auto begin = static_cast<std::uint32_t>(out.candidates.size());
        const posting_record* p = it->postings;
        for (std::uint32_t k = 0; k < it->postings_count; ++k)
          if (surface.satisfies(span, p[k].alias_flags))
            out.candidates.push_back({&layer, p[k].entry, p[k].alias_flags});
        const auto count = static_cast<std::uint32_t>(out.candidates.size()) - begin;
        if (count == 0) continue;
        out.matches.push_back({i, it->end_token, start, end, begin, count});
        resume = it->end_token;
        matched = true;
      }
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
