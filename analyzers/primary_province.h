// The primary (subject) province of an article, from its province mentions.
// Split from provinces.cc, which finds the mentions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analyzers/entities_internal.h"

namespace thidua::internal {

enum MentionFlags : int {
  kAfterKindWord = 1,   // "tỉnh X", "TP X": +1
  kSpeakingSource = 2,  // the province's authority speaks (AuthoritySpeaks): +2 in the first paragraph
  kResidence = 4,       // where someone lives or comes from (Residence): no bonus
};

// Whether the mention starting at token first gives where someone lives or
// comes from: "(SN 1998, trú huyện Quỳnh Lưu, tỉnh Nghệ An)", "quê Nghệ
// An", "đến từ Tân Kỳ, Nghệ An" - only address words between the cue and it;
// not in the text's first sentence (there it is the subject's home).
[[nodiscard]] bool Residence(const ScannedText& t, std::uint32_t first);

// What the province scan found, as the scoring needs it.
struct ScannedProvinces {
  const std::vector<ProvinceMention>& title;
  const std::vector<ProvinceMention>& body;
  // Per body mention: MentionFlags.
  const std::vector<int>& body_flags;
  // Per commune named after its kind word: the provinces it may be in.
  const std::vector<std::vector<std::int16_t>>& communes;
};

// The province the article is about, or "" when none clearly leads (lists
// of provinces, national stories). Scores: 4 per title mention (+1 for the
// headline's first place), 1 per body mention (+ its bonus, +1.5 in the
// first paragraph, half when only via a lower unit of a named province, +2
// when its authority is the lead's source; a residence gets no bonus when
// the article names another place).
[[nodiscard]] std::string PrimaryProvince(const Gazetteer& g, const Stream& title, const Stream& body,
                                          const ScannedProvinces& found);

}  // namespace thidua::internal
