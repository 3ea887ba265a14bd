// Accent restoration for queries typed without diacritics
// (accent_restoration.cc; it complements the query builder in query.cc).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "search/internal.h"

namespace thidua::search_internal {

// Accent restoration: for a query typed entirely without diacritics, the
// exact terms and exact pairs of its most likely reading (`restored`, the
// did_you_mean text: "doan ket sang tao" -> "đoàn kết sáng tạo"), as an
// optional boost (combine with OP_AND_MAYBE). Documents that use that reading
// then rank as they do for the query typed with diacritics, while documents
// with other readings still match. Empty when the query has any diacritics
// (the user chose them) or nothing to restore.
// Only the parts of the reading that hold most (70 %) of their folded form's
// documents are boosted: an ambiguous reading ("bien chung": "biến chứng" or
// "biến chủng", evenly) is left alone.
// boosted_forms, when given, receives the normalised syllables boosted (for
// snippets: a fragment with the reading beats one with another form).
Xapian::Query AccentRestorationBoost(const ParsedQuery& typed, std::string_view restored, Tokenizer& tokenizer,
                                     const Xapian::Database& db, const RankingParams& ranking = DefaultRanking(),
                                     std::vector<std::string>* boosted_forms = nullptr);

}  // namespace thidua::search_internal
