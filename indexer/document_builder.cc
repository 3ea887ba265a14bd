#include "indexer/document_builder.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "analyzers/schema.h"
#include "analyzers/slug_title.h"
#include "analyzers/text.h"
#include "indexer/cleanup.h"

namespace thidua::indexer {
namespace {

constexpr std::size_t kMaxTermBytes = 240;  // Xapian rejects terms over 245 bytes

void AddBooleanTerm(Xapian::Document& doc, std::string_view prefix, std::string_view key) {
  if (key.empty()) return;
  std::string term(prefix);
  term.append(key.substr(0, kMaxTermBytes - prefix.size()));
  doc.add_boolean_term(term);
}

template <typename T>
void PushDistinct(std::vector<T>& items, const T& item) {
  if (!item.empty() && std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  std::replace(out.begin(), out.end(), ' ', '-');
  return out;
}

// A folded syllable or folded pair term of `field` (schema.h prefixes).
bool IsFoldedTerm(std::string_view term, Field field) {
  const bool body = field == Field::kBody;
  return term.starts_with(body ? schema::kBodyFolded : schema::kTitleFolded) ||
         term.starts_with(body ? schema::kBodyPairFolded : schema::kTitlePairFolded);
}

}  // namespace

std::string IdTerm(std::string_view id) {
  std::string term(schema::kId);
  term += id;
  return term;
}

std::string ContentHash(const Article& article) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a
  auto mix = [&](std::string_view field) {
    for (unsigned char c : field) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
    hash ^= 0xFF;  // field separator: ("ab","c") and ("a","bc") differ
    hash *= 1099511628211ull;
  };
  for (std::string_view field : {kDocumentVersion, std::string_view(article.id), std::string_view(article.title),
                                 std::string_view(article.body), std::string_view(article.url),
                                 std::string_view(article.source), std::string_view(article.published)}) {
    mix(field);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

DocumentBuilder::DocumentBuilder(const EntityExtractor& extractor) : extractor_(&extractor) {}

AnalyzedArticle DocumentBuilder::Analyze(Article article) {
  AnalyzedArticle analyzed;
  analyzed.title = CleanTitle(PrepareText(article.title).text);
  PreparedText body = PrepareText(article.body);
  CleanedText cleaned = CleanBody(body.text);
  analyzed.text = std::move(cleaned.text);
  if (cleaned.removed_lines > 0) analyzed.raw = std::move(body.text);

  analyzed.published = !article.published.empty() ? article.published : cleaned.dateline;
  std::optional<std::string_view> hint;
  if (!analyzed.published.empty()) hint = analyzed.published;
  analyzed.entities = extractor_->Extract(analyzed.title, analyzed.text, hint);
  if (analyzed.published.empty() && analyzed.entities.published) {
    analyzed.published = *analyzed.entities.published;
  }
  if (analyzed.published.empty()) {
    analyzed.entities.published.reset();
  } else {
    analyzed.entities.published = analyzed.published;
  }
  analyzed.article = std::move(article);
  return analyzed;
}

void DocumentBuilder::AddTokens(Xapian::Document& doc, const std::vector<Token>& tokens, Field field,
                                std::size_t* token_count, bool folded_only) {
  if (token_count != nullptr) {
    *token_count = static_cast<std::size_t>(
        std::count_if(tokens.begin(), tokens.end(), [](const Token& t) { return !t.is_part; }));
  }
  terms_.clear();
  AppendIndexTerms(tokens, field, terms_);
  for (const IndexTerm& term : terms_) {
    if (term.term.empty() || term.term.size() > kMaxTermBytes) continue;
    if (folded_only && !IsFoldedTerm(term.term, field)) continue;
    if (term.positional) {
      doc.add_posting(term.term, term.position);
    } else {
      doc.add_term(term.term);  // wdf += 1, no position list
    }
  }
}

Xapian::Document DocumentBuilder::Assemble(const AnalyzedArticle& analyzed) {
  const Article& article = analyzed.article;
  const Entities& entities = analyzed.entities;
  Xapian::Document doc;

  // Positions start at 1 in each field (title and body have their own prefixes).
  const std::vector<Token> body_tokens = tokenizer_.Tokenize(analyzed.text, 1);
  // No title: the URL slug's words are indexed as the title (they are the
  // headline), and shown only when every spelling is certain (SlugTitle).
  std::string title = analyzed.title;
  SlugTitle slug;
  if (title.empty() && !article.url.empty()) slug = TitleFromSlug(article.url, analyzed.text, body_tokens);
  const bool title_from_url = slug.confident;
  if (title_from_url) title = slug.text;
  std::size_t title_tokens = 0;
  if (!title.empty() || !slug.text.empty()) {
    AddTokens(doc, tokenizer_.Tokenize(title.empty() ? slug.text : title, 1), Field::kTitle, &title_tokens);
  } else if (const std::vector<std::string> words = SlugWords(article.url); words.size() >= 3) {
    // A slug too far from the body's words to be spelt (a headline about
    // "Ấn Độ thiếu oxy" over a text that says "khí oxy", "Ấn Độ" once...)
    // still names the subject: its words count as folded title terms.
    std::string folded;
    for (const std::string& word : words) folded.append(folded.empty() ? "" : " ").append(word);
    AddTokens(doc, tokenizer_.Tokenize(folded, 1), Field::kTitle, &title_tokens, /*folded_only=*/true);
  }
  AddTokens(doc, body_tokens, Field::kBody, nullptr);

  // ---- Boolean terms and the lists behind the facet slots. Mentions inside
  // related-article headlines (entities.related_provinces) are left out.
  doc.add_boolean_term(IdTerm(article.id));
  std::vector<std::string> provinces, provinces_2025, regions, campaigns, figures;
  for (const ProvinceMention& mention : entities.provinces) {
    PushDistinct(provinces, mention.name);
    PushDistinct(provinces_2025, mention.name_2025);
    PushDistinct(regions, mention.region);
  }
  for (const std::string& name : provinces) AddBooleanTerm(doc, schema::kProvince, schema::Key(name));
  for (const std::string& name : provinces_2025) AddBooleanTerm(doc, schema::kProvince2025, schema::Key(name));
  for (const std::string& name : regions) AddBooleanTerm(doc, schema::kRegion, schema::Key(name));
  if (!entities.primary_province.empty()) {
    AddBooleanTerm(doc, schema::kPrimaryProvince, schema::Key(entities.primary_province));
    doc.add_value(schema::kSlotPrimaryProvince, entities.primary_province);
  }
  for (const CampaignMention& campaign : entities.campaigns) {
    PushDistinct(campaigns, campaign.name);
  }
  for (const std::string& name : campaigns) AddBooleanTerm(doc, schema::kCampaign, schema::Key(name));
  if (!article.source.empty()) {
    AddBooleanTerm(doc, schema::kSource, Lower(article.source));
    doc.add_value(schema::kSlotSource, article.source);
  }
  for (const Figure& figure : entities.figures) {
    const std::string unit = schema::FigureUnitKey(figure.unit);
    if (unit.empty()) continue;
    AddBooleanTerm(doc, schema::kFigureUnit, unit);
    figures.push_back(unit + "\t" + Xapian::sortable_serialise(figure.value));
  }
  if (!entities.models.empty()) AddBooleanTerm(doc, schema::kHas, "models");
  if (!entities.figures.empty()) AddBooleanTerm(doc, schema::kHas, "figures");
  if (!entities.people.empty()) AddBooleanTerm(doc, schema::kHas, "people");

  const std::string& published = analyzed.published;
  if (published.size() == 10) {
    const std::string year = published.substr(0, 4), month = published.substr(5, 2), day = published.substr(8, 2);
    AddBooleanTerm(doc, schema::kYear, year);
    AddBooleanTerm(doc, schema::kMonth, year + month);
    AddBooleanTerm(doc, schema::kDay, year + month + day);
    doc.add_value(schema::kSlotPublished, year + month + day);
    doc.add_value(schema::kSlotYear, year);
    doc.add_value(schema::kSlotMonth, year + "-" + month);
  }

  // ---- Value slots.
  if (!provinces.empty()) doc.add_value(schema::kSlotProvinces, schema::EncodeList(provinces));
  if (!provinces_2025.empty()) doc.add_value(schema::kSlotProvinces2025, schema::EncodeList(provinces_2025));
  if (!campaigns.empty()) doc.add_value(schema::kSlotCampaigns, schema::EncodeList(campaigns));
  if (!regions.empty()) doc.add_value(schema::kSlotRegions, schema::EncodeList(regions));
  if (!figures.empty()) doc.add_value(schema::kSlotFigures, schema::EncodeList(figures));
  doc.add_value(schema::kSlotTitleLength, Xapian::sortable_serialise(static_cast<double>(title_tokens)));

  // ---- Document data.
  nlohmann::json data = {{"id", article.id}, {"title", title}};
  if (title_from_url) data["title_source"] = "url";
  if (!article.url.empty()) data["url"] = article.url;
  if (!article.source.empty()) data["source"] = article.source;
  if (!published.empty()) data["published"] = published;
  data["text"] = analyzed.text;
  if (!analyzed.raw.empty()) data["raw"] = analyzed.raw;
  data["entities"] = ToDocumentJson(entities);
  data["content_hash"] = ContentHash(article);
  doc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return doc;
}

}  // namespace thidua::indexer
