// Entity extraction for Vietnamese emulation-movement news: provinces (with
// the 1/7/2025 mapping and the article's subject province), campaigns,
// figures (number + unit + what it counts), people with titles, exemplary
// models/initiatives, abbreviations and a publication date.
//
// Input is prepared text (analyzers/text.h: PrepareText); every Span is a
// UTF-8 byte offset range into the prepared body, or into the title when
// in_title. Extraction is linear in the text: token sequences are matched
// against hash maps of folded syllable n-grams (analyzers/gazetteer.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "analyzers/gazetteer.h"
#include "analyzers/status.h"

namespace thidua {

struct Span {
  std::uint32_t begin = 0, end = 0;  // byte offsets, end exclusive
  bool in_title = false;             // offsets refer to the title
};

struct ProvinceMention {
  std::string name;       // old (pre-2025) canonical name
  std::string name_2025;  // post-2025 canonical name it belongs to
  std::string region;
  Span span;
  bool via_local_unit = false;  // placed through a district ("huyện Mù Cang Chải")
};

struct CampaignMention {
  std::string name;        // canonical full name (gazetteer) or the quoted text
  std::string short_name;  // the short alias, or name
  bool known = false;      // found in the gazetteer
  Span span;
};

struct Figure {
  std::string text;          // surface, e.g. "62.887 sáng kiến"
  double value = 0;          // scaled: "2.905 tỷ đồng" -> 2.905e12
  std::string unit;          // normalised noun after the number: "đồng", "%", "sáng kiến"
  std::string counts;        // what it counts when said beyond the unit, may be empty
  std::optional<double> of_total;  // "109 trong số 137 xã" -> 137
  Span span;
  Span sentence;             // the sentence holding it (for snippets)
};

struct PersonMention {
  std::string name;   // "Võ Minh Khoa"
  std::string title;  // "Phó Chủ tịch Ủy ban MTTQ tỉnh", may be empty
  Span span;          // of the name
};

struct ModelMention {
  std::string name;      // "Chợ 4.0"
  std::string kind;      // "mô hình" | "sáng kiến" | "điển hình"
  std::string province;  // old canonical name; nearest in sentence, else primary
  Span span;
};

struct Entities {
  std::vector<ProvinceMention> provinces;    // every mention, in text order (title first)
  // Mentions inside embedded related-article headlines, sidebars and footers
  // (after "Xem thêm", runs of headline-like lines): kept for display, never
  // primary, and not meant to be indexed as XPROV.
  std::vector<ProvinceMention> related_provinces;
  std::string primary_province;              // old canonical; empty when no clear subject
  std::vector<std::string> provinces_2025;   // distinct, order of first mention
  std::vector<CampaignMention> campaigns;    // distinct by name
  std::vector<Figure> figures;
  std::vector<PersonMention> people;         // distinct by name
  std::vector<ModelMention> models;          // distinct by name
  std::vector<std::string> abbreviations;    // distinct, as in abbreviations.tsv
  std::optional<std::string> published;      // YYYY-MM-DD found in the text

  // Old canonical province names of `provinces`, distinct, order of first
  // mention (related_provinces excluded).
  std::vector<std::string> DistinctProvinces() const;
  std::vector<std::string> Regions() const;  // distinct
};

class EntityExtractor {
 public:
  // Loads the gazetteer from data_dir (data/*.tsv).
  static StatusOr<EntityExtractor> Load(const std::string& data_dir);

  EntityExtractor(EntityExtractor&&) noexcept;
  EntityExtractor& operator=(EntityExtractor&&) noexcept;
  ~EntityExtractor();

  // Thread-safe (const; per-call tokenisers). title and body must be
  // prepared text. published_hint (YYYY-MM-DD, the record's date) supplies
  // the year of relative dates ("Sáng 23/8"); Entities::published is only
  // set from dates found in the text.
  Entities Extract(std::string_view title, std::string_view body,
                   std::optional<std::string_view> published_hint = std::nullopt) const;

  const Gazetteer& gazetteer() const;

 private:
  explicit EntityExtractor(Gazetteer gazetteer);
  std::unique_ptr<Gazetteer> gazetteer_;
};

// The --extract-only line: {"id", "provinces": [old names, distinct, order of
// first mention], "provinces_2025": [...], "primary_province": string|null,
// "campaigns": [canonical names], "figures": [{"text","value","unit"}],
// "people": [{"name","title"}], "models": [names], "published": string|null}.
nlohmann::json ToExtractJson(std::string_view id, const Entities& entities);

// The entities object stored in document data (docs/schema.md): mentions
// with offsets.
nlohmann::json ToDocumentJson(const Entities& entities);

}  // namespace thidua
