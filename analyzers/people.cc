// People with their titles (exemplary models: models.cc).
//
// A name is 2-5 capitalised syllables starting with a known surname. It is
// accepted with evidence: a form of address before it (ông, bà, đồng chí...),
// a title phrase before it ("Chủ tịch CĐVC tỉnh Nguyễn Thị Hoài Lê") or after
// it (", Phó Chủ tịch Ủy ban MTTQ tỉnh"), or, for three or more syllables, a
// surname that is not also an everyday word. Names never start inside a
// province name or a larger proper name, and "Hồ Chí Minh" is not reported.
#include <algorithm>
#include <unordered_set>

#include "analyzers/entities_internal.h"
#include "analyzers/text.h"

namespace thidua::internal {
namespace {

using Set = std::unordered_set<std::string_view>;

const Set& AddressWords() {
  static const Set s = {"ông", "bà", "anh", "chị", "em", "cô", "thầy", "cụ", "chú", "bác", "cháu", "đồng chí",
                        "đ/c", "nghệ nhân", "cựu chiến binh", "thương binh", "liệt sĩ", "mẹ", "ông bà", "già làng",
                        "già", "trưởng bản", "trưởng thôn", "trưởng ấp", "cựu", "vợ", "chồng", "con",
                        "ông bầu", "ca sĩ", "nhạc sĩ", "mc", "diễn viên", "người mẫu", "biên đạo", "đạo diễn",
                        "danh hài", "hoa hậu", "á hậu", "nữ ca sĩ", "nam ca sĩ", "vđv", "vận động viên", "cầu thủ",
                        "thủ môn", "tiền đạo", "tiền vệ", "hậu vệ", "hlv", "võ sĩ", "tay vợt"};
  return s;
}

// Sportspeople, named by a given name alone as often as in full ("thủ môn
// Văn Lâm", "VĐV Hà Thị Hậu"); the role is their title.
const Set& SportRoles() {
  static const Set s = {"vđv", "vận động viên", "cầu thủ", "thủ môn", "tiền đạo", "tiền vệ", "hậu vệ", "hlv",
                        "võ sĩ", "tay vợt"};
  return s;
}

// Forms of address before which a person may be named by the given name
// alone, without a surname: "chị Thu Hoài", "ca sĩ Thiên Vương".
const Set& GivenNameAddress() {
  static const Set s = {"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "thầy", "ông bầu",
                        "ca sĩ", "nhạc sĩ", "mc", "diễn viên", "người mẫu", "biên đạo", "đạo diễn", "danh hài",
                        "hoa hậu", "á hậu", "nữ ca sĩ", "nam ca sĩ"};
  return s;
}

// A folded syllable spelled the Vietnamese way (onset, vowel nucleus, final
// consonant): "hoai", "nguyen", "quyen"; not "bob", "shin", "lee", "hyun",
// "sing" (Korean, Chinese, English given names).
bool VietnameseSyllable(std::string_view f) {
  static const Set onsets = {"", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
                             "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x"};
  static const Set nuclei = {"a",   "e",   "i",   "o",   "u",   "y",   "ai",  "ao",  "au",  "ay",  "eo",  "eu",
                             "ia",  "iu",  "oa",  "oe",  "oi",  "oo",  "ua",  "ue",  "ui",  "uu",  "uy",  "ie",
                             "uo",  "ye",  "ieu", "yeu", "oai", "oay", "oeo", "uay", "uoi", "uou", "uya", "uye",
                             "uyu"};
  static const Set codas = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  std::size_t v = 0;
  while (v < f.size() && !vowel(f[v])) ++v;
  std::size_t c = v;
  while (c < f.size() && vowel(f[c])) ++c;
  if (c == v || !onsets.count(f.substr(0, v)) || !nuclei.count(f.substr(v, c - v))) return false;
  std::string_view coda = f.substr(c);
  if (!codas.count(coda)) return false;
  const char last = f[c - 1];
  const bool front = last == 'a' || last == 'e' || last == 'i' || last == 'y';
  if ((coda == "nh" || coda == "ch") && !front) return false;       // "anh", "inh"; not "onh"
  if ((coda == "ng" || coda == "c") && (last == 'i' || last == 'y')) return false;  // "inh", not "ing"
  return true;
}

// Words that cannot sit between a title and the name it belongs to.
const Set& NotInTitle() {
  static const Set s = {"đã", "sẽ", "đang", "được", "bị", "cho", "gặp", "trao", "tặng", "thăm", "làm", "là", "có",
                        "nói", "cùng", "với", "khi", "nhưng", "mà", "thì", "cũng", "vừa", "đến", "tới"};
  return s;
}

// Administrative unit words that may follow a title after a comma.
const Set& UnitWords() {
  static const Set s = {"xã", "phường", "huyện", "tỉnh", "thị", "thành", "quận", "ấp", "thôn", "bản", "tổ"};
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

// Forms of address that are also roles, reported as the title.
const Set& RoleAddress() {
  static const Set s = {"cựu chiến binh", "già làng", "nghệ nhân", "thương binh", "trưởng bản", "trưởng thôn",
                        "trưởng ấp", "ca sĩ", "nhạc sĩ", "mc", "diễn viên", "người mẫu", "biên đạo", "đạo diễn",
                        "danh hài", "hoa hậu", "á hậu", "nữ ca sĩ", "nam ca sĩ"};
  return s;
}

// Places written like names (folded first two syllables).
const std::unordered_set<std::string>& PlaceNames() {
  static const std::unordered_set<std::string> s = {
      "ha lan", "vuong quoc", "chau a", "chau au", "chau my", "chau phi", "chau uc", "han quoc", "thai lan",
      "mong co", "dao nha", "hoang sa", "ma cao", "hong kong", "dong nam", "trieu tien", "an do", "phan lan",
      "ba lan", "dan mach", "lao cai", "cao mien", "thai binh", "tay ninh", "hoang thanh", "ho guom", "ho tay",
      "dong a", "tay au", "bac my", "nam my", "trung dong", "vuong cung", "le hoi", "tran quoc", "trung quoc",
      "nhat ban", "dai loan", "viet nam"};
  return s;
}

// Words after which a name is an organisation's or a place's.
const Set& OrgWords() {
  static const Set s = {"viện", "trường", "học", "đường", "phố", "ty", "quỹ", "giải", "cầu", "chùa", "đền", "lăng",
                        "cung", "sân", "tàng", "hẻm", "ngõ", "tượng", "bến", "cảng", "chợ", "kênh", "tàu", "thuyền",
                        "hiệu"};
  return s;
}
const std::unordered_set<std::string>& OrgPairs() {
  static const std::unordered_set<std::string> s = {"tập đoàn", "ngân hàng", "khách sạn", "nhà hàng", "thương hiệu",
                                                    "liên đoàn", "tổng đội"};
  return s;
}
const Set& OrgAbbreviations() {
  static const Set s = {"ĐH", "THPT", "THCS", "TH", "BV", "CLB", "HTX", "PTTH", "CĐ", "TP", "TX", "Q", "P"};
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

class PeopleScanner {
 public:
  PeopleScanner(const Gazetteer& g, Stream& s) : g_(g), s_(s), text_(*s.text), toks_(s.text->tokens) {}

  void Run(std::vector<PersonMention>& out) {
    for (std::uint32_t i = 0; i < toks_.size(); ++i) {
      std::uint32_t last = i;
      if (auto p = At(i, &last)) {
        auto it = std::find_if(out.begin(), out.end(), [&](const PersonMention& m) { return m.name == p->name; });
        if (it == out.end()) {
          out.push_back(std::move(*p));
        } else if (it->title.empty()) {
          it->title = p->title;
        }
        i = last;
      }
    }
  }

 private:
  bool NameWord(std::uint32_t i) const {
    if (i >= toks_.size()) return false;
    const ScanToken& t = toks_[i];
    return t.kind == ScanKind::kWord && t.capitalised && !t.all_caps && !(s_.claimed[i] & (kProvince | kLocalUnit));
  }
  // A title starts at tok: a folded match whose syllables are adjacent tokens
  // ("Thu, Trưởng ban" folds like "Thứ trưởng" but has a comma inside).
  bool TitleStartsAt(std::uint32_t tok) const {
    std::uint32_t p = s_.pos_of[tok];
    if (p == kNoToken) return false;
    Gazetteer::Match m = g_.MatchTitle(s_.folded, p);
    return m.length > 0 && s_.tok[p + m.length - 1] == tok + m.length - 1;
  }
  std::string_view Norm(std::uint32_t i) const { return toks_[i].norm; }

  // Title phrase ending just before token `name`, or "".
  std::string TitleBefore(std::uint32_t name) const {
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
  std::string TitleAfter(std::uint32_t last) const {
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
    const std::uint32_t start = j;
    if (Former(j)) ++j;  // "(nguyên Hiệu trưởng ...)"
    if (dash && j < toks_.size() && !TitleStartsAt(j)) return start == j ? DashedRole(j) : "";
    if (j >= toks_.size() || !TitleStartsAt(j)) return "";
    std::uint32_t end = j;
    int words = 0;
    for (std::uint32_t k = j; k < toks_.size() && words < 22; ++k) {
      const ScanToken& t = toks_[k];
      if (text_.IsBreak(k) || t.kind == ScanKind::kNewline) break;
      if (t.kind == ScanKind::kPunct) {
        std::string_view p = text_.Surface(t);
        // ", Chủ tịch ..." (a second title) or ", xã Mỹ An" (where).
        if (p == "," && k + 1 < toks_.size() && (TitleStartsAt(k + 1) || UnitWords().count(toks_[k + 1].norm))) continue;
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
      if (t.kind == ScanKind::kWord && !t.capitalised && TitleEnd().count(t.norm) && k > j + 1) {
        // "Sở Giáo dục và Đào tạo": "và" inside a capitalised name.
        // "nguyên Hiệu trưởng đại học Tôn Đức Thắng": "đại" of "đại học", not "đại diện".
        bool joins_name = (t.norm == "và" && k + 1 < toks_.size() && toks_[k + 1].capitalised) ||
                          (t.norm == "đại" && k + 1 < toks_.size() && toks_[k + 1].norm == "học");
        if (!joins_name) break;
      }
      ++words;
      end = k;
    }
    return Surface(text_, start, end);
  }

  // "nguyên", "cựu", "quyền" before a title belong to it: "nguyên Hiệu
  // trưởng", "cựu Bộ trưởng", "quyền Giám đốc".
  bool Former(std::uint32_t k) const {
    return k + 1 < toks_.size() && toks_[k].kind == ScanKind::kWord && !toks_[k].capitalised &&
           (toks_[k].norm == "nguyên" || toks_[k].norm == "cựu" || toks_[k].norm == "quyền") && TitleStartsAt(k + 1);
  }

  // The form of address (1-3 words) right before token i, or ""; *role gets
  // its surface when it is also a role ("già làng", "ca sĩ").
  std::string AddressBefore(std::uint32_t i, std::string* role = nullptr) const {
    for (std::uint32_t n = 1; n <= 3 && n <= i; ++n) {
      std::string phrase;
      bool words = true;
      for (std::uint32_t k = i - n; k < i; ++k) {
        // Only spaces between the words: a dropped '"' is no gap to bridge.
        std::string_view gap = text_.text.substr(toks_[k].end, toks_[k + 1].begin - toks_[k].end);
        words = words && toks_[k].kind == ScanKind::kWord && gap.find_first_not_of(' ') == std::string_view::npos;
        if (!phrase.empty()) phrase += ' ';
        phrase += toks_[k].norm;
      }
      if (words && AddressWords().count(phrase)) {
        if (role && (RoleAddress().count(phrase) || SportRoles().count(phrase))) *role = Surface(text_, i - n, i - 1);
        return phrase;
      }
    }
    return "";
  }

  // A lower-case role between two dashes: "anh Lê Văn B - quản lý kho - cho
  // biết". Up to five plain words, none a verb that ends a title.
  std::string DashedRole(std::uint32_t j) const {
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

  // A form of address before token i that may precede a given name alone.
  // Capitalised inside a sentence it is part of a title or a place ("ca
  // khúc Anh Chưa Từng Biết", "đường Bà Huyện Thanh Quan", "Anh Hùng Lao
  // động"), and "trẻ em" is no address ("trẻ em Điện Biên").
  bool GivenNameOnly(std::uint32_t i) const {
    const std::string phrase = AddressBefore(i);
    if (!GivenNameAddress().count(phrase) && !SportRoles().count(phrase)) return false;
    const std::uint32_t n = static_cast<std::uint32_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
    const std::uint32_t a = i - n;  // the address word
    const bool sentence_start = a == 0 || toks_[a - 1].kind == ScanKind::kNewline || text_.IsBreak(a - 1);
    if (toks_[a].capitalised && !sentence_start) return false;
    if (phrase == "em" && a > 0 && toks_[a - 1].norm == "trẻ") return false;
    if (phrase == "anh" && toks_[i].folded == "hung") return false;
    return true;
  }

  // Token i starts an item of a list of people after a group noun and
  // "như": "các sao Việt như Thanh Thảo, Hà Kiều Anh, Pha Lê", "những cầu
  // thủ như Quang Hải, Văn Quyết và Duy Mạnh". Stage and given names stand
  // alone there, so the list is the evidence.
  bool Listed(std::uint32_t i) const {
    std::uint32_t k = i;
    for (int items = 0; items < 12 && k >= 2; ++items) {
      const ScanToken& sep = toks_[k - 1];
      const std::string_view p = text_.Surface(k - 1);
      if (sep.kind == ScanKind::kWord && sep.norm == "như") return GroupBefore(k - 1);
      if (sep.kind == ScanKind::kPunct && p == ":" && k >= 3 && toks_[k - 2].norm == "như") return GroupBefore(k - 2);
      if (!(sep.kind == ScanKind::kPunct && p == ",") && !(sep.kind == ScanKind::kWord && (sep.norm == "và" || sep.norm == "hay"))) {
        return false;
      }
      k -= 1;  // the separator; then the previous item, 1-4 name words
      std::uint32_t words = 0;
      while (k >= 1 && words < 4 && NameWord(k - 1)) --k, ++words;
      if (words == 0) return false;
    }
    return false;
  }
  // A group of people ends right before token `nhu` (maybe one modifier
  // after it: "sao nữ", "diễn viên chính").
  bool GroupBefore(std::uint32_t nhu) const {
    static const Set groups = {"sao", "sao việt", "ngôi sao", "ca sĩ", "nghệ sĩ", "cầu thủ", "diễn viên", "người đẹp",
                               "hoa hậu", "tuyển thủ", "gương mặt", "danh hài", "nhạc sĩ", "người mẫu",
                               "vận động viên", "tiền đạo", "tiền vệ", "hậu vệ", "thủ môn"};
    for (std::uint32_t skip = 0; skip <= 1; ++skip) {
      for (std::uint32_t n = 1; n <= 2; ++n) {
        if (nhu < skip + n) continue;
        std::string phrase;
        bool words = true;
        for (std::uint32_t k = nhu - skip - n; k < nhu - skip; ++k) {
          words = words && toks_[k].kind == ScanKind::kWord;
          if (!phrase.empty()) phrase += ' ';
          phrase += toks_[k].norm;
        }
        if (words && groups.count(phrase)) return true;
      }
    }
    return false;
  }

  std::optional<PersonMention> At(std::uint32_t i, std::uint32_t* last_out) const {
    if (!NameWord(i) || text_.InTail(i) || AddressWords().count(Norm(i))) return std::nullopt;
    bool needs_context = false;
    const bool surname = g_.IsSurname(Norm(i), &needs_context);
    const bool listed = Listed(i);
    if (!surname && !GivenNameOnly(i) && !listed) return std::nullopt;
    // "H'Trà", "H’Luyên" (Ê Đê and Gia Rai given names) are one syllable.
    auto apostrophe_word = [&](std::uint32_t k) {
      return k + 2 < toks_.size() && !toks_[k + 1].space_before && !toks_[k + 2].space_before &&
             (text_.Surface(k + 1) == "'" || text_.Surface(k + 1) == "\u2019") && NameWord(k + 2);
    };
    std::uint32_t last = apostrophe_word(i) ? i + 2 : i;
    std::uint32_t syllables = 1;
    while (syllables < 5 && NameWord(last + 1) && toks_[last + 1].space_before && !TitleStartsAt(last + 1) &&
           toks_[last + 1].line == toks_[i].line) {
      last = apostrophe_word(last + 1) ? last + 3 : last + 1;
      ++syllables;
    }
    if (syllables < 2) return std::nullopt;
    if (!surname) {
      // A given name alone: two Vietnamese syllables ("Thu Hoài"), not a
      // place; three are mostly a work's title ("diễn viên Tây Du Ký").
      if (syllables > 2) return std::nullopt;
      for (std::uint32_t k = i; k <= last; ++k) {
        if (toks_[k].kind != ScanKind::kWord || apostrophe_word(k)) continue;
        if (!VietnameseSyllable(toks_[k].folded)) return std::nullopt;
      }
      if (toks_[i].folded == "viet" && toks_[i + 1].folded == "nam") return std::nullopt;
    }
    std::string name = Surface(text_, i, last);
    std::string key = Gazetteer::FoldedKey(name);
    if (key == "ho chi minh") return std::nullopt;
    // Countries and regions that start like a surname: "Hà Lan", "Thái Lan".
    std::string first_two = toks_[i].folded + " " + toks_[i + 1].folded;
    if (PlaceNames().count(first_two)) {
      *last_out = last;
      return std::nullopt;
    }

    std::string role;
    const std::string address_phrase = AddressBefore(i, &role);
    const bool address = !address_phrase.empty();
    // "Giám đốc Bệnh viện Bạch Mai", "hiệu trưởng ĐH Tôn Đức Thắng": the name
    // belongs to an organisation or a place.
    if (!address && i >= 1 && toks_[i - 1].kind == ScanKind::kWord &&
        (OrgWords().count(Norm(i - 1)) || (toks_[i - 1].all_caps && OrgAbbreviations().count(text_.Surface(i - 1))) ||
         (i >= 2 && OrgPairs().count(std::string(Norm(i - 2)) + " " + std::string(Norm(i - 1)))))) {
      return std::nullopt;
    }
    // "29 Phạm Văn Đồng": a street address.
    if (i >= 1 && toks_[i - 1].kind == ScanKind::kNumber) return std::nullopt;
    std::string title = address ? role : TitleBefore(i);
    // A surname that is also an everyday word needs its title to end in a
    // lower-case word right before it ("Bộ trưởng Đào Ngọc Dung").
    if (!address && needs_context && !title.empty() && toks_[i - 1].capitalised && TitleAfter(last).empty()) {
      return std::nullopt;
    }
    // A surname that is also a word, then given names spelled otherwise: a
    // foreign name ("ca sĩ Kim Hyun Chul").
    if (needs_context) {
      for (std::uint32_t k = i + 1; k <= last; ++k) {
        // Khmer given names may end in "l" ("Danh Thêl").
        std::string_view f = toks_[k].folded;
        const bool khmer = f.size() > 1 && f.back() == 'l' && VietnameseSyllable(f.substr(0, f.size() - 1));
        if (toks_[k].kind == ScanKind::kWord && !VietnameseSyllable(f) && !khmer) return std::nullopt;
      }
    }
    std::string after = TitleAfter(last);
    if (title.empty()) {
      title = after;
    } else if (!after.empty() && (Ranks().count(NormalizeTerm(title)) || Degrees().count(NormalizeTerm(title)))) {
      title += ", " + after;  // "Thượng tá, Phó Giám đốc Công an tỉnh"; "PGS.TS, Phó Chủ tịch ..."
    }
    const bool evidence = address || !title.empty() || listed;
    if (!evidence) {
      if (syllables < 3 || needs_context) return std::nullopt;
      // Part of a larger proper name: "Trường THPT Lê Quý Đôn", "đường Nguyễn Huệ".
      if (i >= 1 && toks_[i - 1].kind == ScanKind::kWord &&
          (toks_[i - 1].capitalised || Set{"đường", "phố", "trường", "giải", "cầu", "quận", "huyện", "xã",
                                          "phường", "tỉnh", "chùa", "đền", "lăng", "nhà", "hẻm", "ngõ", "tượng",
                                          "khu", "thôn"}.count(Norm(i - 1)))) {
        return std::nullopt;
      }
      // A byline: the name alone on its line.
      std::uint32_t line = toks_[i].line;
      bool alone = (i == 0 || toks_[i - 1].kind == ScanKind::kNewline || toks_[i - 1].line != line) &&
                   (last + 1 >= toks_.size() || toks_[last + 1].kind == ScanKind::kNewline);
      if (alone) return std::nullopt;
    }
    *last_out = last;
    return PersonMention{std::move(name), std::move(title), MakeSpan(text_, i, last)};
  }

  const Gazetteer& g_;
  Stream& s_;
  const ScannedText& text_;
  const std::vector<ScanToken>& toks_;
};

}  // namespace

void ExtractPeople(const Gazetteer& g, Stream& title, Stream& body, std::vector<PersonMention>& out) {
  PeopleScanner(g, title).Run(out);
  PeopleScanner(g, body).Run(out);
  // "chị Hoài Lê" after "Nguyễn Thị Hoài Lê": the given name alone is a
  // later mention of the same person, not another one.
  std::vector<bool> drop(out.size(), false);
  for (std::size_t a = 0; a < out.size(); ++a) {
    for (std::size_t b = 0; b < out.size(); ++b) {
      const std::string& full = out[b].name;
      const std::string& part = out[a].name;
      if (full.size() > part.size() + 1 && full.ends_with(part) && full[full.size() - part.size() - 1] == ' ') {
        drop[a] = true;
        if (out[b].title.empty()) out[b].title = out[a].title;
        break;
      }
    }
  }
  std::vector<PersonMention> kept;
  for (std::size_t a = 0; a < out.size(); ++a) {
    if (!drop[a]) kept.push_back(std::move(out[a]));
  }
  out = std::move(kept);
}

}  // namespace thidua::internal
