// JSON serialisation of documents and tokenizations, per the output contract.
#pragma once

#include <string>
#include <string_view>

#include "sitrep/engine.hpp"
#include "sitrep/records.hpp"

namespace sitrep::detail {

/// Appends `s` as a JSON string literal (quotes included) to `out`. Invalid
/// UTF-8 is written as U+FFFD so the output is always valid JSON.
void append_json_string(std::string& out, std::string_view s);

/// Appends the contract's JSON object for `doc`. `indent` < 0 writes one line.
void append_document_json(std::string& out, const document& doc, int indent = -1);

/// Appends {"id","tokens":[{start,end,kind,flags,text}],"sentences":[{start,end,first_token,last_token}]}.
void append_tokenization_json(std::string& out, std::string_view text, const tokenization& t,
                              std::string_view id = {});

/// The contract name of a token kind ("word", "number", …).
const char* token_kind_name(token_kind k) noexcept;

}  // namespace sitrep::detail
