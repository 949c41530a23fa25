#include "lexicon/petrarch_patterns.hpp"

#include <cctype>

#include "text/ascii.hpp"

namespace sitrep::detail {
namespace {

constexpr std::size_t kMaxLines = 256;
constexpr int kMaxSynsetDepth = 4;  // synsets may name synsets ("+&TIETYPES"); cycles stop here

// PETRARCH's plural of a synset noun: -Y → -IES, -S → -ES, else -S.
std::string plural(std::string_view word) {
  if (word.empty()) return {};
  const char last = static_cast<char>(std::toupper(static_cast<unsigned char>(word.back())));
  if (last == 'Y') return std::string(word.substr(0, word.size() - 1)) + "IES";
  if (last == 'S') return std::string(word.substr(0, word.size() - 1)) + "ES";
  return std::string(word) + "S";
}

// A pattern as items: words (or "*", or "&SYNSET") with the joint before each
// ('_' directly after the previous item, ' ' anywhere after it).
struct item {
  std::string text;
  char joint = ' ';
};

bool is_place(std::string_view e) { return e == "$" || e == "+" || e == "%" || e == "^"; }

std::vector<item> split_items(std::string_view pattern) {
  std::vector<item> items;
  bool gap = false;  // a space, an actor's place or a skip since the last item
  std::size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == ' ' || c == '\t') {
      gap = true;
      ++i;
      continue;
    }
    if (c == '_') {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    if (c != '*' && c != '$' && c != '+' && c != '%' && c != '^')
      while (j < pattern.size() && pattern[j] != ' ' && pattern[j] != '\t' && pattern[j] != '_' && pattern[j] != '*')
        ++j;
    const std::string_view element = pattern.substr(i, j - i);
    if (is_place(element)) {
      gap = true;  // the words around it need not touch
    } else {
      items.push_back({std::string(element), gap || items.empty() ? ' ' : '_'});
      gap = false;
    }
    i = j;
  }
  return items;
}

// Expands the synsets of `items` from index `at` into `out` (each a list of items).
void expand(const std::vector<item>& items, std::size_t at, std::vector<item>& so_far, const petrarch_synsets& synsets,
            int depth, std::vector<std::vector<item>>& out, bool& unknown) {
  if (out.size() >= kMaxLines || unknown) return;
  if (at == items.size()) {
    out.push_back(so_far);
    return;
  }
  const item& it = items[at];
  if (it.text.size() < 2 || it.text[0] != '&') {
    so_far.push_back(it);
    expand(items, at + 1, so_far, synsets, depth, out, unknown);
    so_far.pop_back();
    return;
  }
  const auto found = synsets.find(it.text);
  if (found == synsets.end() || depth >= kMaxSynsetDepth) {
    unknown = true;
    return;
  }
  for (const std::string& member : found->second) {
    for (int form = 0; form < 2; ++form) {
      std::vector<item> words = split_items(member);
      if (words.empty()) continue;
      if (form == 1) {
        if (words.back().text[0] == '&') continue;
        words.back().text = plural(words.back().text);
      }
      words.front().joint = it.joint;
      // A member may name a synset in turn: expand the member alone first.
      std::vector<std::vector<item>> members;
      std::vector<item> scratch;
      expand(words, 0, scratch, synsets, depth + 1, members, unknown);
      for (const auto& m : members) {
        const std::size_t keep = so_far.size();
        so_far.insert(so_far.end(), m.begin(), m.end());
        expand(items, at + 1, so_far, synsets, depth, out, unknown);
        so_far.resize(keep);
      }
    }
  }
}

}  // namespace

petrarch_synsets read_petrarch_synsets(std::string_view text) {
  petrarch_synsets out;
  std::string current;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim_ascii_space(line);
    if (line.empty()) continue;
    if (line[0] == '&') {
      current = std::string(trim_ascii_space(line.substr(0, line.find_first_of(" \t"))));
      out[current];
    } else if (line[0] == '+' && !current.empty()) {
      const std::string_view member = trim_ascii_space(line.substr(1));
      if (!member.empty()) out[current].emplace_back(member);
    } else {
      current.clear();
    }
  }
  return out;
}

std::vector<std::string> compile_petrarch_pattern(std::string_view pattern, std::string_view code,
                                                  const petrarch_synsets& synsets) {
  const std::vector<item> items = split_items(trim_ascii_space(pattern));
  std::size_t verbs = 0;
  for (const auto& it : items) verbs += it.text == "*";
  if (verbs != 1 || items.size() < 2) return {};
  std::vector<std::vector<item>> expanded;
  std::vector<item> scratch;
  bool unknown = false;
  expand(items, 0, scratch, synsets, 0, expanded, unknown);
  if (unknown) return {};
  std::vector<std::string> lines;
  for (const auto& words : expanded) {
    std::string line;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i > 0) line += words[i].joint;
      line += ascii_lower(words[i].text);
    }
    line += '\t';
    line += code;
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace sitrep::detail
