// Foreign people written in Sino-Vietnamese ("Trần Sư Hành", "Vương Nghị",
// "Triệu Lệ Dĩnh") look exactly like Vietnamese names; only the context
// tells them apart. The gold counts Vietnamese people only (tests/gold,
// unc-news_sport_227: the Chinese martial artist is not a person there), so
// these are dropped.
//
// The cues are words of the Chinese-speaking world only: Korean and
// Japanese names are written in Latin letters in this press and fail the
// syllable check anyway, while "Hàn Quốc", "Nhật Bản" sit next to
// Vietnamese workers and officials too often to be evidence.
#include "analyzers/people_internal.h"

namespace thidua::internal::people {
namespace {

// Cues, 1-3 normalised syllables (accents matter: "Trung Hòa" is a ward of
// Hà Nội, "Trung Hoa" China); the first token must be capitalised.
const std::unordered_set<std::string>& ChineseCues() {
  static const std::unordered_set<std::string> s = {
      "trung quốc", "hong kong", "hồng kông", "đài loan", "hoa ngữ", "cbiz", "cnet", "weibo", "sina", "sohu",
      "baidu", "douban", "tvb", "bắc kinh", "thượng hải", "trung hoa", "ma cao", "macau", "macao", "tân hoa xã",
      "xinhua"};
  return s;
}

// The number of tokens of a cue starting at token k, or 0.
std::uint32_t CueAt(const ScannedText& text, std::uint32_t k) {
  if (!text.IsWord(k) || !text.tokens[k].capitalised) return 0;
  std::string key = text.tokens[k].norm;
  for (std::uint32_t n = 1; n <= 3; ++n) {
    if (n > 1) {
      const std::uint32_t j = k + n - 1;
      if (!text.IsWord(j) || !text.tokens[j].space_before) return 0;
      key += ' ';
      key += text.tokens[j].norm;
    }
    if (ChineseCues().count(key)) return n;
  }
  return 0;
}

// Prepositions after which a cue is where someone is or goes, not whose.
bool PlacePreposition(std::string_view norm) {
  return AnyOf(norm, {"tại", "ở", "từ", "sang", "đến", "tới", "về", "với", "qua"});
}

}  // namespace

Foreignness ForeignContext(const ScannedText& text, std::uint32_t first, std::uint32_t last) {
  Foreignness f;
  // "diễn viên Trung Quốc Trần Sư Hành", "tỷ phú Hồng Kông - Hứa Thế Huân",
  // "Người phát ngôn Bộ Ngoại giao Trung Quốc Uông Văn Bân"; and the other
  // way, "Phó Phát ngôn Bộ Ngoại giao Việt Nam Đoàn Khắc Việt".
  std::uint32_t k = first;
  if (k >= 1 && (text.IsPunct(k - 1, "-") || text.IsPunct(k - 1, "\u2013"))) --k;
  for (std::uint32_t n = 1; n <= 3 && n <= k; ++n) {
    if (CueAt(text, k - n) == n && !(k - n >= 1 && PlacePreposition(text.tokens[k - n - 1].norm))) f.strong = true;
  }
  if (k >= 2 && text.IsWord(k - 2) && text.tokens[k - 2].norm == "việt" && text.tokens[k - 1].norm == "nam") {
    f.vietnamese = true;
  }
  // A cue anywhere in the sentence ("Vương Phi sinh năm 1969 tại Bắc Kinh,
  // Trung Quốc"; "Phạm Băng Băng được xem là biểu tượng nhan sắc của làng
  // giải trí Hoa ngữ"), unless the sentence also names Việt Nam.
  std::uint32_t begin = text.sentence_of[first];
  bool cue = false, vietnam = false;
  for (std::uint32_t j = begin; j < text.tokens.size() && text.sentence_of[j] == begin; ++j) {
    if (j >= first && j <= last) continue;
    if (CueAt(text, j)) cue = true;
    if (text.IsWord(j + 1) && text.tokens[j].folded == "viet" && text.tokens[j + 1].folded == "nam") vietnam = true;
  }
  f.weak = cue && !vietnam;
  return f;
}

CueCounts CountCues(const ScannedText& text) {
  CueCounts c;
  for (std::uint32_t k = 0; k < text.tokens.size(); ++k) {
    if (text.InTail(k)) continue;
    if (std::uint32_t n = CueAt(text, k)) {
      ++c.chinese;
      k += n - 1;
    } else if (text.IsWord(k) && text.tokens[k].capitalised && text.tokens[k].norm == "việt") {
      ++c.vietnamese;  // "Việt Nam", "sao Việt", "người Việt"
    }
  }
  return c;
}

bool CalledVietnamese(std::string_view text, std::string_view name) {
  for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
    std::string_view before = text.substr(0, at);
    while (!before.empty() && (before.back() == ' ' || before.back() == '-')) before.remove_suffix(1);
    if (before.ends_with("Việt Nam")) return true;
  }
  return false;
}

}  // namespace thidua::internal::people
