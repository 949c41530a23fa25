#include "input_check.hpp"

#include <cstdint>
#include <fmt/format.h>

#include "text/utf8.hpp"

namespace sitrep::detail {

std::optional<error> check_article(std::string_view text, std::size_t limit) {
  // Token offsets are 32-bit; that is the absolute ceiling whatever the option says.
  constexpr std::size_t absolute = UINT32_MAX;
  const std::size_t max = (limit == 0 || limit > absolute) ? absolute : limit;
  if (text.size() > max)
    return error{errc::input_too_large, static_cast<std::int64_t>(max),
                 fmt::format("article is {} bytes; the limit is {} bytes", text.size(), max)};
  const std::size_t bad = first_invalid_utf8(text.data(), text.size());
  if (bad == utf8_npos) return std::nullopt;
  if (text[bad] == '\0')
    return error{errc::nul_byte, static_cast<std::int64_t>(bad), fmt::format("NUL byte at byte offset {}", bad)};
  return error{errc::invalid_utf8, static_cast<std::int64_t>(bad),
               fmt::format("invalid UTF-8 at byte offset {} (byte 0x{:02X})", bad,
                           static_cast<unsigned>(static_cast<unsigned char>(text[bad])))};
}

}  // namespace sitrep::detail
