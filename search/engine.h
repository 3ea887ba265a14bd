// The search engine's public API, shared by the HTTP server (server/) and the
// command-line tool (thidua-search). No HTTP here: errors are Status codes
// (InvalidArgument = the caller's parameter is wrong, NotFound = no such
// document, Unavailable = the index cannot be opened) and the server maps
// them to status codes.
//
// Threading: SearchResources is immutable and shared by all threads.
// A Searcher owns one Xapian::Database and is NOT thread-safe: use one per
// thread. Every JSON returned is exactly what /api/v1/... returns.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "analyzers/status.h"

namespace thidua {

class Gazetteer;

// Request parameters as name -> values: an HTTP query string, a POST JSON
// body (arrays become repeated values) or CLI flags all map to this.
using Params = std::multimap<std::string, std::string>;

// Filter fields accepted by /search (also by /models, /figures where they
// make sense): province, province_2025, region, campaign, source, year,
// month, from, to, has, figure_unit, figure_min, figure_max.
// Facet fields: province, province_2025, campaign, source, year, month, region.
struct SearchRequest {
  std::string q;                                              // free text; may be empty (match all)
  std::map<std::string, std::vector<std::string>> filters;    // field -> values (OR within a field)
  std::vector<std::string> facets;                            // facet fields, in request order
  int facet_limit = 10;                                       // values per facet, 1..1000
  std::string sort = "relevance";                             // relevance | newest | oldest
  int page = 1;                                               // 1-based
  int per_page = 10;                                          // 0..100 (0: facets/count only)
  bool highlight = true;                                      // snippets with <mark>
  // Sorted by relevance, when fewer documents than this hold every word,
  // the results go on with those that hold all words but one, after them
  // (as Typesense's drop_tokens_threshold); 0: every word or nothing.
  int relax_below = 10;                                       // 0..100
};

// Validates and converts parameters. Names: q, facets (comma-separated,
// repeatable), facet_limit, sort, page, per_page, highlight, relax_below, and the filter
// fields above (values may be comma-separated only for year/has; repeat the
// parameter for OR). Unknown parameter names are InvalidArgument too, so a
// typo is never silently ignored. Messages name the parameter and why, e.g.
// "year: must be a 4-digit year".
[[nodiscard]] StatusOr<SearchRequest> ParseSearchRequest(const Params& params);

// Immutable, shared by every Searcher: the gazetteer (provinces, campaigns,
// abbreviations) and caches built per index (vocabulary for did_you_mean),
// guarded internally. Thread-safe.
class SearchResources {
 public:
  // Loads the gazetteer from data_dir (data/*.tsv). An empty data_dir means
  // the env var THIDUA_DATA_DIR or else the compiled-in THIDUA_DATA_DIR.
  static StatusOr<std::shared_ptr<const SearchResources>> Load(const std::string& data_dir = "");

  ~SearchResources();
  const Gazetteer& gazetteer() const;

  struct Impl;  // internal (search/*.cc)
  Impl& impl() const { return *impl_; }

 private:
  SearchResources();
  std::unique_ptr<Impl> impl_;
};

// One per thread. Reopens its database when a writer has committed
// (DatabaseModifiedError) and retries the request once.
class Searcher {
 public:
  // Unavailable when the index cannot be opened.
  static StatusOr<std::unique_ptr<Searcher>> Open(const std::string& index_dir,
                                                  std::shared_ptr<const SearchResources> resources);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // /api/v1/search: {"found","page","per_page","took_ms","hits":[{"id","title",
  // "url","source","published","score","snippets":[...],"provinces",
  // "provinces_2025","campaigns","figures"}],"facets":{"<field>":[{"value",
  // "count","selected"}]},"did_you_mean":string|null}.
  StatusOr<nlohmann::json> Search(const SearchRequest& request);

  // /api/v1/documents/{id}: {"id","title","url","source","published","text",
  // "entities":{...}} plus "raw" when raw is true (the body as read; equal to
  // text when cleanup changed nothing). NotFound when absent.
  StatusOr<nlohmann::json> GetDocument(std::string_view id, bool raw);

  // /api/v1/models?province=&campaign=&q=&page=&per_page=:
  // {"found","page","per_page","models":[{"name","kind","province",
  // "articles":[{"id","title","url","published"}]}]}.
  StatusOr<nlohmann::json> Models(const Params& params);

  // /api/v1/figures?campaign=&province=&unit=&q=&sort=value|-value|date|-date
  // &page=&per_page=: {"found","page","per_page","figures":[{"text","value",
  // "unit","counts","sentence","article":{"id","title","url","published"}}]}.
  StatusOr<nlohmann::json> Figures(const Params& params);

  // /api/v1/facets/{field}?q=prefix&limit=N (+ any search filters):
  // {"field","values":[{"value","count"}]}; prefix is accent-insensitive and
  // matches the start of any word of the value. InvalidArgument on an unknown
  // field.
  StatusOr<nlohmann::json> FacetValues(std::string_view field, const Params& params);

  // /api/v1/suggest?q=&limit=: {"q","suggestions":[{"text","kind"}]} with kind
  // title | campaign | province | model; accent-insensitive prefix.
  StatusOr<nlohmann::json> Suggest(const Params& params);

  Xapian::doccount DocCount();
  // Picks up the latest commit; never throws (a failure keeps the old view).
  void Reopen();

  struct Impl;  // internal (search/*.cc)

 private:
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The /figures JSON as CSV (RFC 4180, header row: value,unit,text,counts,
// sentence,article_id,title,url,published).
std::string FiguresToCsv(const nlohmann::json& figures_response);

}  // namespace thidua
