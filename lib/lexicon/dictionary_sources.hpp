// Reading dictionary sources: sitrep's TSV files (data/*.tsv) and
// PETRARCH/TABARI .actors / .agents / .verbs files.
//
// Every reader is all-or-nothing: a malformed file yields an error naming the
// file, the line and the reason, and no entries at all.
#pragma once

#include <string>
#include <vector>

#include "lexicon/bundle.hpp"
#include "sitrep/result.hpp"

namespace sitrep::detail {

/// Reads one sitrep TSV dictionary. The kind is recognised from the header row
/// (the column names of data/README.md), so any file name works.
result<std::vector<entry_source>> read_tsv_dictionary(const std::string& path);

/// Reads a PETRARCH/TABARI dictionary; the kind comes from the extension or the
/// file name (".actors", ".agents", ".verbs", or "actors"/"agents"/"verbs" in it).
result<std::vector<entry_source>> read_petrarch_dictionary(const std::string& path);

/// Reads either kind, by looking at the file.
result<std::vector<entry_source>> read_dictionary(const std::string& path);

/// Reads every standard dictionary file of a data directory (countries.tsv,
/// admin1.tsv, places.tsv, regions.tsv, organizations.tsv, persons.tsv,
/// roles.tsv, triggers.tsv); a missing file is an error.
result<std::vector<entry_source>> read_data_directory(const std::string& dir);

/// Reads each input — a data directory (holding countries.tsv …) or a single
/// dictionary file — and concatenates their entries; the first error stops it.
result<std::vector<entry_source>> read_dictionaries(const std::vector<std::string>& inputs);

/// PLOVER type of a CAMEO code's root ("19" → "ASSAULT"), "" when none.
std::string_view plover_type_for_cameo(std::string_view cameo) noexcept;

}  // namespace sitrep::detail
