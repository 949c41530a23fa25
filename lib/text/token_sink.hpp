// Where the window scanner's tokens go on their way to the caller's vector.
// Internal to lib/text.
#pragma once

#include <cstddef>
#include <vector>

#include "sitrep/token.hpp"

namespace sitrep::detail {

/// Collects tokens in a buffer on the stack and appends them to the caller's
/// vector a few hundred at a time: no capacity check per token, and no zero
/// filling of vector slots before they are written.
class token_sink {
 public:
  explicit token_sink(std::vector<token>& out) noexcept : out_(out) {}
  token_sink(const token_sink&) = delete;
  token_sink& operator=(const token_sink&) = delete;

  /// Where the next token goes, with room for a window's worth (64) and 16 spare.
  token* next() {
    if (used_ > kCapacity - 80) flush();
    return buffer() + used_;
  }
  void commit(const token* end) noexcept { used_ = static_cast<std::size_t>(end - buffer()); }
  /// Appends what is buffered; the vector is then complete up to here.
  std::vector<token>& flush() {
    out_.insert(out_.end(), buffer(), buffer() + used_);
    used_ = 0;
    return out_;
  }

 private:
  static constexpr std::size_t kCapacity = 512;
  // Raw storage: tokens are aggregates, created by the stores that write them.
  token* buffer() noexcept { return reinterpret_cast<token*>(storage_); }

  std::vector<token>& out_;
  std::size_t used_ = 0;
  alignas(token) unsigned char storage_[kCapacity * sizeof(token)];
};

}  // namespace sitrep::detail
