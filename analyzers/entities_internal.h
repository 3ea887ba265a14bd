// Internal to the entity extractor: the per-kind extractors that
// EntityExtractor::Extract runs over scanned title and body.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/entities.h"
#include "analyzers/entity_scan_internal.h"
#include "analyzers/gazetteer.h"

namespace thidua::internal {

inline constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;

// The word/number tokens of a scanned text as folded syllables, with
// Gazetteer::kBarrier at sentence breaks and quotes so that no match
// crosses them; tok maps a stream position back to its token.
struct Stream {
  const ScannedText* text = nullptr;
  std::vector<std::string_view> folded;
  std::vector<std::uint32_t> tok;       // kNoToken at barriers
  std::vector<std::uint32_t> pos_of;    // per token: its stream position (kNoToken if none)
  std::vector<std::uint8_t> claimed;    // per token: taken by an entity (see Claim)
};
Stream MakeStream(const ScannedText& text);

// The normalised word at stream position p; "" at a barrier or past the end.
inline std::string_view NormAt(const Stream& s, std::size_t p) {
  if (p >= s.folded.size() || s.tok[p] == kNoToken) return {};
  return s.text->tokens[s.tok[p]].norm;
}

// Whether s is one of list.
inline bool AnyOf(std::string_view s, std::initializer_list<std::string_view> list) {
  for (std::string_view item : list) {
    if (item == s) return true;
  }
  return false;
}

enum Claim : std::uint8_t {
  kFree = 0, kProvince = 1, kLocalUnit = 2, kPerson = 4, kCampaignQuote = 8, kCampaignName = 16, kModel = 32
};

Span MakeSpan(const ScannedText& text, std::uint32_t first_token, std::uint32_t last_token);
// Surface text from the first to the last token, whitespace runs as one space.
std::string Surface(const ScannedText& text, std::uint32_t first_token, std::uint32_t last_token);

// Marks related-article headlines, sidebars and footers (ScannedText::tail_line).
void MarkTailLines(ScannedText& text);

// Provinces: mentions (title and body), related mentions, primary province.
void ExtractProvinces(const Gazetteer& g, Stream& title, Stream& body, Entities& out);

// Campaigns (quoted names after cues, gazetteer names, "gọi tắt là" aliases).
void ExtractCampaigns(const Gazetteer& g, Stream& title, Stream& body, Entities& out);

// Body figures, then title figures the body does not repeat (placed first).
void ExtractFigures(const Stream& title, const Stream& body, std::vector<Figure>& out);

void ExtractPeople(const Gazetteer& g, Stream& title, Stream& body, std::vector<PersonMention>& out);

// Marks model names kModel (so their numbers are not figures).
void ExtractModels(const Gazetteer& g, Stream& title, Stream& body, const Entities& so_far,
                   std::vector<ModelMention>& out);

void ExtractAbbreviations(const Gazetteer& g, const Stream& title, const Stream& body, std::vector<std::string>& out);

// A publication date stated in the text (labelled "Ngày đăng: ..." or a
// dateline at the start), relative dates taking the hint's year.
std::optional<std::string> ExtractPublished(const Stream& body, std::optional<std::string_view> hint);

}  // namespace thidua::internal
