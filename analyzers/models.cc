// Exemplary models and initiatives: "mô hình Chợ 4.0", "mô hình “…”",
// "sáng kiến …", "điển hình …", with the province they belong to.
#include <algorithm>
#include <unordered_set>

#include "analyzers/entities_internal.h"
#include "analyzers/text.h"

namespace thidua::internal {
namespace {

using Set = std::unordered_set<std::string_view>;

const Set& ModelStop() {
  static const Set s = {"của", "và", "với", "cho", "được", "đã", "là", "trong", "trên", "tại", "ở", "có", "này",
                        "đó", "các", "những", "từ", "đến", "theo", "về", "thì", "mà", "nhưng", "khi", "đạt",
                        "nhằm", "để", "do", "giúp", "góp", "tạo", "mang", "gắn", "đang", "sẽ", "thuộc"};
  return s;
}

// The quoted name starting at the opening quote j: [first, last] inside.
bool QuotedName(const ScannedText& text, std::uint32_t j, std::uint32_t* first, std::uint32_t* last) {
  const auto& toks = text.tokens;
  if (j >= toks.size() || toks[j].kind != ScanKind::kPunct || !IsQuote(text.Surface(j))) return false;
  std::uint32_t k = j + 1;
  while (k < toks.size() && k < j + 40 && !IsQuote(text.Surface(k)) && toks[k].kind != ScanKind::kNewline) ++k;
  if (k >= toks.size() || !IsQuote(text.Surface(k)) || k == j + 1) return false;
  *first = j + 1;
  *last = k - 1;
  return true;
}

}  // namespace

void ExtractModels(Stream& title, Stream& body, const Entities& so_far, std::vector<ModelMention>& out) {
  for (Stream* s : {&title, &body}) {
    const ScannedText& text = *s->text;
    const auto& toks = text.tokens;
    auto add = [&](const std::string& kind, std::uint32_t first, std::uint32_t last) {
      ModelMention m;
      m.name = Surface(text, first, last);
      m.kind = kind;
      m.span = MakeSpan(text, first, last);
      for (std::uint32_t x = first; x <= last; ++x) s->claimed[x] |= kModel;
      // The nearest province mention in the same sentence, else the primary.
      std::uint32_t sentence = text.sentence_of[first];
      std::uint32_t sentence_end = last;
      while (sentence_end + 1 < toks.size() && !text.IsBreak(sentence_end)) ++sentence_end;
      std::uint32_t best_distance = ~0u;
      for (const ProvinceMention& p : so_far.provinces) {
        if (p.span.in_title != text.is_title) continue;
        if (p.span.begin < toks[sentence].begin || p.span.end > toks[sentence_end].end) continue;
        std::uint32_t d = p.span.begin > m.span.begin ? p.span.begin - m.span.begin : m.span.begin - p.span.begin;
        if (d < best_distance) {
          best_distance = d;
          m.province = p.name;
        }
      }
      if (m.province.empty()) m.province = so_far.primary_province;
      if (std::none_of(out.begin(), out.end(), [&](const ModelMention& x) { return x.name == m.name; })) {
        out.push_back(std::move(m));
      }
    };
    for (std::uint32_t i = 0; i + 2 < toks.size(); ++i) {
      if (toks[i].kind != ScanKind::kWord || toks[i + 1].kind != ScanKind::kWord) continue;
      const std::string& a = toks[i].norm;
      const std::string& b = toks[i + 1].norm;
      if (!((a == "mô" && b == "hình") || (a == "sáng" && b == "kiến") || (a == "điển" && b == "hình")) ||
          text.InTail(i)) {
        continue;
      }
      std::string kind = a + " " + b;
      std::uint32_t j = i + 2, first = 0, last = 0;
      if (QuotedName(text, j, &first, &last)) {
        if (s->claimed[j] & kCampaignQuote) continue;  // the campaign's name, not a model
        add(kind, first, last);
        // A list: mô hình “A”, “B” và “C”.
        for (std::uint32_t k = last + 2; k + 1 < toks.size();) {
          std::uint32_t sep = k;
          while (sep < toks.size() && (text.Surface(sep) == "," || toks[sep].norm == "và")) ++sep;
          if (sep == k || !QuotedName(text, sep, &first, &last) || (s->claimed[sep] & kCampaignQuote)) break;
          add(kind, first, last);
          k = last + 2;
        }
        i = last;
        continue;
      }
      // A capitalised name: "mô hình Chợ 4.0", "mô hình Tổ tự quản an ninh".
      // Unquoted capitalised "sáng kiến X" is mostly an international
      // initiative ("sáng kiến Vành đai và Con đường"): quotes required.
      if (kind == "sáng kiến" || toks[j].kind != ScanKind::kWord || !toks[j].capitalised || toks[j].all_caps ||
          (s->claimed[j] & (kProvince | kLocalUnit | kCampaignName))) {
        continue;
      }
      first = last = j;
      for (std::uint32_t k = j + 1; k < toks.size() && k < j + 9; ++k) {
        if (!toks[k].space_before || toks[k].kind == ScanKind::kPunct || toks[k].kind == ScanKind::kNewline) break;
        if (toks[k].kind == ScanKind::kWord && ModelStop().count(toks[k].norm)) break;
        last = k;
      }
      if (last == first) continue;  // one word is no name ("mô hình R")
      add(kind, first, last);
      i = last;
    }
  }
}

}  // namespace thidua::internal
