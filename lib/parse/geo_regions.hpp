// Border regions named by two countries: "the border region between Iran and
// Pakistan", "the common border areas of Iran and Pakistan", "the Iran-Pakistan
// border". They become region locations holding both countries.
#pragma once

#include <string>
#include <vector>

#include "parse/geo_types.hpp"

namespace sitrep::detail {

struct border_region {
  std::uint32_t start = 0, end = 0;  // the phrase, "border" through the second country
  std::string_view first, second;    // alpha-3 codes in text order
  std::string name;                  // "Iran-Pakistan border", or the dictionary region's name
  const bundle_view* bundle = nullptr;  // the dictionary region, when there is one
  std::uint32_t index = 0;
};

/// Border phrases over resolved country mentions of `doc` (after resolve_toponyms).
std::vector<border_region> find_border_regions(const geo_document& doc);

}  // namespace sitrep::detail
