// Where a token's fields lie among the 24 dwords that eight 12-byte tokens span:
// the permute indices by which the vector kernels (the key pass, the sentence
// splitter's first test) pull one field of eight tokens into one vector.
#pragma once

#include <cstddef>

#include "sitrep/token.hpp"

namespace sitrep::detail {

static_assert(sizeof(token) == 12 && offsetof(token, start) == 0 && offsetof(token, end) == 4 &&
              offsetof(token, flags) == 8 && offsetof(token, kind) == 10);

// 16 indices each, for a permute over two registers; the last eight are unused.
inline constexpr int kStartDword[16] = {0, 3, 6, 9, 12, 15, 18, 21, 0, 0, 0, 0, 0, 0, 0, 0};
inline constexpr int kEndDword[16] = {1, 4, 7, 10, 13, 16, 19, 22, 0, 0, 0, 0, 0, 0, 0, 0};
inline constexpr int kMetaDword[16] = {2, 5, 8, 11, 14, 17, 20, 23, 0, 0, 0, 0, 0, 0, 0, 0};  // flags | kind << 16

}  // namespace sitrep::detail
