// Up-front validation of an article before any parsing stage sees it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "sitrep/result.hpp"

namespace sitrep::detail {

/// An error when `text` is too large, holds a NUL byte or is not valid UTF-8;
/// nothing otherwise. `limit` is the configured maximum size in bytes.
std::optional<error> check_article(std::string_view text, std::size_t limit);

}  // namespace sitrep::detail
