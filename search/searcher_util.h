// Small helpers shared by searcher.cc and browse.cc.
#pragma once

#include <string>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "analyzers/schema.h"
#include "analyzers/status.h"
#include "search/internal.h"

namespace thidua::search_internal {

// The document-data JSON (docs/schema.md); an empty object when damaged.
inline nlohmann::json ParseDocumentData(const Xapian::Document& doc) {
  nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, /*allow_exceptions=*/false);
  if (!data.is_object()) return nlohmann::json::object();
  return data;
}

inline nlohmann::json ListValue(const Xapian::Document& doc, Xapian::valueno slot) {
  nlohmann::json out = nlohmann::json::array();
  const std::string encoded = doc.get_value(slot);
  ForEachListItem(encoded, [&out](std::string_view item) { out.push_back(std::string(item)); });
  return out;
}

inline Xapian::Query WithFilter(const Xapian::Query& query, const Xapian::Query& filter) {
  if (filter.empty()) return query;
  return Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

// BM25 tuned for short news, and the date sort (documents without a date last).
inline void ConfigureEnquire(Xapian::Enquire& enquire, const std::string& sort) {
  const RankingParams& r = DefaultRanking();
  enquire.set_weighting_scheme(Xapian::BM25Weight(r.k1, r.k2, r.k3, r.b, r.min_normlen));
  if (sort == "newest" || sort == "oldest") {
    auto* keymaker = new Xapian::MultiValueKeyMaker();
    const bool newest = sort == "newest";
    keymaker->add_value(schema::kSlotPublished, newest, newest ? "" : "99999999");
    enquire.set_sort_by_key_then_relevance(keymaker->release(), false);
  }
}

// Runs fn (returning nlohmann::json or StatusOr<nlohmann::json>), reopening
// the database and retrying once when a writer's commit invalidated it.
template <typename Fn>
StatusOr<nlohmann::json> RunWithRetry(Xapian::Database& db, Fn&& fn) {
  for (int attempt = 0;; ++attempt) {
    try {
      return fn();
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt >= 2) return Status::Unavailable("index: changing too fast: " + e.get_description());
      try {
        db.reopen();
      } catch (const Xapian::Error& e2) {
        return Status::Unavailable("index: cannot reopen: " + e2.get_description());
      }
    } catch (const Xapian::DatabaseError& e) {
      return Status::Unavailable("index: " + e.get_description());
    } catch (const Xapian::Error& e) {
      return Status::Internal("xapian: " + e.get_description());
    } catch (const nlohmann::json::exception& e) {
      return Status::Internal(std::string("json: ") + e.what());
    }
  }
}

}  // namespace thidua::search_internal
