// CSV (one row per incident, ACLED-like columns) and GeoJSON writers.
#pragma once

#include <string>

#include "sitrep/records.hpp"

namespace sitrep::detail {

/// The CSV header row (with its newline).
void append_incident_csv_header(std::string& out);
/// One row per incident of `doc` (RFC 4180 quoting).
void append_incident_csv_rows(std::string& out, const document& doc);

/// GeoJSON Features (comma-separated, no brackets) for the incidents and
/// locations of `doc` that have coordinates; `first` tracks the separator.
void append_geojson_features(std::string& out, const document& doc, bool& first);

}  // namespace sitrep::detail
