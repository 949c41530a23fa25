// The binary dictionary bundle: one little-endian blob, used in place.
//
// A bundle is read without parsing or copying: the engine points straight into
// the embedded bytes (or a file's bytes), so the default engine loads in well
// under a millisecond and shares one copy between all threads.
//
//   header | entries[entry_count] | slots[slot_count] | postings[posting_count] | strings | filter
//   | lowercase starts | digit starts | first-word starts | openings
//
// `filter` is a blocked Bloom filter over every key (about 12 bits a key, three
// bits of one 64-bit word per key), far smaller than the slots: most words of
// running text start no phrase, and the filter answers that with one cached
// read instead of a probe of the large table.
//
// `slots` is an open-addressing hash table (linear probing, power-of-two size,
// about half full) of phrase keys (normalize.hpp), placed by
// hash_bytes(kHashSeed, key): a change to that hash is a change of format. A slot
// is a phrase (it has postings: the entries that alias names), a prefix of a
// longer phrase, or both; the matcher extends a match only while the words so far
// are a prefix. A prefix slot also carries a 32-bit signature of the words that
// can follow it (next_word_bit): most words after a prefix ("company", "the",
// "market") start no longer phrase, and the signature says so without a lookup.
#pragma once

#include <cstddef>
#include <cstdint>

namespace sitrep::detail {

inline constexpr char kBundleMagic[8] = {'S', 'I', 'T', 'R', 'E', 'P', 'B', '1'};
// 4: word-at-a-time key hash (normalize.hpp) and a blocked filter.
// 5: prefix slots carry a signature of their next words; slots are 20 bytes.
// 6: a bit set of the first words of phrases a lower-case surface may name.
// 7: triggers carry the word patterns that refine their code (PETRARCH verbs).
// 8: a bit set of the first words opening in a digit.
// 9: a bit set of every first word.
// 10: a bit set of openings: one-word keys with the words that may follow them.
inline constexpr std::uint32_t kBundleVersion = 10;

/// What a dictionary entry is.
enum class entry_kind : std::uint8_t {
  country = 0,
  admin1 = 1,
  place = 2,
  region = 3,
  organization = 4,  // organisations and armed groups (subkind says which)
  person = 5,
  role = 6,          // person titles and generic group nouns (subkind says which)
  trigger = 7,       // event words and phrases
};

enum class role_subkind : std::uint8_t { person_title = 0, group_noun = 1 };
enum class organization_subkind : std::uint8_t { organization = 0, group = 1 };

struct bundle_header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t entry_count;
  std::uint32_t slot_count;      // power of two
  std::uint32_t posting_count;
  std::uint32_t string_bytes;
  std::uint32_t max_phrase_words;
  std::uint64_t entries_offset;
  std::uint64_t slots_offset;
  std::uint64_t postings_offset;
  std::uint64_t strings_offset;
  std::uint64_t filter_offset;
  std::uint64_t filter_words;    // 64-bit words, 1 .. 2^32
  std::uint64_t lowercase_offset;  // kLowercaseStartWords 64-bit words (lowercase_start_bit)
  std::uint64_t digit_offset;      // kLowercaseStartWords 64-bit words (lowercase_start_bit)
  std::uint64_t first_word_offset;  // kFirstWordStartWords 64-bit words (first_word_start_bit)
  std::uint64_t openings_offset;    // kOpeningWords 64-bit words (opening_bit)
  std::uint64_t total_size;
};

/// The filter's word for a key hash (from its high half, scaled to the word count
/// without a division) and the three bits set in it (from its low bits).
inline std::uint64_t filter_word(std::uint64_t word_count, std::uint64_t h) noexcept {
  return ((h >> 32) * word_count) >> 32;
}
inline std::uint64_t filter_bits(std::uint64_t h) noexcept {
  return (1ull << (h & 63)) | (1ull << ((h >> 6) & 63)) | (1ull << ((h >> 12) & 63));
}
inline bool filter_may_contain(const std::uint64_t* words, std::uint64_t word_count, std::uint64_t h) noexcept {
  const std::uint64_t bits = filter_bits(h);
  return (words[filter_word(word_count, h)] & bits) == bits;
}
inline void filter_add(std::uint64_t* words, std::uint64_t word_count, std::uint64_t h) noexcept {
  words[filter_word(word_count, h)] |= filter_bits(h);
}

/// String fields are offsets into the string table (NUL-terminated; 0 = "").
struct entry_record {
  entry_kind kind;
  std::uint8_t subkind;
  std::uint16_t reserved;
  std::uint32_t name;
  std::uint32_t country;     // alpha-3
  std::uint32_t admin1;      // ISO 3166-2
  std::uint32_t sector;
  std::uint32_t role;        // person role, role noun's canonical role
  std::uint32_t feature;     // GeoNames feature code, admin1 type
  std::uint32_t countries;   // regions: "AFG|IRN|…"
  std::uint32_t plover_type;
  std::uint32_t plover_mode;
  std::uint32_t cameo;
  std::uint32_t acled_event_type;
  std::uint32_t acled_sub_event_type;
  std::int32_t valid_from;   // days since 1970-01-01; INT32_MIN = open
  std::int32_t valid_to;     // INT32_MAX = open
  float lat;                 // NaN = unknown
  float lon;
  std::uint32_t patterns;    // triggers: patterns refining the code, one a line (verb_patterns.hpp)
  std::uint64_t population;
  std::int64_t geonames_id;  // -1 = none
};

/// The bit sets below are arrays of 64-bit words; bit b is bit b % 64 of word b / 64.
inline void set_bit(std::uint64_t* words, std::uint64_t bit) noexcept { words[bit / 64] |= 1ull << (bit % 64); }
inline bool has_bit(const std::uint64_t* words, std::uint64_t bit) noexcept {
  return (words[bit / 64] >> (bit % 64)) & 1u;
}

/// Lower-case starts: one bit per first-word hash, set for the first word of every
/// phrase some posting of which carries no case flag (normalize.hpp), that is, every
/// phrase a surface opening in a lower-case letter may name. A lower-case word whose
/// bit is clear starts no phrase, and the matcher need not look it up. 2^19 bits.
inline constexpr std::uint32_t kLowercaseStartLog2 = 19;
inline constexpr std::uint64_t kLowercaseStartWords = (1ull << kLowercaseStartLog2) / 64;
inline std::uint64_t lowercase_start_bit(std::uint64_t first_word_hash) noexcept {
  return first_word_hash >> (64 - kLowercaseStartLog2);
}

/// Digit starts: the same kind of set, for the first word of every key that opens
/// in an ASCII digit ("10 downing street"). Numbers are one token in twenty of news
/// text and the dictionaries hold a few dozen such words, so a number whose bit is
/// clear starts no phrase and is not looked up.
///
/// First-word starts: one bit per first-word hash for the first word of every key,
/// whatever its case. Capitalized words are two thirds of the tokens the other sets
/// do not rule out, and over a third of those (most names of people and firms,
/// sentence-initial words) open no key at all. The default dictionaries hold about
/// 211,000 first words, so this set has 2^20 bits (128 KiB) for about one in five
/// false positives; the matcher's cache answers those.
inline constexpr std::uint32_t kFirstWordStartLog2 = 20;
inline constexpr std::uint64_t kFirstWordStartWords = (1ull << kFirstWordStartLog2) / 64;
inline std::uint64_t first_word_start_bit(std::uint64_t first_word_hash) noexcept {
  return first_word_hash >> (64 - kFirstWordStartLog2);
}

/// Openings: what a one-word key starts, by the word after it. One bit per key of
/// two words (word, next word), and one per one-word key that is a phrase itself
/// (next word kOpeningItself), each from the words' key hashes. A word starts
/// something only if it is a phrase or the word after it may extend it, and most
/// capitalized words that open keys ("The", "April", "Foreign") are prefixes the
/// next word does not extend: this set says so before any look-up. The default
/// dictionaries make about
/// 291,000 pairs: 2^21 bits (256 KiB) admit about one pair in eight that is none.
inline constexpr std::uint32_t kOpeningLog2 = 21;
inline constexpr std::uint64_t kOpeningWords = (1ull << kOpeningLog2) / 64;
inline constexpr std::uint64_t kOpeningItself = 0;  // no word's hash in practice; if one were, a false positive
inline std::uint64_t opening_bit(std::uint64_t word_hash, std::uint64_t next_word_hash) noexcept {
  // The pair is not symmetric ("de la" is not "la de"): one side is multiplied first.
  std::uint64_t x = word_hash * 0x9E3779B97F4A7C15ull + next_word_hash;
  x ^= x >> 32;
  x *= 0xD6E8FEB86659FD93ull;
  return x >> (64 - kOpeningLog2);
}

/// The slot form of a key hash: 32 bits, never 0 (0 marks an empty slot).
inline std::uint32_t slot_hash(std::uint64_t h) noexcept {
  const auto v = static_cast<std::uint32_t>(h ^ (h >> 32));
  return v == 0 ? 1 : v;
}

inline constexpr std::uint8_t kSlotPhrase = 1u << 0;
inline constexpr std::uint8_t kSlotPrefix = 1u << 1;
inline constexpr std::size_t kMaxKeyBytes = 255;        // longer phrases are not indexed
inline constexpr std::size_t kMaxPostingsPerKey = 65535;

/// The bit a word sets in the signature of a prefix it can follow, from the
/// word's own key hash (hash_bytes(kHashSeed, word)).
inline std::uint32_t next_word_bit(std::uint64_t word_hash) noexcept {
  return 1u << (word_hash >> 59);
}

struct slot_record {
  std::uint32_t hash;            // low 32 bits of the key hash, never 0; 0 = empty slot
  std::uint32_t key;             // string offset of the key
  std::uint32_t postings_begin;
  std::uint16_t postings_count;
  std::uint8_t flags;            // kSlotPhrase | kSlotPrefix
  std::uint8_t key_length;       // bytes, so probing needs no strlen
  // kSlotPrefix: the next_word_bit of every word that follows this key in a
  // longer one (never 0 then); 0 otherwise. "key w" can be a key only if
  // next_words has w's bit.
  std::uint32_t next_words;
};
static_assert(sizeof(slot_record) == 20);
// Records are written raw: no implicit padding, or bundles would carry stray bytes.
static_assert(sizeof(entry_record) == 88);
static_assert(sizeof(bundle_header) == 120);

struct posting_record {
  std::uint32_t entry;
  std::uint16_t alias_flags;     // normalize.hpp alias_flag bits
  std::uint16_t reserved;
};

}  // namespace sitrep::detail
