// PETRARCH/TABARI dictionaries (.actors, .agents, .verbs), so users can bring
// existing CAMEO dictionaries. Names use '_' for spaces; codes are CAMEO actor
// codes (country + sector) or event codes.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <fmt/format.h>

#include "lexicon/dictionary_sources.hpp"
#include "lexicon/petrarch_patterns.hpp"
#include "lexicon/tsv_reader.hpp"
#include "text/ascii.hpp"
#include "text/utf8.hpp"

namespace sitrep::detail {
namespace {

// "PRESIDENT_GEORGE_W._BUSH" → "President George W. Bush": PETRARCH writes names
// in capitals, but sitrep's matcher reads case, so names get title case.
std::string display_name(std::string_view raw) {
  std::string out;
  bool word_start = true;
  for (char c : raw) {
    if (c == '_') {
      out += ' ';
      word_start = true;
      continue;
    }
    const auto u = static_cast<unsigned char>(c);
    out += static_cast<char>(word_start ? std::toupper(u) : std::tolower(u));
    word_start = c == ' ' || c == '-';
  }
  return std::string(trim_ascii_space(out));
}

// Strip an end-of-line comment.
std::string_view without_comment(std::string_view line) {
  const auto hash = line.find('#');
  return trim_ascii_space(hash == std::string_view::npos ? line : line.substr(0, hash));
}

// The meaningful lines of a dictionary: trimmed, "# …" comments cut, <!-- … -->
// blocks and blank lines skipped; line numbers stay those of the file.
class dictionary_lines {
 public:
  explicit dictionary_lines(std::string_view text) : text_(text) {}
  bool next(std::size_t& line_no, std::string_view& line) {
    while (pos_ <= text_.size()) {
      const std::size_t nl = text_.find('\n', pos_);
      line = text_.substr(pos_, (nl == std::string_view::npos ? text_.size() : nl) - pos_);
      pos_ = nl == std::string_view::npos ? text_.size() + 1 : nl + 1;
      line_no = ++line_no_;
      line = trim_ascii_space(line);
      if (in_comment_) {
        if (line.find("-->") != std::string_view::npos) in_comment_ = false;
        continue;
      }
      if (line.substr(0, 4) == "<!--") {
        in_comment_ = line.find("-->") == std::string_view::npos;
        continue;
      }
      line = without_comment(line);
      if (!line.empty()) return true;
    }
    return false;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0, line_no_ = 0;
  bool in_comment_ = false;
};

constexpr std::array<std::string_view, 22> kSectors = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY",
                                                       "IGO", "NGO", "MED", "EDU", "BUS", "CRM", "CVL", "LAB",
                                                       "LEG", "REF", "REL", "HLH", "AGR", "ELI"};
constexpr std::array<std::string_view, 6> kNonStates = {"IGO", "NGO", "IMG", "MNC", "UIS", "INS"};

bool known(auto const& list, std::string_view s) { return std::find(list.begin(), list.end(), s) != list.end(); }

// Country and sector from a CAMEO actor code such as "PSEREBHMS", "IGOUNO", "~GOV".
void apply_actor_code(std::string_view code, entry_source& e) {
  std::string c;
  for (char ch : code)
    if (std::isalpha(static_cast<unsigned char>(ch))) c += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (c.size() < 3) return;
  const std::string first = c.substr(0, 3);
  if (known(kNonStates, first)) {
    e.sector = first == "IMG" || first == "INS" ? "REB" : first == "UIS" ? "UAF" : first == "MNC" ? "BUS" : first;
    return;
  }
  if (known(kSectors, first)) {
    e.sector = first;
    return;
  }
  e.country = first;
  if (c.size() >= 6 && known(kSectors, std::string_view(c).substr(3, 3))) e.sector = c.substr(3, 3);
}

// A PETRARCH date: yymmdd (years 40-99 are 19yy, else 20yy) or yyyymmdd, as days
// since 1970-01-01; nullopt when it is neither.
std::optional<std::int32_t> petrarch_date(std::string_view digits) {
  if ((digits.size() != 6 && digits.size() != 8) ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  int v[8] = {};
  for (std::size_t i = 0; i < digits.size(); ++i) v[i] = digits[i] - '0';
  int year, month, day;
  if (digits.size() == 6) {
    year = v[0] * 10 + v[1];
    year += year >= 40 ? 1900 : 2000;
    month = v[2] * 10 + v[3];
    day = v[4] * 10 + v[5];
  } else {
    year = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    month = v[4] * 10 + v[5];
    day = v[6] * 10 + v[7];
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return days_from_civil(year, month, day);
}

// apply_dated_code's work; false when the dates do not read.
bool apply_code_and_dates(std::string_view inside, entry_source& e) {
  inside = trim_ascii_space(inside);
  const auto space = inside.find_first_of(" \t<>");
  apply_actor_code(inside.substr(0, space), e);
  if (space == std::string_view::npos) return true;
  std::string rest;
  for (char c : inside.substr(space))
    if (c != ' ' && c != '\t') rest += c;
  if (rest.empty()) return true;
  if (rest[0] == '<' || rest[0] == '>') {
    const auto d = petrarch_date(std::string_view(rest).substr(1));
    if (!d) return false;
    if (rest[0] == '<') e.valid_to = *d - 1;
    else e.valid_from = *d + 1;
    return true;
  }
  const auto dash = rest.find('-');
  if (dash == std::string::npos) return false;
  const auto from = petrarch_date(std::string_view(rest).substr(0, dash));
  const auto to = petrarch_date(std::string_view(rest).substr(dash + 1));
  if (!from || !to) return false;
  e.valid_from = *from;
  e.valid_to = *to;
  return true;
}

// The inside of an actor's code brackets: "USAGOV", "HOB < 950601",
// "HOBGOV 19950601 - 19990815", "RUSGOV 930922-931004", "HOBREB > 990816".
// Sets the entry's country, sector and validity. Dates that do not read leave the
// code undated: the public Phoenix dictionaries hold a few ("9008223-911221"), and
// PETRARCH reads those files whole.
void apply_dated_code(std::string_view inside, entry_source& e) {
  entry_source dated = e;
  if (!apply_code_and_dates(inside, dated)) {
    apply_actor_code(trim_ascii_space(inside).substr(0, trim_ascii_space(inside).find_first_of(" \t<>")), e);
    return;
  }
  e = std::move(dated);
}

result<std::vector<entry_source>> read_actors(const std::string& path, const std::string& text) {
  std::vector<entry_source> out;
  // The actor being read: its own line and synonyms, then its dated codes ("[USAGOV
  // >090120]" on lines of their own), one entry each, so the parser can take the one
  // valid on the article's date.
  entry_source actor;
  std::vector<entry_source> dated;
  bool reading = false, own_code = false;
  auto finish = [&] {
    if (!reading) return;
    // An actor with a code of its own keeps it beside its dated ones.
    if (dated.empty() || own_code) out.push_back(actor);
    if (!dated.empty()) {
      // Codes with terms of office mark a person ("BARACK_OBAMA" with "[USAGOV
      // >090120]"); PETRARCH itself does not tell persons from organisations.
      const bool person = std::any_of(dated.begin(), dated.end(), [](const entry_source& d) {
        return d.valid_from != INT32_MIN || d.valid_to != INT32_MAX;
      });
      for (auto& d : dated) {
        d.name = actor.name;
        d.aliases = actor.aliases;
        if (person) d.kind = entry_kind::person;
        out.push_back(std::move(d));
      }
    }
    dated.clear();
    reading = false;
  };
  dictionary_lines lines(text);
  std::size_t line_no = 0;
  std::string_view line;
  while (lines.next(line_no, line)) {
    if (line[0] == '+') {  // synonym of the actor being read
      if (!reading) return dictionary_error(path, line_no, "synonym '+' before any actor");
      // (Without a '[', find() - 1 is still past the end: the whole rest is the name.)
      const std::string_view syn = trim_ascii_space(line.substr(1, line.find('[') - 1));
      if (!syn.empty()) actor.aliases.push_back({display_name(syn), 0});
      continue;
    }
    const auto open = line.find('[');
    const auto close = line.find(']', open == std::string_view::npos ? 0 : open);
    if ((open == std::string_view::npos) != (close == std::string_view::npos))
      return dictionary_error(path, line_no, "unbalanced '[' ']'");
    const std::string_view name = trim_ascii_space(line.substr(0, open));
    if (name.empty()) {
      // A further code of the actor being read, usually dated.
      if (!reading) return dictionary_error(path, line_no, "code line before any actor");
      entry_source d = actor;
      apply_dated_code(line.substr(open + 1, close - open - 1), d);
      dated.push_back(std::move(d));
      continue;
    }
    finish();
    actor = entry_source{};
    actor.kind = entry_kind::organization;
    actor.name = display_name(name);
    actor.aliases.push_back({actor.name, 0});
    reading = true;
    own_code = open != std::string_view::npos;
    if (own_code) {
      const std::string_view inside = trim_ascii_space(line.substr(open + 1, close - open - 1));
      const std::string_view code = inside.substr(0, inside.find_first_of(" \t<>"));
      apply_dated_code(inside, actor);
      std::string letters;
      for (char ch : code)
        if (std::isalpha(static_cast<unsigned char>(ch))) letters += ch;
      // A state or its alias: a bare country code, undated.
      if (letters.size() == 3 && !actor.country.empty() && code.size() == inside.size())
        actor.kind = entry_kind::country;
    }
  }
  finish();
  return out;
}

result<std::vector<entry_source>> read_agents(const std::string& path, const std::string& text) {
  std::vector<entry_source> out;
  dictionary_lines lines(text);
  std::size_t line_no = 0;
  std::string_view line;
  while (lines.next(line_no, line)) {
    if (line[0] == '!') continue;  // substitution sets like !PERSON! = MAN, MEN
    const auto open = line.find('[');
    const auto close = line.find(']');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
      return dictionary_error(path, line_no, "an agent needs a code in [ ]");
    std::string_view head = trim_ascii_space(line.substr(0, open));
    std::vector<std::string> names;
    if (const auto brace = head.find('{'); brace != std::string_view::npos) {
      const auto end = head.find('}', brace);
      if (end == std::string_view::npos) return dictionary_error(path, line_no, "unbalanced '{' '}'");
      std::string_view plurals = head.substr(brace + 1, end - brace - 1);
      head = trim_ascii_space(head.substr(0, brace));
      while (!plurals.empty()) {
        const auto sp = plurals.find(' ');
        const std::string_view p = trim_ascii_space(plurals.substr(0, sp));
        if (!p.empty()) names.push_back(display_name(p));
        if (sp == std::string_view::npos) break;
        plurals.remove_prefix(sp + 1);
      }
    }
    if (head.empty() || head.find('!') != std::string_view::npos) continue;
    entry_source e;
    e.kind = entry_kind::role;
    e.subkind = static_cast<std::uint8_t>(role_subkind::person_title);
    const std::string name = ascii_lower(display_name(head));
    e.name = name;
    e.role = name;
    e.aliases.push_back({name, 0});
    for (const auto& n : names) e.aliases.push_back({ascii_lower(n), 0});
    apply_actor_code(line.substr(open + 1, close - open - 1), e);
    out.push_back(std::move(e));
  }
  return out;
}

// The regular forms of a verb phrase, as PETRARCH makes them for a verb listed
// without irregular ones: its first word takes -s, -ed and -ing ("welcome" →
// "welcomes", "welcomed", "welcoming"; "call off" → "called off"), spelled as
// English does after a final e, a consonant and y, or a sibilant.
std::vector<std::string> regular_verb_forms(const std::string& phrase) {
  const auto space = phrase.find(' ');
  const std::string verb = phrase.substr(0, space);
  const std::string rest = space == std::string::npos ? std::string() : phrase.substr(space);
  if (verb.size() < 2 || !std::all_of(verb.begin(), verb.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return {};
  const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  const char last = verb.back(), before = verb[verb.size() - 2];
  std::string third, past, progressive;
  if (last == 'e') {
    third = verb + "s";
    past = verb + "d";
    // "agreeing", "dyeing", "hoeing" keep their e; "welcoming" drops it.
    const bool keeps_e = before == 'e' || before == 'y' || before == 'o';
    progressive = keeps_e ? verb + "ing" : verb.substr(0, verb.size() - 1) + "ing";
  } else if (last == 'y' && !vowel(before)) {
    const std::string stem = verb.substr(0, verb.size() - 1);
    third = stem + "ies";
    past = stem + "ied";
    progressive = verb + "ing";
  } else {
    const bool sibilant =
        last == 's' || last == 'x' || last == 'z' || (last == 'h' && (before == 'c' || before == 's'));
    third = verb + (sibilant ? "es" : "s");
    past = verb + "ed";
    progressive = verb + "ing";
  }
  return {third + rest, past + rest, progressive + rest};
}

result<std::vector<entry_source>> read_verbs(const std::string& path, const std::string& text) {
  std::vector<entry_source> out;
  const petrarch_synsets synsets = read_petrarch_synsets(text);
  std::string block_code;
  bool in_block = false;
  std::size_t block_begin = 0;  // the block's first entry in `out`
  std::string block_patterns;   // compiled pattern lines (petrarch_patterns.hpp)
  // A block's patterns refine every verb of the block. A verb that codes nothing by
  // itself ("--- RENEW [---] ---") stays only to carry them.
  auto close_block = [&] {
    for (std::size_t k = block_begin; k < out.size(); ++k) out[k].patterns = block_patterns;
    if (block_patterns.empty())
      out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(block_begin), out.end(),
                               [](const entry_source& e) { return e.plover_type.empty(); }),
                out.end());
    block_patterns.clear();
    block_begin = out.size();
  };
  dictionary_lines lines(text);
  std::size_t line_no = 0;
  std::string_view line;
  while (lines.next(line_no, line)) {
    if (line.substr(0, 3) == "---") {
      // "--- ABANDON  [345]  ---": a verb block and its CAMEO code.
      const auto open = line.find('['), close = line.find(']');
      if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return dictionary_error(path, line_no, "a verb block header needs a code in [ ]");
      close_block();
      block_code = std::string(trim_ascii_space(line.substr(open + 1, close - open - 1)));
      in_block = true;
      continue;
    }
    if (line[0] == '&' || line[0] == '+') continue;  // synsets, read above
    if (line[0] == '-') {
      // "- * RESUMPTION_OF_TIES [041]": words around the verb that refine its code.
      if (!in_block) continue;
      // A code cut short by a "#" comment ("[###]") reads as none: the pattern codes nothing.
      const auto open = line.find('['), close = line.find(']');
      if (open == std::string_view::npos) return dictionary_error(path, line_no, "a pattern needs a code in [ ]");
      if (close == std::string_view::npos || close < open) continue;
      const std::string_view code = trim_ascii_space(line.substr(open + 1, close - open - 1));
      for (const auto& l : compile_petrarch_pattern(line.substr(1, open - 1), code, synsets)) {
        block_patterns += l;
        block_patterns += '\n';
      }
      continue;
    }
    if (!in_block || line[0] == '%' || line.find_first_of("*$^") != std::string_view::npos) continue;
    std::string_view head = line;
    std::string code = block_code;
    if (const auto open = head.find('['); open != std::string_view::npos) {
      const auto close = head.find(']', open);
      if (close == std::string_view::npos) return dictionary_error(path, line_no, "unbalanced '[' ']'");
      code = std::string(trim_ascii_space(head.substr(open + 1, close - open - 1)));
      head = trim_ascii_space(head.substr(0, open));
    }
    std::vector<std::string> forms;
    if (const auto brace = head.find('{'); brace != std::string_view::npos) {
      const auto end = head.find('}', brace);
      if (end == std::string_view::npos) return dictionary_error(path, line_no, "unbalanced '{' '}'");
      std::string_view rest = head.substr(brace + 1, end - brace - 1);
      head = trim_ascii_space(head.substr(0, brace));
      while (!rest.empty()) {
        const auto sp = rest.find(' ');
        if (auto f = trim_ascii_space(rest.substr(0, sp)); !f.empty()) forms.emplace_back(f);
        if (sp == std::string_view::npos) break;
        rest.remove_prefix(sp + 1);
      }
    }
    if (head.empty()) continue;
    // A "---" code (no PLOVER type) codes nothing unless a pattern of the block does.
    const std::string_view type = plover_type_for_cameo(code);
    entry_source e;
    e.kind = entry_kind::trigger;
    e.name = ascii_lower(display_name(head));
    if (!type.empty()) e.cameo = code;
    e.plover_type = std::string(type);
    e.aliases.push_back({e.name, 0});
    for (const auto& f : forms) e.aliases.push_back({ascii_lower(display_name(f)), 0});
    // Irregular forms in braces replace the regular ones, as in PETRARCH.
    if (forms.empty())
      for (auto& f : regular_verb_forms(e.name)) e.aliases.push_back({std::move(f), 0});
    out.push_back(std::move(e));
  }
  close_block();
  return out;
}

}  // namespace

std::string_view plover_type_for_cameo(std::string_view cameo) noexcept {
  // CAMEO root categories to PLOVER event types (the PLOVER project's mapping
  // at the level of roots; finer codes refine the mode, not the type).
  if (cameo.size() < 2 || !std::isdigit(static_cast<unsigned char>(cameo[0])) ||
      !std::isdigit(static_cast<unsigned char>(cameo[1])))
    return {};
  const int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  switch (root) {
    case 1: case 2: return cameo.substr(0, 3) == "020" || root == 1 ? "REQUEST" : "REQUEST";
    case 3: return "COOPERATE";
    case 4: return "CONSULT";
    case 5: return "COOPERATE";
    case 6: return "COOPERATE";
    case 7: return "AID";
    case 8: return "CONCEDE";
    case 9: return "REQUEST";
    case 10: return "REQUEST";
    case 11: return "ACCUSE";
    case 12: return "REJECT";
    case 13: return "THREATEN";
    case 14: return "PROTEST";
    case 15: return "MOBILIZE";
    case 16: return "SANCTION";
    case 17: return "COERCE";
    case 18: case 19: case 20: return "ASSAULT";
    default: return {};
  }
}

result<std::vector<entry_source>> read_petrarch_dictionary(const std::string& path) {
  std::string text;
  if (!read_file(path, text)) return error{errc::io_error, -1, fmt::format("{}: cannot read file", path)};
  if (const auto bad = first_invalid_utf8(text.data(), text.size()); bad != utf8_npos) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < bad; ++i) line += text[i] == '\n';
    return dictionary_error(path, line, "invalid UTF-8 or NUL byte");
  }
  const std::string lower = ascii_lower(path);
  const auto base = lower.substr(lower.find_last_of('/') == std::string::npos ? 0 : lower.find_last_of('/') + 1);
  if (base.find("verbs") != std::string::npos) return read_verbs(path, text);
  if (base.find("agents") != std::string::npos) return read_agents(path, text);
  if (base.find("actors") != std::string::npos) return read_actors(path, text);
  return dictionary_error(path, 0, "not a known dictionary: use .tsv, or a PETRARCH file whose name says actors, agents or verbs");
}

}  // namespace sitrep::detail
