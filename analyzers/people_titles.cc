// Title phrases around a person's name: before it ("Phó Bí thư Tỉnh ủy,
// Chủ tịch UBND tỉnh Trịnh Việt Hùng"), after it (", Phó Chủ tịch Ủy ban
// MTTQ tỉnh" up to a verb, a break or a location), and lower-case roles
// between dashes ("- thủ kho -").
#include "analyzers/people_internal.h"
#include "analyzers/text.h"

namespace thidua::internal::people {
namespace {

// Administrative unit words that may follow a title after a comma.
const Set& UnitWords() {
  static const Set s = {"xã", "phường", "huyện", "tỉnh", "thị", "thành", "quận", "ấp", "thôn", "bản", "tổ"};
  return s;
}

// Occupations and positions written in lower case after a name and a comma
// ("anh Mã Văn Hùng, đầu bếp tại ...", "chị B, giáo viên Trường ...");
// unlike title heads they are everyday nouns, so they count only there.
const Set& Occupations() {
  static const Set s = {
      "đầu bếp", "giáo viên", "cô giáo", "thầy giáo", "giảng viên", "công nhân", "công chức", "viên chức",
      "sinh viên", "học sinh", "nghiên cứu sinh", "nhân viên", "chuyên viên", "chuyên gia", "kỹ sư", "kiến trúc sư",
      "bác sĩ", "y sĩ", "y tá", "điều dưỡng", "dược sĩ", "nông dân", "ngư dân", "tiểu thương", "thợ", "thợ may",
      "thợ mộc", "thợ xây", "tài xế", "lái xe", "quản lý", "kế toán", "thủ kho", "thủ quỹ", "phóng viên",
      "biên tập viên", "hướng dẫn viên", "tiếp viên", "phi công", "huấn luyện viên", "trọng tài", "nhà văn",
      "nhà thơ", "nhà báo", "họa sĩ", "nhạc sĩ", "ca sĩ", "diễn viên", "nghệ sĩ", "nghệ nhân", "cán bộ",
      "thành viên", "hội viên", "đoàn viên", "chiến sĩ", "người sáng lập", "nhà sáng lập",
      "đồng sáng lập", "phụ trách", "người phụ trách", "trưởng nhóm", "trưởng khoa", "phó khoa", "trưởng trạm",
      "trạm trưởng", "trụ trì", "linh mục", "chủ quán", "chủ nhà hàng", "chủ cửa hàng", "chủ tiệm",
      "chủ trang trại", "chủ cơ sở", "chủ doanh nghiệp", "chủ hộ", "chủ bưu cục", "chủ vựa", "chủ xưởng",
      "chủ khách sạn", "chủ homestay", "chủ sạp", "chủ tàu", "chủ đại lý", "chủ shop", "chủ nhiệm"};
  return s;
}

// Words that end a lower-case role: a quantifier starts another phrase
// ("tổ trưởng sản xuất một doanh nghiệp").
bool RoleStop(std::string_view norm) {
  return AnyOf(norm, {"một", "các", "những", "nhiều", "này", "đó", "để", "nên", "vì", "do", "bởi", "người", "hiện",
                      "dùng"});
}

}  // namespace

// Words that cannot sit between a title and the name it belongs to.
const Set& NotInTitle() {
  static const Set s = {"đã", "sẽ", "đang", "được", "bị", "cho", "gặp", "trao", "tặng", "thăm", "làm", "là", "có",
                        "nói", "cùng", "với", "khi", "nhưng", "mà", "thì", "cũng", "vừa", "đến", "tới"};
  return s;
}

// Military and police ranks: "Thượng tá Lê Hồng Phúc, Phó Giám đốc ...".
const Set& Ranks() {
  static const Set s = {"đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá",
                        "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy"};
  return s;
}

// Academic and honorary titles written before a name, with the office after
// it: "PGS.TS Trương Thị Hiền – Phó Chủ tịch Trung ương Hội Khuyến học".
const Set& Degrees() {
  static const Set s = {"ts", "ths", "gs", "pgs", "gs.ts", "pgs.ts", "gs. ts", "pgs. ts", "bs", "ks", "ls", "nsnd",
                        "nsưt", "nnnd", "nnưt", "tiến sĩ", "thạc sĩ", "giáo sư", "phó giáo sư", "bác sĩ", "kỹ sư",
                        "luật sư", "nhà giáo ưu tú", "nhà giáo nhân dân"};
  return s;
}

// Words that end a title written after the name.
const Set& TitleEnd() {
  static const Set s = {"cho", "chia", "nhấn", "phát", "khẳng", "chủ", "thông", "trao", "nói", "yêu", "đề",
                        "đánh", "bày", "kiêm", "đã", "sẽ", "đang", "là", "được", "đến", "tới", "và", "tham",
                        "trả", "nhận", "tặng", "kêu", "mong", "ghi", "biểu", "dự", "cùng", "với", "về", "ở", "tại",
                        "làm", "nghiêm", "trình", "báo", "khen", "chúc", "gửi", "cảm", "đọc", "thăm", "cũng",
                        "vẫn", "luôn", "thì", "mà", "còn", "vừa", "hướng", "giới", "đi", "lên", "xuống",
                        "ra", "vào", "tiếp", "đại", "giải", "kiểm", "khảo", "lắng", "nghiên", "khuyến"};
  return s;
}

// A title starts at tok: a folded match whose syllables are adjacent tokens
// ("Thu, Trưởng ban" folds like "Thứ trưởng" but has a comma inside).
bool PeopleScanner::TitleStartsAt(std::uint32_t tok) const {
  std::uint32_t p = s_.pos_of[tok];
  if (p == kNoToken) return false;
  Gazetteer::Match m = g_.MatchTitle(s_.folded, p);
  return m.length > 0 && s_.tok[p + m.length - 1] == tok + m.length - 1;
}

// Title phrase ending just before token `name`, or "".
std::string PeopleScanner::TitleBefore(std::uint32_t name) const {
  // "PGS. Huỳnh Quyết Thắng", "ThS. Lã Thu Thủy": an abbreviated degree and
  // its full stop (a break otherwise).
  if (name >= 2 && text_.IsPunct(name - 1, ".") && toks_[name - 2].kind == ScanKind::kWord &&
      toks_[name - 2].capitalised && Degrees().count(toks_[name - 2].norm) && toks_[name - 2].norm.size() <= 4) {
    return Surface(text_, name - 2, name - 2);  // "TS", as written without the stop
  }
  std::int64_t head = -1;
  int words = 0;
  for (std::int64_t k = static_cast<std::int64_t>(name) - 1; k >= 0 && words < 16; --k) {
    const ScanToken& t = toks_[k];
    if (text_.IsBreak(static_cast<std::size_t>(k)) || (t.kind == ScanKind::kPunct && IsQuote(text_.Surface(t)))) break;
    if (t.kind == ScanKind::kPunct) {
      // A comma may separate two titles: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh".
      if (text_.Surface(t) == "," && head >= 0 && head == k + 1) continue;
      if (text_.Surface(t) == "-" || text_.Surface(t) == "\u2013" || text_.Surface(t) == "&") continue;
      break;
    }
    if (t.kind != ScanKind::kWord) continue;
    ++words;
    if (NotInTitle().count(t.norm)) break;
    if (TitleStartsAt(static_cast<std::uint32_t>(k))) head = k;
  }
  if (head < 0) return "";
  if (head > 0 && Former(static_cast<std::uint32_t>(head - 1))) --head;
  std::string title = Surface(text_, static_cast<std::uint32_t>(head), name - 1);
  while (!title.empty() && (title.back() == ',' || title.back() == ' ')) title.pop_back();
  return title;
}

// Title after ", " following the name's last token.
std::string PeopleScanner::TitleAfter(std::uint32_t last, bool* occupation_out) const {
  std::uint32_t j = last + 1;
  // "ông Đoàn Tấn Bửu - Phó Chủ tịch UBND tỉnh", "bà Võ Thị Hồng Ánh – Phó
  // Chủ tịch UBND TP Cần Thơ", "ông Lê Văn A (Chủ tịch UBND xã)": a dash or
  // a bracket before the title serves as the comma does.
  const bool separator = j < toks_.size() && (text_.Surface(j) == "," || text_.Surface(j) == "-" ||
                                              text_.Surface(j) == "\u2013" || text_.Surface(j) == "(");
  if (!separator) {
    // "Đồng chí Đỗ Văn Chiến Bí thư Trung ương Đảng": a title right after.
    if (!(j < toks_.size() && toks_[j].kind == ScanKind::kWord && TitleStartsAt(j))) return "";
  } else {
    ++j;
  }
  const bool dash = separator && text_.Surface(j - 1) != "," && text_.Surface(j - 1) != "(";
  // "Ông Nguyễn Văn Tám, 72 tuổi, tổ trưởng tổ dân phố": the age is skipped.
  if (separator && text_.Surface(j - 1) == "," && j + 2 < toks_.size() && toks_[j].kind == ScanKind::kNumber &&
      toks_[j + 1].norm == "tuổi" && text_.IsPunct(j + 2, ",")) {
    j += 3;
  }
  const std::uint32_t start = j;
  if (Former(j)) ++j;  // "(nguyên Hiệu trưởng ...)"
  const std::uint32_t occupation = start == j && j < toks_.size() && !TitleStartsAt(j) ? OccupationAt(j) : 0;
  if (dash && j < toks_.size() && !TitleStartsAt(j)) {
    std::string between = start == j ? DashedRole(j) : "";
    if (!between.empty() || occupation == 0) return between;
  }
  if (j >= toks_.size() || (!TitleStartsAt(j) && occupation == 0)) return "";
  // "TS. Trần Việt Hùng, TS. Vũ Duy Thức": the next person's degree.
  if (Degrees().count(toks_[j].norm) && text_.IsPunct(j + 1, ".")) return "";
  if (occupation_out) *occupation_out = occupation > 0;
  std::uint32_t end = j;
  int words = 0;
  for (std::uint32_t k = j; k < toks_.size() && words < (occupation ? 12 : 22); ++k) {
    // A role in lower case ends at a quantifier, a conjunction or a verb
    // ("công nhân may một doanh nghiệp"). Offices do not: "Vụ Tín dụng các
    // ngành kinh tế", "Công ty TNHH một thành viên" are names.
    if (occupation && k >= j + occupation && toks_[k].kind == ScanKind::kWord && !toks_[k].capitalised &&
        (RoleStop(toks_[k].norm) || NotInTitle().count(toks_[k].norm)) &&
        !(toks_[k].norm == "một" && k + 2 < toks_.size() &&
          ((toks_[k + 1].norm == "cửa" && toks_[k + 2].norm != "hàng") ||
           (toks_[k + 1].norm == "thành" && toks_[k + 2].norm == "viên")))) {
      break;
    }
    const ScanToken& t = toks_[k];
    if (text_.IsBreak(k) || t.kind == ScanKind::kNewline) break;
    if (t.kind == ScanKind::kPunct) {
      std::string_view p = text_.Surface(t);
      // ", Chủ tịch ..." (a second title) or ", xã Mỹ An" (where).
      // (A lower-case role ends at its comma: "giáo viên Trường X, huyện Y".)
      if (p == "," && !occupation && k + 1 < toks_.size() && (TitleStartsAt(k + 1) || UnitWords().count(toks_[k + 1].norm))) continue;
      // "ông A - Trưởng phòng Kinh tế huyện X - huyện X là...": a dash
      // before a lower-case word closes a title the dash opened.
      if (dash && (p == "-" || p == "\u2013") && k + 1 < toks_.size() && toks_[k + 1].kind == ScanKind::kWord &&
          !toks_[k + 1].capitalised) {
        break;
      }
      if (p == "-" || p == "\u2013" || p == "&" || p == "/") continue;
      // "Chủ tịch Hội đồng quản trị (HĐQT) Tân Tạo": an abbreviation in brackets.
      if (p == "(" && k + 2 < toks_.size() && toks_[k + 1].all_caps && text_.Surface(k + 2) == ")") {
        k += 2;
        continue;
      }
      if (p == "." && k + 1 < toks_.size() && !toks_[k + 1].space_before && toks_[k + 1].kind == ScanKind::kWord) continue;
      break;
    }
    if (t.kind == ScanKind::kWord && !t.capitalised && TitleEnd().count(t.norm) &&
        (occupation ? k >= j + occupation : k > j + 1)) {
      // "Sở Giáo dục và Đào tạo": "và" inside a capitalised name.
      // "nguyên Hiệu trưởng đại học Tôn Đức Thắng": "đại" of "đại học", not "đại diện".
      // "Trường Trung học Phổ thông": "thông" of "phổ thông", not "thông tin".
      bool joins_name = (t.norm == "và" && k + 1 < toks_.size() && toks_[k + 1].capitalised) ||
                        (t.norm == "đại" && k + 1 < toks_.size() && toks_[k + 1].norm == "học") ||
                        (t.norm == "thông" && toks_[k - 1].norm == "phổ");
      if (!joins_name) break;
    }
    ++words;
    end = k;
  }
  return Surface(text_, start, end);
}

// "nguyên", "cựu", "quyền" before a title belong to it: "nguyên Hiệu
// trưởng", "cựu Bộ trưởng", "quyền Giám đốc".
bool PeopleScanner::Former(std::uint32_t k) const {
  return k + 1 < toks_.size() && toks_[k].kind == ScanKind::kWord && !toks_[k].capitalised &&
         (toks_[k].norm == "nguyên" || toks_[k].norm == "cựu" || toks_[k].norm == "quyền") && TitleStartsAt(k + 1);
}

// The length in words of a lower-case occupation starting at token k, or 0.
std::uint32_t PeopleScanner::OccupationAt(std::uint32_t k) const {
  std::uint32_t found = 0;
  std::string phrase;
  for (std::uint32_t n = 1; n <= 3 && k + n - 1 < toks_.size(); ++n) {
    const ScanToken& t = toks_[k + n - 1];
    if (t.kind != ScanKind::kWord || t.capitalised || (n > 1 && !t.space_before)) break;
    if (n > 1) phrase += ' ';
    phrase += t.norm;
    if (Occupations().count(phrase)) found = n;
  }
  // "NSND Bạch Tuyết, nhạc sĩ Nguyễn Hải Phong", "nghệ sĩ Nhật Bản Sugizo":
  // the occupation addresses the next person (an artist is named right
  // after the word; a clerk's office follows it: "nhân viên Trung tâm Y tế").
  const std::uint32_t next = k + found;
  bool ambiguous = false;
  if (found && next < toks_.size() && toks_[next].kind == ScanKind::kWord && toks_[next].capitalised &&
      (g_.IsSurname(toks_[next].norm, &ambiguous) ||
       AnyOf(phrase, {"ca sĩ", "nhạc sĩ", "diễn viên", "nghệ sĩ", "nghệ nhân", "nhà văn", "nhà thơ", "nhà báo", "họa sĩ",
                      "huấn luyện viên", "trọng tài", "phi công", "linh mục"}))) {
    return 0;
  }
  return found;
}

// A lower-case role between two dashes: "anh Lê Văn B - quản lý kho - cho
// biết". Up to five plain words, none a verb that ends a title.
std::string PeopleScanner::DashedRole(std::uint32_t j) const {
  for (std::uint32_t k = j; k < toks_.size() && k < j + 6; ++k) {
    const ScanToken& t = toks_[k];
    if (t.kind == ScanKind::kPunct && k > j && (text_.Surface(t) == "-" || text_.Surface(t) == "\u2013")) {
      return Surface(text_, j, k - 1);
    }
    if (t.kind != ScanKind::kWord || t.capitalised || NotInTitle().count(t.norm) || TitleEnd().count(t.norm) ||
        text_.IsBreak(k)) {
      return "";
    }
  }
  return "";
}

}  // namespace thidua::internal::people
