// lib/parse/masthead.cpp — see masthead.hpp.
#include "parse/masthead.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>

namespace sitrep::detail {
namespace {

// Words of outlets' names: "WBRC FOX6 News", "CBS Los Angeles", "KSLA News 12".
bool outlet_word(std::string_view w) {
  static constexpr std::string_view k_words[] = {"News", "NEWS", "TV", "Radio", "Channel", "Weather", "Sports",
                                                 "Herald", "Tribune", "Gazette", "Online", "CBS", "NBC", "ABC",
                                                 "FOX", "Fox", "CNN", "Reuters", "AP"};
  return std::find(std::begin(k_words), std::end(k_words), w) != std::end(k_words);
}

// "WALB.com", "wave3.com-Louisville", "LEX18.com": a web address in the text.
bool web_address(std::string_view text) {
  for (std::string_view tld : {".com", ".net", ".org", ".co.uk", ".tv"})
    if (text.find(tld) != std::string_view::npos) return true;
  return false;
}

// A headline is short; so is an outlet's name after it ("WBRC FOX6 News - Birmingham, AL - WBRC.com").
constexpr std::size_t kHeadlineTokens = 60, kMastheadTokens = 20;

bool separator(std::string_view w) { return w == "-" || w == "|" || w == "\xC2\xAB" || w == "\xE2\x80\x93"; }

}  // namespace

span masthead_of(std::string_view text, std::span<const token> tokens) {
  if (tokens.empty()) return {};
  // The first line, when it is a headline: a line of its own, not the whole text.
  std::size_t end = 1;
  while (end < tokens.size() && !tokens[end].has(token_flag::newline_before)) ++end;
  if (end == tokens.size() || end > kHeadlineTokens) return {};
  // The earliest separator after which the line names an outlet, in a few words.
  for (std::size_t i = 1; i + 1 < end; ++i) {
    if (!separator(tokens[i].view(text)) || !tokens[i].has(token_flag::space_before) || end - i > kMastheadTokens)
      continue;
    const span rest{tokens[i].start, tokens[end - 1].end};
    bool outlet = web_address(text.substr(rest.start, rest.end - rest.start));
    for (std::size_t k = i + 1; k < end && !outlet; ++k) outlet = outlet_word(tokens[k].view(text));
    if (outlet) return rest;
  }
  return {};
}

}  // namespace sitrep::detail
