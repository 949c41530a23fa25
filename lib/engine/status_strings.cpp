#include "sitrep/records.hpp"
#include "sitrep/result.hpp"

namespace sitrep {
inline namespace v0 {

const char* to_string(errc code) noexcept {
  switch (code) {
    case errc::ok: return "ok";
    case errc::null_argument: return "a required pointer argument was NULL";
    case errc::invalid_argument: return "invalid argument";
    case errc::invalid_utf8: return "input is not valid UTF-8";
    case errc::input_too_large: return "input is larger than the configured limit";
    case errc::out_of_memory: return "out of memory";
    case errc::io_error: return "file could not be read";
    case errc::bad_dictionary: return "malformed dictionary";
    case errc::internal: return "internal error";
    case errc::nul_byte: return "input contains a NUL byte";
    case errc::bad_date: return "not a valid calendar date";
  }
  return "unknown status";
}

const char* to_string(date_precision p) noexcept {
  switch (p) {
    case date_precision::none: return "none";
    case date_precision::day: return "day";
    case date_precision::week: return "week";
    case date_precision::month: return "month";
    case date_precision::quarter: return "quarter";
    case date_precision::season: return "season";
    case date_precision::year: return "year";
    case date_precision::decade: return "decade";
    case date_precision::vague: return "vague";
  }
  return "none";
}

}  // namespace v0
}  // namespace sitrep
