// lib/parse/geo_distance.hpp — great-circle distance between two points.
//
// Thread-safety: a pure function.
#pragma once

#include <algorithm>
#include <cmath>

namespace sitrep::detail {

/// Kilometres between two WGS84 points (haversine on a sphere of the Earth's mean radius).
inline double distance_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace sitrep::detail
