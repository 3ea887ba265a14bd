// Figures: a number written in digits, optional scale words (nghìn, triệu,
// tỷ...), and the unit: the noun after it ("62.887 sáng kiến", "40,73 điểm",
// "45%", "109 trong số 137 xã"). Dates, years, times, ranges, document
// numbers, ordinals, levels/grades and durations are not figures.
// Numbers are Vietnamese-style: "." groups thousands, "," marks decimals.
#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_set>

#include "analyzers/entities_internal.h"
#include "analyzers/figure_words_internal.h"

namespace thidua::internal {
namespace {

class FigureScanner {
 public:
  explicit FigureScanner(const Stream& s) : s_(s), text_(*s.text), toks_(s.text->tokens) {}

  void Run(std::vector<Figure>& out) {
    for (std::uint32_t i = 0; i < toks_.size(); ++i) {
      if (toks_[i].kind != ScanKind::kNumber || text_.InTail(i) || (s_.claimed[i] & (kCampaignQuote | kCampaignName | kModel))) continue;
      std::uint32_t last = i;
      if (std::optional<Figure> f = At(i, &last)) {
        out.push_back(std::move(*f));
        i = last;
      }
    }
  }

 private:
  const ScanToken* Tok(std::uint32_t i) const { return i < toks_.size() ? &toks_[i] : nullptr; }
  bool WordAt(std::uint32_t i) const { return i < toks_.size() && toks_[i].kind == ScanKind::kWord; }
  std::string_view NormAt(std::uint32_t i) const { return i < toks_.size() ? std::string_view(toks_[i].norm) : ""; }
  std::string_view PrevWord(std::uint32_t i) const {
    return i > 0 && toks_[i - 1].kind == ScanKind::kWord ? std::string_view(toks_[i - 1].norm) : "";
  }

  // A minus sign: "-" glued to the number, apart from the word before it
  // ("xuống -15 độ C"); "09-NQ" and "5-2" are codes and dates.
  bool Minus(std::uint32_t i) const {
    // The word before is lower-case: "Covid -19" is a name.
    return i >= 2 && !toks_[i].space_before && text_.Surface(i - 1) == "-" && toks_[i - 1].space_before &&
           toks_[i - 2].kind == ScanKind::kWord && !toks_[i - 2].capitalised;
  }

  bool Excluded(std::uint32_t i) const {
    const ScanToken& t = toks_[i];
    // Codes: "09-NQ/TU", "17/KH", "02- NQ/TU"; glued to a word: "COVID-19".
    if (const ScanToken* n = Tok(i + 1); n && !n->space_before && n->kind == ScanKind::kPunct) {
      std::string_view p = text_.Surface(*n);
      if (p == "-" || p == "/" || p == "\u2013") return true;
    }
    if (i > 0 && !t.space_before && toks_[i - 1].kind != ScanKind::kNewline) {
      std::string_view p = text_.Surface(i - 1);
      if (toks_[i - 1].kind == ScanKind::kWord || (p == "-" && !Minus(i)) || p == "/" || p == "." || p == "#") {
        return true;
      }
    }
    const std::string_view prev = PrevWord(i);
    const std::string_view prev2 = i >= 2 && toks_[i - 2].kind == ScanKind::kWord ? NormAt(i - 2) : "";
    const bool percent = Tok(i + 1) && text_.Surface(i + 1) == "%";
    // "giảm mỗi chiều 100.000 đồng": a time-of-day word before money or a
    // measure is no time ("chiều 23/8" never parses as a number anyway).
    const bool time_of_day = prev == "sáng" || prev == "chiều" || prev == "tối" || prev == "trưa" || prev == "đêm";
    std::uint32_t after_scale = i + 1;
    while (WordAt(after_scale) && Scale(NormAt(after_scale)) > 0) ++after_scale;
    const bool measured = WordAt(after_scale) && MeasureUnits().count(NormAt(after_scale));
    // "vòng 32", "phút 90": a round or a minute of a match ("trong vòng 100 m" is a distance).
    if ((prev == "vòng" && prev2 != "trong") || prev == "phút") return true;
    // "km 1939+400m": a position along a road (chainage), not a length.
    if (i >= 2 && !t.space_before && text_.Surface(i - 1) == "+" && !toks_[i - 1].space_before &&
        toks_[i - 2].kind == ScanKind::kNumber) {
      return true;
    }
    // "kỷ luật 2 lãnh đạo" disciplines two people; "Luật 2005" names a law.
    const bool discipline = prev == "luật" && prev2 == "kỷ";
    if (NotFigureBefore().count(prev) && !(time_of_day && measured) && !discipline) {
      // "tổng số 2.255 tổ", "trong số", "doanh số 4.602 xe" and "dân số
      // 300.000 người" are counts; "Kế hoạch số 17" is not.
      if (!(prev == "số" && CountBeforeSo().count(prev2))) return true;
    }
    // "Kế hoạch 17", "Quyết định 123": document names are capitalised
    // ("hướng dẫn 2.350 hộ" is a count).
    if (!prev.empty() && !prev2.empty() && toks_[i - 2].capitalised &&
        DocumentTypes().count(std::string(prev2) + " " + std::string(prev))) {
      return true;
    }
    // "Trung đoàn 66", "Sư đoàn 324", "Quân khu 7": the number names the unit.
    if (!prev2.empty() && NumberedUnits().count(std::string(prev2) + " " + std::string(prev))) return true;
    // "một nhóm 4 học sinh" counts; "ở mức 10 độ C" measures: not levels.
    const bool counted = prev2 == "một" || prev2 == "mỗi" || (WordAt(i + 1) && MeasureUnits().count(NormAt(i + 1)));
    if (!percent && !counted && LevelBefore().count(prev)) {
      std::optional<double> v = ParseNumber(text_.Surface(t), false);
      if (!v || *v <= 30) return true;
    }
    // A year: a plain four-digit number in 1900..2100.
    std::string_view surface = text_.Surface(t);
    if (surface.size() == 4 && surface.find_first_not_of("0123456789") == std::string_view::npos) {
      int y = std::atoi(std::string(surface).c_str());
      if (y >= 1900 && y <= 2100) return true;
    }
    return false;
  }

  // The unit starting at token j; *last gets its last token.
  std::string Unit(std::uint32_t j, std::uint32_t* last) const {
    if (!WordAt(j) || !toks_[j].space_before) {
      if (WordAt(j) && OneSyllableUnits().count(toks_[j].norm)) {  // "20ha", "5km"
        *last = j;
        return toks_[j].norm;
      }
      return "";
    }
    // Known multi-syllable units, longest first (up to four syllables).
    std::string phrase(toks_[j].norm);
    std::string best;
    for (std::uint32_t k = j + 1; k < j + 4 && WordAt(k) && toks_[k].space_before; ++k) {
      phrase += ' ';
      phrase += toks_[k].norm;
      if (MultiSyllableUnits().count(phrase)) {
        best = phrase;
        *last = k;
      }
    }
    if (!best.empty()) return best;
    if (NotUnitWords().count(toks_[j].norm)) return "";
    *last = j;
    if (OneSyllableUnits().count(toks_[j].norm)) return toks_[j].norm;
    // General rule: a two-syllable noun when the next syllable is a plain
    // lower-case content word.
    // A capitalised unit ("01 Liên hiệp hợp tác xã") keeps its second syllable too.
    if (WordAt(j + 1) && toks_[j + 1].space_before && (!toks_[j + 1].capitalised || toks_[j].capitalised) &&
        !NotUnitWords().count(toks_[j + 1].norm)) {
      *last = j + 1;
      return toks_[j].norm + " " + toks_[j + 1].norm;
    }
    return toks_[j].norm;
  }

  // Ranges are not figures, at either end: "từ 40 đến 60 triệu đồng",
  // "25 - 30 triệu đồng", "từ 80 độ C đến 120 độ C", "từ 10% đến 30%".
  bool Connector(std::uint32_t k) const {
    if (k >= toks_.size()) return false;
    if (toks_[k].kind == ScanKind::kWord) return toks_[k].norm == "đến" || toks_[k].norm == "tới";
    std::string_view p = text_.Surface(k);
    return toks_[k].kind == ScanKind::kPunct && (p == "-" || p == "–" || p == "—");
  }
  // A number that can end or start a range: not a year ("đến 2025").
  bool RangeNumber(std::uint32_t k) const {
    if (k >= toks_.size() || toks_[k].kind != ScanKind::kNumber) return false;
    std::string_view s = text_.Surface(k);
    if (s.size() == 4 && s.find_first_not_of("0123456789") == std::string_view::npos) {
      int y = std::atoi(std::string(s).c_str());
      if (y >= 1900 && y <= 2100) return false;
    }
    return ParseNumber(s, true).has_value();
  }
  // "từ" (maybe "từ hơn") right before the number at k.
  bool FromBefore(std::uint32_t k) const {
    while (k > 0 && WordAt(k - 1) && Approximately().count(toks_[k - 1].norm)) --k;
    return k > 0 && WordAt(k - 1) && toks_[k - 1].norm == "từ";
  }
  // A word or "%" that may sit between a range's first number and the
  // connector: scale words alone ("50 triệu đến 60 triệu đồng") or, after
  // "từ", a unit ("từ 80 độ C đến 120 độ C").
  bool RangeFiller(std::uint32_t k, bool* only_scale) const {
    if (toks_[k].kind == ScanKind::kPunct && text_.Surface(k) == "%") {
      *only_scale = false;
      return true;
    }
    if (toks_[k].kind != ScanKind::kWord || text_.IsBreak(k)) return false;
    if (Scale(toks_[k].norm) > 0) return true;
    if (NotUnitWords().count(toks_[k].norm)) return false;
    *only_scale = false;
    return true;
  }
  // Tokens [a, b) read the same as those from c: the unit repeated after both
  // numbers ("80 độ C đến 120 độ C") makes a range without "từ".
  bool SameWords(std::uint32_t a, std::uint32_t b, std::uint32_t c) const {
    for (std::uint32_t k = a; k < b; ++k, ++c) {
      if (c >= toks_.size() || toks_[c].norm != toks_[k].norm) return false;
    }
    return a < b;
  }
  // "từ 6.500 năm ánh sáng từ trung tâm đến khoảng 26.000 năm ánh sáng": a
  // longer range, from "từ" to "đến"/"tới" in one sentence, with the same
  // unit after both numbers.
  bool LongRange(std::uint32_t from, std::uint32_t to) const {
    if (!FromBefore(from)) return false;
    std::uint32_t k = to;
    while (k > 0 && WordAt(k - 1) && Approximately().count(toks_[k - 1].norm)) --k;
    if (k < 1 || !WordAt(k - 1) || (toks_[k - 1].norm != "đến" && toks_[k - 1].norm != "tới")) return false;
    if (!WordAt(from + 1) || Scale(NormAt(from + 1)) > 0 || !WordAt(to + 1) || NormAt(from + 1) != NormAt(to + 1)) {
      return false;
    }
    for (std::uint32_t m = from + 1; m < to; ++m) {
      if (text_.IsBreak(m) || toks_[m].kind == ScanKind::kNumber) return false;
    }
    return true;
  }
  bool InLongRange(std::uint32_t i) const {
    for (std::uint32_t d = 3; d <= 14; ++d) {
      if (i >= d && toks_[i - d].kind == ScanKind::kNumber && LongRange(i - d, i)) return true;
      if (i + d < toks_.size() && toks_[i + d].kind == ScanKind::kNumber && LongRange(i, i + d)) return true;
    }
    return false;
  }

  // The number at i ends a range.
  bool RangeEnd(std::uint32_t i) const {
    std::uint32_t k = Minus(i) ? i - 1 : i;
    while (k > 0 && WordAt(k - 1) && Approximately().count(toks_[k - 1].norm)) --k;
    if (k < 2 || !Connector(k - 1)) return false;
    bool only_scale = true;
    for (std::uint32_t m = k - 2, words = 0; words <= 3; --m, ++words) {
      if (text_.IsBreak(m)) return false;
      if (toks_[m].kind == ScanKind::kNumber) {
        return RangeNumber(m) && (only_scale || FromBefore(m) || SameWords(m + 1, k - 1, i + 1));
      }
      if (!RangeFiller(m, &only_scale) || m == 0) return false;
    }
    return false;
  }
  // The number at i starts a range.
  bool RangeStart(std::uint32_t i) const {
    bool only_scale = true;
    for (std::uint32_t k = i + 1, words = 0; k < toks_.size() && words <= 3; ++k, ++words) {
      if (text_.IsBreak(k - 1)) return false;
      if (Connector(k)) {
        std::uint32_t m = k + 1;
        while (WordAt(m) && Approximately().count(toks_[m].norm)) ++m;
        if (m + 1 < toks_.size() && text_.Surface(m) == "-" && !toks_[m + 1].space_before) ++m;  // "đến -40 độ"
        return RangeNumber(m) && (only_scale || FromBefore(i) || SameWords(i + 1, k, m + 1));
      }
      if (!RangeFiller(k, &only_scale)) return false;
    }
    return false;
  }

  // "126 x 294 pixel", "60 × 40 cm": a size in two numbers is no figure at
  // either end (like a range); j is the token after the number (and scale).
  bool Times(std::uint32_t k) const {
    return k < toks_.size() && (toks_[k].norm == "x" || text_.Surface(k) == "\u00d7");
  }
  bool Dimension(std::uint32_t i, std::uint32_t j) const {
    const std::uint32_t before = Minus(i) ? i - 1 : i;
    if (before >= 2 && Times(before - 1) && toks_[before - 2].kind == ScanKind::kNumber) return true;
    return Times(j) && Tok(j + 1) && toks_[j + 1].kind == ScanKind::kNumber;
  }
  // "10,1 độ Vĩ Bắc; 117,8 độ Kinh Đông": a position, not a measure.
  bool Coordinate(std::uint32_t j) const {
    return WordAt(j) && toks_[j].norm == "độ" && WordAt(j + 1) && (NormAt(j + 1) == "vĩ" || NormAt(j + 1) == "kinh");
  }

  bool AddressPlace(std::uint32_t i) const {
    if (i == 0) return false;
    const ScanToken& b = toks_[i - 1];
    if (b.kind == ScanKind::kPunct) {
      std::string_view p = text_.Surface(i - 1);
      return p == "(" || p == "," || p == ":";
    }
    return b.kind == ScanKind::kWord && (b.norm == "tại" || b.norm == "chỉ" || b.norm == "ở" || LevelBefore().count(b.norm));
  }
  bool HasUpper(std::uint32_t k) const {
    std::string_view w = text_.Surface(k);
    return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  // "iPhone", "iPad", "eKYC": lower-case first letter, an upper-case one later.
  bool LowerCamel(std::uint32_t k) const {
    std::string_view w = text_.Surface(k);
    return !w.empty() && w[0] >= 'a' && w[0] <= 'z' && HasUpper(k);
  }

  bool MoneyBefore(std::uint32_t i) const {
    int words = 0;
    for (std::int64_t k = static_cast<std::int64_t>(i) - 1; k >= 0 && words < 6; --k) {
      if (text_.IsBreak(static_cast<std::size_t>(k))) break;
      if (toks_[k].kind != ScanKind::kWord) continue;
      ++words;
      if (MoneyContext().count(toks_[k].norm)) return true;
    }
    return false;
  }

  std::optional<Figure> At(std::uint32_t i, std::uint32_t* last_out) {
    if (Excluded(i)) return std::nullopt;
    std::uint32_t j = i + 1;
    double scale = 1;
    std::string scale_word;
    while (WordAt(j) && Scale(toks_[j].norm) > 0) {
      scale *= Scale(toks_[j].norm);
      scale_word = toks_[j].norm;
      ++j;
    }
    std::optional<double> number = ParseNumber(text_.Surface(i), scale > 1);
    if (!number) return std::nullopt;
    // "3 triệu rưỡi" is 3.5 million.
    const bool half_scale = scale > 1 && WordAt(j) && toks_[j].norm == "rưỡi";
    if (half_scale) ++j;
    Figure f;
    f.value = (*number + (half_scale ? 0.5 : 0)) * scale;
    const std::uint32_t first = Minus(i) ? i - 1 : i;
    if (first != i) f.value = -f.value;
    std::uint32_t last = j - 1;
    std::optional<double> total;
    // "109 trong số 137 xã", "23 trên tổng số 25 dịch vụ"; the total may be
    // a group's or approximate: "3 trong số nhóm 6 người", "12 trong số hơn 20 xã".
    std::uint32_t total_at = j + 2;
    while (total_at < j + 4 && WordAt(total_at) &&
           (toks_[total_at].norm == "nhóm" || Approximately().count(toks_[total_at].norm))) {
      ++total_at;
    }
    if (scale == 1 && WordAt(j) && WordAt(j + 1) && Tok(total_at) && toks_[total_at].kind == ScanKind::kNumber &&
        ((toks_[j].norm == "trong" && toks_[j + 1].norm == "số") || (toks_[j].norm == "trên" && toks_[j + 1].norm == "tổng"))) {
      std::uint32_t n = total_at;
      if (auto t = ParseNumber(text_.Surface(n), false)) {
        total = *t;
        j = n + 1;
        last = n;
      }
    } else if (scale == 1 && WordAt(j) && WordAt(j + 1) && WordAt(j + 2) && Tok(j + 3) &&
               toks_[j + 3].kind == ScanKind::kNumber && toks_[j].norm == "trên" && toks_[j + 1].norm == "tổng" &&
               toks_[j + 2].norm == "số") {  // "412 trên tổng số 430 hộ"
      std::uint32_t n = j + 3;
      if (auto t = ParseNumber(text_.Surface(n), false)) {
        total = *t;
        j = n + 1;
        last = n;
      }
    }
    if (const ScanToken* n = Tok(j); n && n->kind == ScanKind::kPunct && text_.Surface(*n) == "%") {
      f.unit = "%";
      last = j;
      f.counts = Counts(j + 1);
    } else if (WordAt(j) && WordAt(j + 1) && toks_[j].norm == "phần" && toks_[j + 1].norm == "trăm") {
      f.unit = "%";
      last = j + 1;
      f.counts = Counts(j + 2);
    } else {
      std::uint32_t unit_last = j;
      f.unit = Unit(j, &unit_last);
      // Durations and date parts ("6 năm", "5 tháng") are not figures, but
      // a known unit starting with a time word is ("4.500 ngày công").
      if (WordAt(j) && TimeUnits().count(toks_[j].norm) && !MultiSyllableUnits().count(f.unit)) return std::nullopt;
      if (f.unit == "đ" || f.unit == "vnđ" || f.unit == "vnd") f.unit = "đồng";
      if (f.unit == "usd") f.unit = "USD";
      // Product names: "iPhone 12 Pro", "Galaxy S21 Ultra" (the word before
      // may be camel-case); after a lower-camel name ("iPhone", "iPad") the
      // number is the model whatever follows ("iPhone 12 series").
      if (!f.unit.empty() && i > 0 && toks_[i - 1].kind == ScanKind::kWord &&
          ((WordAt(j) && toks_[j].capitalised && (toks_[i - 1].capitalised || HasUpper(i - 1))) ||
           (scale == 1 && LowerCamel(i - 1)))) {
        return std::nullopt;
      }
      // A street after a number where addresses stand is no unit: "tại 75
      // Hàng Mã", "(29 Phạm Văn Đồng)", "địa chỉ 59 Lý Thái Tổ", "thôn 5
      // Đồng Yên"; "trao 3 Giải Đặc biệt" and "2.833 Tổ Covid" are counts.
      if (scale == 1 && WordAt(j) && WordAt(j + 1) && toks_[j].capitalised && toks_[j + 1].capitalised &&
          !toks_[j].all_caps && !toks_[j + 1].all_caps && toks_[j + 1].space_before &&
          !MultiSyllableUnits().count(f.unit) && AddressPlace(i)) {
        return std::nullopt;
      }
      if (!f.unit.empty()) {
        last = unit_last;
        // "2 dặm rưỡi" is 2.5 dặm.
        if (!half_scale && WordAt(last + 1) && toks_[last + 1].norm == "rưỡi") {
          f.value += 0.5 * scale;
          ++last;
        }
      } else if (!scale_word.empty()) {
        f.unit = MoneyBefore(i) ? "đồng" : scale_word;
      } else {
        return std::nullopt;
      }
    }
    if (RangeEnd(i) || RangeStart(i) || InLongRange(i) || Dimension(i, j) || Coordinate(j)) return std::nullopt;
    if (total) f.of_total = total;
    f.text = Surface(text_, first, last);
    f.span = MakeSpan(text_, first, last);
    f.sentence = MakeSpan(text_, text_.sentence_of[i], text_.SentenceEnd(last));
    *last_out = last;
    return f;
  }

  // What a percentage counts: "100% thủ tục hành chính" -> "thủ tục hành chính".
  std::string Counts(std::uint32_t j) const {
    std::string out;
    if (WordAt(j) && (toks_[j].norm == "số" || toks_[j].norm == "các" || toks_[j].norm == "những")) ++j;
    for (std::uint32_t k = j; k < j + 4 && WordAt(k) && toks_[k].space_before; ++k) {
      if (NotUnitWords().count(toks_[k].norm)) break;
      if (!out.empty()) out += ' ';
      out += toks_[k].norm;
    }
    return out;
  }

  const Stream& s_;
  const ScannedText& text_;
  const std::vector<ScanToken>& toks_;
};

}  // namespace

void ExtractFigures(const Stream& title, const Stream& body, std::vector<Figure>& out) {
  FigureScanner(body).Run(out);
  // Title figures, unless the body states the same one.
  std::vector<Figure> in_title;
  FigureScanner(title).Run(in_title);
  for (Figure& f : in_title) {
    bool repeated = std::any_of(out.begin(), out.end(), [&](const Figure& b) {
      return !b.span.in_title && b.unit == f.unit && std::fabs(b.value - f.value) <= 1e-9 * std::fabs(f.value);
    });
    if (!repeated) out.insert(out.begin(), std::move(f));
  }
}

}  // namespace thidua::internal
