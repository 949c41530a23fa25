#include "json_writer.hpp"

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace sitrep::detail {
namespace {

void append_span(std::string& out, const span& s) {
  fmt::format_to(std::back_inserter(out), "{{\"start\":{},\"end\":{}}}", s.start, s.end);
}

void append_spans(std::string& out, const std::vector<span>& spans) {
  out += '[';
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (i) out += ',';
    append_span(out, spans[i]);
  }
  out += ']';
}

void append_nullable(std::string& out, std::string_view s) {
  if (s.empty()) out += "null";
  else append_json_string(out, s);
}

void append_strings(std::string& out, const std::vector<std::string>& v) {
  out += '[';
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, v[i]);
  }
  out += ']';
}

template <class T>
void append_optional_number(std::string& out, const std::optional<T>& v) {
  if (!v) out += "null";
  else fmt::format_to(std::back_inserter(out), "{}", *v);
}

void append_actor(std::string& out, const actor& a) {
  out += "{\"id\":";
  append_json_string(out, a.id);
  out += ",\"name\":";
  append_json_string(out, a.name);
  out += ",\"kind\":";
  append_json_string(out, a.kind);
  out += ",\"country\":";
  append_nullable(out, a.country);
  out += ",\"sector\":";
  append_nullable(out, a.sector);
  out += ",\"role\":";
  append_nullable(out, a.role);
  out += ",\"count\":";
  append_optional_number(out, a.count);
  out += ",\"mentions\":";
  append_spans(out, a.mentions);
  out += '}';
}

void append_location(std::string& out, const location& l) {
  out += "{\"id\":";
  append_json_string(out, l.id);
  out += ",\"name\":";
  append_json_string(out, l.name);
  out += ",\"kind\":";
  append_json_string(out, l.kind);
  out += ",\"country\":";
  append_nullable(out, l.country);
  out += ",\"admin1\":";
  append_nullable(out, l.admin1);
  out += ",\"lat\":";
  append_optional_number(out, l.lat);
  out += ",\"lon\":";
  append_optional_number(out, l.lon);
  out += ",\"geonames_id\":";
  append_optional_number(out, l.geonames_id);
  if (!l.countries.empty()) {
    out += ",\"countries\":";
    append_strings(out, l.countries);
  }
  out += ",\"mentions\":";
  append_spans(out, l.mentions);
  out += '}';
}

void append_date(std::string& out, const date_mention& d) {
  fmt::format_to(std::back_inserter(out), "{{\"start\":{},\"end\":{},\"text\":", d.where.start, d.where.end);
  append_json_string(out, d.text);
  out += ",\"value\":";
  append_nullable(out, d.value);
  out += ",\"precision\":";
  append_json_string(out, to_string(d.precision));
  out += '}';
}

void append_incident(std::string& out, const incident& x) {
  out += "{\"id\":";
  append_json_string(out, x.id);
  out += ",\"type\":";
  append_json_string(out, x.type);
  out += ",\"mode\":";
  append_nullable(out, x.mode);
  out += ",\"cameo\":";
  append_nullable(out, x.cameo);
  out += ",\"acled_event_type\":";
  append_nullable(out, x.acled_event_type);
  out += ",\"acled_sub_event_type\":";
  append_nullable(out, x.acled_sub_event_type);
  out += ",\"date\":";
  append_nullable(out, x.date);
  out += ",\"date_precision\":";
  append_json_string(out, to_string(x.precision));
  out += ",\"location\":";
  append_nullable(out, x.location);
  out += ",\"sources\":";
  append_strings(out, x.sources);
  out += ",\"targets\":";
  append_strings(out, x.targets);
  out += ",\"fatalities\":";
  append_optional_number(out, x.fatalities);
  out += ",\"injuries\":";
  append_optional_number(out, x.injuries);
  out += ",\"sentence\":";
  append_span(out, x.sentence);
  out += ",\"trigger\":";
  append_span(out, x.trigger);
  fmt::format_to(std::back_inserter(out), ",\"confidence\":{:.3f}}}", x.confidence);
}

template <class T, class F>
void append_array(std::string& out, const std::vector<T>& items, F&& each) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    each(out, items[i]);
  }
  out += ']';
}

// Re-indents compact JSON (made above, so well-formed) for human readers.
std::string indent_json(std::string_view compact, int indent) {
  std::string out;
  out.reserve(compact.size() * 2);
  int depth = 0;
  bool in_string = false;
  auto newline = [&] {
    out += '\n';
    out.append(static_cast<std::size_t>(depth * indent), ' ');
  };
  for (std::size_t i = 0; i < compact.size(); ++i) {
    const char c = compact[i];
    if (in_string) {
      out += c;
      if (c == '\\') out += compact[++i];
      else if (c == '"') in_string = false;
      continue;
    }
    switch (c) {
      case '"': in_string = true; out += c; break;
      case '{': case '[':
        out += c;
        if (i + 1 < compact.size() && (compact[i + 1] == '}' || compact[i + 1] == ']')) { out += compact[++i]; break; }
        ++depth;
        newline();
        break;
      case '}': case ']': --depth; newline(); out += c; break;
      case ',': out += c; newline(); break;
      case ':': out += ": "; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      out += static_cast<char>(c);
      ++p;
      continue;
    }
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(c));
      }
      ++p;
      continue;
    }
    const auto cp = decode_utf8(p, end);
    if (cp.valid) out.append(reinterpret_cast<const char*>(p), cp.length);
    else out += "\xEF\xBF\xBD";
    p += cp.length;
  }
  out += '"';
}

const char* token_kind_name(token_kind k) noexcept {
  switch (k) {
    case token_kind::word: return "word";
    case token_kind::number: return "number";
    case token_kind::punctuation: return "punctuation";
    case token_kind::symbol: return "symbol";
    case token_kind::url: return "url";
    case token_kind::email: return "email";
    case token_kind::invalid: return "invalid";
  }
  return "invalid";
}

void append_document_json(std::string& out, const document& doc, int indent) {
  std::string compact;
  std::string& o = indent < 0 ? out : compact;
  o += "{\"id\":";
  append_json_string(o, doc.id);
  o += ",\"reference_date\":";
  if (doc.reference_date)
    fmt::format_to(std::back_inserter(o), "\"{:04}-{:02}-{:02}\"", doc.reference_date->year,
                   doc.reference_date->month, doc.reference_date->day);
  else
    o += "null";
  o += ",\"actors\":";
  append_array(o, doc.actors, append_actor);
  o += ",\"locations\":";
  append_array(o, doc.locations, append_location);
  o += ",\"dates\":";
  append_array(o, doc.dates, append_date);
  o += ",\"incidents\":";
  append_array(o, doc.incidents, append_incident);
  o += '}';
  if (indent >= 0) out += indent_json(compact, indent);
}

void append_tokenization_json(std::string& out, std::string_view text, const tokenization& t,
                              std::string_view id) {
  out += "{\"id\":";
  append_json_string(out, id);
  out += ",\"tokens\":[";
  for (std::size_t i = 0; i < t.tokens.size(); ++i) {
    const token& k = t.tokens[i];
    if (i) out += ',';
    fmt::format_to(std::back_inserter(out), "{{\"start\":{},\"end\":{},\"kind\":\"{}\",\"flags\":{},\"text\":",
                   k.start, k.end, token_kind_name(k.kind), k.flags);
    append_json_string(out, k.view(text));
    out += '}';
  }
  out += "],\"sentences\":[";
  for (std::size_t i = 0; i < t.sentences.size(); ++i) {
    const sentence& s = t.sentences[i];
    if (i) out += ',';
    fmt::format_to(std::back_inserter(out), "{{\"start\":{},\"end\":{},\"first_token\":{},\"last_token\":{}}}",
                   s.start, s.end, s.first_token, s.last_token);
  }
  out += "]}";
}

}  // namespace sitrep::detail
