#include "block_scanner.hpp"

namespace sitrep::detail {

block_masks classify_block_scalar(const unsigned char* p) noexcept {
  block_masks m{0, 0, 0, 0, 0};
  for (unsigned i = 0; i < 64; ++i) {
    const unsigned char c = p[i];
    const std::uint64_t bit = 1ull << i;
    if (c == '\n') m.newline |= bit;
    if (c == ' ' || (c >= 0x09 && c <= 0x0D)) m.space |= bit;
    else if (c >= 'A' && c <= 'Z') m.upper |= bit;
    else if (c >= 'a' && c <= 'z') m.lower |= bit;
    else if (c >= '0' && c <= '9') m.digit |= bit;
  }
  return m;
}

}  // namespace sitrep::detail
