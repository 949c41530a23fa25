#include "json_input.hpp"

#include <charconv>
#include <fmt/format.h>

namespace sitrep::cli {
namespace {

// A small strict JSON reader: enough for one object of scalars, arrays and objects.
class reader {
 public:
  explicit reader(std::string_view s) : s_(s) {}
  std::string error;

  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
  }
  bool eat(char c) {
    ws();
    if (i_ < s_.size() && s_[i_] == c) { ++i_; return true; }
    return false;
  }
  bool at_end() { ws(); return i_ == s_.size(); }
  char peek() { ws(); return i_ < s_.size() ? s_[i_] : '\0'; }
  std::size_t pos() const { return i_; }

  bool fail(std::string_view what) {
    if (error.empty()) error = fmt::format("{} at column {}", what, i_ + 1);
    return false;
  }

  bool string(std::string& out) {
    if (!eat('"')) return fail("expected a string");
    out.clear();
    while (i_ < s_.size()) {
      const char c = s_[i_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in string");
      if (c != '\\') { out += c; continue; }
      if (i_ >= s_.size()) break;
      const char e = s_[i_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t cp;
          if (!hex4(cp)) return fail("bad \\u escape");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            std::uint32_t lo;
            if (i_ + 1 >= s_.size() || s_[i_] != '\\' || s_[i_ + 1] != 'u') return fail("lone surrogate");
            i_ += 2;
            if (!hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return fail("bad surrogate pair");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return fail("lone surrogate");
          }
          append_utf8(out, cp);
          break;
        }
        default: return fail("bad escape");
      }
    }
    return fail("unterminated string");
  }

  bool skip_value(int depth = 0) {
    if (depth > 64) return fail("nesting too deep");
    const char c = peek();
    std::string scratch;
    if (c == '"') return string(scratch);
    if (c == '{') {
      ++i_;
      if (eat('}')) return true;
      do {
        if (!string(scratch) || !eat(':') || !skip_value(depth + 1)) return fail("bad object");
      } while (eat(','));
      return eat('}') || fail("expected '}'");
    }
    if (c == '[') {
      ++i_;
      if (eat(']')) return true;
      do {
        if (!skip_value(depth + 1)) return false;
      } while (eat(','));
      return eat(']') || fail("expected ']'");
    }
    return scalar(scratch);
  }

  // A number, true, false or null, returned as written.
  bool scalar(std::string& out) {
    ws();
    const std::size_t b = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-' ||
                              s_[i_] == '+' || s_[i_] == '.'))
      ++i_;
    out.assign(s_.substr(b, i_ - b));
    if (out == "true" || out == "false" || out == "null") return true;
    double d;
    const auto r = std::from_chars(out.data(), out.data() + out.size(), d);
    if (out.empty() || r.ec != std::errc() || r.ptr != out.data() + out.size()) return fail("bad value");
    return true;
  }

 private:
  bool hex4(std::uint32_t& v) {
    if (i_ + 4 > s_.size()) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = s_[i_++];
      v <<= 4;
      if (h >= '0' && h <= '9') v |= static_cast<std::uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f') v |= static_cast<std::uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F') v |= static_cast<std::uint32_t>(h - 'A' + 10);
      else return false;
    }
    return true;
  }
  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

std::optional<civil_date> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  civil_date d;
  auto num = [&](std::size_t b, std::size_t n, int& v) {
    const auto r = std::from_chars(s.data() + b, s.data() + b + n, v);
    return r.ec == std::errc() && r.ptr == s.data() + b + n;
  };
  if (!num(0, 4, d.year) || !num(5, 2, d.month) || !num(8, 2, d.day)) return std::nullopt;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > kDays[d.month - 1]) return std::nullopt;
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  if (d.month == 2 && d.day == 29 && !leap) return std::nullopt;
  return d;
}

bool parse_input_line(std::string_view line, input_record& out, std::string& message, bool strict_date) {
  reader r(line);
  out = input_record{};
  bool have_text = false;
  if (!r.eat('{')) { message = "line is not a JSON object"; return false; }
  if (!r.eat('}')) {
    do {
      std::string key;
      if (!r.string(key) || !r.eat(':')) { message = r.error.empty() ? "expected \"key\":" : r.error; return false; }
      if (key == "id") {
        if (r.peek() == '"') {
          if (!r.string(out.id)) { message = r.error; return false; }
        } else if (!r.scalar(out.id)) {
          message = r.error;
          return false;
        }
      } else if (key == "text") {
        if (!r.string(out.text)) { message = "\"text\" must be a string: " + r.error; return false; }
        have_text = true;
      } else if (key == "date") {
        if (r.peek() == 'n') {
          std::string null_word;
          if (!r.scalar(null_word) || null_word != "null") { message = "\"date\" must be a string or null"; return false; }
        } else {
          std::string date;
          if (!r.string(date)) { message = "\"date\" must be a string: " + r.error; return false; }
          out.date = parse_iso_date(date);
          if (!out.date && strict_date) { message = fmt::format("\"date\" {:?} is not a YYYY-MM-DD calendar day", date); return false; }
        }
      } else if (!r.skip_value()) {
        message = r.error;
        return false;
      }
    } while (r.eat(','));
    if (!r.eat('}')) { message = r.error.empty() ? "expected ',' or '}'" : r.error; return false; }
  }
  if (!r.at_end()) { message = "trailing characters after the JSON object"; return false; }
  if (!have_text) { message = "missing \"text\""; return false; }
  return true;
}

}  // namespace sitrep::cli
