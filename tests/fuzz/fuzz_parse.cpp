// libFuzzer target: arbitrary bytes through the tokenizer (every kernel the CPU
// has, which must agree with each other and with the chunk-by-chunk reference rules),
// the sentence splitter's first test and the matcher's key pass (each with two
// kernels, which must agree) and the full parser (which must fail cleanly or succeed).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "sitrep/engine.hpp"
#include "sitrep/tokenizer.hpp"
#include "text/chunk_splitter.hpp"
#include "text/sentence_ends.hpp"
#include "../unit/token_key_kernels.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto engine = sitrep::engine::load_default();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<sitrep::token> a, b, c, reference;
  sitrep::tokenize(text, a, sitrep::tokenizer_kernel::scalar);
  sitrep::tokenize(text, b, sitrep::tokenizer_kernel::avx2);
  sitrep::tokenize(text, c, sitrep::tokenizer_kernel::avx512);
  sitrep::detail::tokenize_by_chunks(text, reference);
  if (a.size() != b.size() || a.size() != c.size() || a.size() != reference.size()) std::abort();
  std::uint32_t last_end = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto same = [](const sitrep::token& x, const sitrep::token& y) {
      return x.start == y.start && x.end == y.end && x.flags == y.flags && x.kind == y.kind;
    };
    if (!same(a[i], b[i]) || !same(a[i], c[i]) || !same(a[i], reference[i])) std::abort();
    if (a[i].start < last_end || a[i].end <= a[i].start || a[i].end > size) std::abort();
    last_end = a[i].end;
  }
  static const auto starts = sitrep::test::alternating_start_sets();
  if (!sitrep::test::token_key_kernels_differ(text, a, starts).empty()) std::abort();
  if (sitrep::detail::sentence_end_masks_avx512_supported()) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    for (std::size_t at = 0; at + 64 <= a.size(); ++at) {
      const auto want = sitrep::detail::sentence_end_masks_scalar(bytes, size, a.data() + at, 64);
      const auto got = sitrep::detail::sentence_end_masks_avx512(bytes, size, a.data() + at);
      if (got.after != want.after || got.before != want.before) std::abort();
    }
  }
  std::vector<sitrep::sentence> s;
  sitrep::split_sentences(text, a, s);
  sitrep::parse_options opt;
  opt.reference_date = sitrep::civil_date{2024, 1, 29};
  auto doc = engine.value().parse(text, opt);
  if (doc) {
    for (const auto& d : doc.value().dates)
      if (d.where.end > size || d.where.start > d.where.end) std::abort();
  }
  return 0;
}
