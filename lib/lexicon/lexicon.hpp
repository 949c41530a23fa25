// The loaded dictionaries (one or more bundles, overlays first) and the phrase
// matcher that finds their entries in tokenized text.
#pragma once

#include <absl/container/flat_hash_map.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/bundle.hpp"
#include "sitrep/token.hpp"

namespace sitrep::detail {

/// One dictionary entry as found in the text.
struct entry_ref {
  const bundle_view* bundle = nullptr;
  std::uint32_t index = 0;
  std::uint16_t alias_flags = 0;  // how it was named (demonym, acronym…)

  const entry_record& rec() const noexcept { return bundle->entry(index); }
  entry_kind kind() const noexcept { return rec().kind; }
  std::string_view str(std::uint32_t offset) const noexcept { return bundle->str(offset); }
  std::string_view name() const noexcept { return str(rec().name); }
  std::string_view country() const noexcept { return str(rec().country); }
  std::string_view sector() const noexcept { return str(rec().sector); }
  std::string_view role() const noexcept { return str(rec().role); }
  std::string_view admin1() const noexcept { return str(rec().admin1); }
  std::string_view feature() const noexcept { return str(rec().feature); }
  std::string_view patterns() const noexcept { return str(rec().patterns); }
};

/// A phrase found in the text: tokens [first_token, last_token) and every
/// dictionary entry it names (all candidates; parsers choose).
struct phrase_match {
  std::uint32_t first_token = 0;
  std::uint32_t last_token = 0;
  std::uint32_t start = 0, end = 0;         // byte span
  std::uint32_t candidates_begin = 0;
  std::uint32_t candidates_count = 0;
};

struct match_set {
  std::vector<phrase_match> matches;   // ordered by position, non-overlapping
  std::vector<entry_ref> candidates;   // indexed by phrase_match::candidates_*

  const entry_ref* begin_of(const phrase_match& m) const { return candidates.data() + m.candidates_begin; }
  const entry_ref* end_of(const phrase_match& m) const { return begin_of(m) + m.candidates_count; }
};

class lexicon {
 public:
  /// Layers in priority order: for the same phrase an earlier layer's entries
  /// replace a later one's (user overlays come before the default bundle).
  explicit lexicon(std::vector<std::shared_ptr<const bundle_view>> layers);

  /// Finds dictionary phrases, longest first, within each sentence.
  void match(std::string_view text, const std::vector<token>& tokens, const std::vector<sentence>& sentences,
             match_set& out) const;

  /// All entries a standalone phrase names ("Balochistan" → its admin1 entry), for
  /// tests and tools.
  std::vector<entry_ref> lookup(std::string_view phrase) const;

  /// The country of the dictionary persons whose name ends in `surname` (the last
  /// word, in ASCII lower case), when two thirds of them share it; "" otherwise. For a
  /// titled person the text names by surname alone ("President Mugabe"). Thread-safe:
  /// the first call, from whichever thread, builds the index once; the view points into
  /// the lexicon's bundles and lives as long as the lexicon.
  std::string_view surname_country(std::string_view surname) const;

  std::size_t entry_count() const noexcept;
  const std::vector<std::shared_ptr<const bundle_view>>& layers() const noexcept { return layers_; }

 private:
  // What the layers say about one key: the phrase slot of the first layer that
  // has it as a phrase, and whether any layer can extend it.
  struct key_result {
    const slot_record* phrase = nullptr;
    std::uint32_t layer = 0;
    bool extendable = false;
    std::uint32_t next_words = 0;  // union of the prefix slots' next-word signatures
  };
  key_result look(std::uint64_t hash, std::string_view key) const noexcept;

  std::vector<std::shared_ptr<const bundle_view>> layers_;
  // The layers' lower-case start sets (bundle_format.hpp) ORed together and folded
  // to 2^kFoldedStartLog2 bits: 16 KiB stays in L1 where the bundles' 64 KiB sets
  // did not, for the two thirds of news tokens that are lower-case words and need
  // one probe each. The default bundle sets under 4,000 bits, so the folded set
  // admits about 3% of the words the full one rejects; the cache answers those.
  static constexpr std::uint32_t kFoldedStartLog2 = 17;
  std::vector<std::uint64_t> lowercase_starts_;
  // The layers' digit start sets, folded the same way. The default bundle sets a
  // few dozen bits, so 4,096 (512 bytes) keep false positives under 1%.
  static constexpr std::uint32_t kFoldedDigitLog2 = 12;
  std::vector<std::uint64_t> digit_starts_;
  // The layers' first-word start sets, ORed at full size (kFirstWordStartLog2 bits,
  // 128 KiB): folding the default's 211,000 first words any smaller would admit
  // many more of the capitalized words the set exists to drop.
  std::vector<std::uint64_t> first_word_starts_;
  // The layers' openings (bundle_format.hpp), ORed at full size (256 KiB).
  std::vector<std::uint64_t> openings_;
  // Surname → country (surname_country). Views into the bundles' strings. Built on the
  // first look-up, not at load: it reads every entry of every layer, which would double
  // the engine's load time for a table most documents never consult.
  void index_surnames() const;
  mutable std::once_flag surnames_indexed_;
  mutable absl::flat_hash_map<std::string, std::string_view> surname_countries_;
  std::uint64_t id_;  // unique per lexicon: tags the per-thread lookup cache (key_cache.hpp)
};

}  // namespace sitrep::detail
