// engine: construction and the parse pipeline (text → tokens → sentences →
// typed parsers → document). Each stage reads only the previous stages' output.
#include "sitrep/engine.hpp"

#include <fmt/format.h>

#include <new>

#include "engine/engine_state.hpp"
#include "engine/input_check.hpp"
#include "parse/actors.hpp"
#include "parse/casualty.hpp"
#include "parse/incidents.hpp"
#include "parse/locations.hpp"
#include "parse/parse_context.hpp"
#include "parse/quantity.hpp"
#include "parse/temporal.hpp"
#include "sitrep/tokenizer.hpp"

namespace sitrep {
inline namespace v0 {

result<engine> engine::load_default() { return load(engine_options{}); }

result<engine> engine::load(const engine_options& options) {
  try {
    auto state = std::make_shared<detail::engine_state>();
    state->max_document_bytes = options.max_document_bytes;
    auto dictionaries = detail::load_dictionaries(options);
    if (!dictionaries) return dictionaries.err();
    state->dictionaries = std::move(dictionaries).value();
    return engine(std::move(state));
  } catch (const std::bad_alloc&) {
    return error{errc::out_of_memory, -1, "out of memory while loading dictionaries"};
  }
}

result<tokenization> engine::tokenize(std::string_view text) const {
  if (text.size() >= UINT32_MAX)
    return error{errc::input_too_large, static_cast<std::int64_t>(UINT32_MAX - 1),
                 fmt::format("text is {} bytes; tokens address at most 4 GiB - 1", text.size())};
  tokenization out;
  sitrep::tokenize(text, out.tokens);
  split_sentences(text, out.tokens, out.sentences);
  return out;
}

result<document> engine::parse(std::string_view text, const parse_options& options) const {
  if (auto bad = detail::check_article(text, state_->max_document_bytes)) return std::move(*bad);
  if (options.reference_date) {
    const auto& d = *options.reference_date;
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > kDays[d.month - 1] ||
        (d.month == 2 && d.day == 29 && !leap) || d.year < 1 || d.year > 9999)
      return error{errc::bad_date, -1,
                   fmt::format("reference date {:04}-{:02}-{:02} is not a calendar day", d.year, d.month, d.day)};
  }
  // A parser bug must cost one document, not the caller's whole stream.
  try {
    return run_pipeline(text, options);
  } catch (const std::bad_alloc&) {
    return error{errc::out_of_memory, -1, "out of memory while parsing"};
  } catch (const std::exception& e) {
    return error{errc::internal, -1, fmt::format("internal error while parsing: {}", e.what())};
  }
}

document engine::run_pipeline(std::string_view text, const parse_options& options) const {
  document doc;
  doc.id = options.id;
  doc.reference_date = options.reference_date;
  std::vector<token> tokens;
  std::vector<sentence> sentences;
  sitrep::tokenize(text, tokens);
  split_sentences(text, tokens, sentences);
  detail::match_set matches;
  state_->dictionaries->match(text, tokens, sentences, matches);
  // The pattern scanners share one table of lower-case token keys.
  const detail::token_keys keys(text, tokens);
  doc.dates = detail::find_dates(text, tokens, keys, sentences, options.reference_date);
  const auto quantities = detail::find_quantities(text, tokens, keys, doc.dates);
  const auto casualties = detail::find_casualties(text, tokens, keys, sentences, quantities);
  const detail::parse_context ctx{text,       tokens, sentences, matches, doc.dates, quantities, options.reference_date,
                                  state_->dictionaries.get()};
  doc.locations = detail::find_locations(ctx);
  doc.actors = detail::find_actors(ctx, doc.locations);
  doc.incidents = detail::find_incidents(ctx, doc.actors, doc.locations, casualties);
  return doc;
}

std::string engine::describe() const {
  std::string s = fmt::format("sitrep engine: {} dictionary entries in {} layer(s); max document {} bytes",
                              state_->dictionaries->entry_count(), state_->dictionaries->layers().size(),
                              state_->max_document_bytes);
  return s;
}

}  // namespace v0
}  // namespace sitrep
