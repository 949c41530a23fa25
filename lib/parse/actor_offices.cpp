#include "parse/actor_offices.hpp"

#include <string>

#include "parse/actor_cues.hpp"
#include "parse/actor_words.hpp"

namespace sitrep::detail {
namespace {

// The country that qualifies the title starting at token k, and the first token of
// the qualifier: "Iran's" (country and possessive), "Iranian" (a nationality
// adjective), "U.S." (a country name used as a modifier). {} when none.
struct qualifier {
  std::string_view country;
  std::uint32_t first = 0;
};

qualifier qualifier_before(const actor_scan& s, std::uint32_t k, std::uint32_t sentence_first) {
  if (k <= sentence_first) return {};
  if (const auto d = s.demonym_at(k - 1); !d.empty()) return {d, k - 1};
  const std::uint32_t owner_end = s.is_possessive(k - 1) ? k - 1 : k;
  if (owner_end <= sentence_first) return {};
  const phrase_match* m = s.match(owner_end - 1);
  if (!m || m->last_token != owner_end || m->first_token < sentence_first) return {};
  const entry_ref* c = s.candidate(*m, entry_kind::country);
  if (!c || c->country().empty()) return {};
  return {c->country(), m->first_token};
}

// The person the name pass read right after a comma at token k ("minister, Hossein Amir
// Abdollahian,", "emir, Sheikh Hamad bin Khalifa al-Thani,": titles may open the name),
// or -1: a name in apposition to the title before the comma.
int person_after_comma(const actor_scan& s, std::uint32_t k) {
  if (k + 1 >= s.token_count() || s.text(k) != ",") return -1;
  for (std::uint32_t j = k + 1; j < s.token_count() && j <= k + 3; ++j) {
    if (!s.is_word(j) || !s.tok(j).has(token_flag::capitalized)) break;
    if (const int p = person_starting_at(s, j); p >= 0) return p;
  }
  return -1;
}

// The person whose mention ends right before a comma at token k - 1 ("Hossein Amir
// Abdollahian, Iran's foreign minister"), or -1.
int person_before_comma(const actor_scan& s, std::uint32_t k) {
  return k >= 2 && s.text(k - 1) == "," ? person_ending_at(s, k - 1) : -1;
}

}  // namespace

void find_office_holders(actor_scan& s) {
  for (const auto& m : s.ctx.matches.matches) {
    if (m.first_token == 0 || m.first_token >= s.token_count() || s.has(m.first_token, tok_mark::used)) continue;
    const entry_ref* title = s.candidate(m, entry_kind::role, static_cast<int>(role_subkind::person_title));
    if (!title || title->sector().empty()) continue;
    // A capitalised word after the title is the holder's name, which the name pass reads.
    if (m.last_token < s.token_count() && s.tok(m.last_token).has(token_flag::capitalized)) continue;
    // An office, not a plural of people ("Iranian ministers" are a group).
    const std::string_view last = s.text(m.last_token - 1);
    if (last.size() > 3 && last.back() == 's' && !last.ends_with("ss")) continue;
    const std::uint32_t sentence_first = s.ctx.sentences[s.ctx.sentence_of_token(m.first_token)].first_token;
    const qualifier q = qualifier_before(s, m.first_token, sentence_first);
    if (q.country.empty() || s.has(q.first, tok_mark::used)) continue;
    const std::string_view role = title->role().empty() ? title->name() : title->role();
    // "Iran's foreign minister, Hossein Amir Abdollahian, said": the title and the name in
    // apposition are one person, whom the name pass has read.
    int named = person_after_comma(s, m.last_token);
    // "Abdollahian, Iran's foreign minister, said", "Craxi, Italy's prime minister for 3-1/2
    // years": the title whole ("Canada's deputy chief of delegation" is not a deputy).
    if (named < 0 && (m.last_token >= s.token_count() || s.tok(m.last_token).kind == token_kind::punctuation ||
                      is_closed_class_word(s.lower(m.last_token).view())))
      named = person_before_comma(s, q.first);
    if (named >= 0) {
      actor_draft& p = s.table.at(named);
      if (p.country.empty()) p.country = std::string(q.country);
      if (p.sector.empty()) p.sector = std::string(title->sector());
      if (p.role.empty()) p.role = std::string(role);
      s.table.mention(named, s.span_of(m.first_token, m.last_token));
      s.mark(m.first_token, m.last_token, tok_mark::used);
      continue;
    }
    actor_draft d;
    d.kind = "person";
    d.country = std::string(q.country);
    d.sector = std::string(title->sector());
    d.role = std::string(role);
    d.name = std::string(s.slice(q.first, m.last_token));
    const int id = s.table.upsert("o:" + d.country + "|" + d.role, d);
    // The mention is the title: the country stays a place ("Iran") of its own.
    s.table.mention(id, s.span_of(m.first_token, m.last_token));
    s.mark(m.first_token, m.last_token, tok_mark::used);
  }
  // "met his Afghan counterpart", "Iran's counterpart": an official of that country, the
  // office the one met holds. (A counterpart the text names, "counterpart, Tariq Qureshi",
  // is read with the name.)
  for (std::uint32_t k = 1; k < s.token_count(); ++k) {
    // (The length first: folding every token of a long text costs more than the rest.)
    if (s.tok(k).size() != 11 || s.has(k, tok_mark::used) || s.lower(k).view() != "counterpart") continue;
    if (k + 1 < s.token_count() && (s.tok(k + 1).has(token_flag::capitalized) || s.text(k + 1) == ",")) continue;
    const std::uint32_t sentence_first = s.ctx.sentences[s.ctx.sentence_of_token(k)].first_token;
    const qualifier q = qualifier_before(s, k, sentence_first);
    if (q.country.empty() || s.has(q.first, tok_mark::used)) continue;
    actor_draft d;
    d.kind = "person";
    d.country = std::string(q.country);
    d.sector = "GOV";
    d.name = std::string(s.slice(q.first, k + 1));
    const int id = s.table.upsert("o:" + d.country + "|counterpart", d);
    s.table.mention(id, s.span_of(k, k + 1));
    s.mark(k, k + 1, tok_mark::used);
  }
}

}  // namespace sitrep::detail
