// sitrep/result.hpp — errors as values: `result<T>` holds a T or an `error`.
//
// sitrep reports bad input (invalid UTF-8, NUL bytes, oversized text, malformed
// dictionaries) as an `error` with a code, a byte offset or line where one
// applies, and a message; it does not throw for them. Codes match the C ABI's
// SITREP_E_* values and are never renumbered.
//
// Thread-safety: plain values.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace sitrep {
inline namespace v0 {

/// Error codes; 0 is success, errors are negative (the C ABI uses the same numbers).
enum class errc : int {
  ok = 0,
  null_argument = -1,     ///< a required pointer was NULL (C ABI)
  invalid_argument = -2,  ///< an option is out of range or malformed
  invalid_utf8 = -3,      ///< the text is not valid UTF-8 (offset says where)
  input_too_large = -4,   ///< the text exceeds the configured or absolute limit
  out_of_memory = -5,
  io_error = -6,          ///< a file could not be read
  bad_dictionary = -7,    ///< a dictionary file is malformed (file and line in the message)
  internal = -8,          ///< a bug: please report it
  nul_byte = -9,          ///< the text contains a NUL byte (offset says where)
  bad_date = -10,         ///< a reference date that is not a real calendar day
};

/// A static, human-readable description of a code.
const char* to_string(errc code) noexcept;

/// What went wrong. `offset` is a byte offset into the input for text errors,
/// a 1-based line number for dictionary errors, and -1 when neither applies.
struct error {
  errc code = errc::ok;
  std::int64_t offset = -1;
  std::string message;
};

/// A value or an error. Check `ok()` before `value()`.
template <class T>
class result {
 public:
  result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  result(error e) : v_(std::move(e)) {}              // NOLINT: implicit by design
  [[nodiscard]] bool ok() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const error& err() const { return std::get<1>(v_); }

 private:
  std::variant<T, error> v_;
};

}  // namespace v0
}  // namespace sitrep
