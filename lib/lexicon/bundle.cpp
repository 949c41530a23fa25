#include "lexicon/bundle.hpp"

#include <absl/container/flat_hash_map.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <map>

#include "lexicon/normalize.hpp"

namespace sitrep::detail {
namespace {

class string_table {
 public:
  string_table() { bytes_.push_back('\0'); }  // offset 0 is ""
  std::uint32_t add(std::string_view s) {
    if (s.empty()) return 0;
    auto [it, fresh] = index_.try_emplace(std::string(s), 0);
    if (fresh) {
      it->second = static_cast<std::uint32_t>(bytes_.size());
      bytes_.insert(bytes_.end(), s.begin(), s.end());
      bytes_.push_back('\0');
    }
    return it->second;
  }
  const std::vector<char>& bytes() const { return bytes_; }

 private:
  std::vector<char> bytes_;
  absl::flat_hash_map<std::string, std::uint32_t> index_;
};

template <class T>
void append_raw(std::vector<unsigned char>& out, const T* items, std::size_t n) {
  // resize + memcpy rather than insert(): GCC 12 warns (falsely) on the inlined insert.
  if (n == 0) return;
  const std::size_t at = out.size();
  out.resize(at + n * sizeof(T));
  std::memcpy(out.data() + at, items, n * sizeof(T));
}

void pad8(std::vector<unsigned char>& out) {
  while (out.size() % 8) out.push_back(0);
}

}  // namespace

std::int32_t days_from_civil(int y, int m, int d) noexcept {
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

std::vector<unsigned char> compile_bundle(const std::vector<entry_source>& sources) {
  string_table strings;
  std::vector<entry_record> entries;
  entries.reserve(sources.size());
  struct key_info {
    std::vector<posting_record> postings;
    bool prefix = false;
    std::uint32_t next_words = 0;  // next_word_bit of each word that follows it
  };
  std::map<std::string, key_info> keys;  // ordered: the output is deterministic
  std::uint32_t max_words = 1;

  for (std::size_t i = 0; i < sources.size(); ++i) {
    const entry_source& s = sources[i];
    entry_record r{};
    r.kind = s.kind;
    r.subkind = s.subkind;
    r.name = strings.add(s.name);
    r.country = strings.add(s.country);
    r.admin1 = strings.add(s.admin1);
    r.sector = strings.add(s.sector);
    r.role = strings.add(s.role);
    r.feature = strings.add(s.feature);
    r.countries = strings.add(s.countries);
    r.plover_type = strings.add(s.plover_type);
    r.plover_mode = strings.add(s.plover_mode);
    r.cameo = strings.add(s.cameo);
    r.acled_event_type = strings.add(s.acled_event_type);
    r.acled_sub_event_type = strings.add(s.acled_sub_event_type);
    r.patterns = strings.add(s.patterns);
    r.valid_from = s.valid_from;
    r.valid_to = s.valid_to;
    r.lat = s.lat;
    r.lon = s.lon;
    r.population = s.population;
    r.geonames_id = s.geonames_id;
    entries.push_back(r);

    for (const auto& a : s.aliases) {
      const std::string key = phrase_key(a.text);
      if (key.empty() || key.size() > kMaxKeyBytes) continue;
      const auto flags = static_cast<std::uint16_t>(alias_case_flags(a.text) | a.flags);
      // The matcher never starts on a lower-case function word: such aliases could not match.
      if (!(flags & (alias_flag::needs_capital | alias_flag::needs_all_caps)) &&
          is_phrase_stopword(std::string_view(key).substr(0, key.find(' '))))
        continue;
      auto& info = keys[key];
      const posting_record p{static_cast<std::uint32_t>(i), flags, 0};
      const bool dup = std::any_of(info.postings.begin(), info.postings.end(), [&](const posting_record& q) {
        return q.entry == p.entry && q.alias_flags == p.alias_flags;
      });
      if (!dup && info.postings.size() < kMaxPostingsPerKey) info.postings.push_back(p);
      // Every word-level prefix lets the matcher keep extending, by the word after it.
      std::uint32_t words = 1;
      for (std::size_t k = key.find(' '); k != std::string::npos; k = key.find(' ', k + 1)) {
        const std::size_t next_end = std::min(key.find(' ', k + 1), key.size());
        auto& prefix = keys[key.substr(0, k)];
        prefix.prefix = true;
        prefix.next_words |= next_word_bit(hash_bytes(kHashSeed, std::string_view(key).substr(k + 1, next_end - k - 1)));
        ++words;
      }
      max_words = std::max(max_words, words);
    }
  }

  // At most about 60% full: linear probing stays short, and the table is small
  // enough that the keys that miss the matcher's cache mostly find it in cache.
  std::size_t slot_count = 16;
  while (slot_count * 3 < keys.size() * 5) slot_count *= 2;
  std::vector<slot_record> slots(slot_count);
  // About 12 bits a key: three bits in a word of 64 keep false positives near 2%.
  const std::size_t filter_words = std::max<std::size_t>(8, (keys.size() * 12 + 63) / 64);
  std::vector<std::uint64_t> filter(filter_words, 0);
  std::vector<posting_record> postings;
  std::vector<std::uint64_t> lowercase_starts(kLowercaseStartWords, 0), digit_starts(kLowercaseStartWords, 0);
  std::vector<std::uint64_t> first_word_starts(kFirstWordStartWords, 0), openings(kOpeningWords, 0);
  for (auto& [key, info] : keys) {
    slot_record s{};
    const std::uint64_t full = hash_bytes(kHashSeed, key);
    s.hash = slot_hash(full);
    s.key = strings.add(key);
    s.key_length = static_cast<std::uint8_t>(key.size());
    s.postings_begin = static_cast<std::uint32_t>(postings.size());
    s.postings_count = static_cast<std::uint16_t>(info.postings.size());
    s.flags = static_cast<std::uint8_t>((info.postings.empty() ? 0 : kSlotPhrase) | (info.prefix ? kSlotPrefix : 0));
    s.next_words = info.next_words;
    postings.insert(postings.end(), info.postings.begin(), info.postings.end());
    filter_add(filter.data(), filter.size(), full);
    const std::size_t space = key.find(' ');
    const std::uint64_t first_word_hash = hash_bytes(kHashSeed, std::string_view(key).substr(0, space));
    set_bit(first_word_starts.data(), first_word_start_bit(first_word_hash));
    // Every longer key has its two-word prefix among the keys, so the two-word
    // keys give every pair.
    if (space == std::string::npos && !info.postings.empty())
      set_bit(openings.data(), opening_bit(full, kOpeningItself));
    if (space != std::string::npos && key.find(' ', space + 1) == std::string::npos)
      set_bit(openings.data(),
              opening_bit(first_word_hash, hash_bytes(kHashSeed, std::string_view(key).substr(space + 1))));
    if (std::any_of(info.postings.begin(), info.postings.end(), [](const posting_record& p) {
          return (p.alias_flags & (alias_flag::needs_capital | alias_flag::needs_all_caps)) == 0;
        }))
      set_bit(lowercase_starts.data(), lowercase_start_bit(first_word_hash));
    if (!key.empty() && key[0] >= '0' && key[0] <= '9')
      set_bit(digit_starts.data(), lowercase_start_bit(first_word_hash));
    std::size_t at = full & (slot_count - 1);
    while (slots[at].hash != 0) at = (at + 1) & (slot_count - 1);
    slots[at] = s;
  }

  bundle_header h{};
  std::memcpy(h.magic, kBundleMagic, sizeof h.magic);
  h.version = kBundleVersion;
  h.entry_count = static_cast<std::uint32_t>(entries.size());
  h.slot_count = static_cast<std::uint32_t>(slot_count);
  h.posting_count = static_cast<std::uint32_t>(postings.size());
  h.string_bytes = static_cast<std::uint32_t>(strings.bytes().size());
  h.max_phrase_words = max_words;

  std::vector<unsigned char> out;
  out.resize(sizeof h);
  pad8(out);
  h.entries_offset = out.size();
  append_raw(out, entries.data(), entries.size());
  pad8(out);
  h.slots_offset = out.size();
  append_raw(out, slots.data(), slots.size());
  pad8(out);
  h.postings_offset = out.size();
  append_raw(out, postings.data(), postings.size());
  pad8(out);
  h.strings_offset = out.size();
  append_raw(out, strings.bytes().data(), strings.bytes().size());
  pad8(out);
  h.filter_offset = out.size();
  h.filter_words = filter.size();
  append_raw(out, filter.data(), filter.size());
  pad8(out);
  h.lowercase_offset = out.size();
  append_raw(out, lowercase_starts.data(), lowercase_starts.size());
  h.digit_offset = out.size();
  append_raw(out, digit_starts.data(), digit_starts.size());
  h.first_word_offset = out.size();
  append_raw(out, first_word_starts.data(), first_word_starts.size());
  h.openings_offset = out.size();
  append_raw(out, openings.data(), openings.size());
  h.total_size = out.size();
  std::memcpy(out.data(), &h, sizeof h);
  return out;
}

result<bundle_view> bundle_view::open(const unsigned char* data, std::size_t size, std::string_view origin) {
  auto bad = [&](std::string_view why) {
    return error{errc::bad_dictionary, -1, fmt::format("{}: not a valid sitrep bundle: {}", origin, why)};
  };
  if (!data || size < sizeof(bundle_header)) return bad("too short");
  if (reinterpret_cast<std::uintptr_t>(data) % 8 != 0) return bad("misaligned");
  const auto* h = reinterpret_cast<const bundle_header*>(data);
  if (std::memcmp(h->magic, kBundleMagic, sizeof h->magic) != 0) return bad("wrong magic bytes");
  if (h->version != kBundleVersion) return bad(fmt::format("format version {}, expected {}", h->version, kBundleVersion));
  if (h->total_size != size) return bad("size does not match the header");
  auto section_ok = [&](std::uint64_t off, std::uint64_t count, std::uint64_t elem) {
    return off % 8 == 0 && off <= size && count <= (size - off) / elem;
  };
  if (!section_ok(h->entries_offset, h->entry_count, sizeof(entry_record)) ||
      !section_ok(h->slots_offset, h->slot_count, sizeof(slot_record)) ||
      !section_ok(h->postings_offset, h->posting_count, sizeof(posting_record)) ||
      !section_ok(h->strings_offset, h->string_bytes, 1) ||
      !section_ok(h->filter_offset, h->filter_words, sizeof(std::uint64_t)) ||
      !section_ok(h->lowercase_offset, kLowercaseStartWords, sizeof(std::uint64_t)) ||
      !section_ok(h->digit_offset, kLowercaseStartWords, sizeof(std::uint64_t)) ||
      !section_ok(h->first_word_offset, kFirstWordStartWords, sizeof(std::uint64_t)) ||
      !section_ok(h->openings_offset, kOpeningWords, sizeof(std::uint64_t)))
    return bad("a section lies outside the file");
  if (h->slot_count == 0 || (h->slot_count & (h->slot_count - 1)) != 0) return bad("slot count is not a power of two");
  if (h->filter_words == 0 || h->filter_words > (1ull << 32)) return bad("filter size out of range");
  if (h->string_bytes == 0 || data[h->strings_offset + h->string_bytes - 1] != '\0') return bad("string table not terminated");
  bundle_view v;
  v.header_ = h;
  v.entries_ = reinterpret_cast<const entry_record*>(data + h->entries_offset);
  v.slots_ = reinterpret_cast<const slot_record*>(data + h->slots_offset);
  v.postings_ = reinterpret_cast<const posting_record*>(data + h->postings_offset);
  v.strings_ = reinterpret_cast<const char*>(data + h->strings_offset);
  v.filter_ = reinterpret_cast<const std::uint64_t*>(data + h->filter_offset);
  v.lowercase_starts_ = reinterpret_cast<const std::uint64_t*>(data + h->lowercase_offset);
  v.digit_starts_ = reinterpret_cast<const std::uint64_t*>(data + h->digit_offset);
  v.first_word_starts_ = reinterpret_cast<const std::uint64_t*>(data + h->first_word_offset);
  v.openings_ = reinterpret_cast<const std::uint64_t*>(data + h->openings_offset);
  // Every reference must stay inside its table: checked once here, trusted after.
  const std::uint32_t sb = h->string_bytes;
  for (std::uint32_t i = 0; i < h->entry_count; ++i) {
    const entry_record& e = v.entries_[i];
    for (std::uint32_t off : {e.name, e.country, e.admin1, e.sector, e.role, e.feature, e.countries, e.plover_type,
                              e.plover_mode, e.cameo, e.acled_event_type, e.acled_sub_event_type, e.patterns})
      if (off >= sb) return bad(fmt::format("entry {} has a string outside the table", i));
    if (static_cast<unsigned>(e.kind) > static_cast<unsigned>(entry_kind::trigger)) return bad("unknown entry kind");
  }
  std::uint32_t empty_slots = 0;  // probing stops at an empty slot: a full table would never stop
  for (std::uint32_t i = 0; i < h->slot_count; ++i) {
    const slot_record& s = v.slots_[i];
    if (s.hash == 0) {
      ++empty_slots;
      continue;
    }
    if (s.key >= sb || sb - s.key <= s.key_length || s.postings_begin > h->posting_count ||
        s.postings_count > h->posting_count - s.postings_begin)
      return bad(fmt::format("slot {} points outside its tables", i));
  }
  if (empty_slots == 0) return bad("the slot table has no empty slot");
  for (std::uint32_t i = 0; i < h->posting_count; ++i)
    if (v.postings_[i].entry >= h->entry_count) return bad("posting names a missing entry");
  return v;
}

std::string_view bundle_view::str(std::uint32_t offset) const noexcept { return std::string_view(strings_ + offset); }

const slot_record* bundle_view::find(std::uint64_t hash, std::string_view key) const noexcept {
  if (!filter_may_contain(filter_, header_->filter_words, hash)) return nullptr;
  const std::uint32_t want = slot_hash(hash);
  const std::uint32_t mask = header_->slot_count - 1;
  for (std::uint32_t at = static_cast<std::uint32_t>(hash) & mask;; at = (at + 1) & mask) {
    const slot_record& s = slots_[at];
    if (s.hash == 0) return nullptr;
    if (s.hash == want && s.key_length == key.size() && std::memcmp(strings_ + s.key, key.data(), key.size()) == 0)
      return &s;
  }
}

}  // namespace sitrep::detail
