#include "lexicon/lexicon.hpp"

#include "lexicon/normalize.hpp"

namespace sitrep::detail {
namespace {

bool can_start(const token& t) {
  return t.kind == token_kind::word || t.kind == token_kind::number;
}

}  // namespace

std::size_t lexicon::entry_count() const noexcept {
  std::size_t n = 0;
  for (const auto& l : layers_) n += l->entry_count();
  return n;
}

void lexicon::match(std::string_view text, const std::vector<token>& tokens, const std::vector<sentence>& sentences,
                    match_set& out) const {
  // Keys of every token, computed once: offsets into one buffer.
  std::string keys;
  std::vector<std::uint32_t> key_at(tokens.size() + 1);
  keys.reserve(text.size() + 16);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    key_at[i] = static_cast<std::uint32_t>(keys.size());
    append_token_key(tokens[i].view(text), tokens[i], keys);
  }
  key_at[tokens.size()] = static_cast<std::uint32_t>(keys.size());
  auto key_of = [&](std::size_t i) { return std::string_view(keys).substr(key_at[i], key_at[i + 1] - key_at[i]); };

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
      if (!can_start(tokens[i])) {
        ++i;
        continue;
      }
      hits.clear();
      phrase.clear();
      std::uint64_t h = kHashSeed;
      for (std::uint32_t j = i; j < s.last_token; ++j) {
        const std::string_view k = key_of(j);
        if (k.empty()) break;
        if (j > i) {
          // Possessive clitics and punctuation attach without a space in keys only
          // if the dictionary wrote them so; keys always join tokens with spaces.
          phrase += ' ';
          h = hash_bytes(h, " ");
        }
        phrase += k;
        h = hash_bytes(h, k);
        bool extendable = false;
        bool found_phrase = false;
        for (std::size_t l = 0; l < layers_.size(); ++l) {
          const slot_record* slot = layers_[l]->find(h, phrase);
          if (!slot) continue;
          if ((slot->flags & kSlotPhrase) && !found_phrase) {
            hits.push_back({j + 1, l, slot});
            found_phrase = true;  // earlier layers win for the same phrase
          }
          extendable |= (slot->flags & kSlotPrefix) != 0;
        }
        if (!extendable) break;
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
