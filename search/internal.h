// Internal pieces of the search engine shared by search/*.cc (not a public
// API: the server and CLI use search/engine.h only).
#pragma once

#include <chrono>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <xapian.h>

#include "analyzers/gazetteer.h"
#include "analyzers/schema_list.h"
#include "analyzers/tokenizer.h"
#include "search/engine.h"

namespace thidua::search_internal {

// ---- Query text (query.cc).

enum class FieldScope { kAny, kTitle, kBody };

// One syllable of the query as the tokenizer saw it; begin/end are byte
// offsets into the prepared query text (for did_you_mean rewriting).
struct QuerySyllable {
  std::string norm;
  std::string folded;
  bool has_diacritics = false;
  bool is_word = true;  // kWord/kAbbreviation without digits (did_you_mean considers only these)
  std::uint32_t begin = 0, end = 0;
  Token token;          // for FormsPair
};

// A clause: one syllable, or a quoted phrase, possibly negated or scoped.
struct QueryClause {
  std::vector<QuerySyllable> syllables;
  bool phrase = false;
  bool negated = false;
  FieldScope scope = FieldScope::kAny;
  bool abbreviation = false;  // typed as an abbreviation (expand it)
};

// AND of OR-groups: "a OR b c" is {{a, b}, {c}}.
struct ParsedQuery {
  std::string prepared;                          // the prepared query text
  std::vector<std::vector<QueryClause>> groups;  // positive and negated clauses
  bool empty() const { return groups.empty(); }
};

ParsedQuery ParseQueryText(std::string_view q, Tokenizer& tokenizer);

// What snippets highlight: folded syllables (every query syllable; exact
// matches score higher) and phrases (folded syllable sequences).
struct HighlightTerms {
  std::vector<std::string> exact;                 // normalised syllables typed with diacritics
  std::vector<std::string> folded;                // folded form of every positive syllable
  // Parallel to folded: the normalised form when typed with diacritics, else
  // "". With exact_only, such a syllable marks only that form ("ô" not "ở").
  std::vector<std::string> typed;
  bool exact_only = false;
  std::vector<std::vector<std::string>> phrases;  // folded sequences (phrases, abbreviation expansions)
  // Parallel to phrases: per syllable the form a match must have ("" for
  // any), or empty when the phrase has no such syllable. A quoted phrase
  // typed with diacritics matches only those forms (PhraseIn).
  std::vector<std::vector<std::string>> phrase_typed;
};

struct RankingParams {
  double k1 = 1.2, k2 = 0.0, k3 = 1.0, b = 0.4, min_normlen = 0.5;  // tuned: docs/benchmarks.md "Relevance"
  double title_boost = 1.25;  // OP_SCALE_WEIGHT on title-space terms (added to the body match)
  double exact_boost = 1.0;  // scale on exact-form terms
  // Scale on the folded term of a syllable typed with diacritics: a folded-only
  // match there is usually another word ("thế" for "thể"), so it must not
  // outrank exact matches however often it occurs.
  double folded_when_exact = 0.25;
  double pair_boost = 5.0;   // scale of the optional adjacency (pair) terms
};
const RankingParams& DefaultRanking();

// q scaled by factor (OP_SCALE_WEIGHT; q itself when factor is 1 or q empty).
inline Xapian::Query Scaled(Xapian::Query q, double factor) {
  if (factor == 1.0 || q.empty()) return q;
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, factor);
}

// A term: prefix + term text.
inline std::string Prefixed(std::string_view prefix, std::string_view term) {
  std::string t(prefix);
  t += term;
  return t;
}

// The text part of a search; relaxed is the fallback when strict matches nothing.
struct BuiltQuery {
  Xapian::Query strict;
  Xapian::Query relaxed;  // at least N-1 of N, then any; empty when no fallback applies
  Xapian::Query relaxed_any;
  HighlightTerms highlight;
  bool match_all = false;  // no positive clause
  bool typed_diacritics = false;  // some positive or negated syllable was typed with diacritics
};

// How a syllable typed with diacritics matches. kFolded: its folded term (the
// exact one only adds weight), so "ô nhiễm" also matches "ở ... nhiệm". kTyped:
// its exact term only, as a Vietnamese reader means it; Search tries kTyped
// first and falls back to kFolded when nothing matches (a wrong mark typed).
// Syllables typed without diacritics always match folded.
enum class DiacriticMatch { kFolded, kTyped };

// match_only: the same match sets (strict, relaxed, relaxed_any) without
// what only ranks: no optional pair terms, and plain syllables as their
// folded term alone (the exact term adds weight, never matches). For
// counting passes (found, facets) under BoolWeight.
// stats: the index whose collection frequencies decide which adjacent query
// syllables get a pair boost (IsCollocation); null boosts every pair.
BuiltQuery BuildTextQuery(const ParsedQuery& parsed, const Gazetteer& gazetteer, Tokenizer& tokenizer,
                          const RankingParams& ranking = DefaultRanking(), bool match_only = false,
                          DiacriticMatch diacritics = DiacriticMatch::kFolded, const Xapian::Database* stats = nullptr);

// Whether syllables a and b, adjacent in a query, form a collocation of the
// index: their pair (pair_prefix + "a b") occurs far more often than their
// frequencies predict, lift = cf(ab) * total_length / (cf(a) * cf(b)) >=
// kMinPairLift. A pair that only meets across a word boundary ("Ấn Độ |
// thiếu oxy" -> "độ thiếu", once in the corpus) would otherwise carry the
// largest idf of the query and rank its one document first.
inline constexpr double kMinPairLift = 20.0;
bool IsCollocation(const Xapian::Database& db, std::string_view pair_prefix, std::string_view single_prefix,
                   const std::string& a, const std::string& b);

// ---- Filters (filters.cc).

// One filter field's boolean query (OR within the field).
struct FieldFilter {
  std::string field;      // request field name ("date" for from/to, "figure" for figure_*)
  Xapian::Query query;
  std::vector<std::string> selected_keys;  // schema::Key of selected facet values
};

struct FigureRange {
  std::vector<std::string> unit_keys;
  double min = -HUGE_VAL, max = HUGE_VAL;
  bool active() const { return min != -HUGE_VAL || max != HUGE_VAL; }
};

struct Filters {
  std::vector<FieldFilter> fields;
  FigureRange figure;
  // AND of every field filter except skip_field (empty: all); empty Query when none.
  Xapian::Query Combined(std::string_view skip_field = {}) const;
};

// Resolves names through the gazetteer; InvalidArgument on unknown values.
StatusOr<Filters> BuildFilters(const std::map<std::string, std::vector<std::string>>& filters,
                               const Gazetteer& gazetteer);

// Syntax checks done at request parse time (no gazetteer needed).
Status ValidateFilterValue(const std::string& field, const std::string& value);
bool IsFilterField(std::string_view field);

// Accepts documents with a figure of one of the units within [min, max].
class FigureRangeDecider : public Xapian::MatchDecider {
 public:
  explicit FigureRangeDecider(FigureRange range) : range_(std::move(range)) {}
  bool operator()(const Xapian::Document& doc) const override;

 private:
  FigureRange range_;
};

// ---- Facets (facets.cc).

struct FacetField {
  std::string_view name;
  Xapian::valueno slot;
  bool list;                 // slot holds schema::EncodeList
  std::string_view filter;   // the filter field whose selection it ignores
};
const FacetField* FindFacetField(std::string_view name);

// One facet slot of one database snapshot held in memory: the value ids of
// each document (by docid), so that counting a match walks two arrays instead
// of reading the slot from Xapian's value streams and hashing its strings for
// every matching document (the largest per-request cost after the matcher;
// docs/benchmarks.md "HTTP latency: per-hit cost").
class FacetColumn {
 public:
  // Reads every document's value of `slot`; `key` names the snapshot
  // (IndexSnapshotKey) and is kept for the staleness check.
  static std::shared_ptr<const FacetColumn> Build(const Xapian::Database& db, Xapian::valueno slot, bool list,
                                                  std::vector<Xapian::rev> key);
  const std::vector<Xapian::rev>& key() const { return key_; }
  const std::vector<std::string>& names() const { return names_; }
  // Value ids of document `did`: [begin, end) of ids(); empty past the column.
  std::pair<std::uint32_t, std::uint32_t> Range(Xapian::docid did) const {
    if (did + 1 >= offsets_.size()) return {0, 0};
    return {offsets_[did], offsets_[did + 1]};
  }
  const std::vector<std::uint32_t>& ids() const { return ids_; }
  std::size_t covered_docids() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }

 private:
  std::vector<Xapian::rev> key_;
  std::vector<std::string> names_;      // value id -> value
  std::vector<std::uint32_t> offsets_;  // docid -> first index into ids_ (size lastdocid + 2)
  std::vector<std::uint32_t> ids_;
};

// The revision of each shard as opened (one entry for a plain index), or
// empty when one cannot be known, e.g. a remote database: then counting runs
// over the combined database without columns (see facets.cc).
std::vector<Xapian::rev> IndexSnapshotKey(const std::vector<Xapian::Database>& shards);

// The column of `slot` for the snapshot `key`, from the cache in resources;
// built on the spot when missing or stale, unless this slot was built less
// than a few seconds ago (a writer committing often) or another thread is
// building it: then nullptr, and the caller counts from the value streams.
std::shared_ptr<const FacetColumn> FacetColumnFor(const SearchResources& resources, const std::string& path,
                                                  const Xapian::Database& db, Xapian::valueno slot, bool list,
                                                  const std::vector<Xapian::rev>& key);

// Counts values of one slot over the matching documents: from a FacetColumn
// of the same snapshot when given one, else from the document's value (list
// slots decoded in place, no allocation for values already seen).
class SlotCountSpy : public Xapian::MatchSpy {
 public:
  SlotCountSpy(Xapian::valueno slot, bool list, std::shared_ptr<const FacetColumn> column = nullptr)
      : slot_(slot), list_(list), column_(std::move(column)) {
    if (column_ != nullptr) by_id_.assign(column_->names().size(), 0);
  }
  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::valueno slot() const { return slot_; }
  bool list() const { return list_; }
  // Counts the next documents shown from `column` (another shard's; may be
  // nullptr): the docids a MatchSpy sees are those of the database it runs on.
  void UseColumn(std::shared_ptr<const FacetColumn> column);

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Counts = std::unordered_map<std::string, Xapian::doccount, Hash, std::equal_to<>>;
  // Every count so far (the column's counts folded in).
  const Counts& counts();

 private:
  void Count(std::string_view value);
  void CountValueOf(const Xapian::Document& doc);
  Xapian::valueno slot_;
  bool list_;
  Counts counts_;
  std::shared_ptr<const FacetColumn> column_;
  std::vector<Xapian::doccount> by_id_;  // counts by the column's value id
};

// Sorted facet JSON [{"value","count","selected"}]: by count desc, value
// asc; limit applies, selected values always included.
nlohmann::json FacetJson(const SlotCountSpy::Counts& counts, int limit,
                         const std::vector<std::string>& selected_keys);

// Decodes a string-list value into views of `encoded` (no allocation per item).
using schema::ForEachListItem;

// ---- Snippets (snippets.cc).

struct SnippetOptions {
  int max_fragments = 3;
  int fragment_tokens = 28;
  std::size_t max_scan_bytes = 64 * 1024;  // bounded work on very long documents
};

// Fragments of text around the best matches, HTML-escaped, matched syllables
// (exact, folded or phrase) inside <mark>. Falls back to the opening words
// when nothing matches.
std::vector<std::string> MakeSnippets(std::string_view text, const HighlightTerms& terms,
                                      Tokenizer& tokenizer, const SnippetOptions& options = {});

std::string HtmlEscape(std::string_view text);

// ---- Document data (document_data.cc).

// What a hit shows of the stored document data (docs/schema.md).
struct HitFields {
  std::string id, title;                                // "" when absent or not strings
  std::string text;                                     // only when asked for
  std::optional<std::string> url, source, published;    // unset when absent or not strings
  std::optional<std::string> title_source;              // "url": restored from the URL slug
  nlohmann::json figures = nlohmann::json::array();     // entities.figures as stored
};

// Reads those fields without parsing the rest (text, raw, other entities);
// false when `data` is not a JSON object it can read, then the caller parses
// it whole (ParseDocumentData).
bool ReadHitFields(std::string_view data, bool want_text, HitFields* out);

// ---- did_you_mean (spelling.cc).

// Folded syllable -> its exact forms with document frequency, most frequent
// first; built once per index from the unprefixed (exact body) terms.
class Vocabulary {
 public:
  static std::shared_ptr<const Vocabulary> Build(const Xapian::Database& db);
  struct Form {
    std::string exact;
    Xapian::doccount freq;
  };
  const std::vector<Form>* FormsOf(std::string_view folded) const;
  Xapian::doccount doccount_at_build() const { return doccount_; }

 private:
  std::unordered_map<std::string, std::vector<Form>, SlotCountSpy::Hash, std::equal_to<>> forms_;
  Xapian::doccount doccount_ = 0;
};

// The corrected query, or nullopt when the query is fine as typed.
std::optional<std::string> DidYouMean(const ParsedQuery& parsed, const Vocabulary& vocabulary,
                                      const Xapian::Database& db);

// ---- Resources.

std::shared_ptr<const Vocabulary> VocabularyFor(const SearchResources& resources, const std::string& path,
                                                const Xapian::Database& db);

}  // namespace thidua::search_internal

namespace thidua {

struct SearchResources::Impl {
  std::unique_ptr<Gazetteer> gazetteer;
  std::mutex mutex;  // guards vocabularies and columns
  std::unordered_map<std::string, std::shared_ptr<const search_internal::Vocabulary>> vocabularies;
  struct ColumnEntry {
    std::shared_ptr<const search_internal::FacetColumn> column;
    std::chrono::steady_clock::time_point built{};
    bool building = false;
  };
  std::map<std::pair<std::string, Xapian::valueno>, ColumnEntry> columns;  // ("index path#shard uuid", slot)
};

struct Searcher::Impl {
  std::string path;
  std::shared_ptr<const SearchResources> resources;
  Xapian::Database db;
  // The shards db is made of, sharing its snapshot (reopened with it): their
  // revisions name the snapshot for the facet columns. Empty when unknown.
  std::vector<Xapian::Database> shards;
  Tokenizer tokenizer;
  std::shared_ptr<const search_internal::Vocabulary> vocabulary;
};

}  // namespace thidua
