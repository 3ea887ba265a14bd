// The Xapian document of an article, exactly as docs/schema.md and
// analyzers/schema.h describe it: positional terms for the title and body
// (exact, folded and pair forms via AppendIndexTerms), boolean filter terms
// (Q<id>, provinces, campaigns, dates, ...), value slots for sorting and
// facets, and the JSON document data with the entities and their offsets.
//
// Usable without the CLI (tests build small indexes with it):
//   auto extractor = EntityExtractor::Load(data_dir);
//   DocumentBuilder builder(*extractor);
//   db.replace_document(IdTerm(article.id), builder.Build(article));
// A DocumentBuilder holds a Tokenizer: use one per thread. The extractor is
// shared (const, thread-safe) and must outlive the builder.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analyzers/entities.h"
#include "analyzers/tokenizer.h"
#include "indexer/article.h"

namespace thidua::indexer {

// What analysis made of an article, before it becomes a document.
struct AnalyzedArticle {
  Article article;        // as read
  std::string title;      // prepared (PrepareText) and cleaned
  std::string text;       // prepared and cleaned body: indexed, shown, offsets refer to it
  std::string raw;        // prepared body before cleanup; empty when cleanup removed nothing
  std::string published;  // "YYYY-MM-DD": the record's, else the page's dateline, else a
                          // date found in the text; empty when unknown
  Entities entities;      // entities.published is set to `published`
};

// The unique term of an article id.
std::string IdTerm(std::string_view id);

// Bump when analysis or the document layout changes, so that --resume
// re-indexes documents built by an older version.
inline constexpr std::string_view kDocumentVersion = "thidua-doc-4";

// A 64-bit hash (16 hex digits) of the article's fields and kDocumentVersion,
// stored in the document data as "content_hash": a re-run with --resume
// skips articles whose stored hash is the same.
std::string ContentHash(const Article& article);


class DocumentBuilder {
 public:
  explicit DocumentBuilder(const EntityExtractor& extractor);
  DocumentBuilder(const DocumentBuilder&) = delete;
  DocumentBuilder& operator=(const DocumentBuilder&) = delete;

  // PrepareText, cleanup, entity extraction and the publication date.
  AnalyzedArticle Analyze(Article article);

  // The document for an analysed article (terms, values, data). An article
  // without a title gets one from its URL slug (TitleFromSlug), stored with
  // "title_source": "url" and indexed as a title.
  Xapian::Document Assemble(const AnalyzedArticle& analyzed);

  Xapian::Document Build(Article article) { return Assemble(Analyze(std::move(article))); }

 private:
  // `folded_only`: only the folded syllables and pairs (text whose
  // diacritics are unknown, such as a URL slug that could not be restored).
  void AddTokens(Xapian::Document& doc, const std::vector<Token>& tokens, Field field, std::size_t* token_count,
                 bool folded_only = false);

  const EntityExtractor* extractor_;
  Tokenizer tokenizer_;
  std::vector<IndexTerm> terms_;  // reused between documents
};

}  // namespace thidua::indexer
