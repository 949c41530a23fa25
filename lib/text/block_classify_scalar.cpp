// Portable block classification: class bytes per input byte from tables, then
// each class's bits of eight bytes gathered into one mask byte with a multiply.
#include <array>
#include <cstring>

#include "block_scanner.hpp"

namespace sitrep::detail {
namespace {

// Two tables of eight classes each: bit k of the class byte is one mask.
enum : std::uint8_t {
  kSpace = 1u << 0, kUpper = 1u << 1, kLower = 1u << 2, kDigit = 1u << 3,
  kMark = 1u << 4, kPeriod = 1u << 5, kSlash = 1u << 6, kHyphen = 1u << 7,
};
enum : std::uint8_t { kComma = 1u << 0, kColon = 1u << 1, kNewline = 1u << 2, kApostrophe = 1u << 3, kEss = 1u << 4 };

constexpr std::array<std::uint8_t, 256> make_table_a() {
  std::array<std::uint8_t, 256> t{};
  for (unsigned c = 0; c < 256; ++c) {
    std::uint8_t k = 0;
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) k |= kSpace;
    if (c >= 'A' && c <= 'Z') k |= kUpper;
    if (c >= 'a' && c <= 'z') k |= kLower;
    if (c >= '0' && c <= '9') k |= kDigit;
    if (is_mark_byte(c)) k |= kMark;
    if (c == '.') k |= kPeriod;
    if (c == '/') k |= kSlash;
    if (c == '-') k |= kHyphen;
    t[c] = k;
  }
  return t;
}

constexpr std::array<std::uint8_t, 256> make_table_b() {
  std::array<std::uint8_t, 256> t{};
  t[','] = kComma;
  t[':'] = kColon;
  t['\n'] = kNewline;
  t['\''] = kApostrophe;
  t['s'] = t['S'] = kEss;
  return t;
}

constexpr std::array<std::uint8_t, 256> kTableA = make_table_a();
constexpr std::array<std::uint8_t, 256> kTableB = make_table_b();
constexpr std::uint64_t kLaneLow = 0x0101010101010101ull;

// Bit 0 of each byte lane as an 8-bit mask (lane k → bit k): the multiply moves
// lane k's bit to bit 56 + k, and no two partial products meet.
inline std::uint64_t gather(std::uint64_t lanes) noexcept {
  return ((lanes & kLaneLow) * 0x0102040810204080ull) >> 56;
}

block_masks classify_block_scalar(const unsigned char* p, std::uint8_t* attr) noexcept {
  block_masks m{};
  std::uint64_t apostrophes = 0, esses = 0;
  std::uint8_t after_space = start_attr::after_space;  // the byte before the window counts as white space
  for (unsigned i = 0; i < 64; i += 8) {
    std::uint64_t a = 0, b = 0;
    for (unsigned k = 0; k < 8; ++k) {
      const std::uint8_t classes = kTableA[p[i + k]];
      a |= static_cast<std::uint64_t>(classes) << (8 * k);
      b |= static_cast<std::uint64_t>(kTableB[p[i + k]]) << (8 * k);
      attr[i + k] = kStartAttrs.of[p[i + k]] | after_space;
      after_space = (classes & kSpace) ? start_attr::after_space : 0;
    }
    m.space |= gather(a) << i;
    m.upper |= gather(a >> 1) << i;
    m.lower |= gather(a >> 2) << i;
    m.digit |= gather(a >> 3) << i;
    m.mark |= gather(a >> 4) << i;
    m.period |= gather(a >> 5) << i;
    m.slash |= gather(a >> 6) << i;
    m.hyphen |= gather(a >> 7) << i;
    if (b != 0) {  // most 8-byte groups hold none of these
      m.comma |= gather(b) << i;
      m.colon |= gather(b >> 1) << i;
      m.newline |= gather(b >> 2) << i;
      apostrophes |= gather(b >> 3) << i;
      esses |= gather(b >> 4) << i;
    }
  }
  m.apostrophe_s = apostrophes & (esses >> 1);
  return m;
}

struct scalar_kernel {
  static block_masks classify(const unsigned char* p, std::uint8_t* attr) noexcept {
    return classify_block_scalar(p, attr);
  }
  // The masks spread here are sparse (line breaks, digits, hyphens, capitals).
  static void spread(std::uint64_t mask, std::uint8_t bit, std::uint8_t* bytes) noexcept {
    for (; mask; mask &= mask - 1) bytes[__builtin_ctzll(mask)] |= bit;
  }
  template <std::size_t N>
  static void fill(const std::uint64_t (&masks)[N], const std::uint8_t (&bits)[N], std::uint8_t* bytes) noexcept {
    std::memset(bytes, 0, 64);
    for (std::size_t k = 0; k < N; ++k) spread(masks[k], bits[k], bytes);
  }
};

}  // namespace

void scan_text_scalar(std::string_view text, std::vector<token>& out) { scan_text(text, out, scalar_kernel{}); }

}  // namespace sitrep::detail
