// Accent restoration (accent_restoration.h): the confident parts of the
// did_you_mean reading of an accentless query, as optional boosts.
#include "search/accent_restoration.h"

#include "analyzers/schema.h"
#include "search/internal.h"

namespace thidua::search_internal {

Xapian::Query AccentRestorationBoost(const ParsedQuery& typed, std::string_view restored, Tokenizer& tokenizer,
                                     const Xapian::Database& db, const RankingParams& r,
                                     std::vector<std::string>* boosted_forms) {
  if (restored.empty()) return {};
  for (const auto& group : typed.groups) {
    for (const QueryClause& c : group) {
      for (const QuerySyllable& s : c.syllables) {
        if (s.has_diacritics) return {};  // the user chose the diacritics: respect them
      }
    }
  }
  // The reading's plain syllables, in order (runs broken by anything else).
  std::vector<const QuerySyllable*> run;
  const ParsedQuery reading = ParseQueryText(restored, tokenizer);
  for (const auto& group : reading.groups) {
    const bool plain = group.size() == 1 && !group[0].negated;
    if (!plain) {
      run.push_back(nullptr);
      continue;
    }
    for (const QuerySyllable& s : group[0].syllables) run.push_back(&s);
  }
  // Confident where the reading holds most of the folded form's documents:
  // "đoàn kết" is 44 of 45 "doan ket" documents, but "biến chứng" and
  // "biến chủng" split "bien chung" evenly, and guessing would bury half.
  constexpr double kDominantShare = 0.7;
  auto share = [&](const std::string& exact, const std::string& folded) {
    const double all = db.get_termfreq(folded);
    return all > 0 ? db.get_termfreq(exact) / all : 0.0;
  };
  std::vector<Xapian::Query> boosts;
  std::vector<bool> confident(run.size(), false);
  for (std::size_t i = 0; i < run.size(); ++i) {
    const QuerySyllable* a = i > 0 ? run[i - 1] : nullptr;
    const QuerySyllable* b = run[i];
    if (a == nullptr || b == nullptr || !FormsPair(a->token, b->token)) continue;
    if (!a->has_diacritics && !b->has_diacritics) continue;
    const std::string pair = a->norm + " " + b->norm;
    if (share(Prefixed(schema::kBodyPair, pair), Prefixed(schema::kBodyPairFolded, a->folded + " " + b->folded)) <
        kDominantShare) {
      continue;
    }
    confident[i - 1] = confident[i] = true;
    boosts.push_back(Scaled(Xapian::Query(Prefixed(schema::kBodyPair, pair)), r.pair_boost));
    boosts.push_back(Scaled(Xapian::Query(Prefixed(schema::kTitlePair, pair)), r.pair_boost * r.title_boost));
  }
  for (std::size_t i = 0; i < run.size(); ++i) {
    const QuerySyllable* s = run[i];
    if (s == nullptr || !s->has_diacritics) continue;
    const bool alone = (i == 0 || run[i - 1] == nullptr) && (i + 1 == run.size() || run[i + 1] == nullptr);
    if (!confident[i] &&
        !(alone && share(Prefixed(schema::kBodyExact, s->norm), Prefixed(schema::kBodyFolded, s->folded)) >=
                       kDominantShare)) {
      continue;
    }
    if (boosted_forms != nullptr) boosted_forms->push_back(s->norm);
    boosts.push_back(Scaled(Xapian::Query(Prefixed(schema::kBodyExact, s->norm)), r.exact_boost));
    boosts.push_back(Scaled(Xapian::Query(Prefixed(schema::kTitleExact, s->norm)), r.exact_boost * r.title_boost));
  }
  if (boosts.empty()) return {};
  return Xapian::Query(Xapian::Query::OP_OR, boosts.begin(), boosts.end());
}

}  // namespace thidua::search_internal
