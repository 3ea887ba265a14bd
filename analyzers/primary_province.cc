// Primary province scoring (see primary_province.h).
#include "analyzers/primary_province.h"

#include <algorithm>
#include <map>

namespace thidua::internal {
namespace {

// Self-references to an unnamed province: "toàn tỉnh", "của tỉnh", "Ủy ban
// MTTQ tỉnh cho biết" - "tỉnh" not followed by a name and not plural.
int BareProvinceReferences(const Stream& s) {
  const ScannedText& text = *s.text;
  int count = 0;
  for (std::size_t p = 0; p < s.folded.size(); ++p) {
    if (NormAt(s, p) != "tỉnh") continue;
    const ScanToken& t = text.tokens[s.tok[p]];
    if (t.capitalised || text.InTail(s.tok[p])) continue;
    std::string_view prev = p > 0 ? NormAt(s, p - 1) : std::string_view();
    if (AnyOf(prev, {"các", "nhiều", "những", "mỗi", "hai", "ba", "63", "34", "liên", "giữa"})) continue;
    // The other "tỉnh" (awake): "thức tỉnh", "tỉnh táo", "tỉnh giấc".
    if (AnyOf(prev, {"thức", "bừng", "chợt", "trấn", "say"})) continue;
    if (p + 1 < s.folded.size() && AnyOf(NormAt(s, p + 1), {"táo", "giấc", "ngộ", "dậy", "rượu", "ngủ"})) continue;
    std::uint32_t next_tok = s.tok[p] + 1;
    if (next_tok < text.tokens.size() && text.tokens[next_tok].kind == ScanKind::kWord &&
        (text.tokens[next_tok].capitalised || AnyOf(text.tokens[next_tok].norm, {"thành", "ủy", "lỵ", "lộ", "bạn"}))) {
      continue;
    }
    ++count;
  }
  return count;
}

}  // namespace

// Accident and crime stories name the victim's or suspect's home in
// passing; the scene is the story's place. Back from the mention, within
// its clause (commas allowed), only capitalised names, numbers and address
// words may stand between it and the cue.
bool Residence(const ScannedText& t, std::uint32_t first) {
  // The first sentence introduces the story's subject: "Ông Đàng Năng Long
  // (ngụ huyện Lắk, Đắk Lắk) vừa tổ chức lễ bắt rể" happens at his home.
  if (t.tokens.empty() || t.sentence_of[first] == t.sentence_of[0]) return false;
  for (std::uint32_t back = 1; back <= 14 && back <= first; ++back) {
    const std::uint32_t i = first - back;
    const ScanToken& tok = t.tokens[i];
    if (tok.kind == ScanKind::kNumber) continue;
    if (tok.kind != ScanKind::kWord) {
      if (t.IsBreak(i)) return false;
      const std::string_view p = t.Surface(i);
      if (p == "," || p == "-" || p == "." || p == "–") continue;  // "N." of a withheld name, "Tân Kỳ - Nghệ An"
      return false;
    }
    const std::string_view w = tok.norm;
    if (AnyOf(w, {"trú", "ngụ", "quê", "hktt"})) return true;
    if (w == "khẩu" && i > 0 && t.tokens[i - 1].norm == "hộ") return true;
    if (w == "từ" && i > 0 && t.tokens[i - 1].norm == "đến") return true;
    if (tok.capitalised) continue;
    if (!AnyOf(w, {"tại", "ở", "quán", "thôn", "xóm", "ấp", "bản", "buôn", "làng", "tổ", "khu", "phố", "đường", "số",
                   "xã", "phường", "thị", "trấn", "huyện", "quận", "thành", "tỉnh", "tp", "dân"})) {
      return false;
    }
  }
  return false;
}

std::string PrimaryProvince(const Gazetteer& g, const Stream& title, const Stream& body,
                            const ScannedProvinces& found) {
  std::map<std::string, double> score;
  for (const ProvinceMention& m : found.title) score[m.name] += 4;
  if (!found.title.empty()) score[found.title.front().name] += 1;  // the headline's first place leads
  std::uint32_t early_end = 0;  // end of the first substantial paragraph
  {
    const ScannedText& t = *body.text;
    int words = 0;
    for (const ScanToken& tok : t.tokens) {
      if (t.tail_line[tok.line]) continue;
      if (tok.kind == ScanKind::kWord) ++words;
      early_end = tok.end;
      if (words >= 60 && tok.kind == ScanKind::kNewline) break;
    }
  }
  // A unit mention weighs half when the province is also named (the two
  // often say the same thing: "huyện Cẩm Xuyên (Hà Tĩnh)"), fully when the
  // units are all the article gives ("đến Phú Quốc").
  std::map<std::string, int> named;
  for (const ProvinceMention& m : found.title) ++named[m.name];
  for (const ProvinceMention& m : found.body) named[m.name] += m.via_local_unit ? 0 : 1;
  // A residence ("trú tại X") counts as a plain mention, without the lead
  // and kind-word bonuses - unless the article names no other place: then
  // it is where the story is ("bệnh nhân (ngụ tại TPHCM) nhập viện").
  bool elsewhere = !found.title.empty();
  for (std::size_t k = 0; k < found.body.size(); ++k) elsewhere = elsewhere || !(found.body_flags[k] & kResidence);
  for (std::size_t k = 0; k < found.body.size(); ++k) {
    const ProvinceMention& m = found.body[k];
    double s = m.via_local_unit && named[m.name] > 0 ? 0.5 : 1.0;
    if (found.body_flags[k] & kAfterKindWord) s += 1.0;
    if (elsewhere && (found.body_flags[k] & kResidence)) {
      score[m.name] += s;
      continue;
    }
    if (m.span.end <= early_end) {
      s += 1.5;
      // The lead names its source: "Sở Y tế TP Hải Phòng xác nhận, ..." - the
      // story is reported from there. Later speakers are often guests of a
      // national story ("đại diện UBND tỉnh Sơn La cho hay" at a conference).
      if (found.body_flags[k] & kSpeakingSource) s += 2.0;
    }
    score[m.name] += s;
  }
  // A commune is no province mention (names repeat across provinces), but
  // one that can only be in a province the article names backs it up:
  // "phường Đông Ngạc" again and again in a story placed by "quận Bắc Từ Liêm".
  for (const std::vector<std::int16_t>& in : found.communes) {
    const std::string* only = nullptr;
    for (std::int16_t province : in) {
      const std::string& name = g.provinces()[province].name;
      if (!score.count(name) || (only && *only == name)) continue;
      if (only) {
        only = nullptr;
        break;
      }
      only = &name;
    }
    if (only) score[*only] += 0.5;
  }
  std::string best;
  double best_score = 0, second = 0;
  for (const auto& [name, s] : score) {
    if (s > best_score) {
      second = best_score;
      best_score = s;
      best = name;
    } else if (s > second) {
      second = s;
    }
  }
  if (best.empty()) return {};
  const bool clear_lead = best_score >= 3 && best_score >= 1.6 * second;
  const bool only_one = score.size() == 1 &&
                        (best_score >= 2 || BareProvinceReferences(body) + BareProvinceReferences(title) >= 2);
  return clear_lead || only_one ? best : std::string();
}

}  // namespace thidua::internal
